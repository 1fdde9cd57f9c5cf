#include "ServerBackup.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::ServerBackup", text);
}

constexpr int kTimeoutMs = 60 * 60 * 1000; // a large chain's dump takes minutes, not hours
} // namespace

QString ServerBackup::program(const QString& name)
{
    for (const QString& dir : {qEnvironmentVariable("CLIENTELE_PG_BIN"), u"/usr/lib/postgresql/15/bin"_s}) {
        if (dir.isEmpty())
            continue;
        const QString path = QDir(dir).filePath(name);
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

Result<qint64> ServerBackup::dump(const Database& database, const QString& target)
{
    const QString pgDump = program(u"pg_dump"_s);
    if (pgDump.isEmpty())
        return Error::make(Error::Code::Io,
                           tr("pg_dump was not found (package postgresql-client-15); the server was not backed up."));
    const DatabaseLocation& location = database.location();
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    QProcess process;
    // The password goes through the environment, never the command line (ps shows that).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PGPASSWORD"_s, location.password);
    environment.insert(u"PGSSLMODE"_s, location.sslMode);
    process.setProcessEnvironment(environment);
    process.start(pgDump, {u"--format=custom"_s, u"--no-password"_s, u"--file"_s, partial, u"--host"_s, location.host,
                           u"--port"_s, QString::number(location.port), u"--username"_s, location.user,
                           u"--dbname"_s, location.database});
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QFile::remove(partial);
        return Error::make(Error::Code::Io, tr("pg_dump of %1 failed: %2")
                                                .arg(database.path(),
                                                     QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    }
    if (auto checked = check(partial); !checked) {
        QFile::remove(partial);
        return checked.error();
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target))
        return Error::make(Error::Code::Io, tr("Cannot finish the backup %1.").arg(target));
    return QFileInfo(target).size();
}

Result<int> ServerBackup::check(const QString& dumpPath)
{
    const QString pgRestore = program(u"pg_restore"_s);
    if (pgRestore.isEmpty())
        return Error::make(Error::Code::Io, tr("pg_restore was not found (package postgresql-client-15)."));
    QProcess process;
    process.start(pgRestore, {u"--list"_s, dumpPath});
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::make(Error::Code::Io, tr("The backup %1 cannot be read by pg_restore: %2")
                                                .arg(dumpPath, QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    int entries = 0;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n'))
        if (!line.isEmpty() && !line.startsWith(';'))
            ++entries;
    if (entries == 0)
        return Error::make(Error::Code::Io, tr("The backup %1 is empty.").arg(dumpPath));
    return entries;
}

} // namespace clientele::core::storage
