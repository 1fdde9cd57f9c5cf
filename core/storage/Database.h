#pragma once

#include "../domain/Result.h"
#include "DatabaseLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace clientele::core::storage {

class SqlDialect;

// One connection, owned by one thread (open another Database on the same file or server for a
// worker thread): a SQLite file (foreign keys, WAL, a busy timeout) or a PostgreSQL server
// (SqlDialect holds what differs). Opening runs the migrations and refuses a database written by
// a newer Clientele.
class Database
{
public:
    static constexpr const char* kMemory = ":memory:";

    // `path` may be ":memory:" (tests), a file (parent folders are created for a new one) or a
    // server URL postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=…] (DatabaseLocation;
    // the password may come from CLIENTELE_DB_PASSWORD); other URLs are refused.
    // ReadOnly: for a second instance on a file another one is writing; never migrates (a file
    // that needs upgrading is refused) and every write fails.
    enum class Access { ReadWrite, ReadOnly };
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::ReadWrite);
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation& location, Access access = Access::ReadWrite);
    // QStandardPaths::AppDataLocation/clientele.sqlite
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    // The file path, or the server URL without its password (for messages).
    const QString& path() const { return m_path; }
    const DatabaseLocation& location() const { return m_location; }
    bool isServer() const { return m_location.isServer(); }
    bool isMemory() const { return !isServer() && m_path == QLatin1String(kMemory); }
    const SqlDialect& dialect() const { return *m_dialect; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // A prepared statement on this connection; SQL text is always a constant from storage/.
    QSqlQuery prepare(const QString& sql) const;
    Status exec(const QString& sql) const;

private:
    Database(DatabaseLocation location, QString connectionName);
    Status configure();
    Status connectFile();
    Status connectServer();

    DatabaseLocation m_location;
    const SqlDialect* m_dialect = nullptr;
    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

// Turns a failed query into an Error naming what was being done.
Error sqlError(const QSqlQuery& query, const QString& context);
Error sqlError(const QSqlError& error, const SqlDialect& dialect, const QString& context);

// Runs a prepared query, mapping failure to an Error.
Status execQuery(QSqlQuery& query, const QString& context);

} // namespace clientele::core::storage
