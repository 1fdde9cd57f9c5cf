#pragma once

#include "domain/Customer.h"
#include "domain/Result.h"
#include "storage/Database.h"
#include "stores/StoreScope.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace clientele::cli {

enum ExitCode { ExitOk = 0, ExitRefused = 1, ExitUsage = 2 };

// CUSTOMER on any command line: a phone, member code or id (NotFound names the key).
core::Result<core::Customer> findCustomer(const core::storage::Database& database, const QString& key);

// What every command gets: parsed options, output streams and the database on demand.
class CliContext
{
public:
    CliContext(QCommandLineParser& parser, QStringList positional);

    QCommandLineParser& parser;
    const QStringList positional; // after the command name
    bool json = false;

    QString databasePath() const;
    // Opens the database and, when the shop has user accounts, signs in (--user; password from
    // CLIENTELE_PASSWORD or asked without echo). Every command that touches data goes through here.
    core::Result<std::unique_ptr<core::storage::Database>> openDatabase() const;
    core::Status signIn(core::storage::Database& database) const;

    QTextStream& out() { return m_out; }
    void printJson(const QJsonValue& value);
    // Prints the error (text or {"error": ...}) and returns the exit code it maps to.
    int fail(const core::Error& error);
    int usage(const QString& message);

    // Integer option with a default and a minimum; returns false (after printing) when invalid.
    bool intOption(const QString& name, int fallback, int minimum, int* out);

    // Whose figures a command shows (report, tiers, migration, at-risk): --store (codes or names
    // separated by commas, or all for the chain), else the signed-in account's stores (the chain
    // when it is not limited). NotFound names the stores there are; Forbidden beyond the account's.
    core::Result<core::stores::StoreScope> storeScope(const core::storage::Database& database) const;

private:
    QTextStream m_out;
    QTextStream m_err;
};

QString tr(const char* text);
QString readPassword(const QString& prompt);
// The --store option of the commands that read CliContext::storeScope, one help text for all.
QCommandLineOption storeScopeOption();

} // namespace clientele::cli
