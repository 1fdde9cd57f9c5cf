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
// PRAGMA integrity_check before they count; the newest `keep` are kept. Restoring sets the current
// file aside first, never overwriting it.
class Backups
{
public:
    static constexpr int kDefaultKeep = 10;

    static QString folderFor(const QString& databasePath);
    static inline const QString kKeepSetting = QStringLiteral("backups_keep");
    // keep < 1: as many as the shop's setting says (kKeepSetting, default kDefaultKeep).
    static Result<BackupInfo> create(const Database& database, const QString& reason, int keep = 0);
    static int keepSetting(const Database& database);
    static Status setKeepSetting(const Database& database, int keep); // 1 … 1000
    static Result<QList<BackupInfo>> list(const QString& databasePath); // newest first
    // Replaces the file at `databasePath` (which must not be open) by `backupPath`; the current
    // file is kept as "<file>.before-restore-<time>". Returns that path.
    static Result<QString> restore(const QString& databasePath, const QString& backupPath);
    // PRAGMA quick_check (or integrity_check when `thorough`) on a file; "ok" or what is wrong.
    static Result<QString> check(const QString& databasePath, bool thorough = false);
};

} // namespace clientele::core::storage
