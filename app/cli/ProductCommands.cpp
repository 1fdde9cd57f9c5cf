// products: best sellers with buyers and repurchase rhythm (storage::ProductQueries' figures).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "domain/Money.h"
#include "storage/ProductQueries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

// products set-interval CODE DAYS|clear: the owner's own repurchase interval for the replenish rule.
int setInterval(CliContext& ctx)
{
    if (ctx.positional.size() != 3)
        return ctx.usage(tr("Usage: clientele-cli products set-interval CODE DAYS|clear"));
    std::optional<int> days;
    if (ctx.positional[2] != u"clear") {
        bool ok = false;
        const int n = ctx.positional[2].toInt(&ok);
        if (!ok || n < 1 || n > 3650)
            return ctx.usage(tr("DAYS is a whole number from 1 to 3650, or clear."));
        days = n;
    }
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = storage::ProductQueries::setRepurchaseDays(**db, ctx.positional[1], days); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"code"_s, ctx.positional[1]}, {u"repurchase_days_set"_s, days ? QJsonValue(*days) : QJsonValue()}});
    else if (days)
        ctx.out() << tr("%1: buy again every %2 days (your number; the care rule uses it).").arg(ctx.positional[1]).arg(*days)
                  << Qt::endl;
    else
        ctx.out() << tr("%1: your interval cleared; the median of repeat purchases is used.").arg(ctx.positional[1])
                  << Qt::endl;
    return ExitOk;
}

int listProducts(CliContext& ctx)
{
    if (ctx.positional.value(0) == u"set-interval")
        return setInterval(ctx);
    if (!ctx.positional.isEmpty())
        return ctx.usage(tr("Usage: clientele-cli products [--limit N] | products set-interval CODE DAYS|clear"));
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
                {u"repurchase_intervals"_s, p.repurchaseIntervals},
                {u"repurchase_days_set"_s, p.repurchaseDaysSet ? QJsonValue(*p.repurchaseDaysSet) : QJsonValue()},
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
                     tr("Repurchase (days)"), tr("Your interval (days)")});
    for (const auto& p : *rows)
        table.addRow({p.code, p.name, p.category, storage::ProductQueries::unitsText(p.unitsMilli),
                      money::format(p.revenue), locale.toString(p.customers),
                      p.repurchaseDays ? locale.toString(*p.repurchaseDays, 'f', *p.repurchaseDays == qint64(*p.repurchaseDays) ? 0 : 1)
                                       : QString(),
                      p.repurchaseDaysSet ? locale.toString(*p.repurchaseDaysSet) : QString()});
    table.print(out);
    out << tr("Repurchase: the median number of days between two purchases of the product by the same customer, "
              "over customers who bought it on two or more days. Your interval (products set-interval CODE DAYS) "
              "replaces it for the replenish care rule, which skips products with fewer than 3 repeat purchases "
              "and no interval of yours.")
        << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> productCommands()
{
    return {
        {u"products"_s, u"products [--limit N] | products set-interval CODE DAYS|clear"_s,
         tr("Best-selling products from order lines: units, revenue, customers, days between repeat purchases."),
         {QCommandLineOption(u"limit"_s, tr("At most N products (default 20)."), tr("N"))},
         listProducts},
    };
}

} // namespace clientele::cli
