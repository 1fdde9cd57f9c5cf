#pragma once

#include "../domain/Result.h"

#include <QHash>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace clientele::core::storage {

class Database;

// One prepared statement run straight on the SQLite library beneath Qt's QSQLITE driver (its
// handle, QSqlDriver::handle()), for the few bulk paths where QtSql's own work is most of the time:
// QSqlResult::bindValue formats and hashes a placeholder name for every value it binds, and every
// row read crosses QVariant. Measured on 100,000 customers / 1,000,000 orders: the segmentation's
// metrics write and history read, the order and customer inserts of an import. Values are still
// bound, never spliced into SQL text. The statement runs inside whatever transaction the
// Database's connection has open (it is the same connection); same thread as that Database.
class SqliteStatement
{
public:
    // The connection's handle when direct use is safe: a SQLite file or memory database whose
    // driver runs on the very SQLite library this program links (Linux: one shared libsqlite3;
    // a driver with its own built-in copy, as Qt's Windows and macOS packages have, is not used
    // directly). nullptr otherwise: callers take their QtSql path, which gives the same rows.
    static sqlite3* handleOf(const Database& database);
    // Sets the library up before Qt's driver opens its first connection (Database does).
    static void prepareLibrary();
    // Tests compare the two paths on one SQLite file: false makes handleOf() answer nullptr.
    static void setDirectAllowed(bool allowed);

    SqliteStatement(sqlite3* handle, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isPrepared() const { return m_statement != nullptr; }
    // Parameters count from 1, as in SQLite (a named one's number: parameterIndex(":name")). A null
    // QString binds NULL. Binding after rows were read starts the statement over.
    int parameterIndex(const QString& name) const;
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, qint64(value)); }
    void bind(int index, double value);
    void bind(int index, const QString& value);
    void bindNull(int index);
    // A value as QtSql would bind it: null, integer, real or text.
    void bind(int index, const QVariant& value);
    // Steps once: true when a row is there to read; false when done or failed (failed() says).
    bool next();
    bool failed() const;
    // Runs to the end and makes it ready for the next values (bindings are replaced one by one);
    // false when it failed (error() says why, until the next run).
    bool execute();
    Status run(const QString& context) { return execute() ? Status() : error(context); }
    void reset();
    // Rows the last run() inserted, changed or deleted (an INSERT … ON CONFLICT DO NOTHING: 0 or 1).
    int changes() const;
    qint64 lastInsertId() const;

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QVariant value(int column) const; // as the column holds it: integer, real, text, blob or null

    // What went wrong, in the words sqlError() uses for the QtSql path.
    Error error(const QString& context) const;

private:
    void remember();
    void rewind();

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_status = 0;
    bool m_stepped = false;
    int m_errorCode = 0; // of the last failed execute()
    // parameterIndex()'s answers: a row bound by name asks the same names again and again.
    mutable QHash<QString, int> m_parameterIndexes;
    QString m_errorText;
};

} // namespace clientele::core::storage
