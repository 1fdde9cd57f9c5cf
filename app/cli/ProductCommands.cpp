// products: best sellers with buyers and repurchase rhythm (storage::ProductQueries' figures).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "domain/Money.h"
#include "storage/ProductQueries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

int listProducts(CliContext& ctx)
{
    int limit = 0;
    if (!ctx.intOption(u"limit"_s, 20, 1, &limit))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto rows = storage::ProductQueries::top(**db, limit);
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& p : *rows)
            array.append(QJsonObject{
                {u"code"_s, p.code},
                {u"name"_s, p.name},
                {u"category"_s, p.category},
                {u"units"_s, p.unitsMilli / 1000.0},
                {u"revenue_fen"_s, p.revenue},
                {u"customers"_s, p.customers},
                {u"repurchase_days"_s, p.repurchaseDays ? QJsonValue(*p.repurchaseDays) : QJsonValue()},
            });
        ctx.printJson(array);
        return ExitOk;
    }
    auto& out = ctx.out();
    if (rows->isEmpty()) {
        out << tr("No order lines yet: import a file with one row per item (quantity, unit price or line total, "
                  "product) to see products.")
            << Qt::endl;
        return ExitOk;
    }
    const QLocale locale;
    TextTable table({tr("Code"), tr("Product"), tr("Category"), tr("Units"), tr("Revenue"), tr("Customers"),
                     tr("Repurchase (days)")});
    for (const auto& p : *rows)
        table.addRow({p.code, p.name, p.category, storage::ProductQueries::unitsText(p.unitsMilli),
                      money::format(p.revenue), locale.toString(p.customers),
                      p.repurchaseDays ? locale.toString(*p.repurchaseDays, 'f', *p.repurchaseDays == qint64(*p.repurchaseDays) ? 0 : 1)
                                       : QString()});
    table.print(out);
    out << tr("Repurchase: the median number of days between two purchases of the product by the same customer, "
              "over customers who bought it on two or more days.")
        << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> productCommands()
{
    return {
        {u"products"_s, u"products [--limit N]"_s,
         tr("Best-selling products from order lines: units, revenue, customers, days between repeat purchases."),
         {QCommandLineOption(u"limit"_s, tr("At most N products (default 20)."), tr("N"))},
         listProducts},
    };
}

} // namespace clientele::cli
