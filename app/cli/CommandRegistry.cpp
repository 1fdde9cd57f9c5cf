#include "CommandRegistry.h"

#include "CliContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

namespace clientele::cli {

namespace {

QList<Command> allCommands()
{
    QList<Command> commands = demoCommands();
    commands += importCommands();
    commands += customerCommands();
    commands += productCommands();
    commands += segmentCommands();
    commands += valueCommands();
    commands += maintenanceCommands();
    commands += reportCommands();
    commands += securityCommands();
    commands += fieldCommands();
    commands += memberCardCommands();
    commands += memberCommands();
    commands += serviceCommands();
    commands += ruleCommands();
    commands += campaignCommands();
    commands += migrateCommands();
    commands += storeCommands();
    return commands;
}

QList<QCommandLineOption> globalOptions()
{
    return {QCommandLineOption(QStringLiteral("db"), tr("Database file (default: %1).").arg(QStringLiteral("AppData")),
                               tr("PATH")),
            QCommandLineOption(QStringLiteral("json"), tr("Print machine-readable JSON.")),
            QCommandLineOption(QStringLiteral("user"),
                               tr("Sign in as NAME when the shop has user accounts (password from "
                                  "CLIENTELE_PASSWORD, else asked)."),
                               tr("NAME")),
            QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
            QCommandLineOption(QStringLiteral("version"), tr("Show the version."))};
}

QString helpText(const QList<Command>& commands)
{
    QString text = tr("Usage: clientele-cli [--db PATH] [--user NAME] [--json] COMMAND [options]\n\nCommands:\n");
    for (const auto& c : commands)
        text += QStringLiteral("  %1\n      %2\n").arg(c.synopsis, c.summary);
    text += tr("\nExit status: 0 done, 1 input or data refused, 2 usage.\n");
    return text;
}

QString commandHelp(const Command& command)
{
    QString text = QStringLiteral("clientele-cli %1\n  %2\n").arg(command.synopsis, command.summary);
    for (const auto& o : command.options) {
        QString names = QStringLiteral("--") + o.names().join(QStringLiteral(", --"));
        if (!o.valueName().isEmpty())
            names += u' ' + o.valueName();
        text += QStringLiteral("  %1\n      %2\n").arg(names, o.description());
    }
    return text;
}

void installTranslator()
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    // Any language without its own file (C, POSIX, de …) reads English, with its plural forms:
    // "1 row read", not "1 row(s) read".
    if (translator->load(QLocale(), QStringLiteral("clientele"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral("clientele_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

} // namespace

int run(const QStringList& arguments)
{
    installTranslator();
    const QList<Command> commands = allCommands();
    QTextStream err(stderr);

    // Find the command name: the first argument that is neither an option nor an option's value.
    QStringList valueOptions;
    for (const auto& o : globalOptions())
        if (!o.valueName().isEmpty())
            valueOptions += o.names();
    for (const auto& c : commands)
        for (const auto& o : c.options)
            if (!o.valueName().isEmpty())
                valueOptions += o.names();
    QString name;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a.startsWith(u'-')) {
            const QString option = a.mid(a.startsWith(QStringLiteral("--")) ? 2 : 1);
            if (!option.contains(u'=') && valueOptions.contains(option))
                ++i;
            continue;
        }
        name = a;
        break;
    }

    const auto command = std::find_if(commands.cbegin(), commands.cend(), [&](const Command& c) { return c.name == name; });
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(globalOptions());
    if (command != commands.cend())
        parser.addOptions(command->options);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl << tr("Run clientele-cli --help for usage.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        // "name version", as GNU tools print it (help2man reads it for the man page).
        QTextStream(stdout) << "clientele-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (name.isEmpty() || (parser.isSet(QStringLiteral("help")) && command == commands.cend())) {
        if (parser.isSet(QStringLiteral("help"))) {
            QTextStream(stdout) << helpText(commands);
            return ExitOk;
        }
        err << helpText(commands);
        return ExitUsage;
    }
    if (name == u"help") { // "help" alone, or "help COMMAND" as git and apt answer it
        const QString about = parser.positionalArguments().value(1);
        const auto asked =
            std::find_if(commands.cbegin(), commands.cend(), [&](const Command& c) { return c.name == about; });
        if (asked != commands.cend()) {
            QTextStream(stdout) << commandHelp(*asked);
            return ExitOk;
        }
        if (about.isEmpty()) {
            QTextStream(stdout) << helpText(commands);
            return ExitOk;
        }
        err << tr("Unknown command \"%1\".").arg(about) << Qt::endl << helpText(commands);
        return ExitUsage;
    }
    if (command == commands.cend()) {
        err << tr("Unknown command \"%1\".").arg(name) << Qt::endl << helpText(commands);
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << commandHelp(*command);
        return ExitOk;
    }
    CliContext context(parser, parser.positionalArguments().mid(1));
    return command->run(context);
}

} // namespace clientele::cli
