#include "domain/Clock.h"
#include "Backups.h"

#include "SettingsRepository.h"

#include "Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::Backups", text);
}

QAtomicInteger<int> g_checks;

const QString kStamp = u"yyyyMMdd-HHmmss-zzz"_s;
}

QString Backups::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return QDir(info.absolutePath()).filePath(u"backups"_s);
}

Result<QString> Backups::check(const QString& databasePath, bool thorough)
{
    if (!QFileInfo::exists(databasePath))
        return Error::make(Error::Code::NotFound, tr("%1 does not exist.").arg(databasePath));
    const QString name = u"clientele-check-%1"_s.arg(g_checks.fetchAndAddRelaxed(1));
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            result = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(thorough ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s))
                result = tr("not a database file (%1)").arg(q.lastError().text());
            else {
                QStringList lines;
                while (q.next())
                    lines.append(q.value(0).toString());
                result = lines.join(u'\n');
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int Backups::keepSetting(const Database& database)
{
    const auto value = SettingsRepository(database).value(kKeepSetting);
    bool ok = false;
    const int keep = value ? value->toInt(&ok) : 0;
    return ok && keep >= 1 ? keep : kDefaultKeep;
}

Status Backups::setKeepSetting(const Database& database, int keep)
{
    if (keep < 1 || keep > 1000)
        return Error::make(Error::Code::Usage, tr("Keep between 1 and 1000 backups."));
    return SettingsRepository(database).setValue(kKeepSetting, QString::number(keep));
}

Result<BackupInfo> Backups::create(const Database& database, const QString& reason, int keep)
{
    if (keep < 1)
        keep = keepSetting(database);
    if (database.isMemory())
        return Error::make(Error::Code::Usage, tr("An in-memory database cannot be backed up."));
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        return Error::make(Error::Code::Io, tr("Cannot create the backup folder %1.").arg(folder));
    const QString slug = QString(reason).replace(QRegularExpression(u"[^A-Za-z0-9-]+"_s), u"-"_s);
    const QString stem = QFileInfo(database.path()).completeBaseName();
    const QString target =
        QDir(folder).filePath(u"%1-%2-%3.sqlite"_s.arg(stem, core::Clock::now().toString(kStamp), slug));
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    QSqlQuery q = database.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(partial);
    if (!q.exec())
        return Error::make(Error::Code::Io,
                           tr("The backup to %1 failed (disk full or not writable?): %2")
                               .arg(target, q.lastError().text()));
    auto checked = check(partial, true);
    if (!checked || *checked != u"ok") {
        QFile::remove(partial);
        return Error::make(Error::Code::Io, tr("The backup %1 did not pass its integrity check; it was discarded.")
                                                .arg(target));
    }
    if (!QFile::rename(partial, target))
        return Error::make(Error::Code::Io, tr("Cannot finish the backup %1.").arg(target));

    // Rotation: keep the newest `keep`.
    auto all = list(database.path());
    if (all)
        for (qsizetype i = qMax(1, keep); i < all->size(); ++i)
            QFile::remove(all->at(i).path);
    return BackupInfo{target, core::Clock::now(), reason, QFileInfo(target).size()};
}

Result<QList<BackupInfo>> Backups::list(const QString& databasePath)
{
    const QString stem = QFileInfo(databasePath).completeBaseName();
    const QDir folder(folderFor(databasePath));
    QList<BackupInfo> backups;
    static const QRegularExpression pattern(u"^(.+)-(\\d{8}-\\d{6}-\\d{3})-(.*)\\.sqlite$"_s);
    for (const QFileInfo& file : folder.entryInfoList({u"*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed)) {
        const auto m = pattern.match(file.fileName());
        if (!m.hasMatch() || m.captured(1) != stem)
            continue;
        backups.append({file.absoluteFilePath(), QDateTime::fromString(m.captured(2), kStamp), m.captured(3), file.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const auto& a, const auto& b) { return a.created > b.created; });
    return backups;
}

Result<QString> Backups::restore(const QString& databasePath, const QString& backupPath)
{
    auto checked = check(backupPath, true);
    if (!checked)
        return checked.error();
    if (*checked != u"ok")
        return Error::make(Error::Code::InvalidData,
                           tr("The backup %1 is damaged (%2); nothing was changed.").arg(backupPath, *checked));
    QString keptAs;
    if (QFileInfo::exists(databasePath)) {
        keptAs = databasePath + u".before-restore-"_s + core::Clock::now().toString(kStamp);
        if (!QFile::rename(databasePath, keptAs))
            return Error::make(Error::Code::Io, tr("Cannot set %1 aside; nothing was changed.").arg(databasePath));
        for (const auto* suffix : {"-wal", "-shm"})
            QFile::rename(databasePath + QLatin1String(suffix), keptAs + QLatin1String(suffix));
    }
    if (!QFile::copy(backupPath, databasePath)) {
        if (!keptAs.isEmpty())
            QFile::rename(keptAs, databasePath);
        return Error::make(Error::Code::Io, tr("Cannot copy %1 to %2; nothing was changed.").arg(backupPath, databasePath));
    }
    QFile(databasePath).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    return keptAs;
}

} // namespace clientele::core::storage
