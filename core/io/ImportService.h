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
// first once there is something to lose, the all-or-nothing import or undo, then the
// segmentation brought up to date (SegmentationUpkeep: the touched customers, or a full run
// when the shop was never segmented, the rules changed, the day changed or past months did).
class ImportService
{
public:
    struct Outcome
    {
        ImportReport report;
        qint64 resegmented = 0; // touched customers whose tiers and stages are now current
        segmentation::SegmentationUpkeep::Outcome segmentation;
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
    // A checked backup (reason in its name) unless the database is in memory or still empty.
    static Status backupBefore(const storage::Database& database, const QString& reason);
};

} // namespace clientele::core::io
