#pragma once

#include "../domain/Result.h"

namespace clientele::core::storage {

class Database;

// The customer search text is kept by triggers, row by row (schema v3). A bulk writer — the
// importer — pauses them and reindexes its customers in one statement before committing: the
// same result, several times faster. Both calls belong inside the writer's transaction, so a
// rollback or a crash leaves neither a pause nor a stale index behind.
class SearchIndex
{
public:
    static Status pause(const Database& database);
    // Reindexes the customers the import batch created, changed or tagged, and resumes the triggers.
    static Status reindexBatch(const Database& database, qint64 batchId);
    // Resumes the triggers without reindexing (a dry run that is about to roll back anyway).
    static Status resume(const Database& database);
};

} // namespace clientele::core::storage
