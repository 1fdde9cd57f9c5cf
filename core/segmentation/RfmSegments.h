#pragma once

#include "RfmMetrics.h"
#include "RfmScorer.h"

#include <QString>

namespace clientele::core::segmentation {

// Named RFM segments in the two conventions owners ask for.
//
// cn8 — the 8-class model common in Chinese retail. Each of R, F, M is "high" when it is better
// than the shop's average over customers with purchases (recency: fewer days than the average;
// frequency and monetary: strictly more than the average; equal counts as low):
//   R F M  high high high → 重要价值客户 Important value    high low high → 重要发展客户 Important development
//          low  high high → 重要保持客户 Important retention low  low high → 重要挽留客户 Important win-back
//          high high low  → 一般价值客户 General value      high low low  → 一般发展客户 General development
//          low  high low  → 一般保持客户 General retention   low  low low  → 一般挽留客户 General win-back
//
// scores — the score-range model. With FM = round((F + M) / 2), the first matching rule wins:
//   New            one order and R ≥ 4
//   Champions      R ≥ 4 and FM ≥ 4
//   Loyal          R ≥ 3 and FM ≥ 3
//   Potential loyalist R ≥ 4 and FM ≥ 2
//   Promising      R ≥ 4
//   Need attention R = 3 and FM ≥ 2
//   About to sleep R = 3
//   Can't lose them R ≤ 2 and FM ≥ 4
//   At risk        R ≤ 2 and FM = 3
//   Hibernating    R = 2
//   Lost           R = 1
class RfmSegments
{
public:
    enum class Model { Cn8, Scores };

    // Kept as exact sums: "above average" is decided by integer comparison (x·n > Σ).
    struct Averages
    {
        qint64 count = 0;
        qint64 recencySum = 0;
        qint64 frequencySum = 0;
        Fen monetarySum = 0;
    };
    static Averages averages(const std::vector<RfmMetrics>& all);

    // Stable keys ("important_value", "champions" …) for storage and JSON.
    static QString cn8Key(const RfmMetrics& metrics, const Averages& averages);
    // `newDays`: the lifecycle's new window. A customer still inside it whose scores fall in a
    // lapsing segment (need attention … lost) is "new" instead: a shop of weekly buyers would
    // otherwise call a 40-day-old first purchase "lost" while the stage says "new".
    static QString scoresKey(const RfmMetrics& metrics, const RfmScores& scores, int newDays);
    // Display names of both models in the reader's language ("Important value" / 重要价值客户).
    static QString label(const QString& key);
    // "R high (40 days < average 95), F high (6 > 3.1), M low (¥900 ≤ ¥1,240)"
    static QString cn8Reason(const RfmMetrics& metrics, const Averages& averages);
    static QString scoresReason(const RfmScores& scores);
};

} // namespace clientele::core::segmentation
