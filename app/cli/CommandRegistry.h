#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

#include <functional>

namespace clientele::cli {

class CliContext;

// One subcommand: its name, usage line, own options and handler.
struct Command
{
    QString name;
    QString synopsis;
    QString summary;
    QList<QCommandLineOption> options;
    std::function<int(CliContext&)> run;
};

// Defined in the *Commands.cpp files.
QList<Command> importCommands();
QList<Command> customerCommands();
QList<Command> productCommands();
QList<Command> demoCommands();
QList<Command> segmentCommands();
QList<Command> valueCommands();
QList<Command> maintenanceCommands();
QList<Command> reportCommands();
QList<Command> securityCommands();
QList<Command> fieldCommands();
QList<Command> memberCardCommands();
QList<Command> memberCommands();
QList<Command> serviceCommands();
QList<Command> ruleCommands();
QList<Command> campaignCommands();
QList<Command> migrateCommands();
QList<Command> storeCommands();

int run(const QStringList& arguments);

} // namespace clientele::cli
