#include "DashboardData.h"

#include "../segmentation/Lifecycle.h"
#include "../storage/Database.h"
#include "../storage/SegmentationRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/SqlValues.h"

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

Result<QList<std::pair<QString, qint64>>> countsOf(const storage::Database& db, const QString& sql)
{
    QSqlQuery q = db.prepare(sql);
    if (!q.exec())
        return storage::sqlError(q, tr("Counting customers for the dashboard"));
    QList<std::pair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}
} // namespace

Result<DashboardData> DashboardData::build(const storage::Database& database, const QString& month)
{
    storage::SegmentationRepository repo(database);
    auto months = repo.snapshotMonths();
    if (!months)
        return months.error();
    if (months->isEmpty())
        return Error::make(Error::Code::NotFound, tr("No figures yet: the dashboard fills after the first segmentation run."));
    const QString latest = month.isEmpty() ? months->last() : month;
    auto report = MonthlyReport::build(database, latest);
    if (!report)
        return report.error();
    DashboardData d;
    d.report = std::move(*report);
    for (const QString& m : std::as_const(*months))
        if (m <= latest)
            d.months.append(m);
    while (d.months.size() > 12)
        d.months.removeFirst();

    QSqlQuery q = database.prepare(u"SELECT month, tier, COUNT(*) FROM customer_snapshots WHERE month >= ? AND month <= ? "
                                   u"GROUP BY month, tier"_s);
    q.addBindValue(d.months.first());
    q.addBindValue(latest);
    if (!q.exec())
        return storage::sqlError(q, tr("Counting tiers per month"));
    while (q.next())
        d.tierCountsByMonth[q.value(0).toString()][q.value(1).toString()] = q.value(2).toLongLong();

    auto stages = countsOf(database, u"SELECT stage, COUNT(*) FROM customer_metrics GROUP BY stage"_s);
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
    auto segments = countsOf(database, u"SELECT segment_cn8, COUNT(*) FROM customer_metrics WHERE segment_cn8 <> '' "
                                       u"GROUP BY segment_cn8 ORDER BY 2 DESC, 1"_s);
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
                                                      const QString& tier)
{
    QSqlQuery q = database.prepare(
        u"SELECT customer_id FROM customer_snapshots WHERE month = ? AND tier = ? ORDER BY customer_id"_s);
    q.addBindValue(month);
    q.addBindValue(tier);
    if (!q.exec())
        return storage::sqlError(q, tr("Listing the customers of a month's tier"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<qint64>> DashboardData::migrationCustomers(const storage::Database& database, const QString& fromMonth,
                                                       const QString& toMonth, const QString& fromTier,
                                                       const QString& toTier)
{
    QSqlQuery q = database.prepare(u"SELECT b.customer_id FROM customer_snapshots b LEFT JOIN customer_snapshots a "
                                   u"ON a.customer_id = b.customer_id AND a.month = :from WHERE b.month = :to "
                                   u"AND COALESCE(a.tier, '') = :fromTier AND b.tier = :toTier ORDER BY b.customer_id"_s);
    q.bindValue(u":from"_s, fromMonth);
    q.bindValue(u":to"_s, toMonth);
    q.bindValue(u":fromTier"_s, storage::sqlvalue::notNull(fromTier));
    q.bindValue(u":toTier"_s, toTier);
    if (!q.exec())
        return storage::sqlError(q, tr("Listing the customers of a migration cell"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace clientele::core::report
