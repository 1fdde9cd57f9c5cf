#include "CardStore.h"

#include "Database.h"
#include "SqlValues.h"
#include "dialect/SqlDialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::CardStore", text);
}

constexpr auto kPlanColumns = "id, name, uses, price_fen, months_valid, items, active";

CardPlan readPlan(const QSqlQuery& q)
{
    CardPlan p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.uses = q.value(2).toInt();
    p.price = q.value(3).toLongLong();
    p.monthsValid = q.value(4).toInt();
    p.items = q.value(5).toString();
    p.active = q.value(6).toBool();
    return p;
}

// :asof NULL counts every entry.
const QString kCardSelect =
    u"SELECT v.id, v.card_no, v.customer_id, v.plan_id, p.name, p.items, v.uses, "
    u"COALESCE((SELECT SUM(u.delta) FROM card_uses u WHERE u.card_id = v.id "
    u"AND (CAST(:asof AS TEXT) IS NULL OR u.used_on <= :asof)), 0), "
    u"v.price_fen, v.sold_on, v.expires_on, v.store, v.sold_by, COALESCE(v.order_id, 0), "
    u"COALESCE(x.uses_cancelled, 0), x.cancelled_on "
    u"FROM visit_cards v JOIN card_plans p ON p.id = v.plan_id "
    u"LEFT JOIN card_cancellations x ON x.card_id = v.id AND (CAST(:asof AS TEXT) IS NULL OR x.cancelled_on <= :asof) "_s;

VisitCard readCard(const QSqlQuery& q)
{
    VisitCard c;
    c.id = q.value(0).toLongLong();
    c.cardNo = q.value(1).toString();
    c.customerId = q.value(2).toLongLong();
    c.planId = q.value(3).toLongLong();
    c.planName = q.value(4).toString();
    c.items = q.value(5).toString();
    c.uses = q.value(6).toInt();
    c.used = q.value(7).toInt();
    c.price = q.value(8).toLongLong();
    c.soldOn = sqlvalue::toDate(q.value(9));
    c.expiresOn = sqlvalue::toDate(q.value(10));
    c.store = q.value(11).toString();
    c.soldBy = q.value(12).toString();
    c.orderId = q.value(13).toLongLong();
    c.cancelled = q.value(14).toInt();
    c.cancelledOn = sqlvalue::toDate(q.value(15));
    return c;
}

Result<QList<VisitCard>> readCards(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q, tr("Reading visit cards"));
    QList<VisitCard> cards;
    while (q.next())
        cards.append(readCard(q));
    return cards;
}

constexpr auto kUseSelect =
    "SELECT u.id, u.card_id, u.delta, u.used_on, u.store, u.actor, COALESCE(u.order_id, 0), COALESCE(u.undoes_id, 0), "
    "EXISTS (SELECT 1 FROM card_uses r WHERE r.undoes_id = u.id) FROM card_uses u ";

CardUse readUse(const QSqlQuery& q)
{
    CardUse u;
    u.id = q.value(0).toLongLong();
    u.cardId = q.value(1).toLongLong();
    u.delta = q.value(2).toInt();
    u.date = sqlvalue::toDate(q.value(3));
    u.store = q.value(4).toString();
    u.actor = q.value(5).toString();
    u.orderId = q.value(6).toLongLong();
    u.undoesId = q.value(7).toLongLong();
    u.undone = q.value(8).toBool();
    return u;
}
} // namespace

Result<qint64> CardStore::insertPlan(const Database& db, const CardPlan& plan)
{
    QSqlQuery q = db.prepare(u"INSERT INTO card_plans (name, uses, price_fen, months_valid, items, active, created_at) "
                             u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(plan.name);
    q.addBindValue(plan.uses);
    q.addBindValue(plan.price);
    q.addBindValue(plan.monthsValid);
    q.addBindValue(sqlvalue::notNull(plan.items));
    q.addBindValue(plan.active ? 1 : 0);
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Saving visit-card plan %1").arg(plan.name));
    return q.lastInsertId().toLongLong();
}

Result<QList<CardPlan>> CardStore::plans(const Database& db)
{
    QSqlQuery q = db.prepare(u"SELECT "_s + QLatin1String(kPlanColumns) + u" FROM card_plans ORDER BY name, id"_s);
    if (!q.exec())
        return sqlError(q, tr("Reading visit-card plans"));
    QList<CardPlan> plans;
    while (q.next())
        plans.append(readPlan(q));
    return plans;
}

Result<std::optional<CardPlan>> CardStore::plan(const Database& db, qint64 id)
{
    QSqlQuery q = db.prepare(u"SELECT "_s + QLatin1String(kPlanColumns) + u" FROM card_plans WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("Reading visit-card plans"));
    if (!q.next())
        return std::optional<CardPlan>();
    return std::optional<CardPlan>(readPlan(q));
}

Result<std::optional<CardPlan>> CardStore::planByName(const Database& db, const QString& name)
{
    QSqlQuery q = db.prepare(u"SELECT "_s + QLatin1String(kPlanColumns) + u" FROM card_plans WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, tr("Reading visit-card plans"));
    if (!q.next())
        return std::optional<CardPlan>();
    return std::optional<CardPlan>(readPlan(q));
}

Result<qint64> CardStore::nextCardSerial(const Database& db)
{
    constexpr int kCardNumbers = 2; // tills selling cards at once wait for each other (a server)
    if (auto s = db.dialect().lockKind(db, kCardNumbers); !s)
        return s.error();
    QSqlQuery q = db.prepare(u"SELECT COALESCE(MAX(id), 0) + 1 FROM visit_cards"_s);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Numbering visit cards"));
    return q.value(0).toLongLong();
}

Result<qint64> CardStore::insertCard(const Database& db, const VisitCard& card)
{
    QSqlQuery q = db.prepare(
        u"INSERT INTO visit_cards (card_no, customer_id, plan_id, uses, price_fen, sold_on, expires_on, store, sold_by, "
        u"order_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(card.cardNo);
    q.addBindValue(card.customerId);
    q.addBindValue(card.planId);
    q.addBindValue(card.uses);
    q.addBindValue(card.price);
    q.addBindValue(sqlvalue::date(card.soldOn));
    q.addBindValue(sqlvalue::date(card.expiresOn));
    q.addBindValue(sqlvalue::notNull(card.store));
    q.addBindValue(sqlvalue::notNull(card.soldBy));
    q.addBindValue(card.orderId > 0 ? QVariant(card.orderId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Saving visit card %1").arg(card.cardNo));
    return q.lastInsertId().toLongLong();
}

Status CardStore::setCardOrder(const Database& db, qint64 cardId, qint64 orderId)
{
    QSqlQuery q = db.prepare(u"UPDATE visit_cards SET order_id = ? WHERE id = ?"_s);
    q.addBindValue(orderId);
    q.addBindValue(cardId);
    return execQuery(q, tr("Saving visit card %1").arg(cardId));
}

Result<std::optional<VisitCard>> CardStore::card(const Database& db, qint64 id, const QDate& asOf)
{
    QSqlQuery q = db.prepare(kCardSelect + u"WHERE v.id = :id"_s);
    q.bindValue(u":asof"_s, sqlvalue::date(asOf));
    q.bindValue(u":id"_s, id);
    auto cards = readCards(q);
    if (!cards)
        return cards.error();
    return cards->isEmpty() ? std::optional<VisitCard>() : std::optional<VisitCard>(cards->first());
}

Result<std::optional<VisitCard>> CardStore::cardByNumber(const Database& db, const QString& cardNo)
{
    QSqlQuery q = db.prepare(kCardSelect + u"WHERE "_s + db.dialect().equalsIgnoringCase(u"v.card_no"_s, u":no"_s));
    q.bindValue(u":asof"_s, sqlvalue::date(QDate()));
    q.bindValue(u":no"_s, cardNo);
    auto cards = readCards(q);
    if (!cards)
        return cards.error();
    return cards->isEmpty() ? std::optional<VisitCard>() : std::optional<VisitCard>(cards->first());
}

Result<QList<VisitCard>> CardStore::cardsOf(const Database& db, qint64 customerId)
{
    QSqlQuery q = db.prepare(kCardSelect + u"WHERE v.customer_id = :c ORDER BY v.sold_on DESC, v.id DESC"_s);
    q.bindValue(u":asof"_s, sqlvalue::date(QDate()));
    q.bindValue(u":c"_s, customerId);
    return readCards(q);
}

Result<QList<VisitCard>> CardStore::cardsAsOf(const Database& db, const QDate& asOf)
{
    QSqlQuery q = db.prepare(kCardSelect + u"WHERE v.sold_on <= :day ORDER BY v.id"_s);
    q.bindValue(u":asof"_s, sqlvalue::date(asOf));
    q.bindValue(u":day"_s, sqlvalue::date(asOf));
    return readCards(q);
}

Result<QList<VisitCard>> CardStore::cardsWithRemaining(const Database& db, int remaining, const QDate& day)
{
    // Usable cards, filtered in C++ (a shop has hundreds of live cards, not millions).
    QSqlQuery all = db.prepare(kCardSelect + u"WHERE v.sold_on <= :day AND v.expires_on >= :day ORDER BY v.customer_id, v.id"_s);
    all.bindValue(u":asof"_s, sqlvalue::date(QDate()));
    all.bindValue(u":day"_s, sqlvalue::date(day));
    auto cards = readCards(all);
    if (!cards)
        return cards.error();
    QList<VisitCard> matching;
    for (const auto& c : *cards)
        if (c.remaining() == remaining)
            matching.append(c);
    return matching;
}

Result<qint64> CardStore::insertUse(const Database& db, const CardUse& use)
{
    QSqlQuery q = db.prepare(u"INSERT INTO card_uses (card_id, delta, used_on, store, actor, order_id, undoes_id, "
                             u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(use.cardId);
    q.addBindValue(use.delta);
    q.addBindValue(sqlvalue::date(use.date));
    q.addBindValue(sqlvalue::notNull(use.store));
    q.addBindValue(sqlvalue::notNull(use.actor));
    q.addBindValue(use.orderId > 0 ? QVariant(use.orderId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(use.undoesId > 0 ? QVariant(use.undoesId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Recording a visit-card use"));
    return q.lastInsertId().toLongLong();
}

Result<QList<CardUse>> CardStore::uses(const Database& db, qint64 cardId)
{
    QSqlQuery q = db.prepare(QLatin1String(kUseSelect) + u"WHERE u.card_id = ? ORDER BY u.used_on, u.id"_s);
    q.addBindValue(cardId);
    if (!q.exec())
        return sqlError(q, tr("Reading visit-card uses"));
    QList<CardUse> list;
    while (q.next())
        list.append(readUse(q));
    return list;
}

Result<std::optional<CardUse>> CardStore::use(const Database& db, qint64 useId)
{
    QSqlQuery q = db.prepare(QLatin1String(kUseSelect) + u"WHERE u.id = ?"_s);
    q.addBindValue(useId);
    if (!q.exec())
        return sqlError(q, tr("Reading visit-card uses"));
    if (!q.next())
        return std::optional<CardUse>();
    return std::optional<CardUse>(readUse(q));
}

Result<QList<CardUse>> CardStore::openUsesOfOrder(const Database& db, qint64 orderId)
{
    QSqlQuery q = db.prepare(QLatin1String(kUseSelect) +
                             u"WHERE u.order_id = ? AND u.delta = 1 AND NOT EXISTS "
                             u"(SELECT 1 FROM card_uses r WHERE r.undoes_id = u.id) ORDER BY u.id"_s);
    q.addBindValue(orderId);
    if (!q.exec())
        return sqlError(q, tr("Reading visit-card uses"));
    QList<CardUse> list;
    while (q.next())
        list.append(readUse(q));
    return list;
}

Status CardStore::insertCancellation(const Database& db, qint64 cardId, const QDate& day, int uses, Fen refund,
                                     qint64 orderId, const QString& actor)
{
    QSqlQuery q = db.prepare(u"INSERT INTO card_cancellations (card_id, cancelled_on, uses_cancelled, refund_fen, "
                             u"order_id, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(cardId);
    q.addBindValue(sqlvalue::date(day));
    q.addBindValue(uses);
    q.addBindValue(refund);
    q.addBindValue(orderId > 0 ? QVariant(orderId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sqlvalue::notNull(actor));
    q.addBindValue(sqlvalue::now());
    return execQuery(q, tr("Cancelling the visit card's unused uses"));
}

} // namespace clientele::core::storage
