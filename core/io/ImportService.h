#pragma once

#include "ImportOptions.h"
#include "ImportReport.h"

#include "../domain/Result.h"
#include "../segmentation/SegmentationUpkeep.h"
#include "../storage/ImportBatchRepository.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::io {

// An import and its undo as every front end (CLI, desktop wizard) runs them: a checked backup
// first once there is something to lose (an import: the day's first change only, since the
// import itself can be undone from its journal; an undo: always, it cannot be taken back; see
// storage::Backups), the all-or-nothing import or undo, then the
// segmentation brought up to date (SegmentationUpkeep: the touched customers, or a full run
// when the shop was never segmented, the rules changed, the day changed or past months did).
class ImportService
{
public:
    // An import adding this many rows or more brings the planner's statistics up to date.
    static constexpr qint64 kRefreshStatisticsRows = 5000;
    // Milliseconds spent in each step (`import --json` prints them as "timings").
    struct Timings
    {
        qint64 backupMs = 0, importMs = 0, recalculateMs = 0;
    };
    struct Outcome
    {
        ImportReport report;
        qint64 resegmented = 0; // touched customers whose tiers and stages are now current
        segmentation::SegmentationUpkeep::Outcome segmentation;
        Timings timings;
    };
    struct UndoOutcome
    {
        storage::ImportBatchRepository::UndoSummary summary;
        qint64 resegmented = 0;
        segmentation::SegmentationUpkeep::Outcome segmentation;
    };

    static Result<Outcome> run(storage::Database& database, const QString& path, const ImportOptions& options,
                               const ImportHooks& hooks = {});
    static Result<UndoOutcome> undo(storage::Database& database, qint64 batchId);
};

} // namespace clientele::core::io
