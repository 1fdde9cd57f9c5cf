#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"
#include "../segmentation/Evaluation.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace clientele::core::storage {

class Database;

// The month-end figures of the monthly report and the dashboard, for the chain or for the home
// customers of some stores (`stores`: store codes, empty = every customer; HomeStoreFilter.h).
// Read from the month's snapshot (customer_snapshots) and the orders that count
// (StandingOrders.h). Same thread as the Database.
class MonthFigureQueries
{
public:
    // The key figures as segmentation::Segmenter counts them for monthly_stats (addShare,
    // RfmMetrics), but for the customers of `stores`: those with a row in `month`'s snapshot,
    // their orders up to `asOf` (the snapshot's date), "new" by their first order (refunds are not
    // orders), "lost" by their stage against `previousMonth`'s snapshot. For every store of a chain
    // whose customers all have a home store it equals the chain's monthly_stats row (tested).
    static Result<segmentation::MonthStats> monthStats(const Database& database, const QString& month,
                                                       const QDate& asOf, const QString& previousMonth,
                                                       const QStringList& stores);

    struct TierTotals
    {
        qint64 customers = 0;
        Fen revenue12m = 0;
        qint64 orders12m = 0; // purchases (not refunds) in the year up to asOf
    };
    // Per tier of `month`'s snapshot.
    static Result<QHash<QString, TierTotals>> tierTotals(const Database& database, const QString& month,
                                                         const QDate& asOf, const QStringList& stores);
    // Customers per tier and home store ('' for customers without one): tier → store → count.
    static Result<QHash<QString, QHash<QString, qint64>>>
    tierCustomersByStore(const Database& database, const QString& month, const QStringList& stores);
    // Customers in the stage "at risk" at the month end and their 12-month spend.
    static Result<std::pair<qint64, Fen>> atRiskTotals(const Database& database, const QString& month,
                                                       const QStringList& stores);

    struct FollowUpCounts
    {
        qint64 done = 0;    // due in [first, last] and done
        qint64 open = 0;    // due in [first, last] and still open
        qint64 overdue = 0; // open and due before `overdueBefore`
    };
    static Result<FollowUpCounts> followUps(const Database& database, const QDate& first, const QDate& last,
                                            const QDate& overdueBefore, const QStringList& stores);
};

} // namespace clientele::core::storage
