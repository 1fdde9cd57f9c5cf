#pragma once

#include "segmentation/Evaluation.h"

#include <QJsonObject>

namespace clientele::cli {

// One customer's segmentation (tier, stage, RFM, segments, each with its reason) as the JSON
// every command prints it in.
QJsonObject segmentationJson(const core::segmentation::Evaluation& evaluation);

} // namespace clientele::cli
