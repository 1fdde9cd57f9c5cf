#pragma once

#include "RfmMetrics.h"

#include <QJsonObject>

namespace clientele::core::segmentation {

// Parameters of the lifecycle stages (stored as JSON in settings; defaults below).
struct LifecycleSettings
{
    int newDays = 90;       // "new" while the first purchase is fewer than this many days ago
    int kTenths = 20;       // at risk after k × the customer's median gap (k = 2.0)
    int floorDays = 30;     // ... but never sooner than this
    int ceilingDays = 180;  // ... nor later than this (also the limit for one-time buyers)
    int dormantDays = 365;  // dormant once the last purchase is this many days ago or more

    QJsonObject toJson() const;
    static LifecycleSettings fromJson(const QJsonObject& json);
    // Days without a purchase after which this customer counts as overdue.
    int atRiskAfter(const RfmMetrics& metrics) const;
};

enum class Stage { Prospect, New, Active, AtRisk, Dormant, WonBack };

struct StageAssignment
{
    Stage stage = Stage::Prospect;
    QString reason;
};

// Lifecycle stage of one customer as of the metrics' date. First match wins:
//   prospect  no purchases;
//   dormant   recency ≥ dormantDays;
//   new       first purchase fewer than newDays ago;
//   won back  the gap before the last purchase was ≥ dormantDays and recency < newDays;
//   at risk   recency > atRiskAfter (k × median gap clamped to [floor, ceiling]; one-time buyers
//             use the ceiling), so monthly and yearly buyers are judged by their own rhythm;
//   active    otherwise.
class Lifecycle
{
public:
    static StageAssignment assess(const RfmMetrics& metrics, const LifecycleSettings& settings);
    // The stage alone (assess() without its reason): what a run over every customer needs.
    static Stage stageOf(const RfmMetrics& metrics, const LifecycleSettings& settings);
    static QString key(Stage stage);           // "prospect", "new", "active", "at_risk", "dormant", "won_back"
    static bool fromKey(const QString& key, Stage* stage);
    static QString label(Stage stage);         // translated
};

} // namespace clientele::core::segmentation
