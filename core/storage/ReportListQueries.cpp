#include "ReportListQueries.h"

#include "Database.h"
#include "HomeStoreFilter.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::ReportListQueries", text);
}

Result<QList<ReportListQueries::Customer>> customers(const Database& db, const QString& sql, const QString& month,
                                                     int limit, const HomeStoreFilter& filter)
{
    QSqlQuery q = db.prepare(sql);
    q.bindValue(u":month"_s, month);
    q.bindValue(u":limit"_s, limit);
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, tr("Listing customers for the report"));
    QList<ReportListQueries::Customer> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toLongLong()});
    return out;
}

Result<QList<std::pair<QString, qint64>>> counts(const Database& db, const QString& sql, const HomeStoreFilter& filter)
{
    QSqlQuery q = db.prepare(sql);
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, tr("Counting customers for the dashboard"));
    QList<std::pair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

Result<QList<qint64>> ids(QSqlQuery& q, const QString& context)
{
    if (!q.exec())
        return sqlError(q, context);
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}
} // namespace

Result<QList<ReportListQueries::Customer>> ReportListQueries::topPerTier(const Database& database, const QString& month,
                                                                         int perTier, const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    return customers(database,
                     u"SELECT id, name, tier, spend, recency FROM (SELECT c.id, c.name, s.tier, s.monetary_12m_fen AS "
                     u"spend, s.recency_days AS recency, ROW_NUMBER() OVER (PARTITION BY s.tier ORDER BY "
                     u"s.monetary_12m_fen DESC, c.id) AS n FROM customer_snapshots s JOIN customers c ON c.id = "
                     u"s.customer_id WHERE s.month = :month AND s.tier <> 'dormant'"_s +
                         filter.andIn(database.dialect(), u"s.customer_id"_s) + u") AS ranked WHERE n <= :limit"_s,
                     month, perTier, filter);
}

Result<QList<ReportListQueries::Customer>> ReportListQueries::atRisk(const Database& database, const QString& month,
                                                                     int limit, const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    return customers(database,
                     u"SELECT c.id, c.name, s.tier, s.monetary_12m_fen, s.recency_days FROM customer_snapshots s "
                     u"JOIN customers c ON c.id = s.customer_id WHERE s.month = :month AND s.stage = 'at_risk'"_s +
                         filter.andIn(database.dialect(), u"s.customer_id"_s) +
                         u" ORDER BY s.monetary_12m_fen DESC, c.id LIMIT :limit"_s,
                     month, limit, filter);
}

Result<QHash<QString, QHash<QString, qint64>>> ReportListQueries::tierCountsByMonth(const Database& database,
                                                                                    const QString& fromMonth,
                                                                                    const QString& toMonth,
                                                                                    const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    QSqlQuery q = database.prepare(u"SELECT month, tier, COUNT(*) FROM customer_snapshots WHERE month >= :from AND "
                                   u"month <= :to"_s +
                                   filter.andIn(database.dialect(), u"customer_id"_s) + u" GROUP BY month, tier"_s);
    q.bindValue(u":from"_s, fromMonth);
    q.bindValue(u":to"_s, toMonth);
    filter.bind(q);
    if (!q.exec())
        return sqlError(q, tr("Counting tiers per month"));
    QHash<QString, QHash<QString, qint64>> out;
    while (q.next())
        out[q.value(0).toString()][q.value(1).toString()] = q.value(2).toLongLong();
    return out;
}

Result<QList<std::pair<QString, qint64>>> ReportListQueries::stageCounts(const Database& database,
                                                                         const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    return counts(database,
                  u"SELECT stage, COUNT(*) FROM customer_metrics WHERE 1 = 1"_s +
                      filter.andIn(database.dialect(), u"customer_id"_s) + u" GROUP BY stage"_s,
                  filter);
}

Result<QList<std::pair<QString, qint64>>> ReportListQueries::segmentCounts(const Database& database,
                                                                           const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    return counts(database,
                  u"SELECT segment_cn8, COUNT(*) FROM customer_metrics WHERE segment_cn8 <> ''"_s +
                      filter.andIn(database.dialect(), u"customer_id"_s) +
                      u" GROUP BY segment_cn8 ORDER BY 2 DESC, 1"_s,
                  filter);
}

Result<QList<qint64>> ReportListQueries::snapshotCustomers(const Database& database, const QString& month,
                                                           const QString& tier, const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    QSqlQuery q =
        database.prepare(u"SELECT customer_id FROM customer_snapshots WHERE month = :month AND tier = :tier"_s +
                         filter.andIn(database.dialect(), u"customer_id"_s) + u" ORDER BY customer_id"_s);
    q.bindValue(u":month"_s, month);
    q.bindValue(u":tier"_s, tier);
    filter.bind(q);
    return ids(q, tr("Listing the customers of a month's tier"));
}

Result<QList<qint64>> ReportListQueries::migrationCustomers(const Database& database, const QString& fromMonth,
                                                            const QString& toMonth, const QString& fromTier,
                                                            const QString& toTier, const QStringList& stores)
{
    const HomeStoreFilter filter(stores);
    QSqlQuery q = database.prepare(u"SELECT b.customer_id FROM customer_snapshots b LEFT JOIN customer_snapshots a "
                                   u"ON a.customer_id = b.customer_id AND a.month = :from WHERE b.month = :to "
                                   u"AND COALESCE(a.tier, '') = :fromTier AND b.tier = :toTier"_s +
                                   filter.andIn(database.dialect(), u"b.customer_id"_s) + u" ORDER BY b.customer_id"_s);
    q.bindValue(u":from"_s, fromMonth);
    q.bindValue(u":to"_s, toMonth);
    q.bindValue(u":fromTier"_s, sqlvalue::notNull(fromTier));
    q.bindValue(u":toTier"_s, toTier);
    filter.bind(q);
    return ids(q, tr("Listing the customers of a migration cell"));
}

} // namespace clientele::core::storage
