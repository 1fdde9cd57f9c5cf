#include "TierPolicy.h"

#include "../analytics/PurchaseModel.h"

#include <QCoreApplication>

namespace clientele::core::segmentation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::segmentation::TierPolicy", text);
}

int valueScore(const RfmScores& s, const PredictedValue& v)
{
    return v.clvScore > 0 ? v.clvScore : s.m;
}

bool reaches(const TierLevel& level, const RfmMetrics& m, const RfmScores& s, TierRules::Scheme scheme,
             const PredictedValue& v)
{
    if (scheme == TierRules::Scheme::Spend)
        return m.monetary12m >= level.minSpend;
    const bool mOk = valueScore(s, v) >= level.minMScore;
    const bool fOk = s.f >= level.minFScore;
    const bool aliveOk = v.pAlivePercent < 0 || v.pAlivePercent >= level.minPAlivePercent;
    return (level.matchAll ? (mOk && fOk) : (mOk || fOk)) && aliveOk;
}

QString valueCondition(const TierLevel& level, const RfmScores& s, const PredictedValue& v)
{
    const QString joiner = level.matchAll ? tr(" and ") : tr(" or ");
    const auto part = [&](const QString& name, int score, int min) {
        return QStringLiteral("%1 %2 %3 %4").arg(name).arg(score).arg(score >= min ? QStringLiteral("≥") : QStringLiteral("<")).arg(min);
    };
    QString text = part(v.clvScore > 0 ? tr("CLV score") : tr("M score"), valueScore(s, v), level.minMScore) + joiner +
                   part(tr("F score"), s.f, level.minFScore);
    if (v.pAlivePercent >= 0 && level.minPAlivePercent > 0)
        text += tr(", P(alive) %1 %2 %3%") // never "100%": a model is never certain
                    .arg(analytics::PurchaseModel::likelihood(v.pAlivePercent / 100.0))
                    .arg(v.pAlivePercent >= level.minPAlivePercent ? QStringLiteral("≥") : QStringLiteral("<"))
                    .arg(level.minPAlivePercent);
    return text;
}
} // namespace

TierAssignment TierPolicy::assign(const RfmMetrics& m, const RfmScores& s, const TierRules& rules,
                                  const PredictedValue& v, Reason reason)
{
    const bool why = reason == Reason::Written;
    if (!m.hasPurchases)
        return {QStringLiteral("none"), why ? tr("No purchases yet") : QString()};
    if (m.recencyDays >= rules.dormantDays)
        return {QStringLiteral("dormant"), why ? tr("%1: no purchase for %2 days (dormant from %3)")
                                                     .arg(TierRules::label(QStringLiteral("dormant")))
                                                     .arg(m.recencyDays)
                                                     .arg(rules.dormantDays)
                                               : QString()};
    for (qsizetype i = 0; i < rules.levels.size(); ++i) {
        const TierLevel& level = rules.levels[i];
        const bool isFloor = i == rules.levels.size() - 1;
        if (!isFloor && !reaches(level, m, s, rules.scheme, v))
            continue;
        if (!why)
            return {level.key, QString()};
        const QString name = TierRules::label(level.key);
        if (rules.scheme == TierRules::Scheme::Spend) {
            if (!isFloor || i == 0)
                return {level.key, tr("%1: 12-month spend %2 ≥ %3")
                                       .arg(name, money::format(m.monetary12m), money::format(level.minSpend))};
            return {level.key, tr("%1: 12-month spend %2 < %3")
                                   .arg(name, money::format(m.monetary12m),
                                        money::format(rules.levels[i - 1].minSpend))};
        }
        if (!isFloor || i == 0)
            return {level.key, tr("%1: %2").arg(name, valueCondition(level, s, v))};
        return {level.key, tr("%1: %2").arg(name, valueCondition(rules.levels[i - 1], s, v))};
    }
    return {QStringLiteral("none"), QString()};
}

TierPolicy::GraceState TierPolicy::applyGrace(const GraceState& previous, const TierAssignment& raw,
                                              const TierRules& rules, QString* reason)
{
    const bool downgrade = !previous.effective.isEmpty() && raw.key != QLatin1String("dormant") &&
                           raw.key != QLatin1String("none") && rules.rank(raw.key) > rules.rank(previous.effective) &&
                           previous.effective != QLatin1String("dormant") &&
                           previous.effective != QLatin1String("none");
    if (!downgrade || rules.graceMonths == 0) {
        *reason = raw.reason;
        return {raw.key, 0};
    }
    const int below = previous.monthsBelow + 1;
    if (below >= rules.graceMonths) {
        *reason = raw.reason;
        return {raw.key, 0};
    }
    *reason = tr("%1 kept (month %2 of %3 below the line): %4")
                  .arg(TierRules::label(previous.effective))
                  .arg(below)
                  .arg(rules.graceMonths)
                  .arg(raw.reason);
    return {previous.effective, below};
}

QString TierPolicy::changeReason(const QString& fromKey, const RfmMetrics& from, const RfmScores& fromScores,
                                 const QString& toKey, const RfmMetrics& to, const RfmScores& toScores,
                                 const TierRules& rules)
{
    if (fromKey == toKey || fromKey.isEmpty())
        return {};
    const QString arrow = TierRules::label(fromKey) + QStringLiteral(" → ") + TierRules::label(toKey);
    if (toKey == u"dormant")
        return tr("%1: no purchase for %2 days").arg(arrow).arg(to.recencyDays);
    if (fromKey == u"dormant" || fromKey == u"none")
        return tr("%1: bought again, 12-month spend %2").arg(arrow, money::format(to.monetary12m));
    if (rules.scheme == TierRules::Scheme::Spend)
        return tr("%1: 12-month spend %2 from %3 to %4")
            .arg(arrow, to.monetary12m >= from.monetary12m ? tr("rose") : tr("fell"), money::format(from.monetary12m),
                 money::format(to.monetary12m));
    return tr("%1: M score %2 → %3, F score %4 → %5")
        .arg(arrow)
        .arg(fromScores.m)
        .arg(toScores.m)
        .arg(fromScores.f)
        .arg(toScores.f);
}

} // namespace clientele::core::segmentation
