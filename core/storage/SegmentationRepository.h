#pragma once

#include "../domain/Result.h"
#include "../segmentation/Evaluation.h"
#include "../segmentation/PurchaseHistory.h"
#include "../segmentation/TierRules.h"

#include <QHash>
#include <QStringList>

namespace clientele::core::storage {

class Database;

// All SQL of segmentation: loading order history, tier rules, writing results and snapshots,
// and the aggregate queries reports use.
class SegmentationRepository
{
public:
    explicit SegmentationRepository(const Database& database) : m_database(database) {}

    // Every customer (ascending id) with their orders oldest first.
    Result<segmentation::ShopHistory> loadHistory() const;
    // Only these customers (ascending id).
    Result<segmentation::ShopHistory> loadHistory(const QList<qint64>& customerIds) const;

    Result<segmentation::TierRules> activeTierRules(segmentation::TierRules::Scheme scheme) const;
    Result<segmentation::TierRules> tierRules(segmentation::TierRules::Scheme scheme, int version) const;
    Result<int> saveTierRules(const segmentation::TierRules& rules); // new version, returned
    Result<QList<segmentation::TierRules>> tierRuleHistory(segmentation::TierRules::Scheme scheme) const;

    Status replaceMetrics(const QDate& asOf, const std::vector<segmentation::Evaluation>& evaluations);
    Status replaceSnapshots(const QString& month, const std::vector<segmentation::Evaluation>& evaluations);
    // Insert or replace the rows of these customers only.
    Status upsertMetrics(const QDate& asOf, const std::vector<segmentation::Evaluation>& evaluations);
    Status upsertSnapshots(const QString& month, const std::vector<segmentation::Evaluation>& evaluations);
    // Replaces `month`'s snapshot by a copy of the current metrics (customers with purchases).
    Status snapshotFromMetrics(const QString& month);
    Status replaceMonthStats(const segmentation::MonthStats& stats);
    // Removes every month end (snapshots and figures): a shop without purchases has none.
    Status clearHistory();
    Result<QHash<qint64, segmentation::PreviousState>> snapshotStates(const QString& month) const;
    Result<QStringList> snapshotMonths() const;
    Result<QDate> lastRunDate() const; // invalid when never run

    // --- report queries over snapshots and metrics ---
    struct TierRow
    {
        QString tier;
        qint64 customers = 0;
        Fen revenue12m = 0;
        qint64 orders12m = 0;
    };
    // `stores`: only the home customers of these stores (HomeStoreFilter.h); none: everyone.
    Result<QList<TierRow>> tierTotals(const QString& month, const QStringList& stores = {}) const;
    struct MigrationCell
    {
        QString from; // "" for customers without a row in the from-month (new since)
        QString to;
        qint64 customers = 0;
        Fen revenue12m = 0; // their 12-month spend as of the to-month
    };
    // `stores`: only the home customers of these stores (HomeStoreFilter.h); none: everyone.
    Result<QList<MigrationCell>> migration(const QString& fromMonth, const QString& toMonth,
                                           const QStringList& stores = {}) const;
    Result<QList<segmentation::MonthStats>> monthStats() const;

    struct CustomerSegmentRow
    {
        qint64 id = 0;
        QString name;
        QString phone;
        segmentation::Evaluation evaluation;
    };
    // stage filter optional ("at_risk" also takes in customers the purchase model flags as churn
    // risks); ordered by value at stake (desc) then id. `stores` as in tierTotals.
    Result<QList<CustomerSegmentRow>> segmentRows(const QString& stage, int limit,
                                                  const QStringList& stores = {}) const;
    Result<std::optional<CustomerSegmentRow>> segmentRow(qint64 customerId) const;
    // The stored results of these customers (those with a row), by id.
    Result<QHash<qint64, segmentation::Evaluation>> storedEvaluations(const QList<qint64>& customerIds) const;
    // Removes these customers' rows from `month`'s snapshot (before rewriting them: one who has
    // no purchases left has no row).
    Status dropSnapshots(const QString& month, const QList<qint64>& customerIds);

private:
    Result<segmentation::ShopHistory> loadHistoryOf(const QList<qint64>& customerIds) const;
    const Database& m_database;
};

} // namespace clientele::core::storage
