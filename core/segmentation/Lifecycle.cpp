#include "Lifecycle.h"

#include "../i18n/LocalDates.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::segmentation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::segmentation::Lifecycle", text);
}
} // namespace

QJsonObject LifecycleSettings::toJson() const
{
    return QJsonObject{{u"new_days"_s, newDays},       {u"k_tenths"_s, kTenths},
                       {u"floor_days"_s, floorDays},   {u"ceiling_days"_s, ceilingDays},
                       {u"dormant_days"_s, dormantDays}};
}

LifecycleSettings LifecycleSettings::fromJson(const QJsonObject& json)
{
    LifecycleSettings s;
    s.newDays = qMax(1, json.value(u"new_days"_s).toInt(s.newDays));
    s.kTenths = qMax(10, json.value(u"k_tenths"_s).toInt(s.kTenths));
    s.floorDays = qMax(1, json.value(u"floor_days"_s).toInt(s.floorDays));
    s.ceilingDays = qMax(s.floorDays, json.value(u"ceiling_days"_s).toInt(s.ceilingDays));
    s.dormantDays = qMax(s.ceilingDays + 1, json.value(u"dormant_days"_s).toInt(s.dormantDays));
    return s;
}

int LifecycleSettings::atRiskAfter(const RfmMetrics& m) const
{
    if (m.medianGapDays < 0)
        return ceilingDays;
    return qBound(floorDays, int(qint64(m.medianGapDays) * kTenths / 10), ceilingDays);
}

Stage Lifecycle::stageOf(const RfmMetrics& m, const LifecycleSettings& s)
{
    if (!m.hasPurchases)
        return Stage::Prospect;
    if (m.recencyDays >= s.dormantDays)
        return Stage::Dormant;
    if (m.daysSinceFirstPurchase() < s.newDays)
        return Stage::New;
    if (m.previousGapDays >= s.dormantDays && m.recencyDays < s.newDays)
        return Stage::WonBack;
    return m.recencyDays > s.atRiskAfter(m) ? Stage::AtRisk : Stage::Active;
}

StageAssignment Lifecycle::assess(const RfmMetrics& m, const LifecycleSettings& s)
{
    const Stage stage = stageOf(m, s);
    switch (stage) {
    case Stage::Prospect:
        return {stage, tr("No purchases yet")};
    case Stage::Dormant:
        return {stage, tr("No purchase for %1 days (dormant from %2 days)").arg(m.recencyDays).arg(s.dormantDays)};
    case Stage::New:
        return {stage, tr("First purchase %1 days ago (new for %2 days)").arg(m.daysSinceFirstPurchase()).arg(s.newDays)};
    case Stage::WonBack:
        return {stage, tr("Bought again on %1 after %2 days away")
                           .arg(i18n::LocalDates::date(m.lastPurchase))
                           .arg(m.previousGapDays)};
    case Stage::AtRisk:
    case Stage::Active:
        break;
    }
    const int limit = s.atRiskAfter(m);
    const QString rhythm = m.medianGapDays < 0
                               ? tr("one purchase so far, overdue after %1 days").arg(limit)
                               : tr("usually every %1 days, overdue after %2 days").arg(m.medianGapDays).arg(limit);
    if (stage == Stage::AtRisk)
        return {stage, tr("%1 days since the last purchase; %2").arg(m.recencyDays).arg(rhythm)};
    return {stage, tr("Last purchase %1 days ago; %2").arg(m.recencyDays).arg(rhythm)};
}

QString Lifecycle::key(Stage stage)
{
    switch (stage) {
    case Stage::Prospect: return u"prospect"_s;
    case Stage::New: return u"new"_s;
    case Stage::Active: return u"active"_s;
    case Stage::AtRisk: return u"at_risk"_s;
    case Stage::Dormant: return u"dormant"_s;
    case Stage::WonBack: return u"won_back"_s;
    }
    return {};
}

bool Lifecycle::fromKey(const QString& key, Stage* stage)
{
    for (const Stage s : {Stage::Prospect, Stage::New, Stage::Active, Stage::AtRisk, Stage::Dormant, Stage::WonBack})
        if (Lifecycle::key(s) == key) {
            *stage = s;
            return true;
        }
    return false;
}

QString Lifecycle::label(Stage stage)
{
    switch (stage) {
    case Stage::Prospect: return QCoreApplication::translate("Stage", "Prospect");
    case Stage::New: return QCoreApplication::translate("Stage", "New");
    case Stage::Active: return QCoreApplication::translate("Stage", "Active");
    case Stage::AtRisk: return QCoreApplication::translate("Stage", "At risk");
    case Stage::Dormant: return QCoreApplication::translate("Stage", "Dormant");
    case Stage::WonBack: return QCoreApplication::translate("Stage", "Won back");
    }
    return {};
}

} // namespace clientele::core::segmentation
