#pragma once

#include "../domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace clientele::core::storage {

// One SQLite connection, owned by one thread (open another Database on the same file for a
// worker thread). Every connection gets foreign keys, WAL and a busy timeout; opening runs the
// migrations and refuses a file written by a newer Clientele.
class Database
{
public:
    static constexpr const char* kMemory = ":memory:";

    // `path` may be ":memory:" (tests). Creates parent folders for a new file.
    // ReadOnly: for a second instance on a file another one is writing; never migrates (a file
    // that needs upgrading is refused) and every write fails.
    enum class Access { ReadWrite, ReadOnly };
    static Result<std::unique_ptr<Database>> open(const QString& path, Access access = Access::ReadWrite);
    // QStandardPaths::AppDataLocation/clientele.sqlite
    static QString defaultPath();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }
    bool isMemory() const { return m_path == QLatin1String(kMemory); }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const;

    // A prepared statement on this connection; SQL text is always a constant from storage/.
    QSqlQuery prepare(const QString& sql) const;
    Status exec(const QString& sql) const;

private:
    Database(QString path, QString connectionName);
    Status configure();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

// Turns a failed query into an Error naming what was being done.
Error sqlError(const QSqlQuery& query, const QString& context);

// Runs a prepared query, mapping failure to an Error.
Status execQuery(QSqlQuery& query, const QString& context);

} // namespace clientele::core::storage
