#include "MemberRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "dialect/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::MemberRepository", text);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

constexpr auto kSaleColumns =
    "s.id, s.order_id, o.order_no, s.customer_id, s.kind, COALESCE(s.reverses_id, 0), s.sold_on, s.list_fen, "
    "s.discount_fen, s.points_redeemed, s.points_value_fen, s.paid_principal_fen, s.paid_bonus_fen, "
    "s.paid_other_fen, s.pay_method, s.points_earned, s.store, s.till, s.actor";

SaleRow saleFrom(const QSqlQuery& q)
{
    SaleRow s;
    s.id = q.value(0).toLongLong();
    s.orderId = q.value(1).toLongLong();
    s.orderNo = q.value(2).toString();
    s.customerId = q.value(3).toLongLong();
    s.kind = q.value(4).toString();
    s.reversesId = q.value(5).toLongLong();
    s.soldOn = sqlvalue::toDate(q.value(6));
    s.list = q.value(7).toLongLong();
    s.discount = q.value(8).toLongLong();
    s.pointsRedeemed = q.value(9).toLongLong();
    s.pointsValue = q.value(10).toLongLong();
    s.paidPrincipal = q.value(11).toLongLong();
    s.paidBonus = q.value(12).toLongLong();
    s.paidOther = q.value(13).toLongLong();
    s.payMethod = q.value(14).toString();
    s.pointsEarned = q.value(15).toLongLong();
    s.store = q.value(16).toString();
    s.till = q.value(17).toString();
    s.actor = q.value(18).toString();
    return s;
}

constexpr auto kPointsColumns = "id, customer_id, kind, points, occurred_on, expires_on, COALESCE(lot_id, 0), "
                                "COALESCE(sale_id, 0), COALESCE(order_id, 0), note, till, actor, store";
// The kind of the counter sale a row was written by (sale, refund, void), so a reversal can say
// which of the two it was without a kind of its own in the append-only ledger. Read for one
// customer's or one sale's rows; the whole-shop reads (allPoints) do without it.
constexpr auto kPointsSaleKind =
    ", COALESCE((SELECT ms.kind FROM member_sales ms WHERE ms.id = points_ledger.sale_id), '')";

PointsRow pointsFrom(const QSqlQuery& q)
{
    PointsRow r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.kind = q.value(2).toString();
    r.points = q.value(3).toLongLong();
    r.occurredOn = sqlvalue::toDate(q.value(4));
    r.expiresOn = sqlvalue::toDate(q.value(5));
    r.lotId = q.value(6).toLongLong();
    r.saleId = q.value(7).toLongLong();
    r.orderId = q.value(8).toLongLong();
    r.note = q.value(9).toString();
    r.till = q.value(10).toString();
    r.actor = q.value(11).toString();
    r.store = q.value(12).toString();
    return r;
}

PointsRow pointsWithSaleKindFrom(const QSqlQuery& q)
{
    PointsRow r = pointsFrom(q);
    r.saleKind = q.value(13).toString();
    return r;
}

// Its last column: the sale kind, as kPointsSaleKind.
constexpr auto kStoredColumns =
    "id, customer_id, kind, principal_fen, bonus_fen, paid_fen, pay_method, occurred_on, "
    "COALESCE(sale_id, 0), till, actor, store, "
    "COALESCE((SELECT ms.kind FROM member_sales ms WHERE ms.id = stored_value_ledger.sale_id), '')";

StoredValueRow storedFrom(const QSqlQuery& q)
{
    StoredValueRow r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.kind = q.value(2).toString();
    r.principal = q.value(3).toLongLong();
    r.bonus = q.value(4).toLongLong();
    r.paid = q.value(5).toLongLong();
    r.payMethod = q.value(6).toString();
    r.occurredOn = sqlvalue::toDate(q.value(7));
    r.saleId = q.value(8).toLongLong();
    r.till = q.value(9).toString();
    r.actor = q.value(10).toString();
    r.store = q.value(11).toString();
    r.saleKind = q.value(12).toString();
    return r;
}

template <typename Row, typename Make>
Result<QList<Row>> listOf(QSqlQuery& q, const QString& context, Make make)
{
    if (!q.exec())
        return sqlError(q, context);
    QList<Row> rows;
    while (q.next())
        rows.append(make(q));
    return rows;
}
} // namespace

Result<std::optional<std::pair<int, QJsonObject>>> MemberRepository::latestRules() const
{
    QSqlQuery q = m_database.prepare(u"SELECT version, rules_json FROM member_rule_sets ORDER BY version DESC LIMIT 1"_s);
    if (!q.exec())
        return sqlError(q, tr("Reading the member rules"));
    if (!q.next())
        return std::optional<std::pair<int, QJsonObject>>();
    return std::optional<std::pair<int, QJsonObject>>(
        std::pair{q.value(0).toInt(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object()});
}

Result<int> MemberRepository::saveRules(const QJsonObject& json)
{
    QSqlQuery q = m_database.prepare(u"INSERT INTO member_rule_sets (version, rules_json, created_at) "
                                     u"SELECT COALESCE(MAX(version), 0) + 1, ?, ? FROM member_rule_sets"_s);
    q.addBindValue(sqlvalue::json(json));
    q.addBindValue(sqlvalue::now());
    if (auto s = execQuery(q, tr("Saving the member rules")); !s)
        return s.error();
    auto latest = latestRules();
    if (!latest)
        return latest.error();
    return latest->has_value() ? (*latest)->first : 0;
}

Status MemberRepository::lockAccount(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT id FROM customers WHERE id = ?"_s + m_database.dialect().lockRows());
    q.addBindValue(customerId);
    return execQuery(q, tr("Reading the member account"));
}

Result<QString> MemberRepository::nextOrderNo(const QDate& day) const
{
    constexpr int kCounterNumbers = 1;
    if (auto s = m_database.dialect().lockKind(m_database, kCounterNumbers); !s)
        return s.error();
    const QString prefix = u"S"_s + day.toString(u"yyyyMMdd"_s) + u"-"_s;
    QSqlQuery q = m_database.prepare(u"SELECT order_no FROM orders WHERE source = 'counter' AND order_no LIKE ? "
                                     u"ORDER BY order_no DESC LIMIT 1"_s);
    q.addBindValue(QString(prefix + u"%"_s));
    if (!q.exec())
        return sqlError(q, tr("Numbering the sale"));
    int last = 0;
    if (q.next())
        last = q.value(0).toString().mid(prefix.size()).toInt();
    return QString(prefix + u"%1"_s.arg(last + 1, 4, 10, QLatin1Char('0')));
}

Result<qint64> MemberRepository::insertSale(SaleRow sale, const QString& refundOfNo)
{
    QSqlQuery order = m_database.prepare(
        u"INSERT INTO orders (order_key, order_no, customer_id, order_date, amount_fen, channel, store, content_hash, "
        u"refund_of_no, source, category) VALUES (?, ?, ?, ?, ?, '', ?, 0, ?, 'counter', ?)"_s);
    order.addBindValue(QString(u"no:"_s + sale.orderNo));
    order.addBindValue(sale.orderNo);
    order.addBindValue(sale.customerId);
    order.addBindValue(sqlvalue::date(sale.soldOn));
    order.addBindValue(sale.amount());
    order.addBindValue(sqlvalue::notNull(sale.store));
    order.addBindValue(sqlvalue::text(refundOfNo));
    order.addBindValue(sqlvalue::notNull(sale.category));
    if (auto s = execQuery(order, tr("Saving the sale's order")); !s)
        return s.error();
    const qint64 orderId = order.lastInsertId().toLongLong();
    QSqlQuery q = m_database.prepare(
        u"INSERT INTO member_sales (order_id, customer_id, kind, reverses_id, sold_on, list_fen, discount_fen, "
        u"points_redeemed, points_value_fen, paid_principal_fen, paid_bonus_fen, paid_other_fen, pay_method, "
        u"points_earned, store, till, actor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v :
         {QVariant(orderId), QVariant(sale.customerId), QVariant(sale.kind), idOrNull(sale.reversesId),
          sqlvalue::date(sale.soldOn), QVariant(sale.list), QVariant(sale.discount), QVariant(sale.pointsRedeemed),
          QVariant(sale.pointsValue), QVariant(sale.paidPrincipal), QVariant(sale.paidBonus), QVariant(sale.paidOther),
          sqlvalue::notNull(sale.payMethod), QVariant(sale.pointsEarned), sqlvalue::notNull(sale.store),
          sqlvalue::notNull(sale.till), sqlvalue::notNull(sale.actor), QVariant(sqlvalue::now())})
        q.addBindValue(v);
    if (auto s = execQuery(q, tr("Saving the sale")); !s)
        return s.error();
    const qint64 saleId = q.lastInsertId().toLongLong();
    for (const PaymentRow& part : sale.payments) {
        QSqlQuery p = m_database.prepare(
            u"INSERT INTO sale_payments (sale_id, method, amount_fen, created_at) VALUES (?, ?, ?, ?)"_s);
        p.addBindValue(saleId);
        p.addBindValue(part.method);
        p.addBindValue(part.amount);
        p.addBindValue(sqlvalue::now());
        if (auto s = execQuery(p, tr("Saving the sale's payments")); !s)
            return s.error();
    }
    return saleId;
}

Result<QList<PaymentRow>> MemberRepository::paymentsOfSale(const SaleRow& sale) const
{
    QSqlQuery q = m_database.prepare(u"SELECT method, amount_fen FROM sale_payments WHERE sale_id = ? ORDER BY id"_s);
    q.addBindValue(sale.id);
    if (!q.exec())
        return sqlError(q, tr("Reading the sale's payments"));
    QList<PaymentRow> parts;
    while (q.next())
        parts.append({q.value(0).toString(), q.value(1).toLongLong()});
    if (parts.isEmpty() && sale.paidOther != 0)
        parts.append({sale.payMethod, sale.paidOther});
    return parts;
}

Result<std::optional<SaleRow>> MemberRepository::saleByOrderNo(const QString& orderNo) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + QLatin1String(kSaleColumns) +
                                     u" FROM member_sales s JOIN orders o ON o.id = s.order_id WHERE o.order_no = ?"_s);
    q.addBindValue(orderNo);
    if (!q.exec())
        return sqlError(q, tr("Reading the sale"));
    return q.next() ? std::optional<SaleRow>(saleFrom(q)) : std::nullopt;
}

Result<std::optional<SaleRow>> MemberRepository::saleById(qint64 id) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + QLatin1String(kSaleColumns) +
                                     u" FROM member_sales s JOIN orders o ON o.id = s.order_id WHERE s.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("Reading the sale"));
    return q.next() ? std::optional<SaleRow>(saleFrom(q)) : std::nullopt;
}

Result<qint64> MemberRepository::reversalOf(qint64 saleId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT id FROM member_sales WHERE reverses_id = ?"_s);
    q.addBindValue(saleId);
    if (!q.exec())
        return sqlError(q, tr("Reading the sale"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<SaleRow>> MemberRepository::salesOf(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + QLatin1String(kSaleColumns) +
                                     u" FROM member_sales s JOIN orders o ON o.id = s.order_id WHERE s.customer_id = ? "
                                     u"ORDER BY s.sold_on DESC, s.id DESC"_s);
    q.addBindValue(customerId);
    return listOf<SaleRow>(q, tr("Reading counter sales"), saleFrom);
}

Result<qint64> MemberRepository::insertPoints(const PointsRow& row)
{
    QSqlQuery q = m_database.prepare(
        u"INSERT INTO points_ledger (customer_id, kind, points, occurred_on, expires_on, lot_id, sale_id, order_id, "
        u"note, till, actor, created_at, store) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v : {QVariant(row.customerId), QVariant(row.kind), QVariant(row.points),
                              sqlvalue::date(row.occurredOn), sqlvalue::date(row.expiresOn), idOrNull(row.lotId),
                              idOrNull(row.saleId), idOrNull(row.orderId), sqlvalue::notNull(row.note),
                              sqlvalue::notNull(row.till), sqlvalue::notNull(row.actor), QVariant(sqlvalue::now()),
                              sqlvalue::notNull(row.store)})
        q.addBindValue(v);
    if (auto s = execQuery(q, tr("Writing the points ledger")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<QList<PointsRow>> MemberRepository::pointsOf(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + QLatin1String(kPointsColumns) + QLatin1String(kPointsSaleKind) +
                                     u" FROM points_ledger WHERE customer_id = ? ORDER BY occurred_on, id"_s);
    q.addBindValue(customerId);
    return listOf<PointsRow>(q, tr("Reading the points ledger"), pointsWithSaleKindFrom);
}

Result<QList<PointsRow>> MemberRepository::allPoints(const QDate& asOf) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + QLatin1String(kPointsColumns) +
                                     u" FROM points_ledger WHERE occurred_on <= ? ORDER BY customer_id, occurred_on, id"_s);
    q.addBindValue(sqlvalue::date(asOf));
    return listOf<PointsRow>(q, tr("Reading the points ledger"), pointsFrom);
}

Result<QList<PointsRow>> MemberRepository::pointsOfSale(qint64 saleId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + QLatin1String(kPointsColumns) + QLatin1String(kPointsSaleKind) +
                                     u" FROM points_ledger WHERE sale_id = ? ORDER BY id"_s);
    q.addBindValue(saleId);
    return listOf<PointsRow>(q, tr("Reading the points ledger"), pointsWithSaleKindFrom);
}

Result<qint64> MemberRepository::insertStoredValue(const StoredValueRow& row)
{
    QSqlQuery q = m_database.prepare(
        u"INSERT INTO stored_value_ledger (customer_id, kind, principal_fen, bonus_fen, paid_fen, pay_method, "
        u"occurred_on, sale_id, till, actor, created_at, store) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant& v : {QVariant(row.customerId), QVariant(row.kind), QVariant(row.principal),
                              QVariant(row.bonus), QVariant(row.paid), sqlvalue::notNull(row.payMethod),
                              sqlvalue::date(row.occurredOn), idOrNull(row.saleId), sqlvalue::notNull(row.till),
                              sqlvalue::notNull(row.actor), QVariant(sqlvalue::now()), sqlvalue::notNull(row.store)})
        q.addBindValue(v);
    if (auto s = execQuery(q, tr("Writing the stored-value ledger")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<QList<StoredValueRow>> MemberRepository::storedValueOf(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + QLatin1String(kStoredColumns) +
                                     u" FROM stored_value_ledger WHERE customer_id = ? ORDER BY occurred_on, id"_s);
    q.addBindValue(customerId);
    return listOf<StoredValueRow>(q, tr("Reading the stored-value ledger"), storedFrom);
}

Result<QList<StoredValueRow>> MemberRepository::storedValueOfSale(qint64 saleId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT "_s + QLatin1String(kStoredColumns) +
                                     u" FROM stored_value_ledger WHERE sale_id = ? ORDER BY id"_s);
    q.addBindValue(saleId);
    return listOf<StoredValueRow>(q, tr("Reading the stored-value ledger"), storedFrom);
}

Result<std::pair<Fen, Fen>> MemberRepository::storedValueSum(qint64 customerId, const QDate& asOf) const
{
    QSqlQuery q = m_database.prepare(u"SELECT COALESCE(SUM(principal_fen), 0), COALESCE(SUM(bonus_fen), 0) "
                                     u"FROM stored_value_ledger WHERE (? = 0 OR customer_id = ?) AND occurred_on <= ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(sqlvalue::date(asOf));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Reading the stored-value ledger"));
    return std::pair<Fen, Fen>{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<QString> MemberRepository::tierOf(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT tier FROM customer_metrics WHERE customer_id = ?"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Reading the customer's tier"));
    return q.next() ? q.value(0).toString() : QString();
}

Result<bool> MemberRepository::hasMemberHistory(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT EXISTS (SELECT 1 FROM points_ledger WHERE customer_id = :id) "
                                     u"OR EXISTS (SELECT 1 FROM stored_value_ledger WHERE customer_id = :id) "
                                     u"OR EXISTS (SELECT 1 FROM member_sales WHERE customer_id = :id)"_s);
    q.bindValue(u":id"_s, customerId);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Reading the points ledger"));
    return q.value(0).toBool();
}

Result<bool> MemberRepository::memberCodeTaken(const QString& code) const
{
    QSqlQuery q = m_database.prepare(u"SELECT 1 FROM customers WHERE member_code = ?"_s);
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, tr("Reading member codes"));
    return q.next();
}

Status MemberRepository::setMemberCode(qint64 customerId, const QString& code)
{
    QSqlQuery q = m_database.prepare(u"UPDATE customers SET member_code = ? WHERE id = ? AND "
                                     u"(member_code IS NULL OR member_code = '')"_s);
    q.addBindValue(code);
    q.addBindValue(customerId);
    return execQuery(q, tr("Giving the customer a member code"));
}

Result<QList<MemberRepository::ImportedOrder>> MemberRepository::unawardedImportedOrders(const QDate& from) const
{
    QSqlQuery q = m_database.prepare(
        u"SELECT o.id, o.customer_id, o.order_date, o.amount_fen FROM orders o WHERE o.source = 'import' "
        u"AND o.order_date >= ? AND o.amount_fen > 0 AND NOT EXISTS (SELECT 1 FROM points_ledger p WHERE p.order_id = o.id) "
        u"ORDER BY o.order_date, o.id"_s);
    q.addBindValue(sqlvalue::date(from));
    return listOf<ImportedOrder>(q, tr("Reading imported orders"), [](const QSqlQuery& r) {
        return ImportedOrder{r.value(0).toLongLong(), r.value(1).toLongLong(), sqlvalue::toDate(r.value(2)),
                             r.value(3).toLongLong()};
    });
}

} // namespace clientele::core::storage
