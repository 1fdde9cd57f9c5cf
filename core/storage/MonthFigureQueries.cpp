#include "MonthFigureQueries.h"

#include "Database.h"
#include "HomeStoreFilter.h"
#include "SqlValues.h"
#include "StandingOrders.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::MonthFigureQueries", text);
}
} // namespace

Result<segmentation::MonthStats> MonthFigureQueries::monthStats(const Database& database, const QString& month,
                                                                const QDate& asOf, const QString& previousMonth,
                                                                const QStringList& stores)
{
    // Per customer of the snapshot, their orders up to the snapshot's date: in the 12-month window
    // (asOf − 12 months, asOf] (RfmMetrics), the first purchase, the month's revenue and orders.
    const HomeStoreFilter filter(stores);
    const SqlDialect& d = database.dialect();
    QSqlQuery q = database.prepare(
        u"SELECT COUNT(*), COALESCE(SUM(CASE WHEN b.n12 >= 1 THEN 1 ELSE 0 END), 0), "
        u"COALESCE(SUM(CASE WHEN b.n12 >= 2 THEN 1 ELSE 0 END), 0), COALESCE(SUM(s.monetary_12m_fen), 0), "
        u"COALESCE(SUM(CASE WHEN b.n12 >= 1 THEN s.monetary_12m_fen ELSE 0 END), 0), "
        u"COALESCE(SUM(CASE WHEN b.first_day >= :first THEN 1 ELSE 0 END), 0), "
        u"COALESCE(SUM(CASE WHEN s.stage = 'dormant' AND p.stage IS NOT NULL AND p.stage <> 'dormant' THEN 1 ELSE 0 "
        u"END), 0), COALESCE(SUM(b.revenue_month), 0), COALESCE(SUM(b.orders_month), 0) "
        u"FROM customer_snapshots s LEFT JOIN customer_snapshots p ON p.customer_id = s.customer_id AND p.month = "
        u":prev "
        u"LEFT JOIN (SELECT o.customer_id AS cid, "
        u"SUM(CASE WHEN o.order_date > :window AND o.amount_fen >= 0 THEN 1 ELSE 0 END) AS n12, "
        u"MIN(CASE WHEN o.amount_fen >= 0 THEN o.order_date END) AS first_day, "
        u"SUM(CASE WHEN o.order_date >= :first THEN o.amount_fen ELSE 0 END) AS revenue_month, "
        u"SUM(CASE WHEN o.order_date >= :first AND o.amount_fen >= 0 THEN 1 ELSE 0 END) AS orders_month "
        u"FROM orders o WHERE o.order_date <= :asof AND "_s +
        standingOrder(u"o"_s) + filter.andIn(d, u"o.customer_id"_s) +
        u" GROUP BY o.customer_id) b ON b.cid = s.customer_id WHERE s.month = :month"_s +
        filter.andIn(d, u"s.customer_id"_s));
    q.bindValue(u":first"_s, sqlvalue::date(QDate(asOf.year(), asOf.month(), 1)));
    q.bindValue(u":prev"_s, previousMonth);
    q.bindValue(u":window"_s, sqlvalue::date(asOf.addMonths(-12)));
    q.bindValue(u":asof"_s, sqlvalue::date(asOf));
    q.bindValue(u":month"_s, month);
    filter.bind(q);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting the month's figures of the stores"));
    segmentation::MonthStats s;
    s.month = month;
    s.asOf = asOf;
    s.customers = q.value(0).toLongLong();
    s.buyers12m = q.value(1).toLongLong();
    s.repeatBuyers12m = q.value(2).toLongLong();
    s.revenue12m = q.value(3).toLongLong();
    s.buyersRevenue12m = q.value(4).toLongLong();
    s.newCustomers = q.value(5).toLongLong();
    s.lostCustomers = q.value(6).toLongLong();
    s.revenueMonth = q.value(7).toLongLong();
    s.ordersMonth = q.value(8).toLongLong();
    return s;
}

Result<QHash<QString, MonthFigureQueries::TierTotals>> MonthFigureQueries::tierTotals(const Database& database,
                                                                                      const QString& month,
                                                                                      const QDate& asOf,
                                                                                      const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    const SqlDialect& d = database.dialect();
    QHash<QString, TierTotals> out;
    QSqlQuery q =
        database.prepare(u"SELECT tier, COUNT(*), SUM(monetary_12m_fen) FROM customer_snapshots WHERE month = "
                         u":month"_s +
                         filter.andIn(d, u"customer_id"_s) + u" GROUP BY tier"_s);
    q.bindValue(u":month"_s, month);
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, tr("Counting tiers"));
    while (q.next())
        out[q.value(0).toString()] = {q.value(1).toLongLong(), q.value(2).toLongLong(), 0};
    QSqlQuery orders = database.prepare(
        u"SELECT s.tier, COUNT(*) FROM customer_snapshots s JOIN orders o ON o.customer_id = s.customer_id AND "
        u"o.order_date > :from AND o.order_date <= :to AND o.amount_fen >= 0 AND "_s +
        standingOrder(u"o"_s) + u" WHERE s.month = :month"_s + filter.andIn(d, u"s.customer_id"_s) +
        u" GROUP BY s.tier"_s);
    orders.bindValue(u":from"_s, sqlvalue::date(asOf.addYears(-1)));
    orders.bindValue(u":to"_s, sqlvalue::date(asOf));
    orders.bindValue(u":month"_s, month);
    filter.bind(orders);
    if (!orders.exec())
        return sqlError(orders, tr("Counting orders per tier"));
    while (orders.next())
        out[orders.value(0).toString()].orders12m = orders.value(1).toLongLong();
    return out;
}

Result<QHash<QString, QHash<QString, qint64>>>
MonthFigureQueries::tierCustomersByStore(const Database& database, const QString& month, const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    QSqlQuery q =
        database.prepare(u"SELECT s.tier, c.home_store, COUNT(*) FROM customer_snapshots s JOIN customers c ON "
                         u"c.id = s.customer_id WHERE s.month = :month"_s +
                         filter.andIn(database.dialect(), u"s.customer_id"_s) + u" GROUP BY s.tier, c.home_store"_s);
    q.bindValue(u":month"_s, month);
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, tr("Counting tiers per store"));
    QHash<QString, QHash<QString, qint64>> out;
    while (q.next())
        out[q.value(0).toString()][q.value(1).toString()] = q.value(2).toLongLong();
    return out;
}

Result<std::pair<qint64, Fen>> MonthFigureQueries::atRiskTotals(const Database& database, const QString& month,
                                                                const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    QSqlQuery q = database.prepare(u"SELECT COUNT(*), COALESCE(SUM(monetary_12m_fen), 0) FROM customer_snapshots "
                                   u"WHERE month = :month AND stage = 'at_risk'"_s +
                                   filter.andIn(database.dialect(), u"customer_id"_s));
    q.bindValue(u":month"_s, month);
    filter.bind(q);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting customers at risk"));
    return std::pair<qint64, Fen>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Result<MonthFigureQueries::FollowUpCounts> MonthFigureQueries::followUps(const Database& database, const QDate& first,
                                                                         const QDate& last, const QDate& overdueBefore,
                                                                         const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    QSqlQuery q = database.prepare(
        u"SELECT COALESCE(SUM(CASE WHEN status = 'done' AND due_on BETWEEN :first AND :last THEN 1 ELSE 0 END), 0), "
        u"COALESCE(SUM(CASE WHEN status = 'open' AND due_on BETWEEN :first AND :last THEN 1 ELSE 0 END), 0), "
        u"COALESCE(SUM(CASE WHEN status = 'open' AND due_on < :overdue THEN 1 ELSE 0 END), 0) FROM follow_ups"_s +
        (filter.any() ? u" WHERE 1 = 1"_s + filter.andIn(database.dialect(), u"customer_id"_s) : QString()));
    q.bindValue(u":first"_s, sqlvalue::date(first));
    q.bindValue(u":last"_s, sqlvalue::date(last));
    q.bindValue(u":overdue"_s, sqlvalue::date(overdueBefore));
    filter.bind(q);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting follow-ups"));
    return FollowUpCounts{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

} // namespace clientele::core::storage
