#pragma once

#include "../domain/Result.h"
#include "SqliteDirect.h"

#include <QSqlQuery>
#include <QVariant>

#include <memory>
#include <optional>

namespace clientele::core::storage {

class Database;

// A prepared statement run many times or over many rows: on a SQLite file straight on the library
// (SqliteStatement: no placeholder name formatted and hashed per bound value, no QVariant per value
// read; a third to a half of the time of the import's and the segmentation's bulk work), elsewhere
// through QtSql. Either way the same SQL, values and rows. Same thread as the Database.
class BulkStatement
{
public:
    BulkStatement(const Database& database, const QString& sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    // Positional parameters count from 1, in the order of the `?` in the SQL; named ones (":name")
    // by name. A null QVariant (or null QString) binds NULL.
    void bind(int index, const QVariant& value);
    void bind(const QString& name, const QVariant& value);
    // Runs the statement with the values bound; then next() walks its rows, if any. run() is for
    // per-row use: the error message (failure()) is only made when it failed.
    bool run();
    Error failure(const QString& context) const;
    Status exec(const QString& context) { return run() ? Status() : failure(context); }
    // Done with the rows before the last one: lets go of what the statement holds (a read lock).
    void finish();
    bool next();
    // After next() returned false: whether the walk ended with an error.
    Status finished(const QString& context) const;

    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    QVariant value(int column) const;
    // Of the last exec(): rows it inserted, changed or deleted, and the id of the row it inserted.
    qint64 rowsAffected() const;
    qint64 lastInsertId() const;

private:
    std::unique_ptr<SqliteStatement> m_direct;
    bool m_rowWaiting = false; // exec() has stepped to the first row already
    // The QtSql path only: a default-constructed QSqlQuery would attach itself to Qt's default
    // connection, which may belong to another thread.
    std::optional<QSqlQuery> m_query;
};

} // namespace clientele::core::storage
