// migrate: moves a shop from its file onto a chain's server (or between any two databases).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "security/Session.h"
#include "storage/ShopMover.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

int migrate(CliContext& ctx)
{
    const QString fromPath = ctx.parser.value(u"from"_s), toPath = ctx.parser.value(u"to"_s);
    if (fromPath.isEmpty() || toPath.isEmpty())
        return ctx.usage(tr("Name both databases: migrate --from shop.sqlite --to postgresql://USER@HOST/DATABASE."));
    const bool fromServer = fromPath.contains(u"://"_s);
    if (!fromServer && !QFileInfo::exists(fromPath))
        return ctx.fail(Error::make(Error::Code::Io, tr("There is no database at %1.").arg(fromPath)));
    auto from = storage::Database::open(fromPath);
    if (!from)
        return ctx.fail(from.error());
    // The whole shop leaves the file: the owner's to do when the file has accounts.
    if (auto s = ctx.signIn(**from); !s)
        return ctx.fail(s.error());
    if (auto s = security::Session::require(security::Permission::Export); !s)
        return ctx.fail(s.error());
    auto to = storage::Database::open(toPath);
    if (!to)
        return ctx.fail(to.error());
    auto report = storage::ShopMover::move(**from, **to);
    if (!report)
        return ctx.fail(report.error());
    if (ctx.json) {
        QJsonArray tables;
        for (const auto& t : report->tables) {
            QJsonObject sums;
            for (auto it = t.sums.cbegin(); it != t.sums.cend(); ++it)
                sums.insert(it.key(), it.value());
            tables.append(QJsonObject{{u"table"_s, t.name}, {u"rows"_s, t.rows}, {u"sums_fen"_s, sums}});
        }
        ctx.printJson(QJsonObject{{u"from"_s, (*from)->path()},
                                  {u"to"_s, (*to)->path()},
                                  {u"rows"_s, report->rows},
                                  {u"tables"_s, tables}});
        return ExitOk;
    }
    TextTable table({tr("Table"), tr("Rows")});
    for (const auto& t : report->tables)
        if (t.rows > 0)
            table.addRow({t.name, QString::number(t.rows)});
    table.print(ctx.out());
    ctx.out() << tr("Moved %1 rows from %2 to %3; row counts and money sums agree.")
                     .arg(report->rows)
                     .arg((*from)->path(), (*to)->path())
              << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> migrateCommands()
{
    return {
        {u"migrate"_s, u"migrate --from FILE --to postgresql://USER@HOST[:PORT]/DATABASE"_s,
         tr("Copy a whole shop into an empty database (ids kept, sealed fields as they are); all or nothing."),
         {QCommandLineOption(u"from"_s, tr("The shop to copy (a file or a server address)."), tr("DATABASE")),
          QCommandLineOption(u"to"_s, tr("The empty database to copy it into."), tr("DATABASE"))},
         migrate},
    };
}

} // namespace clientele::cli
