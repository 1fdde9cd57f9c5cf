// users, audit and privacy: accounts and roles, the audit log, a customer's data export and erasure.
#include "CliContext.h"
#include "i18n/LocalDates.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "customers/PrivacyRequests.h"
#include "security/AuditLog.h"
#include "security/FieldVault.h"
#include "security/Session.h"
#include "security/UserDirectory.h"
#include "storage/StoreRepository.h"
#include "stores/StoreScope.h"
#include "stores/StoreService.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {
using core::security::AuditLog;
using core::security::Role;
using core::security::UserDirectory;

// A new password: from CLIENTELE_NEW_PASSWORD for scripts, else asked twice.
bool newPassword(CliContext& ctx, const QString& name, QString* password)
{
    if (qEnvironmentVariableIsSet("CLIENTELE_NEW_PASSWORD")) {
        *password = qEnvironmentVariable("CLIENTELE_NEW_PASSWORD");
        return true;
    }
    qunsetenv("CLIENTELE_PASSWORD"); // the prompt below must ask, not reuse the sign-in password
    *password = readPassword(tr("New password for %1: ").arg(name));
    if (readPassword(tr("Again: ")) != *password) {
        ctx.usage(tr("The two passwords differ."));
        return false;
    }
    return true;
}

int users(CliContext& ctx)
{
    const QString action = ctx.positional.value(0);
    const QString name = ctx.positional.value(1);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    UserDirectory directory(**db);
    if (action == u"list" || action.isEmpty()) {
        if (auto s = core::security::Session::require(core::security::Permission::ManageUsers); !s)
            return ctx.fail(s.error());
        const auto all = directory.list();
        if (!all)
            return ctx.fail(all.error());
        // The stores each account sees (none: the whole chain).
        QHash<qint64, QStringList> storesOf;
        for (const auto& u : *all) {
            auto codes = core::storage::StoreRepository(**db).storesOfUser(u.id);
            if (!codes)
                return ctx.fail(codes.error());
            storesOf.insert(u.id, *codes);
        }
        if (ctx.json) {
            QJsonArray array;
            for (const auto& u : *all)
                array.append(QJsonObject{{u"name"_s, u.name},
                                         {u"role"_s, core::security::roleKey(u.role)},
                                         {u"locked_until"_s, u.lockedUntil.toString(Qt::ISODate)},
                                         {u"stores"_s, QJsonArray::fromStringList(storesOf.value(u.id))}});
            ctx.printJson(array);
            return ExitOk;
        }
        if (all->isEmpty()) {
            ctx.out() << tr("No user accounts: Clientele opens without signing in. Add the owner with "
                            "`users add NAME --role owner`.")
                      << Qt::endl;
            return ExitOk;
        }
        TextTable table({tr("User"), tr("Role"), tr("Stores"), tr("Locked until")});
        for (const auto& u : *all)
            table.addRow({u.name, core::security::roleLabel(u.role),
                          storesOf.value(u.id).isEmpty() ? tr("all (chain)") : storesOf.value(u.id).join(tr(", ")),
                          u.lockedUntil.isValid() ? core::i18n::LocalDates::shortDateTime(u.lockedUntil.toLocalTime()) : QString()});
        table.print(ctx.out());
        return ExitOk;
    }
    if (name.isEmpty())
        return ctx.usage(tr("Usage: clientele-cli users list | add NAME --role owner|staff | passwd NAME | "
                            "role NAME owner|staff | set-stores NAME CODE[,CODE…]|all | remove NAME"));
    core::Status status;
    QString done;
    if (action == u"add") {
        Role role = Role::Staff;
        if (!core::security::roleFromKey(ctx.parser.value(u"role"_s), &role))
            return ctx.usage(tr("--role is owner or staff."));
        QString password;
        if (!newPassword(ctx, name, &password))
            return ExitUsage;
        const auto added = directory.add(name, role, password);
        status = added ? core::Status() : core::Status(added.error());
        done = tr("User %1 added as %2.").arg(name, core::security::roleLabel(role));
    } else if (action == u"passwd") {
        QString password;
        if (!newPassword(ctx, name, &password))
            return ExitUsage;
        status = directory.setPassword(name, password);
        done = tr("Password of %1 changed.").arg(name);
    } else if (action == u"role" && ctx.positional.size() == 3) {
        Role role = Role::Staff;
        if (!core::security::roleFromKey(ctx.positional[2], &role))
            return ctx.usage(tr("The role is owner or staff."));
        status = directory.setRole(name, role);
        done = tr("%1 is now %2.").arg(name, core::security::roleLabel(role));
    } else if (action == u"set-stores" && ctx.positional.size() <= 3) {
        // "all" or nothing: the whole chain; else codes or names, separated by commas.
        auto scope = core::stores::StoreScope::parse(**db, ctx.positional.value(2));
        if (!scope)
            return ctx.fail(scope.error());
        status = core::stores::StoreService::setStoresOfUser(**db, name, scope->codes());
        done = scope->isChain() ? tr("%1 now sees the whole chain.").arg(name)
                                : tr("%1 now sees the stores %2.").arg(name, scope->codes().join(tr(", ")));
    } else if (action == u"remove") {
        status = directory.remove(name);
        done = tr("User %1 removed.").arg(name);
    } else {
        return ctx.usage(tr("Usage: clientele-cli users list | add NAME --role owner|staff | passwd NAME | "
                            "role NAME owner|staff | set-stores NAME CODE[,CODE…]|all | remove NAME"));
    }
    if (!status)
        return ctx.fail(status.error());
    ctx.out() << done << Qt::endl;
    return ExitOk;
}

int audit(CliContext& ctx)
{
    int limit = 50;
    if (!ctx.intOption(u"limit"_s, 50, 1, &limit))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = core::security::Session::require(core::security::Permission::ViewAudit); !s)
        return ctx.fail(s.error());
    if (ctx.parser.isSet(u"verify"_s)) {
        const auto broken = AuditLog::verify(**db);
        if (!broken)
            return ctx.fail(broken.error());
        if (*broken != 0)
            return ctx.fail(core::Error::make(core::Error::Code::Conflict,
                                              tr("The audit log was changed outside Clientele at entry %1.").arg(*broken)));
        ctx.out() << tr("The audit log is intact.") << Qt::endl;
        return ExitOk;
    }
    const auto entries = AuditLog::list(**db, limit, 0, ctx.parser.value(u"action"_s));
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& e : *entries)
            array.append(QJsonObject{{u"id"_s, e.id},
                                     {u"at"_s, e.at.toString(Qt::ISODate)},
                                     {u"actor"_s, e.actor},
                                     {u"action"_s, e.action},
                                     {u"subject"_s, e.subject},
                                     {u"detail"_s, e.detail}});
        ctx.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("When"), tr("Who"), tr("What"), tr("Subject"), tr("Detail")});
    for (const auto& e : *entries)
        table.addRow({core::i18n::LocalDates::shortDateTime(e.at.toLocalTime()), e.actor,
                      AuditLog::actionLabel(e.action), e.subject, e.detail});
    table.print(ctx.out());
    return ExitOk;
}

int privacy(CliContext& ctx)
{
    const QString action = ctx.positional.value(0);
    bool ok = false;
    const qint64 id = ctx.positional.value(1).toLongLong(&ok);
    if (!ok || id <= 0 || (action != u"export" && action != u"erase"))
        return ctx.usage(tr("Usage: clientele-cli privacy export ID -o FILE.json | privacy erase ID --yes"));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (action == u"export") {
        const QString path = ctx.parser.value(u"output"_s);
        if (path.isEmpty())
            return ctx.usage(tr("Usage: clientele-cli privacy export ID -o FILE.json"));
        if (auto s = core::customers::PrivacyRequests::exportCustomerToFile(**db, id, path); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Everything about customer %1 written to %2.").arg(id).arg(path) << Qt::endl;
        return ExitOk;
    }
    if (!ctx.parser.isSet(u"yes"_s))
        return ctx.usage(tr("Erasing cannot be undone in Clientele (a backup is made first). Add --yes to erase customer %1.")
                             .arg(id));
    if (auto s = core::customers::PrivacyRequests::erase(**db, id); !s)
        return ctx.fail(s.error());
    ctx.out() << tr("Customer %1 erased: personal data removed, orders kept anonymously.").arg(id) << Qt::endl;
    return ExitOk;
}
QString passphrase(const char* variable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    qunsetenv("CLIENTELE_PASSWORD");
    return readPassword(prompt);
}

int vault(CliContext& ctx)
{
    using core::security::FieldVault;
    const QString action = ctx.positional.value(0);
    const QString usage = tr("Usage: clientele-cli vault fields | setup | change-passphrase | mark FIELD | "
                             "set ID FIELD VALUE | show ID FIELD");
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    FieldVault vault(**db);
    core::Status status;
    QString done;
    if (action == u"fields") {
        const auto fields = vault.fields();
        if (!fields)
            return ctx.fail(fields.error());
        for (const QString& f : *fields)
            ctx.out() << f << u"  "_s << FieldVault::fieldLabel(f) << Qt::endl;
        return ExitOk;
    }
    if (action == u"setup") {
        status = vault.setUp(passphrase("CLIENTELE_NEW_PASSPHRASE", tr("New passphrase for sensitive fields: ")));
        done = tr("Sensitive fields are now encrypted with your passphrase. Keep it safe: without it they cannot be read.");
    } else if (action == u"change-passphrase") {
        const QString current = passphrase("CLIENTELE_PASSPHRASE", tr("Current passphrase: "));
        status = vault.changePassphrase(current, passphrase("CLIENTELE_NEW_PASSPHRASE", tr("New passphrase: ")));
        done = tr("Passphrase changed; every sensitive value was re-encrypted.");
    } else if (action == u"mark" && ctx.positional.size() == 2) {
        status = vault.markField(ctx.positional[1]);
        done = tr("%1 is now a sensitive field.").arg(ctx.positional[1]);
    } else if ((action == u"set" && ctx.positional.size() == 4) || (action == u"show" && ctx.positional.size() == 3)) {
        bool ok = false;
        const qint64 id = ctx.positional[1].toLongLong(&ok);
        if (!ok)
            return ctx.usage(usage);
        if (auto s = vault.unlock(passphrase("CLIENTELE_PASSPHRASE", tr("Passphrase: "))); !s)
            return ctx.fail(s.error());
        if (action == u"show") {
            const auto text = vault.reveal(id, ctx.positional[2]);
            FieldVault::lock();
            if (!text)
                return ctx.fail(text.error());
            ctx.out() << *text << Qt::endl;
            return ExitOk;
        }
        status = vault.store(id, ctx.positional[2], ctx.positional[3]);
        FieldVault::lock();
        done = tr("Saved, encrypted.");
    } else {
        return ctx.usage(usage);
    }
    if (!status)
        return ctx.fail(status.error());
    ctx.out() << done << Qt::endl;
    return ExitOk;
}
} // namespace

QList<Command> securityCommands()
{
    return {
        {u"users"_s,
         u"users list | add NAME --role owner|staff | passwd NAME | role NAME owner|staff | "
         u"set-stores NAME CODE[,CODE…]|all | remove NAME"_s,
         tr("User accounts: the owner may do everything; staff may not export, erase, merge, undo imports, change "
            "rules or see full phone numbers. An account set to some stores sees only their figures. New passwords "
            "come from CLIENTELE_NEW_PASSWORD or are asked."),
         {QCommandLineOption(u"role"_s, tr("owner or staff."), tr("ROLE"), u"staff"_s)},
         users},
        {u"audit"_s, u"audit [--limit N] [--action KEY] [--verify]"_s,
         tr("The audit log (owner only): exports, erasures, merges, undone imports, user changes, reveals."),
         {QCommandLineOption(u"limit"_s, tr("Newest N entries (default 50)."), tr("N")),
          QCommandLineOption(u"action"_s, tr("Only this kind, e.g. export, erase, merge."), tr("KEY")),
          QCommandLineOption(u"verify"_s, tr("Check that no entry was changed or removed outside Clientele."))},
         audit},
        {u"privacy"_s, u"privacy export ID -o FILE.json | privacy erase ID --yes"_s,
         tr("A customer's right of access (everything held, as JSON) and erasure (orders kept anonymously)."),
         {QCommandLineOption({u"o"_s, u"output"_s}, tr("JSON file to write."), tr("FILE")),
          QCommandLineOption(u"yes"_s, tr("Confirm the erasure."))},
         privacy},
        {u"vault"_s, u"vault fields | setup | change-passphrase | mark FIELD | set ID FIELD VALUE | show ID FIELD"_s,
         tr("Sensitive fields (ID card, private notes, fields you mark), encrypted with the owner's passphrase "
            "(CLIENTELE_PASSPHRASE / CLIENTELE_NEW_PASSPHRASE, else asked). Showing one is audited."),
         {},
         vault},
    };
}

} // namespace clientele::cli
