#pragma once

#include "RfmMetrics.h"

#include <QJsonObject>

#include <array>
#include <vector>

namespace clientele::core::segmentation {

struct RfmScores
{
    int r = 0; // 1..5, 0 for customers without purchases
    int f = 0;
    int m = 0;
};

// Turns metrics into 1–5 scores per dimension, by quintiles of the shop's customers with
// purchases or by fixed thresholds the owner sets.
//
// Quintiles: score = 1 + floor(5 × (customers with a strictly worse value) / n). Equal values
// therefore always get the same score (ties kept together) and the result does not depend on
// input order. Recency: fewer days is better. F and M use all-time frequency and monetary.
//
// Fixed thresholds: four ascending cut points per dimension; for F and M a value ≥ cut k earns
// score k+2 (below the first cut: 1); for R (days) a value ≤ cut k earns 5−k.
class RfmScorer
{
public:
    enum class Method { Quintiles, Thresholds };

    struct Thresholds
    {
        std::array<int, 4> recencyDays{30, 90, 180, 365};
        std::array<qint64, 4> frequency{2, 3, 5, 10};
        std::array<qint64, 4> monetaryFen{50000, 200000, 500000, 2000000};
        QJsonObject toJson() const;
        static Thresholds fromJson(const QJsonObject& json);
    };

    // Breakpoints learnt from the population (quintiles) so a later partial run can score a few
    // customers exactly as the full run did.
    struct Population
    {
        std::vector<int> recency;      // sorted ascending
        std::vector<qint64> frequency; // sorted ascending
        std::vector<qint64> monetary;  // sorted ascending
    };
    static Population population(const std::vector<RfmMetrics>& all);

    static RfmScores quintiles(const RfmMetrics& metrics, const Population& population);
    // Thresholds that give every member of `population` exactly its quintile score, so a later
    // partial run can score a few customers against the last full run's population.
    static Thresholds cutPoints(const Population& population);
    static RfmScores thresholds(const RfmMetrics& metrics, const Thresholds& thresholds);
};

} // namespace clientele::core::segmentation
