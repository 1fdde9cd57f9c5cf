#pragma once

#include "../domain/Result.h"
#include "../analytics/PurchaseModel.h"
#include "RfmSegments.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::segmentation {

struct SegmentationConfig;
struct ScoringBasis;

// Where segmentation keeps its settings (the settings table) and how they are read.
//   tier_scheme        "spend" (default) or "value": which tier rules label customers
//   rfm_method         "quintiles" (default) or "thresholds"
//   rfm_thresholds     JSON, see RfmScorer::Thresholds
//   lifecycle          JSON, see LifecycleSettings
//   history_dirty_from "YYYY-MM": an import touched this month; the next run rebuilds from it
//   segmented_with     fingerprint() of the settings the latest full run used
class SegmentationSettings
{
public:
    static inline const QString kTierScheme = QStringLiteral("tier_scheme");
    static inline const QString kRfmMethod = QStringLiteral("rfm_method");
    static inline const QString kRfmThresholds = QStringLiteral("rfm_thresholds");
    static inline const QString kLifecycle = QStringLiteral("lifecycle");
    static inline const QString kHistoryDirtyFrom = QStringLiteral("history_dirty_from");
    static inline const QString kRfmAverages = QStringLiteral("rfm_averages"); // of the latest run
    static inline const QString kRfmCutPoints = QStringLiteral("rfm_cut_points"); // of the latest run
    static inline const QString kClvCutPoints = QStringLiteral("clv_cut_points"); // of the latest run, JSON array
    static inline const QString kModelSettings = QStringLiteral("purchase_model_settings"); // JSON, ModelSettings
    static inline const QString kSegmentedWith = QStringLiteral("segmented_with");

    static Result<SegmentationConfig> load(const storage::Database& database);
    // Records that orders dated in `month` (or later) changed, keeping the earliest such month.
    static Status markHistoryDirty(const storage::Database& database, const QString& month);
    // The shop averages of the latest run, so the 8-class reason can be explained on demand.
    static Result<RfmSegments::Averages> loadAverages(const storage::Database& database);
    // Cut points and averages of the latest full run (see Segmenter::refresh).
    static Status saveBasis(const storage::Database& database, const ScoringBasis& basis);
    static Result<ScoringBasis> loadBasis(const storage::Database& database);
    static Result<analytics::ModelSettings> loadModelSettings(const storage::Database& database);
    // Everything a run's labels depend on besides the orders (tier scheme and rules version, RFM
    // method and thresholds, lifecycle and model settings) as one text: when it differs from the
    // latest full run's, the stored labels are out of date.
    static Result<QString> fingerprint(const storage::Database& database);
};

} // namespace clientele::core::segmentation
