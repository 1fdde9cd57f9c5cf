#include "SegmentationUpkeep.h"

#include "../domain/Clock.h"
#include "../storage/CustomerRepository.h"
#include "../storage/Database.h"
#include "../storage/SegmentationRepository.h"
#include "../storage/SettingsRepository.h"
#include "SegmentationSettings.h"

#include <algorithm>

namespace clientele::core::segmentation {

qint64 SegmentationUpkeep::refreshLimit(qint64 customers)
{
    return std::clamp<qint64>(customers / 100, 1, 2000);
}

Result<SegmentationUpkeep::Work> SegmentationUpkeep::due(const storage::Database& database, qsizetype customersTouched)
{
    const storage::SegmentationRepository repo(database);
    auto lastRun = repo.lastRunDate();
    if (!lastRun)
        return lastRun.error();
    auto customers = storage::CustomerRepository(database).count();
    if (!customers)
        return customers.error();
    if (*customers == 0) {
        // Nothing to label; a run only has to clear what the last customers left behind.
        auto months = repo.snapshotMonths();
        if (!months)
            return months.error();
        return months->isEmpty() ? Work::Nothing : Work::FullRun;
    }
    if (!lastRun->isValid() || *lastRun < Clock::today())
        return Work::FullRun;
    const storage::SettingsRepository settings(database);
    auto ranWith = settings.value(SegmentationSettings::kSegmentedWith);
    if (!ranWith)
        return ranWith.error();
    auto now = SegmentationSettings::fingerprint(database);
    if (!now)
        return now.error();
    if (*ranWith != *now)
        return Work::FullRun;
    auto dirty = settings.value(SegmentationSettings::kHistoryDirtyFrom);
    if (!dirty)
        return dirty.error();
    if (!dirty->isEmpty()) {
        // Orders of past months changed: their month ends are rebuilt. Orders of the as-of month
        // (or later) only: a refresh keeps up when they belong to a few customers.
        const bool openMonthOnly = *dirty >= Segmenter::monthKey(*lastRun);
        if (!openMonthOnly || customersTouched == 0 || customersTouched > refreshLimit(*customers))
            return Work::FullRun;
    }
    return customersTouched > 0 ? Work::Refresh : Work::Nothing;
}

Result<SegmentationUpkeep::Outcome> SegmentationUpkeep::update(storage::Database& database,
                                                                const QList<qint64>& touchedCustomers,
                                                                const Segmenter::Progress& progress)
{
    auto work = due(database, touchedCustomers.size());
    if (!work)
        return work.error();
    switch (*work) {
    case Work::Nothing: return Outcome{};
    case Work::Refresh: {
        auto refreshed = Segmenter::refresh(database, touchedCustomers);
        if (!refreshed)
            return refreshed.error();
        return Outcome{Work::Refresh, *refreshed, {}};
    }
    case Work::FullRun: break;
    }
    auto summary = recalculate(database, progress);
    if (!summary)
        return summary.error();
    return Outcome{Work::FullRun, summary->customers, {}};
}

Result<SegmentSummary> SegmentationUpkeep::recalculate(storage::Database& database, const Segmenter::Progress& progress)
{
    return Segmenter::run(database, Clock::today(), false, progress);
}

} // namespace clientele::core::segmentation
