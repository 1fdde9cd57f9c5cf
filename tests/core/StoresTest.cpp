// A chain's stores (issue 15): the store list, order files' store columns and whole-file stores,
// home stores, the till's store at the counter, undo, the step that moves old files onto the list —
// from an empty shop fed through the importer, on SQLite and on the test server.
#include "CatchCompat.h"

#include "TestSupport.h"
#include "TestTables.h"

#include "automation/Registry.h"
#include "domain/Clock.h"
#include "io/ImportService.h"
#include "io/Importer.h"
#include "member/SaleService.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/CustomerRepository.h"
#include "storage/Migrations.h"
#include "storage/StoreRepository.h"
#include "stores/StoreService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

using namespace clientele::core;
using namespace clientele::core::storage;
using namespace Qt::StringLiterals;
using clientele::test::dataPath;

namespace {
qint64 scalar(const Database& db, const QString& sql, const QVariant& value = {})
{
    QSqlQuery q = db.prepare(sql);
    if (value.isValid())
        q.addBindValue(value);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString text(const Database& db, const QString& sql, const QVariant& value)
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(value);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toString();
}

QString storeOfOrder(const Database& db, const QString& orderNo)
{
    return text(db, u"SELECT store FROM orders WHERE order_no = ?"_s, orderNo);
}

QString homeOf(const Database& db, const QString& memberCode)
{
    return text(db, u"SELECT home_store FROM customers WHERE member_code = ?"_s, memberCode);
}

QStringList codes(const Database& db)
{
    QStringList out;
    for (const auto& s : StoreRepository(db).list().value())
        out.append(s.code);
    return out;
}

io::ImportReport import(Database& db, io::ImportKind kind, const QString& file, io::ImportOptions options = {})
{
    options.kind = kind;
    auto report = io::Importer::run(db, dataPath(file), options);
    if (!report.ok())
        FAIL(report.error().message.toStdString());
    return std::move(report).value();
}

void twoStores(Database& db)
{
    REQUIRE(stores::StoreService::add(db, {0, u"SH01"_s, u"南京西路店"_s, u"南京西路 1 号"_s}).ok());
    REQUIRE(stores::StoreService::add(db, {0, u"XH"_s, u"徐家汇店"_s, {}}).ok());
}
} // namespace

TEST_CASE("an order file's store column: codes or names on the list, new stores added, home stores set",
          "[stores][import]")
{
    auto db = clientele::test::memoryDatabase();
    twoStores(*db);
    import(*db, io::ImportKind::Customers, u"stores_customers.csv"_s);
    const auto r = import(*db, io::ImportKind::Orders, u"stores_orders.csv"_s);
    CHECK(r.inserted == 7);
    CHECK(storeOfOrder(*db, u"A001"_s) == u"SH01"_s); // by name
    CHECK(storeOfOrder(*db, u"A002"_s) == u"XH"_s);   // by code
    CHECK(storeOfOrder(*db, u"A003"_s) == u"XH"_s);
    CHECK(storeOfOrder(*db, u"A004"_s).isEmpty());
    CHECK(storeOfOrder(*db, u"A005"_s) == u"新天地店"_s); // trimmed, a new store
    CHECK(storeOfOrder(*db, u"A006"_s) == u"XH"_s);   // case ignored
    CHECK(codes(*db) == QStringList{u"SH01"_s, u"XH"_s, u"新天地店"_s});
    CHECK(r.notes.join(u'\n').contains(u"新天地店"_s));

    // Home store: the first purchase naming a store; a refund is not a purchase.
    CHECK(homeOf(*db, u"V01"_s) == u"SH01"_s);
    CHECK(homeOf(*db, u"V02"_s) == u"XH"_s); // A004 (earlier) names no store
    CHECK(homeOf(*db, u"V03"_s) == u"新天地店"_s);
    CHECK(homeOf(*db, u"V04"_s).isEmpty());

    const auto lines = StoreRepository(*db).lines().value();
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].store.code == u"XH"_s);
    CHECK(lines[1].homeCustomers == 1);
    CHECK(lines[1].orders == 2);             // A002, A003 (A006 is a refund)
    CHECK(lines[1].revenue == 20000 + 5000 - 3000);

    // The same file again adds nothing and no store.
    const auto again = import(*db, io::ImportKind::Orders, u"stores_orders.csv"_s);
    CHECK(again.inserted == 0);
    CHECK(codes(*db).size() == 3);
}

TEST_CASE("a store set for the whole file; an unknown one refuses the file untouched", "[stores][import]")
{
    auto db = clientele::test::memoryDatabase();
    twoStores(*db);
    import(*db, io::ImportKind::Customers, u"stores_customers.csv"_s);
    io::ImportOptions options;
    options.store = u"nope"_s;
    options.kind = io::ImportKind::Orders;
    auto refused = io::Importer::run(*db, dataPath(u"stores_orders_no_column.csv"_s), options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::NotFound);
    CHECK(refused.error().message.contains(u"SH01"_s)); // says which stores there are
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders"_s) == 0);

    options.store = u"徐家汇店"_s; // a name finds its code
    import(*db, io::ImportKind::Orders, u"stores_orders_no_column.csv"_s, options);
    CHECK(storeOfOrder(*db, u"B001"_s) == u"XH"_s);
    CHECK(storeOfOrder(*db, u"B002"_s) == u"XH"_s);
    CHECK(homeOf(*db, u"V03"_s) == u"XH"_s);

    // With a column, the file's store fills only the empty cells.
    options.store = u"SH01"_s;
    import(*db, io::ImportKind::Orders, u"stores_orders.csv"_s, options);
    CHECK(storeOfOrder(*db, u"A004"_s) == u"SH01"_s);
    CHECK(storeOfOrder(*db, u"A003"_s) == u"XH"_s);
    // V03's first purchase is B001 (2025-12-01) at XH, before A005 at 新天地店.
    CHECK(homeOf(*db, u"V03"_s) == u"XH"_s);
    CHECK(homeOf(*db, u"V02"_s) == u"SH01"_s); // A004 (Jan 20) now names SH01, before A003
}

TEST_CASE("a dry run adds no store; undoing an import takes back its stores and home stores", "[stores][import][undo]")
{
    auto db = clientele::test::memoryDatabase();
    twoStores(*db);
    import(*db, io::ImportKind::Customers, u"stores_customers.csv"_s);
    io::ImportOptions dry;
    dry.dryRun = true;
    const auto preview = import(*db, io::ImportKind::Orders, u"stores_orders.csv"_s, dry);
    CHECK(preview.notes.join(u'\n').contains(u"新天地店"_s)); // the dry run says what would come
    CHECK(codes(*db).size() == 2);
    CHECK(homeOf(*db, u"V01"_s).isEmpty());

    const auto r = import(*db, io::ImportKind::Orders, u"stores_orders.csv"_s);
    REQUIRE(r.batchId > 0);
    const qint64 v01 = scalar(*db, u"SELECT id FROM customers WHERE member_code = 'V01'"_s);
    REQUIRE(stores::StoreService::setHomeStore(*db, v01, u"XH"_s).ok()); // by hand: stays

    auto undone = io::ImportService::undo(*db, r.batchId);
    REQUIRE(undone.ok());
    CHECK(codes(*db) == QStringList{u"SH01"_s, u"XH"_s}); // the store the import brought went with it
    CHECK(homeOf(*db, u"V01"_s) == u"XH"_s);
    CHECK(homeOf(*db, u"V02"_s).isEmpty());
    CHECK(homeOf(*db, u"V03"_s).isEmpty());

    // Back to "where they first bought": none now.
    REQUIRE(stores::StoreService::setHomeStore(*db, v01, QString()).ok());
    CHECK(homeOf(*db, u"V01"_s).isEmpty());
    CHECK(security::AuditLog::count(*db, u"stores"_s).value() >= 4); // two adds, two home stores
}

TEST_CASE("store list: codes checked, a store with history stays, staff may not change it", "[stores]")
{
    auto db = clientele::test::memoryDatabase();
    CHECK(stores::StoreService::add(*db, {0, QString(), u"x"_s, {}}).error().code == Error::Code::Usage);
    CHECK(stores::StoreService::add(*db, {0, u"SH 01"_s, u"x"_s, {}}).error().message.contains(u"SH 01"_s));
    CHECK(stores::StoreService::add(*db, {0, QString(40, u'A'), u"x"_s, {}}).error().code == Error::Code::Usage);
    twoStores(*db);
    CHECK(stores::StoreService::add(*db, {0, u"XH"_s, u"again"_s, {}}).error().code == Error::Code::Conflict);
    REQUIRE(stores::StoreService::update(*db, {0, u"XH"_s, u"徐汇旗舰店"_s, u"虹桥路 1 号"_s}).ok());
    CHECK(StoreRepository(*db).find(u"徐汇旗舰店"_s).value()->code == u"XH"_s);
    CHECK(StoreRepository(*db).find(u"xh"_s).value()->name == u"徐汇旗舰店"_s);
    CHECK_FALSE(StoreRepository(*db).find(u"徐家汇店"_s).value().has_value());
    CHECK(stores::StoreService::update(*db, {0, u"XH"_s, u"  "_s, {}}).error().code == Error::Code::Usage);

    import(*db, io::ImportKind::Customers, u"stores_customers.csv"_s);
    import(*db, io::ImportKind::Orders, u"stores_orders.csv"_s);
    const auto kept = stores::StoreService::remove(*db, u"XH"_s);
    REQUIRE_FALSE(kept.ok());
    CHECK(kept.error().code == Error::Code::Conflict);
    REQUIRE(stores::StoreService::add(*db, {0, u"TYPO"_s, {}, {}}).ok());
    REQUIRE(stores::StoreService::remove(*db, u"TYPO"_s).ok());
    CHECK_FALSE(codes(*db).contains(u"TYPO"_s));

    security::Session::signIn(u"anna"_s, security::Role::Staff);
    const auto staff = stores::StoreService::add(*db, {0, u"NEW"_s, {}, {}});
    security::Session::signOut();
    REQUIRE_FALSE(staff.ok());
    CHECK(staff.error().code == Error::Code::Forbidden);
    CHECK_FALSE(codes(*db).contains(u"NEW"_s));
}

TEST_CASE("the counter writes the till's store on the sale, its points and stored value; the first sale sets the "
          "home store",
          "[stores][member]")
{
    Clock::Pinned pin(QDate(2026, 2, 28));
    auto db = clientele::test::memoryDatabase();
    twoStores(*db);
    const qint64 wang = clientele::test::addCustomer(*db, u"王芳"_s, u"13800001111"_s);
    const QString till = member::SaleService::defaultTill();
    REQUIRE(stores::StoreService::setStoreOfTill(*db, till, u"南京西路店"_s).ok());
    CHECK(member::SaleService::storeFor(*db, QString()).value() == u"SH01"_s);

    REQUIRE(member::SaleService::topUp(*db, wang, 50000, u"cash"_s).ok());
    member::SaleRequest req;
    req.customerId = wang;
    req.amount = 20000;
    req.payBalance = 10000;
    req.payMethod = u"cash"_s;
    auto sale = member::SaleService::sell(*db, req);
    REQUIRE(sale.ok());
    CHECK(storeOfOrder(*db, sale->orderNo) == u"SH01"_s);
    CHECK(sale->storeName == u"南京西路店"_s); // for the receipt
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM member_sales WHERE store = 'SH01'"_s) == 1);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM stored_value_ledger WHERE store = 'SH01'"_s) == 2); // top-up, payment
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM points_ledger WHERE store <> 'SH01'"_s) == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM points_ledger"_s) >= 1);
    CHECK(text(*db, u"SELECT home_store FROM customers WHERE id = ?"_s, wang) == u"SH01"_s);

    // A sale naming another store: that one; the home store stays where they first bought.
    req.store = u"XH"_s;
    req.payBalance = 0;
    auto second = member::SaleService::sell(*db, req);
    REQUIRE(second.ok());
    CHECK(storeOfOrder(*db, second->orderNo) == u"XH"_s);
    CHECK(text(*db, u"SELECT home_store FROM customers WHERE id = ?"_s, wang) == u"SH01"_s);

    // A store not on the list refuses the sale; nothing is written.
    const qint64 ordersBefore = scalar(*db, u"SELECT COUNT(*) FROM orders"_s);
    req.store = u"万达店"_s;
    auto refused = member::SaleService::sell(*db, req);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::NotFound);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders"_s) == ordersBefore);

    // Refunded the same day at a till of the other store: the refund carries that store.
    REQUIRE(stores::StoreService::setStoreOfTill(*db, u"till-2"_s, u"XH"_s).ok());
    auto refund = member::SaleService::refund(*db, sale->orderNo, u"till-2"_s);
    REQUIRE(refund.ok());
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM stored_value_ledger WHERE kind = 'refund' AND store = 'XH'"_s) == 1);

    // No store for the till: '' (a single shop never sees stores).
    REQUIRE(stores::StoreService::setStoreOfTill(*db, till, QString()).ok());
    CHECK(member::SaleService::storeFor(*db, QString()).value().isEmpty());

    // With stores on the list, a till without one takes no money unless the sale names its store:
    // the money would count for none of the stores. Nothing is written.
    const qint64 ordersNow = scalar(*db, u"SELECT COUNT(*) FROM orders"_s);
    const qint64 ledgerNow = scalar(*db, u"SELECT COUNT(*) FROM stored_value_ledger"_s);
    req.store.clear();
    auto noStore = member::SaleService::sell(*db, req);
    REQUIRE_FALSE(noStore.ok());
    CHECK(noStore.error().code == Error::Code::Conflict);
    CHECK(noStore.error().message.contains(u"no store"_s));
    auto noStoreTopUp = member::SaleService::topUp(*db, wang, 10000, u"cash"_s);
    REQUIRE_FALSE(noStoreTopUp.ok());
    CHECK(noStoreTopUp.error().code == Error::Code::Conflict);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders"_s) == ordersNow);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM stored_value_ledger"_s) == ledgerNow);
    req.store = u"XH"_s;
    CHECK(member::SaleService::sell(*db, req).ok());
}

TEST_CASE("a till without a store: a shop with no store or one takes money there, a chain does not", "[stores][member]")
{
    Clock::Pinned pin(QDate(2026, 2, 28));
    auto db = clientele::test::memoryDatabase();
    const qint64 li = clientele::test::addCustomer(*db, u"李雷"_s, u"13800002222"_s);
    REQUIRE(member::SaleService::topUp(*db, li, 10000, u"cash"_s).ok());
    member::SaleRequest req;
    req.customerId = li;
    req.amount = 5000;
    req.payMethod = u"wechat"_s;
    auto sale = member::SaleService::sell(*db, req);
    REQUIRE(sale.ok());
    CHECK(storeOfOrder(*db, sale->orderNo).isEmpty());
    CHECK(member::SaleService::tillStore(*db).value() == std::optional(QString())); // none needed

    // One store on the list (a store column in the order file): the till is in it.
    REQUIRE(stores::StoreService::add(*db, {0, u"JA"_s, u"静安店"_s, {}}).ok());
    CHECK(member::SaleService::tillStore(*db).value() == std::optional(u"JA"_s));
    auto inStore = member::SaleService::sell(*db, req);
    REQUIRE(inStore.ok());
    CHECK(storeOfOrder(*db, inStore->orderNo) == u"JA"_s);
    // Two: a till without one is in none, and takes no money.
    REQUIRE(stores::StoreService::add(*db, {0, u"XH"_s, u"徐汇店"_s, {}}).ok());
    CHECK_FALSE(member::SaleService::tillStore(*db).value().has_value());
    CHECK(member::SaleService::sell(*db, req).error().message.startsWith(u"Not saved"_s));
}

TEST_CASE("the automation condition 'home store' keeps the customers of the stores listed", "[stores][automation]")
{
    const auto* kind = automation::Registry::condition(u"store"_s);
    REQUIRE(kind != nullptr);
    REQUIRE(kind->test);
    automation::Subject s;
    s.homeStore = u"XH"_s;
    const QJsonObject in{{u"in"_s, QJsonArray{u"SH01"_s, u"XH"_s}}};
    CHECK(kind->test(s, in));
    s.homeStore = u"PD"_s;
    CHECK_FALSE(kind->test(s, in));
    s.homeStore.clear();
    CHECK_FALSE(kind->test(s, in));
}

TEST_CASE("step 18 puts the stores already on file onto the list and gives customers their home store",
          "[stores][migration]")
{
    auto db = clientele::test::memoryDatabase();
    import(*db, io::ImportKind::Customers, u"stores_customers.csv"_s);
    import(*db, io::ImportKind::Orders, u"stores_orders.csv"_s);
    // Back to a file of version 17: the store was only text on the orders.
    for (const auto* sql : {"DROP TABLE user_stores", "DROP TABLE tills", "DROP TABLE stores",
                            "DROP INDEX IF EXISTS customers_home_store", "DROP INDEX IF EXISTS orders_store",
                            "ALTER TABLE customers DROP COLUMN home_store_manual",
                            "ALTER TABLE customers DROP COLUMN home_store", "ALTER TABLE points_ledger DROP COLUMN store",
                            "ALTER TABLE stored_value_ledger DROP COLUMN store"})
        REQUIRE(db->exec(QString::fromLatin1(sql)).ok());
    clientele::test::setSchemaVersion(*db, 17);

    REQUIRE(Migrations::migrate(*db).ok());
    CHECK(db->schemaVersion() == Migrations::kLatest);
    CHECK(codes(*db) == QStringList{u"XH"_s, u"南京西路店"_s, u"徐家汇店"_s, u"新天地店"_s}); // "xh" is XH
    CHECK(homeOf(*db, u"V01"_s) == u"南京西路店"_s);
    CHECK(homeOf(*db, u"V03"_s) == u"新天地店"_s);
    const auto xh = StoreRepository(*db).find(u"XH"_s).value();
    REQUIRE(xh.has_value());
    CHECK(xh->name == u"XH"_s); // named as its code until the owner names it
}
