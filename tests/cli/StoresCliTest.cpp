// Stores from the command line (issue 15), from an empty shop: the store list, an order file's store
// column and a whole-file store, the till's store at the counter, home stores. Tagged [server]: it
// runs again on the test server (cli_pg), where shopLocation() hands out a server database.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::cli;
using clientele::test::dataPath;
using clientele::test::PinnedDay;
using clientele::test::Run;

namespace {
QJsonObject storeIn(const QJsonArray& list, const QString& code)
{
    for (const QJsonValue& v : list)
        if (v[u"code"_s].toString() == code)
            return v.toObject();
    return {};
}
} // namespace

TEST_CASE("stores from the command line: list, import with a store column and a file store, till, home store",
          "[cli][stores][server]")
{
    PinnedDay day("2026-06-30");
    QTemporaryDir dir;
    const QString db = clientele::test::shopLocation(dir.path());

    Run r = cli({u"--db"_s, db, u"stores"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"No stores yet"_s));

    r = cli({u"--db"_s, db, u"stores"_s, u"add"_s, u"SH01"_s, u"--name"_s, u"南京西路店"_s, u"--address"_s, u"南京西路 1 号"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"stores"_s, u"add"_s, u"SH 02"_s});
    CHECK(r.exitCode == 2); // a code with a space is a usage error
    CHECK(r.err.contains(u"SH 02"_s));
    r = cli({u"--db"_s, db, u"stores"_s, u"add"_s, u"XH"_s, u"--name"_s, u"徐家汇店"_s});
    REQUIRE(r.exitCode == 0);

    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"stores_customers.csv"_s)}).exitCode == 0);
    // A whole-file store that is not on the list refuses the file, naming the stores there are.
    r = cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"stores_orders_no_column.csv"_s), u"--store"_s, u"PD"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"PD"_s));
    CHECK(r.err.contains(u"SH01"_s));
    r = cli({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"stores_customers.csv"_s), u"--store"_s, u"XH"_s});
    CHECK(r.exitCode == 2); // a customer file has no store

    r = cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"stores_orders.csv"_s)});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"新天地店"_s)); // the new store is named
    r = cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"stores_orders_no_column.csv"_s), u"--store"_s, u"xh"_s});
    REQUIRE(r.exitCode == 0);

    r = cli({u"--db"_s, db, u"--json"_s, u"stores"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonArray list = r.json().array();
    REQUIRE(list.size() == 3);
    const QJsonObject xh = storeIn(list, u"XH"_s);
    CHECK(xh[u"name"_s].toString() == u"徐家汇店"_s);
    CHECK(xh[u"orders"_s].toInteger() == 4); // A002, A003, B001, B002 (A006 is a refund)
    CHECK(xh[u"revenue_fen"_s].toInteger() == 20000 + 5000 - 3000 + 1000 + 2000);
    CHECK(xh[u"home_customers"_s].toInteger() == 3); // V02, V03 (B001 is first), V04 (B002)
    CHECK(storeIn(list, u"SH01"_s)[u"home_customers"_s].toInteger() == 1);
    CHECK(storeIn(list, u"新天地店"_s)[u"home_customers"_s].toInteger() == 0);

    r = cli({u"--db"_s, db, u"--json"_s, u"customer"_s, u"V01"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"home_store"_s].toString() == u"SH01"_s);
    r = cli({u"--db"_s, db, u"customer"_s, u"V01"_s});
    CHECK(r.out.contains(u"南京西路店 (SH01)"_s));

    // By hand, then back to where they first bought.
    r = cli({u"--db"_s, db, u"--json"_s, u"stores"_s, u"set-home"_s, u"V01"_s, u"徐家汇店"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"home_store"_s].toString() == u"XH"_s);
    r = cli({u"--db"_s, db, u"--json"_s, u"stores"_s, u"set-home"_s, u"V01"_s, u"first"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"home_store"_s].toString() == u"SH01"_s);

    // The till's store goes on the sale.
    r = cli({u"--db"_s, db, u"--json"_s, u"stores"_s, u"set-till"_s, u"SH01"_s, u"--till"_s, u"front-desk"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"store"_s].toString() == u"SH01"_s);
    r = cli({u"--db"_s, db, u"stores"_s, u"set-till"_s, u"nowhere"_s});
    CHECK(r.exitCode == 1);
    r = cli({u"--db"_s, db, u"--json"_s, u"sale"_s, u"V04"_s, u"--amount"_s, u"88"_s, u"--pay"_s, u"cash"_s, u"--store"_s,
             u"南京西路店"_s});
    REQUIRE(r.exitCode == 0);
    const QString orderNo = r.json()[u"order_no"_s].toString();
    r = cli({u"--db"_s, db, u"--json"_s, u"customer"_s, u"V04"_s});
    bool found = false;
    for (const QJsonValue& o : r.json()[u"orders"_s].toArray())
        if (o[u"order_no"_s].toString() == orderNo)
            found = o[u"store"_s].toString() == u"SH01"_s;
    CHECK(found);

    // A store with history stays on the list.
    r = cli({u"--db"_s, db, u"stores"_s, u"remove"_s, u"XH"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"XH"_s));
    r = cli({u"--db"_s, db, u"stores"_s, u"edit"_s, u"XH"_s, u"--name"_s, u"徐汇旗舰店"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"stores"_s});
    CHECK(r.out.contains(u"徐汇旗舰店"_s));
    CHECK(r.out.contains(u"南京西路 1 号"_s)); // editing the name kept the other store's address
}

TEST_CASE("clientele-cli help COMMAND prints that command's help", "[cli][stores]")
{
    Run r = cli({u"help"_s, u"stores"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"set-till"_s));
    CHECK(r.out.contains(u"--address"_s));
    r = cli({u"help"_s, u"nosuch"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"nosuch"_s));
    r = cli({u"help"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"stores"_s));
}
