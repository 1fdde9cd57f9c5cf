#include "SegmentationSettings.h"

#include "../storage/SegmentationRepository.h"
#include "../storage/SettingsRepository.h"
#include "Segmenter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace clientele::core::segmentation {

Result<SegmentationConfig> SegmentationSettings::load(const storage::Database& database)
{
    const storage::SettingsRepository settings(database);
    SegmentationConfig config;
    auto scheme = settings.value(kTierScheme, QStringLiteral("spend"));
    if (!scheme)
        return scheme.error();
    TierRules::Scheme chosen = TierRules::Scheme::Spend;
    if (!TierRules::parseScheme(*scheme, &chosen))
        return Error::make(Error::Code::InvalidData,
                           QCoreApplication::translate("SegmentationSettings", "Unknown tier scheme \"%1\".").arg(*scheme));
    auto rules = storage::SegmentationRepository(database).activeTierRules(chosen);
    if (!rules)
        return rules.error();
    config.tiers = *rules;

    auto method = settings.value(kRfmMethod, QStringLiteral("quintiles"));
    if (!method)
        return method.error();
    config.method = *method == u"thresholds" ? RfmScorer::Method::Thresholds : RfmScorer::Method::Quintiles;
    auto thresholds = settings.value(kRfmThresholds);
    if (!thresholds)
        return thresholds.error();
    config.thresholds = RfmScorer::Thresholds::fromJson(QJsonDocument::fromJson(thresholds->toUtf8()).object());
    auto lifecycle = settings.value(kLifecycle);
    if (!lifecycle)
        return lifecycle.error();
    config.lifecycle = LifecycleSettings::fromJson(QJsonDocument::fromJson(lifecycle->toUtf8()).object());
    return config;
}

Status SegmentationSettings::markHistoryDirty(const storage::Database& database, const QString& month)
{
    storage::SettingsRepository settings(database);
    auto current = settings.value(kHistoryDirtyFrom);
    if (!current)
        return current.error();
    if (!current->isEmpty() && *current <= month)
        return {};
    return settings.setValue(kHistoryDirtyFrom, month);
}

} // namespace clientele::core::segmentation
