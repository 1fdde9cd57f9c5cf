#pragma once

#include "../domain/Result.h"
#include "Segmenter.h"

#include <QList>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::segmentation {

// Keeps the stored segmentation (tiers, stages, RFM, predictions, month-end history) current
// without anyone asking for a run. Everything that changes customers or orders calls update()
// once its own transaction has committed: imports and their undo, merges and their undo,
// erasure, tier rule changes, a new customer; the desktop also calls it when a shop opens.
// What update() does, as of Clock::today():
//   - a full run (Segmenter::run) when none exists yet, when the rules or settings changed since
//     the latest one (SegmentationSettings::fingerprint), when the latest one is from an earlier
//     day (a new month thereby closes the last month at its month end), or when orders of months
//     already in the history changed since (history_dirty_from);
//   - otherwise a refresh of only the customers it is given (Segmenter::refresh);
//   - nothing when it is given none and nothing is due.
// A shop whose customers are all gone loses its month ends too (the run clears them).
// Threading: works on the connection it is given, on that connection's thread.
class SegmentationUpkeep
{
public:
    enum class Work { Nothing, Refresh, FullRun };
    struct Outcome
    {
        Work work = Work::Nothing;
        qint64 customers = 0; // recomputed
        // Set when the change itself was saved but the recalculation after it failed: the caller
        // reports it ("Recalculate Tiers" catches up) instead of claiming the change failed.
        QString problem;
    };

    // What update() would do now (cheap: a few settings and two aggregates).
    static Result<Work> due(const storage::Database& database, bool customersTouched);
    static Result<Outcome> update(storage::Database& database, const QList<qint64>& touchedCustomers = {},
                                  const Segmenter::Progress& progress = {});
    // A full run as of today whatever is due (Recalculate Tiers).
    static Result<SegmentSummary> recalculate(storage::Database& database, const Segmenter::Progress& progress = {});
};

} // namespace clientele::core::segmentation
