// demo: a realistic demo shop in the database, or as CSV files.
#include "CliContext.h"
#include "CommandRegistry.h"

#include "demo/DemoShop.h"
#include "segmentation/SegmentationUpkeep.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

int demo(CliContext& ctx)
{
    core::demo::DemoOptions options;
    if (!ctx.intOption(u"customers"_s, options.customers, 1, &options.customers) ||
        !ctx.intOption(u"orders"_s, options.orders, 0, &options.orders))
        return ExitUsage;
    if (ctx.parser.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = ctx.parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok)
            return ctx.usage(tr("--seed needs a whole number."));
    }
    if (ctx.parser.isSet(u"end-date"_s)) {
        options.endDate = QDate::fromString(ctx.parser.value(u"end-date"_s), Qt::ISODate);
        if (!options.endDate.isValid())
            return ctx.usage(tr("--end-date needs a date like 2026-10-31."));
    }

    if (ctx.parser.isSet(u"csv"_s)) {
        auto files = core::demo::DemoShop::writeCsv(options, ctx.parser.value(u"csv"_s));
        if (!files)
            return ctx.fail(files.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"customers_csv"_s, files->customersCsv}, {u"orders_csv"_s, files->ordersCsv}});
        else
            ctx.out() << tr("Wrote %1 and %2.").arg(files->customersCsv, files->ordersCsv) << Qt::endl;
        return ExitOk;
    }

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    core::storage::CustomerRepository customers(**db);
    auto existing = customers.count();
    if (!existing)
        return ctx.fail(existing.error());
    if (*existing > 0)
        return ctx.fail(core::Error::make(core::Error::Code::Conflict,
                                          tr("%1 already holds %2 customers; the demo shop needs an empty database "
                                             "(use --db NEW_FILE).")
                                              .arg((*db)->path())
                                              .arg(*existing)));
    if (auto s = core::demo::DemoShop::populate(**db, options); !s)
        return ctx.fail(s.error());
    // Tiers without asking: the demo is segmented like any shop after its first import.
    auto upkeep = core::segmentation::SegmentationUpkeep::update(**db);
    if (!upkeep)
        return ctx.fail(upkeep.error());
    core::storage::OrderRepository orders(**db);
    const qint64 customerCount = customers.count().ok() ? *customers.count() : 0;
    const qint64 orderCount = orders.count().ok() ? *orders.count() : 0;
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"db"_s, (*db)->path()},
                                  {u"customers"_s, customerCount},
                                  {u"orders"_s, orderCount},
                                  {u"segmented"_s, upkeep->problem.isEmpty()}});
    else
    {
        ctx.out() << tr("Demo shop created in %1: %2 customers, %3 orders.")
                         .arg((*db)->path())
                         .arg(customerCount)
                         .arg(orderCount)
                  << Qt::endl;
        ctx.out() << (upkeep->problem.isEmpty()
                          ? tr("Tiers, stages and month-end figures calculated.")
                          : tr("Tiers and stages could not be calculated: %1. Run `segment` to catch up.").arg(upkeep->problem))
                  << Qt::endl;
    }
    return ExitOk;
}

} // namespace

QList<Command> demoCommands()
{
    return {{u"demo"_s, u"demo [--customers N] [--orders N] [--seed S] [--end-date DATE] [--csv DIR]"_s,
             tr("Create a realistic demo shop (Chinese names, phones, three years of orders), or write it as CSV."),
             {QCommandLineOption(u"customers"_s, tr("Number of customers (default 2000)."), tr("N")),
              QCommandLineOption(u"orders"_s, tr("Number of orders (default 24000)."), tr("N")),
              QCommandLineOption(u"seed"_s, tr("Random seed; the same seed gives the same shop."), tr("S")),
              QCommandLineOption(u"end-date"_s, tr("Last day of the order history (default today)."), tr("DATE")),
              QCommandLineOption(u"csv"_s, tr("Write customers.csv and orders.csv to DIR instead."), tr("DIR"))},
             demo}};
}

} // namespace clientele::cli
