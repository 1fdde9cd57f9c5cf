#pragma once

#include "../domain/Result.h"
#include "JsonRows.h"
#include "SqliteDirect.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace clientele::core::storage {

class Database;

// Writes many rows into one table through one INSERT … ON CONFLICT (SqlDialect::upsert): on a
// SQLite file straight on the library (one prepared row, SqliteStatement); on a server thousands of
// rows per statement as one JSON value (PostgresDialect::upsertJsonRows: QPSQL writes every bound
// value into the statement's text, so a value per cell cost the server a parse per cell); on
// other SQLite through QtSql with as many rows per statement as 999 parameters allow. The caller
// gives each row's values in column order and ends each row; finish() writes what is left. Same
// thread as the Database; inside the caller's transaction.
class RowWriter
{
public:
    RowWriter(const Database& database, const QString& table, const QStringList& columns, const QStringList& keys,
              QString context);
    ~RowWriter();
    RowWriter(const RowWriter&) = delete;
    RowWriter& operator=(const RowWriter&) = delete;

    void add(qint64 value);
    void add(int value) { add(qint64(value)); }
    void add(double value);
    void add(const QString& value); // a null QString writes NULL
    void addNull();
    Status endRow();
    Status finish();

private:
    Status flush();

    const Database& m_database;
    const QString m_table;
    const QStringList m_columns;
    const QStringList m_keys;
    const QString m_context;
    std::unique_ptr<SqliteStatement> m_direct;
    int m_next = 1; // the direct statement's next parameter
    // A server's rows waiting for a statement, as JSON objects by column name.
    std::optional<JsonRows> m_json;
    std::optional<QSqlQuery> m_jsonUpsert;
    // The QtSql path: the rows waiting for a full statement.
    QVariantList m_pending;
    qsizetype m_rowsPending = 0;
    std::optional<QSqlQuery> m_full;
};

} // namespace clientele::core::storage
