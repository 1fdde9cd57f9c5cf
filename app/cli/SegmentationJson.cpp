#include "SegmentationJson.h"

#include "segmentation/Lifecycle.h"
#include "segmentation/RfmSegments.h"

using namespace Qt::StringLiterals;

namespace clientele::cli {

QJsonObject segmentationJson(const core::segmentation::Evaluation& e)
{
    using namespace core::segmentation;
    const RfmMetrics& m = e.metrics;
    return QJsonObject{{u"tier"_s, e.tier},
                       {u"tier_reason"_s, e.tierReason},
                       {u"tier_change"_s, e.tierChange},
                       {u"stage"_s, Lifecycle::key(e.stage)},
                       {u"stage_reason"_s, e.stageReason},
                       {u"r"_s, e.scores.r},
                       {u"f"_s, e.scores.f},
                       {u"m"_s, e.scores.m},
                       {u"segment_cn8"_s, e.segmentCn8},
                       {u"segment_cn8_reason"_s, e.segmentCn8Reason},
                       {u"segment_scores"_s, e.segmentScores},
                       {u"segment_scores_reason"_s, RfmSegments::scoresReason(e.scores)},
                       {u"recency_days"_s, m.hasPurchases ? QJsonValue(m.recencyDays) : QJsonValue()},
                       {u"frequency"_s, m.frequency},
                       {u"monetary_fen"_s, m.monetary},
                       {u"monetary_12m_fen"_s, m.monetary12m},
                       {u"spend_12m_fen"_s, m.monetary12m},
                       {u"average_order_fen"_s, m.averageOrder},
                       {u"median_gap_days"_s, m.medianGapDays},
                       {u"value_at_stake_fen"_s, e.valueAtStake}};
}

} // namespace clientele::cli
