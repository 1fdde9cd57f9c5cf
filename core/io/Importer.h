#pragma once

#include "../domain/Result.h"
#include "ImportOptions.h"
#include "ImportReport.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::io {

// Imports a customer or order CSV into the database as one batch, all or nothing:
// - structural problems (not CSV, unterminated quote, undecodable bytes) → Error, nothing written;
// - bad rows are skipped and listed in the report (or, with `strict`, the report says refused and
//   nothing is written); a dry run writes nothing either;
// - cancellation (hooks.cancel) → Error::Code::Cancelled, nothing written.
// Runs on the calling thread with `database`'s connection (give a worker its own Database).
class Importer
{
public:
    static Result<ImportReport> run(storage::Database& database, const QString& path, const ImportOptions& options,
                                    const ImportHooks& hooks = {});
};

} // namespace clientele::core::io
