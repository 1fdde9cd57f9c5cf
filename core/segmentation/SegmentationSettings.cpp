#include "SegmentationSettings.h"

#include <QJsonArray>

#include "../storage/SegmentationRepository.h"
#include "../storage/SettingsRepository.h"
#include "Segmenter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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

Status SegmentationSettings::saveBasis(const storage::Database& database, const ScoringBasis& basis)
{
    const RfmSegments::Averages& a = basis.averages;
    storage::SettingsRepository settings(database);
    if (auto s = settings.setValue(kRfmCutPoints,
                                   QString::fromUtf8(QJsonDocument(basis.cuts.toJson()).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    const QJsonObject json{{QStringLiteral("count"), a.count},
                           {QStringLiteral("recency_sum"), a.recencySum},
                           {QStringLiteral("frequency_sum"), a.frequencySum},
                           {QStringLiteral("monetary_sum"), a.monetarySum}};
    if (auto s = settings.setValue(kRfmAverages, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        !s)
        return s;
    QJsonArray clv;
    for (const Fen cut : basis.clvCuts)
        clv.append(cut);
    return settings.setValue(kClvCutPoints, QString::fromUtf8(QJsonDocument(clv).toJson(QJsonDocument::Compact)));
}

Result<analytics::ModelSettings> SegmentationSettings::loadModelSettings(const storage::Database& database)
{
    auto text = storage::SettingsRepository(database).value(kModelSettings);
    if (!text)
        return text.error();
    return analytics::ModelSettings::fromJson(QJsonDocument::fromJson(text->toUtf8()).object());
}

Result<ScoringBasis> SegmentationSettings::loadBasis(const storage::Database& database)
{
    auto averages = loadAverages(database);
    if (!averages)
        return averages.error();
    auto cuts = storage::SettingsRepository(database).value(kRfmCutPoints);
    if (!cuts)
        return cuts.error();
    auto clv = storage::SettingsRepository(database).value(kClvCutPoints);
    if (!clv)
        return clv.error();
    ScoringBasis basis{RfmScorer::Thresholds::fromJson(QJsonDocument::fromJson(cuts->toUtf8()).object()), *averages, {}};
    for (const QJsonValue& v : QJsonDocument::fromJson(clv->toUtf8()).array())
        basis.clvCuts.push_back(v.toInteger());
    return basis;
}

Result<RfmSegments::Averages> SegmentationSettings::loadAverages(const storage::Database& database)
{
    auto text = storage::SettingsRepository(database).value(kRfmAverages);
    if (!text)
        return text.error();
    const QJsonObject json = QJsonDocument::fromJson(text->toUtf8()).object();
    RfmSegments::Averages a;
    a.count = json.value(QStringLiteral("count")).toInteger();
    a.recencySum = json.value(QStringLiteral("recency_sum")).toInteger();
    a.frequencySum = json.value(QStringLiteral("frequency_sum")).toInteger();
    a.monetarySum = json.value(QStringLiteral("monetary_sum")).toInteger();
    return a;
}

Result<QString> SegmentationSettings::fingerprint(const storage::Database& database)
{
    const storage::SettingsRepository settings(database);
    QStringList parts;
    for (const QString& key : {kTierScheme, kRfmMethod, kRfmThresholds, kLifecycle, kModelSettings}) {
        auto value = settings.value(key);
        if (!value)
            return value.error();
        parts.append(*value);
    }
    TierRules::Scheme scheme = TierRules::Scheme::Spend;
    if (!parts.first().isEmpty() && !TierRules::parseScheme(parts.first(), &scheme))
        return Error::make(Error::Code::InvalidData,
                           QCoreApplication::translate("SegmentationSettings", "Unknown tier scheme \"%1\".").arg(parts.first()));
    auto rules = storage::SegmentationRepository(database).activeTierRules(scheme);
    if (!rules)
        return rules.error();
    parts.first() = TierRules::schemeKey(scheme) + u':' + QString::number(rules->version);
    return parts.join(u'|');
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
