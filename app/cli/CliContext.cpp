#include "CliContext.h"

#include "storage/CustomerRepository.h"

#include "security/Session.h"
#include "security/UserDirectory.h"

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clientele::cli {

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele-cli", text);
}

CliContext::CliContext(QCommandLineParser& p, QStringList args)
    : parser(p), positional(std::move(args)), m_out(stdout), m_err(stderr)
{
    json = parser.isSet(QStringLiteral("json"));
}

QString CliContext::databasePath() const
{
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? core::storage::Database::defaultPath() : path;
}

core::Result<std::unique_ptr<core::storage::Database>> CliContext::openDatabase() const
{
    auto db = core::storage::Database::open(databasePath());
    if (!db)
        return db;
    if (auto s = signIn(**db); !s)
        return s.error();
    return db;
}

core::Status CliContext::signIn(core::storage::Database& database) const
{
    if (core::security::Session::signedIn())
        return {};
    core::security::UserDirectory users(database);
    const auto any = users.hasUsers();
    if (!any)
        return any.error();
    if (!*any)
        return {}; // no accounts: the owner, as always
    const QString name = parser.value(QStringLiteral("user"));
    if (name.isEmpty())
        return core::Error::make(core::Error::Code::Forbidden,
                                 tr("This shop has user accounts: sign in with --user NAME (the password comes from "
                                    "CLIENTELE_PASSWORD or is asked for)."));
    const auto user = users.signIn(name, readPassword(tr("Password for %1: ").arg(name)));
    if (!user)
        return user.error();
    return {};
}

QString readPassword(const QString& prompt)
{
    if (qEnvironmentVariableIsSet("CLIENTELE_PASSWORD"))
        return qEnvironmentVariable("CLIENTELE_PASSWORD");
    QTextStream err(stderr);
    err << prompt;
    err.flush();
#ifdef Q_OS_UNIX
    // Not echoed while typed.
    termios old{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#endif
    QTextStream in(stdin);
    const QString password = in.readLine();
#ifdef Q_OS_UNIX
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        err << Qt::endl;
    }
#endif
    return password;
}

void CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

core::Result<core::Customer> findCustomer(const core::storage::Database& database, const QString& key)
{
    auto found = core::storage::CustomerRepository(database).findByAnyKey(key.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return core::Error::make(core::Error::Code::NotFound,
                                 tr("No customer with phone, member code or ID %1.").arg(key));
    return **found;
}

int CliContext::fail(const core::Error& error)
{
    const int code = error.code == core::Error::Code::Usage ? ExitUsage : ExitRefused;
    if (json) {
        printJson(QJsonObject{{QStringLiteral("error"), error.message}});
    } else {
        m_err << tr("Error: ") << error.message << Qt::endl;
    }
    return code;
}

int CliContext::usage(const QString& message)
{
    m_err << message << Qt::endl << tr("Run clientele-cli --help for usage.") << Qt::endl;
    return ExitUsage;
}

bool CliContext::intOption(const QString& name, int fallback, int minimum, int* result)
{
    if (!parser.isSet(name)) {
        *result = fallback;
        return true;
    }
    bool ok = false;
    *result = parser.value(name).toInt(&ok);
    if (!ok || *result < minimum) {
        usage(tr("--%1 needs a whole number of at least %2.").arg(name).arg(minimum));
        return false;
    }
    return true;
}

core::Result<core::stores::StoreScope> CliContext::storeScope(const core::storage::Database& database) const
{
    auto scope = parser.isSet(QStringLiteral("store"))
                     ? core::stores::StoreScope::parse(database, parser.value(QStringLiteral("store")))
                     : core::Result<core::stores::StoreScope>(core::stores::StoreScope::ofSession());
    if (!scope)
        return scope;
    if (auto allowed = scope->checkAllowed(); !allowed)
        return allowed.error();
    return scope;
}

QCommandLineOption storeScopeOption()
{
    return {QStringLiteral("store"),
            tr("Store codes or names, separated by commas, or all (the chain). Default: the "
               "signed-in account's stores, or the chain."),
            tr("STORES")};
}

} // namespace clientele::cli
