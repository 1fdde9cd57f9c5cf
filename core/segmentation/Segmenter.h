#pragma once

#include "../analytics/PurchaseModel.h"
#include "../domain/Result.h"
#include "Evaluation.h"
#include "Lifecycle.h"
#include "PurchaseHistory.h"
#include "RfmScorer.h"
#include "RfmSegments.h"
#include "TierRules.h"

#include <QHash>
#include <QMap>

#include <functional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::segmentation {

// Settings a segmentation run uses (stored in the database; see SegmentationSettings).
struct SegmentationConfig
{
    TierRules tiers = TierRules::spendPreset();
    LifecycleSettings lifecycle;
    RfmScorer::Method method = RfmScorer::Method::Quintiles;
    RfmScorer::Thresholds thresholds;
};

// How the latest full run scored: its quintile cut points and averages, reused when only a few
// customers are recomputed (after an import).
struct ScoringBasis
{
    RfmScorer::Thresholds cuts;
    RfmSegments::Averages averages;
    // The CLV population reduced to what its quintile score reads (Segmenter::clvCuts): empty
    // when the purchase models were off or the run predates it.
    std::vector<Fen> clvCuts;
};

struct SegmentSummary
{
    QDate asOf;
    qint64 customers = 0;
    QMap<QString, qint64> tiers;
    QMap<QString, qint64> stages;
    QStringList monthsWritten;
    int tierRulesVersion = 0;
    analytics::ModelFit model; // enabled = false with a message when predictions are off
};

// Computes RFM, segments, tiers (with grace) and stages for every customer as of a date, and the
// month-end history. evaluate() and monthStats() are pure; run() loads, computes and stores in
// one transaction.
class Segmenter
{
public:
    // Called on the running thread: `done` of `total` steps (month ends, then the write).
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `explain` = false skips the texts only the as-of state shows (segment and change reasons),
    // for month ends of the history.
    static std::vector<Evaluation> evaluate(const ShopHistory& history, const QDate& asOf,
                                            const SegmentationConfig& config,
                                            const QHash<qint64, PreviousState>& previous, bool explain = true,
                                            const ScoringBasis* basis = nullptr,
                                            const std::vector<analytics::Prediction>* predictions = nullptr);
    // The same into `out`, reusing its storage: a history run evaluates every customer once per
    // month, and allocating (and freeing) a fresh 30 MB vector each month cost as much as the
    // evaluation itself. Large shops are evaluated on all cores (customers are independent).
    static void evaluateInto(std::vector<Evaluation>& out, const ShopHistory& history, const QDate& asOf,
                             const SegmentationConfig& config, const QHash<qint64, PreviousState>& previous,
                             bool explain = true, const ScoringBasis* basis = nullptr,
                             const std::vector<analytics::Prediction>* predictions = nullptr);
    static ScoringBasis basisOf(const std::vector<Evaluation>& evaluations);
    // Renders the reason texts of an evaluation from its facts, in the current language.
    static void explain(Evaluation& evaluation, const SegmentationConfig& config, const RfmSegments::Averages& averages);
    static MonthStats monthStats(const ShopHistory& history, const std::vector<Evaluation>& evaluations,
                                 const QDate& asOf, const QHash<qint64, PreviousState>& previous);
    // One customer's share of a month's figures (`sign` +1 adds it, -1 takes it out): a month's
    // MonthStats is the sum of its customers' shares, so a refresh can swap a few customers' old
    // shares for new ones. `previousStage` is the customer's stage at the previous month end
    // ("" when none); `ordersMonth`/`revenueMonth` count the customer's orders of the month up
    // to the as-of date (orders with an amount >= 0 / every amount, as RfmMetrics counts).
    static void addShare(MonthStats& stats, const RfmMetrics& metrics, Stage stage, const QString& previousStage,
                         qint64 ordersMonth, Fen revenueMonth, int sign = 1);
    // A population that gives every CLV the same quintile score (1 + 5 * worse / size, as
    // attachPredictions ranks) as `population` does: its four quintile boundaries and a sentinel.
    // Lets a refresh rank a few customers without reading everyone's CLV.
    static std::vector<Fen> clvCuts(std::vector<Fen> population);
    static QHash<qint64, PreviousState> statesOf(const std::vector<Evaluation>& evaluations);
    static QString monthKey(const QDate& date) { return date.toString(QStringLiteral("yyyy-MM")); }

    // Recomputes as of `asOf`. Month ends are rebuilt from the first order when `rebuildHistory`
    // is set, when there is no history yet, or when an import added orders to past months; a
    // month the previous run left open (it ran before that month ended) is closed at its end, and
    // months no run saw are filled in. A shop without purchases has no month ends (cleared).
    // Records the settings it ran with (SegmentationSettings::fingerprint).
    static Result<SegmentSummary> run(storage::Database& database, const QDate& asOf, bool rebuildHistory = false,
                                      const Progress& progress = {});
    static Result<SegmentationConfig> loadConfig(const storage::Database& database);
    // Copies predictions (aligned with `evaluations`) into them and flags churn risk.
    static void attachPredictions(std::vector<Evaluation>& evaluations,
                                  const std::vector<analytics::Prediction>& predictions,
                                  const QHash<qint64, double>& previousPAlive, std::vector<Fen> clvPopulation = {});

    // After a change to a few customers (an import of the open month's orders, a sale, an edit):
    // recomputes only `customerIds`, as of the latest run's date, scored against that run's
    // reference values (quintile cut points, averages, fitted model, CLV population; see
    // SegmentationUpkeep for what may drift). Their rows in the as-of month's snapshot and their
    // shares of the as-of month's figures (monthly_stats) are swapped for the new ones, so those
    // figures stay exact sums. Precondition (SegmentationUpkeep::due checks it): no order dated
    // before the as-of month changed since the latest full run. Clears history_dirty_from when it
    // names the as-of month or a later one. Does nothing (0) when segmentation never ran.
    // Returns customers recomputed.
    static Result<qint64> refresh(storage::Database& database, const QList<qint64>& customerIds);
};

} // namespace clientele::core::segmentation
