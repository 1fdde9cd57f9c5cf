#include "Database.h"

#include "Migrations.h"
#include "SettingsRepository.h"
#include "WriterVersion.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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
    const QSqlError error = query.lastError();
    // SQLite's primary result codes (extended codes keep them in the low byte): the ones a shop
    // owner can do something about get a plain explanation; the transaction was rolled back.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    QString hint;
    if (code == 13 /* SQLITE_FULL */ || code == 10 /* SQLITE_IOERR */)
        hint = tr(" The disk may be full or the file too large for it; nothing was changed.");
    else if (code == 8 /* SQLITE_READONLY */ || code == 14 /* SQLITE_CANTOPEN */)
        hint = tr(" The file or its folder is read-only; nothing was changed.");
    return Error::make(Error::Code::Database, tr("%1: %2").arg(context, error.text()) + hint);
}

Status execQuery(QSqlQuery& query, const QString& context)
{
    if (!query.exec())
        return sqlError(query, context);
    return {};
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
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
    const QString name = QStringLiteral("clientele-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(path, name));
    database->m_readOnly = access == Access::ReadOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(database->m_readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error::make(Error::Code::Io,
                               tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    }
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


Status Database::configure()
{
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
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL",
                               "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32000"}) {
        if (auto status = exec(QString::fromLatin1(pragma)); !status)
            return status;
    }
    if (!isMemory() && !m_readOnly) {
        QSqlQuery wal = prepare(QStringLiteral("PRAGMA journal_mode = WAL"));
        if (!wal.exec())
            return sqlError(wal, tr("Switching %1 to WAL").arg(m_path));
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query = prepare(QStringLiteral("PRAGMA user_version"));
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
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
