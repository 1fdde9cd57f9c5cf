#pragma once

#include "RfmMetrics.h"
#include "RfmScorer.h"
#include "TierRules.h"

namespace clientele::core::segmentation {

// Predicted value for the value scheme: CLV quintile (1–5) and P(alive) in percent; clvScore 0
// means "no predictions" and the M score stands in.
struct PredictedValue
{
    int clvScore = 0;
    int pAlivePercent = -1;
};

struct TierAssignment
{
    QString key;    // level key, "dormant", or "none" (no purchases)
    QString reason; // "Gold: 12-month spend ¥23,400 ≥ ¥10,000"
};

// Pure tier decisions. Grace is applied over a sequence of month ends by the caller (Segmenter).
class TierPolicy
{
public:
    // Left out, the reason stays empty: a run over every customer and month needs only the key.
    enum class Reason { Written, LeftOut };
    static TierAssignment assign(const RfmMetrics& metrics, const RfmScores& scores, const TierRules& rules,
                                 const PredictedValue& predicted = {}, Reason reason = Reason::Written);

    struct GraceState
    {
        QString effective; // tier shown
        int monthsBelow = 0;
    };
    // Next state given the previous one and this month's raw assignment: a downgrade (not into
    // dormant) waits until the customer has been below for graceMonths consecutive month ends.
    static GraceState applyGrace(const GraceState& previous, const TierAssignment& raw, const TierRules& rules,
                                 QString* reason);

    // "Gold → Silver: 12-month spend fell from ¥12,100 to ¥8,900"; empty when unchanged.
    static QString changeReason(const QString& fromKey, const RfmMetrics& from, const RfmScores& fromScores,
                                const QString& toKey, const RfmMetrics& to, const RfmScores& toScores,
                                const TierRules& rules);
};

} // namespace clientele::core::segmentation
