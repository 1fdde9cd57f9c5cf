#pragma once

#include "MonthlyReport.h"

#include <QHash>
#include <QJsonObject>

namespace clientele::core::report {

// A KPI's warning line, set by the owner: below (or above) `amber` it turns amber, past `red` red.
struct KpiThreshold
{
    QString key;          // "repurchase_rate", "at_risk" … (the CSV keys)
    bool higherIsBetter = true;
    qint64 amber = 0;     // same unit as the KPI (count, fen, per mille)
    qint64 red = 0;
};

enum class KpiLevel { Normal, Amber, Red };

// Everything the tier dashboard draws, read in one go on a worker thread: the latest month's
// report plus the twelve months before it and today's stage and RFM segment counts.
struct DashboardData
{
    MonthlyReport report;
    QStringList months;                        // the last (up to) 12 month keys, oldest first
    QHash<QString, QHash<QString, qint64>> tierCountsByMonth; // month → tier → customers
    QList<std::pair<QString, qint64>> stages;   // lifecycle funnel order
    QList<std::pair<QString, qint64>> segments; // cn8 segments, largest first

    // The latest month with a snapshot (empty database: NotFound). `scope`: the figures of the home
    // customers of some stores (MonthlyReport), the chain by default.
    static Result<DashboardData> build(const storage::Database& database, const QString& month = {},
                                       const stores::StoreScope& scope = {});

    static QList<KpiThreshold> defaultThresholds();
    static QList<KpiThreshold> loadThresholds(const storage::Database& database);
    static Status saveThresholds(const storage::Database& database, const QList<KpiThreshold>& thresholds);
    static KpiLevel level(qint64 value, const KpiThreshold& threshold);
    // The customers in one tier at one month end (a bar of the monthly chart), for drill-down.
    static Result<QList<qint64>> snapshotCustomers(const storage::Database& database, const QString& month,
                                                   const QString& tier, const stores::StoreScope& scope = {});
    // The customers behind one migration cell (fromTier empty: new since fromMonth), for drill-down.
    static Result<QList<qint64>> migrationCustomers(const storage::Database& database, const QString& fromMonth,
                                                    const QString& toMonth, const QString& fromTier,
                                                    const QString& toTier, const stores::StoreScope& scope = {});
};

} // namespace clientele::core::report
