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
//     day (a new month thereby closes the last month at its month end), when orders of months
//     before the latest run's month changed since (history_dirty_from), or when orders of that
//     month changed for more customers than refreshLimit();
//   - otherwise a refresh of only the customers it is given (Segmenter::refresh: their metrics,
//     scores, tiers, stages, predictions, snapshot rows and shares of the month's figures);
//   - nothing when it is given none and nothing is due.
// What a refresh leaves as of the latest full run until the next one (at the latest the first
// change or start of the next day): the shop-wide reference values — RFM quintile cut points,
// the 8-class averages, the fitted purchase models and the CLV population the CLV score ranks
// against — and the untouched customers' scores computed with them. A few hundred customers'
// new orders move a cut point of 100,000 ranked customers by a few ranks at most; the touched
// customers are scored with the same cut points as everyone else, so scores stay comparable
// across customers within the day. Counts and sums (metrics, monthly figures) are exact.
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

    // What update() would do now for `customersTouched` customers (cheap: a few settings and two
    // aggregates).
    static Result<Work> due(const storage::Database& database, qsizetype customersTouched);
    // At most this many customers whose orders of the open month changed are refreshed; more
    // bring a full run (1% of the shop's customers, at least 1, at most 2,000).
    static qint64 refreshLimit(qint64 customers);
    static Result<Outcome> update(storage::Database& database, const QList<qint64>& touchedCustomers = {},
                                  const Segmenter::Progress& progress = {});
    // A full run as of today whatever is due (Recalculate Tiers).
    static Result<SegmentSummary> recalculate(storage::Database& database, const Segmenter::Progress& progress = {});
};

} // namespace clientele::core::segmentation
