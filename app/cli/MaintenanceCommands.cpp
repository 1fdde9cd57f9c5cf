// backup, backups, restore, check and info: keeping the shop's data safe.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/Backups.h"
#include "storage/SettingsRepository.h"
#include "storage/WriterVersion.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

// The owner's budget as the shop stores it; the defaults when the file cannot be opened (listing
// the copies of a damaged file is when they matter most).
storage::Backups::Budget budgetOf(CliContext& ctx)
{
    auto db = ctx.openDatabase();
    return db ? storage::Backups::budget(**db) : storage::Backups::Budget{};
}

int listBackups(CliContext& ctx, bool withBudget)
{
    // Only `backups` has --keep/--weekly (`backup list` does not: asking its parser would warn).
    if (!withBudget && (ctx.parser.isSet(u"keep"_s) || ctx.parser.isSet(u"weekly"_s))) {
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        storage::Backups::Budget budget = storage::Backups::budget(**db);
        if (ctx.parser.isSet(u"keep"_s) && !ctx.intOption(u"keep"_s, storage::Backups::kDefaultDaily, 1, &budget.daily))
            return ExitUsage;
        if (ctx.parser.isSet(u"weekly"_s) &&
            !ctx.intOption(u"weekly"_s, storage::Backups::kDefaultWeekly, 0, &budget.weekly))
            return ExitUsage;
        if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
            return ctx.fail(s.error());
        if (auto s = storage::Backups::setBudget(**db, budget); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("From now on the newest backup of each of the last %1 days is kept, and of %2 weeks before them.")
                         .arg(budget.daily)
                         .arg(budget.weekly)
                  << Qt::endl;
        return ExitOk;
    }
    auto all = storage::Backups::list(ctx.databasePath());
    if (!all)
        return ctx.fail(all.error());
    const storage::Backups::Budget budget = budgetOf(ctx);
    qint64 bytes = 0;
    for (const auto& b : *all)
        bytes += b.bytes;
    if (ctx.json) {
        QJsonArray array;
        for (const auto& b : *all)
            array.append(QJsonObject{{u"path"_s, b.path},
                                     {u"created"_s, b.created.toString(Qt::ISODate)},
                                     {u"reason"_s, b.reason},
                                     {u"bytes"_s, b.bytes}});
        if (withBudget)
            ctx.printJson(QJsonObject{{u"keep_daily"_s, budget.daily},
                                      {u"keep_weekly"_s, budget.weekly},
                                      {u"bytes"_s, bytes},
                                      {u"backups"_s, array}});
        else
            ctx.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("When"), tr("Why"), tr("Size"), tr("File")});
    for (const auto& b : *all)
        table.addRow({b.created.toString(u"yyyy-MM-dd HH:mm:ss"_s), b.reason, QLocale().formattedDataSize(b.bytes),
                      QFileInfo(b.path).fileName()});
    table.print(ctx.out());
    ctx.out() << tr("A checked copy is made before the first import of a day and before every merge, erasure, undone "
                    "import, restore and rule change (not for an empty shop). Kept: the newest copy of each of the "
                    "last %1 days and of %2 weeks before them; now %3 copies, %4.")
                     .arg(budget.daily)
                     .arg(budget.weekly)
                     .arg(all->size())
                     .arg(QLocale().formattedDataSize(bytes))
              << Qt::endl;
    return ExitOk;
}

int backup(CliContext& ctx)
{
    if (ctx.positional.size() == 1 && ctx.positional[0] == u"list")
        return listBackups(ctx, true);
    if (!ctx.positional.isEmpty())
        return ctx.usage(tr("Usage: clientele-cli backup [--reason TEXT] | backup list"));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto made = storage::Backups::create(**db, ctx.parser.value(u"reason"_s));
    if (!made)
        return ctx.fail(made.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"path"_s, made->path}, {u"bytes"_s, made->bytes}});
    else
        ctx.out() << tr("Backed up to %1 (checked).").arg(made->path) << Qt::endl;
    return ExitOk;
}

int restore(CliContext& ctx)
{
    if (ctx.positional.size() != 1)
        return ctx.usage(tr("Usage: clientele-cli restore BACKUP_FILE"));
    {
        // Who may restore is read from the current file; a file too damaged to open holds no
        // accounts to check, and restoring it is the point.
        auto db = ctx.openDatabase();
        if (!db && db.error().code == Error::Code::Forbidden)
            return ctx.fail(db.error());
        if (auto s = security::Session::require(security::Permission::RestoreBackup); !s)
            return ctx.fail(s.error());
    }
    auto keptAs = storage::Backups::restore(ctx.databasePath(), ctx.positional[0]);
    if (!keptAs)
        return ctx.fail(keptAs.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"restored"_s, ctx.positional[0]}, {u"previous_kept_as"_s, *keptAs}});
    else
        ctx.out() << tr("Restored %1. The file it replaced is kept as %2.").arg(ctx.positional[0], *keptAs) << Qt::endl;
    if (auto restored = storage::Database::open(ctx.databasePath()))
        (void)security::AuditLog::record(**restored, u"restore"_s, QFileInfo(ctx.positional[0]).fileName(),
                                         u"previous file kept as "_s + QFileInfo(*keptAs).fileName());
    return ExitOk;
}

int check(CliContext& ctx)
{
    auto result = storage::Backups::check(ctx.databasePath(), ctx.parser.isSet(u"thorough"_s));
    if (!result)
        return ctx.fail(result.error());
    const bool ok = *result == u"ok";
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"ok"_s, ok}, {u"result"_s, *result}});
    else if (ok)
        ctx.out() << tr("%1 is healthy.").arg(ctx.databasePath()) << Qt::endl;
    else
        ctx.out() << tr("%1 is damaged: %2. Restore the newest backup (clientele-cli backups).")
                         .arg(ctx.databasePath(), *result)
                  << Qt::endl;
    return ok ? ExitOk : ExitRefused;
}

// Which Clientele this is and which one last wrote the file. Opened read-only, so looking does not
// change the answer; version numbers only, so no sign-in.
int info(CliContext& ctx)
{
    const QString path = ctx.databasePath();
    if (!QFileInfo::exists(path))
        return ctx.fail(Error::make(Error::Code::Io, tr("There is no database at %1.").arg(path)));
    auto db = storage::Database::open(path, storage::Database::Access::ReadOnly);
    if (!db)
        return ctx.fail(db.error());
    auto written = storage::SettingsRepository(**db).value(QString::fromLatin1(storage::kWrittenByVersionKey));
    if (!written)
        return ctx.fail(written.error());
    const QString version = QCoreApplication::applicationVersion();
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"app_version"_s, version},
                                  {u"database"_s, path},
                                  {u"schema_version"_s, (*db)->schemaVersion()},
                                  {u"written_by_version"_s, *written}});
        return ExitOk;
    }
    ctx.out() << tr("Clientele %1").arg(version) << Qt::endl
              << tr("Database: %1").arg(path) << Qt::endl
              << tr("Data version: %1").arg((*db)->schemaVersion()) << Qt::endl
              << tr("Last written by: %1").arg(written->isEmpty() ? tr("unknown (an earlier Clientele)")
                                                                    : tr("Clientele %1").arg(*written))
              << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> maintenanceCommands()
{
    return {
        {u"backup"_s, u"backup [--reason TEXT] | backup list"_s,
         tr("Make a checked copy of the database in its backups folder, or list the copies and what is kept."),
         {QCommandLineOption(u"reason"_s, tr("Why (part of the file name)."), tr("TEXT"), u"manual"_s)}, backup},
        {u"backups"_s, u"backups [--keep N] [--weekly N]"_s,
         tr("List the backups of the database, newest first, or set how many are kept."),
         {QCommandLineOption(u"keep"_s, tr("Keep the newest backup of each of the last N days (default 7)."), tr("N")),
          QCommandLineOption(u"weekly"_s, tr("Also keep the newest backup of each of N weeks before them (default 4)."),
                             tr("N"))},
         [](CliContext& ctx) { return listBackups(ctx, false); }},
        {u"restore"_s, u"restore BACKUP_FILE"_s,
         tr("Put a backup in place of the database; the current file is kept beside it."), {}, restore},
        {u"check"_s, u"check [--thorough]"_s, tr("Check the database file for damage (quick_check or integrity_check)."),
         {QCommandLineOption(u"thorough"_s, tr("Run the full integrity check."))}, check},
        {u"info"_s, u"info"_s, tr("Show this Clientele's version and which version last wrote the database."), {},
         info},
    };
}

} // namespace clientele::cli
