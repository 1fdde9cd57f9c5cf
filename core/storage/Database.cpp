#include "Database.h"
#include "SqliteDirect.h"

#include "Migrations.h"
#include "SettingsRepository.h"
#include "WriterVersion.h"
#include "dialect/PostgresConnectError.h"
#include "dialect/SqlDialect.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

namespace clientele::core::storage {

namespace {
Status stampWriterVersion(const Database& database)
{
    // Only when it changes: opening a file with the Clientele that last wrote it writes nothing.
    SettingsRepository settings(database);
    const auto written = settings.value(QString::fromLatin1(kWrittenByVersionKey));
    if (!written)
        return written.error();
    if (*written == QLatin1String(CLIENTELE_VERSION))
        return {};
    return settings.setValue(QString::fromLatin1(kWrittenByVersionKey), QStringLiteral(CLIENTELE_VERSION));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::Database", text);
}
QAtomicInteger<int> g_connectionCounter;
} // namespace

Error sqlError(const QSqlQuery& query, const QString& context)
{
    const bool server = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    return sqlError(query.lastError(), server ? SqlDialect::postgres() : SqlDialect::sqlite(), context);
}

Error sqlError(const QSqlError& error, const SqlDialect& dialect, const QString& context)
{
    // The backend's own codes: the ones a shop owner can do something about get a plain
    // explanation; the ones that pass when tried again are Busy (see storage/Retry.h).
    const auto code = dialect.isTransient(error) ? Error::Code::Busy : Error::Code::Database;
    return Error::make(code, tr("%1: %2").arg(context, error.text()) + dialect.hint(error));
}

Status execQuery(QSqlQuery& query, const QString& context)
{
    if (!query.exec())
        return sqlError(query, context);
    return {};
}

Database::Database(DatabaseLocation location, QString connectionName)
    : m_location(std::move(location)),
      m_dialect(m_location.isServer() ? &SqlDialect::postgres() : &SqlDialect::sqlite()),
      m_path(m_location.display()),
      m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("clientele.sqlite"));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Access access)
{
    auto location = DatabaseLocation::fromArgument(path);
    if (!location)
        return location.error();
    return open(*location, access);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation& location, Access access)
{
    const QString name = QStringLiteral("clientele-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(location, name));
    database->m_readOnly = access == Access::ReadOnly;
    if (location.isServer()) {
        if (auto status = database->connectServer(); !status)
            return status.error();
    } else if (auto status = database->connectFile(); !status) {
        return status.error();
    }
    const QString& path = database->m_path;
    if (auto status = database->configure(); !status)
        return status.error();
    if (database->m_readOnly) {
        if (database->schemaVersion() != Migrations::kLatest)
            return Error::make(Error::Code::SchemaTooNew,
                               tr("%1 cannot be opened read-only: its data version is %2, this Clientele needs %3.")
                                   .arg(path)
                                   .arg(database->schemaVersion())
                                   .arg(Migrations::kLatest));
        return database;
    }
    if (auto status = Migrations::migrate(*database); !status)
        return status.error();
    if (auto status = stampWriterVersion(*database); !status)
        return status.error();
    return database;
}

Status Database::connectFile()
{
    const QString& path = m_location.path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::make(Error::Code::Database,
                           tr("The SQLite driver for Qt is not installed (package libqt6sql6-sqlite)."));
    if (path != QLatin1String(kMemory)) {
        const QFileInfo info(path);
        if (info.exists() && info.isDir())
            return Error::make(Error::Code::Io, tr("%1 is a folder, not a database file.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return Error::make(Error::Code::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    }
    SqliteStatement::prepareLibrary();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(m_readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error::make(Error::Code::Io, tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    return {};
}

Status Database::connectServer()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::make(Error::Code::Database,
                           tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.database);
    db.setUserName(m_location.user);
    db.setPassword(m_location.password);
    // libpq options; the mode is one of a fixed list (DatabaseLocation checked it).
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;application_name=clientele").arg(m_location.sslMode));
    if (!db.open())
        return postgresConnectError(m_location, db.lastError().databaseText().trimmed().isEmpty()
                                                    ? db.lastError().text()
                                                    : db.lastError().databaseText().trimmed());
    return {};
}

Status Database::configure()
{
    if (isServer())
        return m_dialect->configure(*this);
    // A file that is not SQLite fails on its first read; give it a message people understand.
    QSqlQuery probe = prepare(QStringLiteral("PRAGMA schema_version"));
    if (!probe.exec()) {
        const int code = probe.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == 14 /* SQLITE_CANTOPEN */ || code == 8 /* SQLITE_READONLY */)
            return Error::make(Error::Code::Io,
                               tr("%1 cannot be opened: its folder is read-only, and SQLite writes its journal beside "
                                  "the file. Copy the file to a folder you can write to.")
                                   .arg(m_path));
        return Error::make(Error::Code::Database,
                           tr("%1 is not a Clientele database (or it is damaged).").arg(m_path));
    }
    probe.finish();
    return m_dialect->configure(*this);
}

int Database::schemaVersion() const
{
    return m_dialect->schemaVersion(*this);
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery query(connection());
    // Forward-only on SQLite (rows stream from the file). QPSQL reads forward-only results row by
    // row from the socket, and a second statement on the connection would drop the rest: a
    // server's results are read whole, so queries can nest as they do on SQLite.
    query.setForwardOnly(!isServer());
    query.prepare(sql);
    return query;
}

Status Database::exec(const QString& sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return sqlError(query, sql.left(60));
    return {};
}

} // namespace clientele::core::storage
