#include "MemberFigureQueries.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::MemberFigureQueries", text);
}
} // namespace

Result<MemberFigureQueries::TopUps> MemberFigureQueries::topUps(const Database& db, const QDate& from, const QDate& to)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*), COALESCE(SUM(principal_fen), 0), COALESCE(SUM(bonus_fen), 0) "
                             u"FROM stored_value_ledger WHERE kind = 'topup' AND occurred_on BETWEEN ? AND ?"_s);
    q.addBindValue(sqlvalue::date(from));
    q.addBindValue(sqlvalue::date(to));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Summing the month's top-ups"));
    return TopUps{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<QList<std::pair<QString, qint64>>> MemberFigureQueries::pointsByKind(const Database& db, const QDate& from,
                                                                            const QDate& to)
{
    QSqlQuery q = db.prepare(u"SELECT kind, COALESCE(SUM(points), 0) FROM points_ledger "
                             u"WHERE occurred_on BETWEEN ? AND ? GROUP BY kind ORDER BY kind"_s);
    q.addBindValue(sqlvalue::date(from));
    q.addBindValue(sqlvalue::date(to));
    if (!q.exec())
        return sqlError(q, tr("Summing the month's points"));
    QList<std::pair<QString, qint64>> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toLongLong()});
    return list;
}

Result<qint64> MemberFigureQueries::cardUses(const Database& db, const QDate& from, const QDate& to)
{
    QSqlQuery q = db.prepare(u"SELECT COALESCE(SUM(delta), 0) FROM card_uses WHERE used_on BETWEEN ? AND ?"_s);
    q.addBindValue(sqlvalue::date(from));
    q.addBindValue(sqlvalue::date(to));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting the month's visit-card uses"));
    return q.value(0).toLongLong();
}

Result<QList<MemberFigureQueries::CouponTypeCount>> MemberFigureQueries::couponsByType(const Database& db,
                                                                                      const QDate& asOf)
{
    QSqlQuery q = db.prepare(
        u"SELECT t.name, COUNT(c.id), COALESCE(SUM(CASE WHEN (SELECT COALESCE(SUM(r.delta), 0) FROM coupon_redemptions r "
        u"WHERE r.coupon_id = c.id AND r.on_date <= :day) > 0 THEN 1 ELSE 0 END), 0) "
        u"FROM coupon_types t JOIN coupons c ON c.type_id = t.id AND c.issued_on <= :day "
        u"GROUP BY t.id ORDER BY t.name"_s);
    q.bindValue(u":day"_s, sqlvalue::date(asOf));
    if (!q.exec())
        return sqlError(q, tr("Counting coupons by type"));
    QList<CouponTypeCount> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return list;
}

Result<QList<MemberFigureQueries::Holder>> MemberFigureQueries::storedValueHolders(const Database& db,
                                                                                 const QDate& asOf)
{
    QSqlQuery q = db.prepare(u"SELECT customer_id, SUM(principal_fen + bonus_fen), MAX(occurred_on) "
                             u"FROM stored_value_ledger WHERE occurred_on <= ? GROUP BY customer_id ORDER BY customer_id"_s);
    q.addBindValue(sqlvalue::date(asOf));
    if (!q.exec())
        return sqlError(q, tr("Reading stored-value balances"));
    QList<Holder> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sqlvalue::toDate(q.value(2))});
    return list;
}

Result<QList<MemberFigureQueries::CounterSale>> MemberFigureQueries::standingSales(const Database& db,
                                                                                   const QDate& from, const QDate& to)
{
    QSqlQuery q = db.prepare(u"SELECT s.sold_on, o.amount_fen FROM member_sales s JOIN orders o ON o.id = s.order_id "
                             u"WHERE s.kind = 'sale' AND s.sold_on BETWEEN ? AND ? AND NOT EXISTS "
                             u"(SELECT 1 FROM member_sales b WHERE b.reverses_id = s.id) ORDER BY s.sold_on, s.id"_s);
    q.addBindValue(sqlvalue::date(from));
    q.addBindValue(sqlvalue::date(to));
    if (!q.exec())
        return sqlError(q, tr("Reading the month's counter sales"));
    QList<CounterSale> list;
    while (q.next())
        list.append({sqlvalue::toDate(q.value(0)), q.value(1).toLongLong()});
    return list;
}

} // namespace clientele::core::storage
