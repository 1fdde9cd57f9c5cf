#pragma once

#include "../domain/Customer.h"
#include "../domain/Result.h"

#include <QDateTime>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::customers {

struct MergeRecord
{
    qint64 id = 0;
    qint64 survivorId = 0;
    qint64 mergedId = 0;
    QString mergedName;
    QDateTime mergedAt;
    bool undone = false;
};

// Merges a duplicate into the surviving record, all or nothing, and can undo it:
// - the survivor takes the fields picked one by one (`result`), both records' tags, and the
//   duplicate's orders, notes and follow-ups; the duplicate is removed;
// - the journal keeps the survivor's old fields, the whole duplicate and the ids of the moved
//   rows, so undo puts everything back where it was;
// - a checked backup is made first (file databases); afterwards SegmentationUpkeep brings tiers,
//   stages and the month-end history up to date.
class CustomerMerger
{
public:
    // The fields the survivor keeps by default: its own, else the duplicate's where its own is empty.
    static Customer defaultResult(const Customer& survivor, const Customer& duplicate);

    static Result<qint64> merge(storage::Database& database, qint64 survivorId, qint64 duplicateId,
                                const Customer& result);
    // The duplicate comes back under its old id (or a new one if that id was reused meanwhile);
    // returns that id.
    static Result<qint64> undo(storage::Database& database, qint64 mergeId);
    // Merges into this customer, newest first.
    static Result<QList<MergeRecord>> history(const storage::Database& database, qint64 survivorId);
};

} // namespace clientele::core::customers
