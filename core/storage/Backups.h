#pragma once

#include "../domain/Result.h"

#include <QDateTime>
#include <QString>

namespace clientele::core::storage {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime created;
    QString reason; // "before-import", "manual" …
    qint64 bytes = 0;
};

// Consistent copies of the database file beside it (in "<folder>/backups/"), made with
// VACUUM INTO (a transactionally consistent snapshot even while others read) and checked with
// PRAGMA quick_check before they count. Restoring sets the current file aside first, never
// overwriting it.
//
// When copies are made (a copy of a large shop takes seconds, so not before every change):
//  - beforeImport(): before the day's first import (no copy from today yet): the day's later
//    imports are undone exactly from their own journals (and undoing one takes a copy first),
//    so they do not wait for a copy of the whole file (seconds at real sizes);
//  - dailyBefore(): before the first change of a day that has no journal (the app's quit);
//  - beforeIrreversible(): before every change the app cannot take back (undoing an import,
//    merges, erasure, restores, rule changes);
//  - create(): whenever asked (a manual backup, on quit).
// Both before-change forms skip a shop without customers (nothing to lose) and in-memory files.
//
// What is kept (the owner's budget, settings kDailySetting / kWeeklySetting, 7 and 4 by default):
// the newest copy of each of the last `daily` days that have one, and, older than those, the
// newest copy of each of the last `weekly` ISO weeks — at most daily + weekly files. Copies are
// plain SQLite files (restorable and checkable as they are); not compressed, since a compressed
// copy would have to be unpacked before it can be checked or restored, and Qt offers no
// streaming compression file format.
class Backups
{
public:
    static constexpr int kDefaultDaily = 7;
    static constexpr int kDefaultWeekly = 4;

    static QString folderFor(const QString& databasePath);
    static inline const QString kDailySetting = QStringLiteral("backups_keep"); // the older single count
    static inline const QString kWeeklySetting = QStringLiteral("backups_keep_weekly");
    struct Budget
    {
        int daily = kDefaultDaily;
        int weekly = kDefaultWeekly;
    };
    // Always makes a copy, then trims to the shop's budget.
    static Result<BackupInfo> create(const Database& database, const QString& reason);
    // A copy unless there is one from today already (Clock::today()) or the shop is empty; an empty
    // `path` in the result means no copy was needed.
    static Result<BackupInfo> dailyBefore(const Database& database, const QString& reason);
    static constexpr int kImportCopyDays = 1; // the rule: before the first change of a day
    // A copy unless the newest copy is from the last kImportCopyDays days (Clock::today()
    // included) or the shop is empty; an empty `path` in the result means no copy was needed.
    static Result<BackupInfo> beforeImport(const Database& database, const QString& reason);
    // A copy unless the shop is empty (or in memory); an empty `path`: none was needed.
    static Result<BackupInfo> beforeIrreversible(const Database& database, const QString& reason);
    static Budget budget(const Database& database);
    // The daily count alone (the desktop's "Backups to Keep" dialog).
    static int keepSetting(const Database& database) { return budget(database).daily; }
    static Status setKeepSetting(const Database& database, int daily) { return setBudget(database, {daily, budget(database).weekly}); }
    static Status setBudget(const Database& database, const Budget& budget); // daily 1 … 1000, weekly 0 … 1000
    // The copies the budget keeps, from `all` (newest first); the others may go.
    static QList<BackupInfo> keptBy(const QList<BackupInfo>& all, const Budget& budget);
    static Result<QList<BackupInfo>> list(const QString& databasePath); // newest first
    // Replaces the file at `databasePath` (which must not be open) by `backupPath`; the current
    // file is kept as "<file>.before-restore-<time>". Returns that path.
    static Result<QString> restore(const QString& databasePath, const QString& backupPath);
    // PRAGMA quick_check (or integrity_check when `thorough`) on a file; "ok" or what is wrong.
    static Result<QString> check(const QString& databasePath, bool thorough = false);
};

} // namespace clientele::core::storage
