#include "DashboardData.h"

#include "../segmentation/Lifecycle.h"
#include "../storage/Database.h"
#include "../storage/ReportListQueries.h"
#include "../storage/SegmentationRepository.h"
#include "../storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clientele::core::report {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::report::DashboardData", text);
}

const QString kThresholdsKey = u"dashboard_thresholds"_s;

} // namespace

Result<DashboardData> DashboardData::build(const storage::Database& database, const QString& month,
                                           const stores::StoreScope& scope)
{
    storage::SegmentationRepository repo(database);
    auto months = repo.snapshotMonths();
    if (!months)
        return months.error();
    if (months->isEmpty())
        return Error::make(Error::Code::NotFound, tr("No figures yet: the dashboard fills after the first segmentation run."));
    const QString latest = month.isEmpty() ? months->last() : month;
    auto report = MonthlyReport::build(database, latest, scope);
    if (!report)
        return report.error();
    DashboardData d;
    d.report = std::move(*report);
    for (const QString& m : std::as_const(*months))
        if (m <= latest)
            d.months.append(m);
    while (d.months.size() > 12)
        d.months.removeFirst();

    using storage::ReportListQueries;
    auto counts = ReportListQueries::tierCountsByMonth(database, d.months.first(), latest, scope.codes());
    if (!counts)
        return counts.error();
    d.tierCountsByMonth = std::move(*counts);

    auto stages = ReportListQueries::stageCounts(database, scope.codes());
    if (!stages)
        return stages.error();
    using segmentation::Stage;
    for (const Stage s : {Stage::Prospect, Stage::New, Stage::Active, Stage::WonBack, Stage::AtRisk, Stage::Dormant}) {
        qint64 n = 0;
        for (const auto& [key, count] : *stages)
            if (key == segmentation::Lifecycle::key(s))
                n = count;
        d.stages.append({segmentation::Lifecycle::key(s), n});
    }
    auto segments = ReportListQueries::segmentCounts(database, scope.codes());
    if (!segments)
        return segments.error();
    d.segments = *segments;
    return d;
}

QList<KpiThreshold> DashboardData::defaultThresholds()
{
    // Examples an owner would start from; all editable.
    return {{u"repurchase_rate"_s, true, 250, 200}, {u"at_risk"_s, false, 0, 0}};
}

QList<KpiThreshold> DashboardData::loadThresholds(const storage::Database& database)
{
    const auto text = storage::SettingsRepository(database).value(kThresholdsKey);
    if (!text || text->isEmpty())
        return defaultThresholds();
    QList<KpiThreshold> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(text->toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"key"_s).toString(), o.value(u"higher_is_better"_s).toBool(true),
                    o.value(u"amber"_s).toInteger(), o.value(u"red"_s).toInteger()});
    }
    return out;
}

Status DashboardData::saveThresholds(const storage::Database& database, const QList<KpiThreshold>& thresholds)
{
    QJsonArray array;
    for (const auto& t : thresholds)
        array.append(QJsonObject{{u"key"_s, t.key}, {u"higher_is_better"_s, t.higherIsBetter}, {u"amber"_s, t.amber},
                                 {u"red"_s, t.red}});
    return storage::SettingsRepository(database).setValue(
        kThresholdsKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

KpiLevel DashboardData::level(qint64 value, const KpiThreshold& t)
{
    if (t.amber == 0 && t.red == 0)
        return KpiLevel::Normal; // no line set
    if (t.higherIsBetter)
        return value < t.red ? KpiLevel::Red : value < t.amber ? KpiLevel::Amber : KpiLevel::Normal;
    return value > t.red ? KpiLevel::Red : value > t.amber ? KpiLevel::Amber : KpiLevel::Normal;
}

Result<QList<qint64>> DashboardData::snapshotCustomers(const storage::Database& database, const QString& month,
                                                      const QString& tier, const stores::StoreScope& scope)
{
    return storage::ReportListQueries::snapshotCustomers(database, month, tier, scope.codes());
}

Result<QList<qint64>> DashboardData::migrationCustomers(const storage::Database& database, const QString& fromMonth,
                                                       const QString& toMonth, const QString& fromTier,
                                                       const QString& toTier, const stores::StoreScope& scope)
{
    return storage::ReportListQueries::migrationCustomers(database, fromMonth, toMonth, fromTier, toTier, scope.codes());
}

} // namespace clientele::core::report
