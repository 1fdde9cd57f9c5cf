#pragma once

// Reading a whole shop in tests, through the backend's own catalogue (SQLite or the test server).
#include "storage/Database.h"

#include <QString>
#include <QStringList>

namespace clientele::test {

// The shop's tables, sorted (SQLite's FTS5 index tables left out).
QStringList tableNames(const core::storage::Database& db);
// Every row of every table as text, rows sorted within each table: what a dry run must leave as it was.
QString everything(const core::storage::Database& db);
// Sets the stored schema version back (tests of a migration from an older shop), on either backend.
void setSchemaVersion(const core::storage::Database& db, int version);

} // namespace clientele::test
