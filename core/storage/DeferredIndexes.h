#pragma once

#include "../domain/Result.h"

#include <QList>
#include <QString>

namespace clientele::core::storage {

class Database;

// A bulk load into an empty table without its secondary indexes, which are built once at the end:
// one sort per index instead of a million random index inserts through a page cache too small for
// them (measured: 1,000,000 orders). Inside the load's transaction, so a failed or cancelled load
// rolls the indexes back too. Where the dialect keeps indexes (a server), it does nothing.
class DeferredIndexes
{
public:
    // Drops the secondary indexes of `table` (our own table name) when the table holds no row;
    // an empty name defers nothing.
    static Result<DeferredIndexes> dropIfEmpty(const Database& database, const QString& table);
    // Drops them whatever the table holds: for a table about to be emptied and written whole in
    // the same transaction (100,000 metric rows: deleting and inserting with three indexes took
    // 1.7 s; without them plus three index builds, measured below a second).
    static Result<DeferredIndexes> drop(const Database& database, const QString& table);
    // Builds the dropped indexes again (nothing when none were dropped).
    Status restore();
    bool active() const { return !m_indexes.isEmpty(); }

private:
    explicit DeferredIndexes(const Database* database) : m_database(database) {}

    const Database* m_database;
    QList<QString> m_indexes; // CREATE INDEX statements
};

} // namespace clientele::core::storage
