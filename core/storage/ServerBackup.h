#pragma once

#include "../domain/Result.h"

#include <QString>

namespace clientele::core::storage {

class Database;

// Backups of a shop server: `pg_dump --format=custom` of the whole database into a file, checked
// with `pg_restore --list` before it counts (a dump the restore tool cannot read is discarded).
// Restore is the server's own tool: `pg_restore --clean --if-exists -d DATABASE FILE` (README).
// The client programs come from CLIENTELE_PG_BIN, PostgreSQL 15's folder, or PATH.
class ServerBackup
{
public:
    // Writes the dump to `target` (through "<target>.partial"); returns its size in bytes.
    static Result<qint64> dump(const Database& database, const QString& target);
    // Reads the dump's table of contents; the number of entries in it.
    static Result<int> check(const QString& dumpPath);
    static QString program(const QString& name);
};

} // namespace clientele::core::storage
