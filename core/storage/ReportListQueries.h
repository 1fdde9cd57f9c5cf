#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace clientele::core::storage {

class Database;

// The lists and counts of the monthly report and the dashboard besides the key figures: customers
// to name (best per tier, at risk), tier counts month by month, today's stages and segments, and
// the customers behind a chart bar or a migration cell. For the chain or the home customers of
// some stores (`stores`: store codes, empty = every customer; HomeStoreFilter.h). Same thread as
// the Database.
class ReportListQueries
{
public:
    struct Customer
    {
        qint64 id = 0;
        QString name;
        QString tier;
        Fen spend12m = 0;
        qint64 recencyDays = 0;
    };
    // Up to `perTier` per tier (dormant left out) by 12-month spend, then id; in no tier order.
    static Result<QList<Customer>> topPerTier(const Database& database, const QString& month, int perTier,
                                              const QStringList& stores);
    // Customers at risk at the month end, most 12-month spend first.
    static Result<QList<Customer>> atRisk(const Database& database, const QString& month, int limit,
                                          const QStringList& stores);

    // Month → tier → customers, for the months in [fromMonth, toMonth].
    static Result<QHash<QString, QHash<QString, qint64>>> tierCountsByMonth(const Database& database,
                                                                            const QString& fromMonth,
                                                                            const QString& toMonth,
                                                                            const QStringList& stores);
    // Today's (latest run's) customers per lifecycle stage, and per RFM segment largest first.
    static Result<QList<std::pair<QString, qint64>>> stageCounts(const Database& database, const QStringList& stores);
    static Result<QList<std::pair<QString, qint64>>> segmentCounts(const Database& database, const QStringList& stores);

    // Drill-down: the customers in one tier at one month end, and behind one migration cell
    // (fromTier empty: without a row in fromMonth), by id.
    static Result<QList<qint64>> snapshotCustomers(const Database& database, const QString& month, const QString& tier,
                                                   const QStringList& stores);
    static Result<QList<qint64>> migrationCustomers(const Database& database, const QString& fromMonth,
                                                    const QString& toMonth, const QString& fromTier,
                                                    const QString& toTier, const QStringList& stores);
};

} // namespace clientele::core::storage
