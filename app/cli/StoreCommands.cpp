// stores: the chain's store list, the store of a till and customers' home stores (issue 15).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "domain/Money.h"
#include "member/SaleService.h"
#include "storage/StoreRepository.h"
#include "stores/StoreService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

constexpr QStringView kUsage = u"stores | stores add CODE [--name NAME] [--address TEXT] | stores edit CODE [--name NAME] "
                        u"[--address TEXT] | stores remove CODE | stores set-till STORE|none [--till NAME] | "
                        u"stores set-home CUSTOMER STORE|first";

int listStores(CliContext& ctx, storage::Database& db)
{
    auto lines = storage::StoreRepository(db).lines();
    if (!lines)
        return ctx.fail(lines.error());
    auto tillStore = member::SaleService::storeFor(db, QString());
    if (!tillStore)
        return ctx.fail(tillStore.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& l : *lines)
            array.append(QJsonObject{{u"code"_s, l.store.code},
                                     {u"name"_s, l.store.name},
                                     {u"address"_s, l.store.address},
                                     {u"home_customers"_s, l.homeCustomers},
                                     {u"orders"_s, l.orders},
                                     {u"revenue_fen"_s, l.revenue},
                                     {u"this_till"_s, l.store.code == *tillStore}});
        ctx.printJson(array);
        return ExitOk;
    }
    auto& out = ctx.out();
    if (lines->isEmpty()) {
        out << tr("No stores yet. A single shop needs none; a chain lists its stores here (stores add CODE --name "
                  "NAME), and order files with a store column (门店/店铺/store) add theirs when imported.")
            << Qt::endl;
        return ExitOk;
    }
    const QLocale locale;
    TextTable table({tr("Code"), tr("Name"), tr("Address"), tr("Home customers"), tr("Orders"), tr("Revenue")});
    for (const auto& l : *lines)
        table.addRow({l.store.code == *tillStore ? l.store.code + u" *"_s : l.store.code, l.store.name, l.store.address,
                      locale.toString(l.homeCustomers), locale.toString(l.orders), money::format(l.revenue)});
    table.print(out);
    if (!tillStore->isEmpty())
        out << tr("* the store this till (%1) sells for.").arg(member::SaleService::defaultTill()) << Qt::endl;
    out << tr("Home customers: customers whose home store it is (where they first bought, unless set by hand). "
              "Orders and revenue: every order on file that names the store, refunds deducted from revenue.")
        << Qt::endl;
    return ExitOk;
}

int addOrEdit(CliContext& ctx, storage::Database& db, bool add)
{
    if (ctx.positional.size() != 2)
        return ctx.usage(tr("Usage: clientele-cli %1").arg(kUsage.toString()));
    storage::Store store{0, ctx.positional[1].trimmed(), ctx.parser.value(u"name"_s), ctx.parser.value(u"address"_s)};
    if (!add) {
        auto found = stores::StoreService::resolve(db, store.code);
        if (!found)
            return ctx.fail(found.error());
        store.code = found->code;
        if (!ctx.parser.isSet(u"name"_s))
            store.name = found->name;
        if (!ctx.parser.isSet(u"address"_s))
            store.address = found->address;
    }
    const Status done = add ? stores::StoreService::add(db, store) : stores::StoreService::update(db, store);
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"code"_s, store.code}, {add ? u"added"_s : u"changed"_s, true}});
    else
        ctx.out() << (add ? tr("Store %1 added.") : tr("Store %1 changed.")).arg(store.code) << Qt::endl;
    return ExitOk;
}

int removeStore(CliContext& ctx, storage::Database& db)
{
    if (ctx.positional.size() != 2)
        return ctx.usage(tr("Usage: clientele-cli stores remove CODE"));
    if (auto s = stores::StoreService::remove(db, ctx.positional[1].trimmed()); !s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"code"_s, ctx.positional[1].trimmed()}, {u"removed"_s, true}});
    else
        ctx.out() << tr("Store %1 removed.").arg(ctx.positional[1].trimmed()) << Qt::endl;
    return ExitOk;
}

int setTill(CliContext& ctx, storage::Database& db)
{
    if (ctx.positional.size() != 2)
        return ctx.usage(tr("Usage: clientele-cli stores set-till STORE|none [--till NAME]"));
    const QString till = ctx.parser.isSet(u"till"_s) ? ctx.parser.value(u"till"_s).trimmed()
                                                     : member::SaleService::defaultTill();
    const QString store = ctx.positional[1] == u"none" ? QString() : ctx.positional[1];
    if (auto s = stores::StoreService::setStoreOfTill(db, till, store); !s)
        return ctx.fail(s.error());
    auto now = member::SaleService::storeFor(db, QString(), till);
    if (!now)
        return ctx.fail(now.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"till"_s, till}, {u"store"_s, *now}});
    else if (now->isEmpty())
        ctx.out() << tr("Till %1 sells for no store.").arg(till) << Qt::endl;
    else
        ctx.out() << tr("Till %1 sells for store %2: its sales, top-ups and points carry that store.").arg(till, *now)
                  << Qt::endl;
    return ExitOk;
}

int setHome(CliContext& ctx, storage::Database& db)
{
    if (ctx.positional.size() != 3)
        return ctx.usage(tr("Usage: clientele-cli stores set-home CUSTOMER STORE|first"));
    auto customer = findCustomer(db, ctx.positional[1]);
    if (!customer)
        return ctx.fail(customer.error());
    const QString store = ctx.positional[2] == u"first" ? QString() : ctx.positional[2];
    if (auto s = stores::StoreService::setHomeStore(db, customer->id, store); !s)
        return ctx.fail(s.error());
    auto home = storage::StoreRepository(db).homeStore(customer->id);
    if (!home)
        return ctx.fail(home.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"customer_id"_s, customer->id}, {u"home_store"_s, *home}});
    else if (home->isEmpty())
        ctx.out() << tr("%1 has no home store (no purchase names a store).").arg(customer->name) << Qt::endl;
    else
        ctx.out() << tr("%1's home store: %2.").arg(customer->name, *home) << Qt::endl;
    return ExitOk;
}

int storesCommand(CliContext& ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    const QString verb = ctx.positional.value(0);
    if (verb.isEmpty())
        return listStores(ctx, **db);
    if (verb == u"add" || verb == u"edit")
        return addOrEdit(ctx, **db, verb == u"add");
    if (verb == u"remove")
        return removeStore(ctx, **db);
    if (verb == u"set-till")
        return setTill(ctx, **db);
    if (verb == u"set-home")
        return setHome(ctx, **db);
    return ctx.usage(tr("Usage: clientele-cli %1").arg(kUsage.toString()));
}

} // namespace

QList<Command> storeCommands()
{
    return {
        {u"stores"_s, kUsage.toString(),
         tr("The chain's stores: list them with their customers and orders, add or change one, say which store a "
            "till sells for, set a customer's home store."),
         {QCommandLineOption(u"name"_s, tr("The store's name (default: its code)."), tr("NAME")),
          QCommandLineOption(u"address"_s, tr("The store's address."), tr("TEXT")),
          QCommandLineOption(u"till"_s, tr("The till (default: this machine)."), tr("NAME"))},
         storesCommand},
    };
}

} // namespace clientele::cli
