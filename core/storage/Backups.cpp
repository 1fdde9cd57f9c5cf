#include "Backups.h"
#include "domain/Clock.h"

#include "SettingsRepository.h"

#include "Database.h"
#include "ServerBackup.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::Backups", text);
}

QAtomicInteger<int> g_checks;

const QString kStamp = u"yyyyMMdd-HHmmss-zzz"_s;
} // namespace

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

Backups::Budget Backups::budget(const Database& database)
{
    const SettingsRepository settings(database);
    const auto read = [&](const QString& key, int fallback, int least) {
        const auto value = settings.value(key);
        bool ok = false;
        const int n = value ? value->toInt(&ok) : 0;
        return ok && n >= least ? n : fallback;
    };
    return {read(kDailySetting, kDefaultDaily, 1), read(kWeeklySetting, kDefaultWeekly, 0)};
}

Status Backups::setBudget(const Database& database, const Budget& budget)
{
    if (budget.daily < 1 || budget.daily > 1000 || budget.weekly < 0 || budget.weekly > 1000)
        return Error::make(Error::Code::Usage, tr("Keep 1 to 1000 daily and 0 to 1000 weekly backups."));
    SettingsRepository settings(database);
    if (auto s = settings.setValue(kDailySetting, QString::number(budget.daily)); !s)
        return s;
    return settings.setValue(kWeeklySetting, QString::number(budget.weekly));
}

QList<BackupInfo> Backups::keptBy(const QList<BackupInfo>& all, const Budget& budget)
{
    QList<BackupInfo> kept;
    QList<QDate> days;
    for (const BackupInfo& b : all) { // newest first: the first of each day is its newest
        const QDate day = b.created.date();
        if (days.contains(day))
            continue;
        if (days.size() >= budget.daily)
            break;
        days.append(day);
        kept.append(b);
    }
    const QDate oldestDaily = days.isEmpty() ? QDate() : days.last();
    QList<std::pair<int, int>> weeks;
    for (const BackupInfo& b : all) {
        if (weeks.size() >= budget.weekly)
            break;
        const QDate day = b.created.date();
        if (oldestDaily.isValid() && day >= oldestDaily)
            continue;
        int year = 0;
        const int week = day.weekNumber(&year);
        if (weeks.contains(std::pair{year, week}))
            continue;
        weeks.append({year, week});
        kept.append(b);
    }
    return kept;
}

namespace {
// The copy's file in `folder`: named by its moment, one millisecond on when that name is taken (a
// second copy within the same millisecond, as under a pinned clock), so no copy replaces another
// and the names still sort by time.
QString freshTarget(const QString& folder, const QString& stem, const QString& slug, const QString& extension)
{
    QDateTime at = core::Clock::now();
    QString target;
    do {
        target = QDir(folder).filePath(u"%1-%2-%3.%4"_s.arg(stem, at.toString(kStamp), slug, extension));
        at = at.addMSecs(1);
    } while (QFileInfo::exists(target));
    return target;
}

// A server's backup: a checked pg_dump in AppData/server-backups/<database>@<host>-<port>/.
Result<BackupInfo> createServerDump(const Database& database, const QString& reason)
{
    const DatabaseLocation& at = database.location();
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                               .filePath(u"server-backups/%1@%2-%3"_s.arg(at.database, at.host).arg(at.port));
    if (!QDir().mkpath(folder))
        return Error::make(Error::Code::Io, tr("Cannot create the backup folder %1.").arg(folder));
    const QString slug = QString(reason).replace(QRegularExpression(u"[^A-Za-z0-9-]+"_s), u"-"_s);
    const QString target = freshTarget(folder, at.database, slug, u"dump"_s);
    auto bytes = ServerBackup::dump(database, target);
    if (!bytes)
        return bytes.error();
    return BackupInfo{target, core::Clock::now(), reason, *bytes};
}

bool hasNothingToLose(const Database& database)
{
    if (database.isMemory())
        return true;
    QSqlQuery q = database.prepare(u"SELECT EXISTS (SELECT 1 FROM customers)"_s);
    return q.exec() && q.next() && !q.value(0).toBool();
}
} // namespace

Result<BackupInfo> Backups::dailyBefore(const Database& database, const QString& reason)
{
    // A server's copies before each change would be a dump of the whole chain for every till's
    // action: the server is backed up on purpose (`backup`, the owner's schedule), not here.
    if (database.isServer() || hasNothingToLose(database))
        return BackupInfo{};
    auto all = list(database.path());
    if (all && !all->isEmpty() && all->first().created.date() == core::Clock::today())
        return BackupInfo{};
    return create(database, reason);
}

Result<BackupInfo> Backups::beforeImport(const Database& database, const QString& reason)
{
    // A server: as dailyBefore — a dump of the whole chain on the importing till for each day's
    // first import is the owner's schedule's job (`backup`), not a side effect of one till's import.
    if (database.isServer() || hasNothingToLose(database))
        return BackupInfo{};
    auto all = list(database.path());
    if (all && !all->isEmpty() && all->first().created.date() > core::Clock::today().addDays(-kImportCopyDays))
        return BackupInfo{};
    return create(database, reason);
}

Result<BackupInfo> Backups::beforeIrreversible(const Database& database, const QString& reason)
{
    if (database.isServer() || hasNothingToLose(database))
        return BackupInfo{};
    return create(database, reason);
}

Result<BackupInfo> Backups::create(const Database& database, const QString& reason)
{
    if (database.isMemory())
        return Error::make(Error::Code::Usage, tr("An in-memory database cannot be backed up."));
    if (database.isServer())
        return createServerDump(database, reason);
    const QString folder = folderFor(database.path());
    if (!QDir().mkpath(folder))
        return Error::make(Error::Code::Io, tr("Cannot create the backup folder %1.").arg(folder));
    const QString slug = QString(reason).replace(QRegularExpression(u"[^A-Za-z0-9-]+"_s), u"-"_s);
    const QString stem = QFileInfo(database.path()).completeBaseName();
    const QString target = freshTarget(folder, stem, slug, u"sqlite"_s);
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    QSqlQuery q = database.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(partial);
    if (!q.exec())
        return Error::make(
            Error::Code::Io,
            tr("The backup to %1 failed (disk full or not writable?): %2").arg(target, q.lastError().text()));
    // quick_check: every page, record and constraint of the copy read back. The index-against-table
    // cross-check of integrity_check adds nothing here (VACUUM INTO wrote every index afresh from
    // its table) and took 12 of the 14 s a 400 MB shop's copy needed.
    auto checked = check(partial);
    if (!checked || *checked != u"ok") {
        QFile::remove(partial);
        return Error::make(Error::Code::Io,
                           tr("The backup %1 did not pass its integrity check; it was discarded.").arg(target));
    }
    if (!QFile::rename(partial, target))
        return Error::make(Error::Code::Io, tr("Cannot finish the backup %1.").arg(target));

    // Rotation: what the budget keeps (the copy just made is always among it).
    if (auto all = list(database.path())) {
        QSet<QString> kept;
        for (const BackupInfo& b : keptBy(*all, budget(database)))
            kept.insert(b.path);
        for (const BackupInfo& b : *all)
            if (!kept.contains(b.path))
                QFile::remove(b.path);
    }
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
        backups.append(
            {file.absoluteFilePath(), QDateTime::fromString(m.captured(2), kStamp), m.captured(3), file.size()});
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
        return Error::make(Error::Code::Io,
                           tr("Cannot copy %1 to %2; nothing was changed.").arg(backupPath, databasePath));
    }
    QFile(databasePath).setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    return keptAs;
}

} // namespace clientele::core::storage
