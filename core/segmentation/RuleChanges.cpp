#include "RuleChanges.h"

#include "../security/GuardedChange.h"
#include "../storage/Database.h"
#include "../storage/SegmentationRepository.h"
#include "../storage/SettingsRepository.h"
#include "SegmentationSettings.h"
#include "SegmentationUpkeep.h"

using namespace Qt::StringLiterals;

namespace clientele::core::segmentation {

namespace {
// The change, then the tiers relabelled by the new rules (a full run when they affect labels).
template <typename Change>
Status guarded(storage::Database& database, const QString& subject, Change change)
{
    if (auto s = security::guardedChange(database, security::Permission::ChangeRules, u"before-rule-change"_s,
                                         u"rules"_s, subject, change);
        !s)
        return s;
    if (auto updated = SegmentationUpkeep::update(database); !updated)
        return updated.error();
    return {};
}
} // namespace

Result<int> RuleChanges::saveTierRules(storage::Database& database, const TierRules& rules)
{
    int version = 0;
    const Status s = guarded(database, u"tier rules"_s, [&](QString* detail) -> Status {
        const auto saved = storage::SegmentationRepository(database).saveTierRules(rules);
        if (!saved)
            return saved.error();
        version = *saved;
        *detail = u"%1 rules version %2"_s.arg(TierRules::schemeKey(rules.scheme)).arg(version);
        return {};
    });
    if (!s)
        return s.error();
    return version;
}

Status RuleChanges::useTierScheme(storage::Database& database, TierRules::Scheme scheme)
{
    return guarded(database, u"tier scheme"_s, [&](QString* detail) -> Status {
        *detail = TierRules::schemeKey(scheme);
        return storage::SettingsRepository(database).setValue(SegmentationSettings::kTierScheme, *detail);
    });
}

} // namespace clientele::core::segmentation
