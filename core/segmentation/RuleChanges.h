#pragma once

#include "../domain/Result.h"
#include "TierRules.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::segmentation {

// Changes to the tier rules (automation rules: automation::RuleChanges) as the owner makes them: allowed to owners only, a checked
// backup first, an audit entry written in the same transaction as the change, then everyone
// re-tiered by the new rules (SegmentationUpkeep; the month-end history keeps the old labels
// until `segment --history`).
class RuleChanges
{
public:
    static Result<int> saveTierRules(storage::Database& database, const TierRules& rules); // the new version
    static Status useTierScheme(storage::Database& database, TierRules::Scheme scheme);
};

} // namespace clientele::core::segmentation
