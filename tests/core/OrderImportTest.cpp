#include "CatchCompat.h"

#include "TestSupport.h"

#include "io/Importer.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportBatchRepository.h"
#include "storage/OrderRepository.h"

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;
using clientele::test::dataPath;

namespace {
ImportReport runImport(storage::Database& db, ImportKind kind, const QString& path, ImportOptions options = {})
{
    options.kind = kind;
    auto report = Importer::run(db, path, options);
    if (!report.ok())
        FAIL(report.error().message.toStdString());
    return std::move(report).value();
}

QList<Order> ordersOf(storage::Database& db, const QString& code)
{
    storage::CustomerRepository customers(db);
    const auto c = customers.findByMemberCode(code).value();
    REQUIRE(c.has_value());
    return storage::OrderRepository(db).forCustomer(c->id).value();
}
} // namespace

TEST_CASE("orders link to customers by member code or phone; bad rows are explained", "[import][orders]")
{
    auto db = clientele::test::memoryDatabase();
    runImport(*db, ImportKind::Customers, dataPath(u"customers_errors.csv"_s));
    const auto r = runImport(*db, ImportKind::Orders, dataPath(u"orders_errors.csv"_s));
    CHECK(r.rows == 8);
    CHECK(r.inserted == 3);
    CHECK(r.errorCount == 4);
    CHECK(r.duplicates == 1);
    CHECK(r.skipped == 5);

    QStringList reasons;
    for (const auto& p : r.errors)
        reasons.append(QStringLiteral("%1 %2: %3").arg(p.line).arg(p.column, p.reason));
    CHECK(reasons.join(u'\n') ==
          u"4 下单时间: the order date is missing\n"
          u"5 实付金额: not an amount (expected e.g. 128.50 or ¥1,280)\n"
          u"6 会员卡号: no customer with this member code; import the customers first, or use --create-customers\n"
          u"8 订单号: order number already used by a different order (line 2 of this file)"_s);

    const auto e001 = ordersOf(*db, u"E001"_s);
    REQUIRE(e001.size() == 2);
    CHECK(e001[0].amount == -20000); // refund, newest first
    CHECK(e001[1].amount == 123450);
    CHECK(e001[1].time == QTime(10, 0));
    CHECK(ordersOf(*db, u"E012"_s).at(0).amount == 8800); // linked by phone
}

TEST_CASE("re-importing the same order file adds nothing", "[import][orders]")
{
    auto db = clientele::test::memoryDatabase();
    runImport(*db, ImportKind::Customers, dataPath(u"customers_errors.csv"_s));
    runImport(*db, ImportKind::Orders, dataPath(u"orders_errors.csv"_s));
    const auto again = runImport(*db, ImportKind::Orders, dataPath(u"orders_errors.csv"_s));
    CHECK(again.inserted == 0);
    CHECK(again.duplicates == 4);
    CHECK(storage::OrderRepository(*db).count().value() == 3);
}

TEST_CASE("orders without numbers use content keys; identical purchases in one file both count",
          "[import][orders]")
{
    auto db = clientele::test::memoryDatabase();
    runImport(*db, ImportKind::Customers, dataPath(u"customers_errors.csv"_s));
    const auto r = runImport(*db, ImportKind::Orders, dataPath(u"orders_no_numbers_gb18030.tsv"_s));
    CHECK(r.encoding == u"GB18030"_s);
    CHECK(r.delimiter == u'\t');
    CHECK(r.inserted == 3);
    const auto again = runImport(*db, ImportKind::Orders, dataPath(u"orders_no_numbers_gb18030.tsv"_s));
    CHECK(again.inserted == 0);
    CHECK(again.duplicates == 3);
}

TEST_CASE("unknown customers can be created from the order's own columns", "[import][orders]")
{
    auto db = clientele::test::memoryDatabase();
    ImportOptions o;
    o.createCustomers = true;
    const QString file = clientele::test::writeTempFile(
        u"单号,客户名称,手机号,日期,金额\nN1,新客甲,13811112222,2024-07-01,99\nN2,新客甲,13811112222,2024-07-02,10\n"_s
            .toUtf8());
    const auto r = runImport(*db, ImportKind::Orders, file, o);
    CHECK(r.inserted == 2);
    CHECK(r.customersCreated == 1);
    storage::CustomerRepository customers(*db);
    const auto c = customers.findByPhone(u"13811112222"_s).value();
    REQUIRE(c.has_value());
    CHECK(c->name == u"新客甲"_s);

    // Undo removes the orders and the customers the import created.
    storage::ImportBatchRepository batches(*db);
    const auto undone = batches.undo(r.batchId);
    REQUIRE(undone.ok());
    CHECK(undone->ordersRemoved == 2);
    CHECK(undone->customersRemoved == 1);
    CHECK(customers.count().value() == 0);
}

TEST_CASE("semicolon orders with decimal commas and day-first dates", "[import][orders]")
{
    auto db = clientele::test::memoryDatabase();
    runImport(*db, ImportKind::Customers, dataPath(u"customers_semicolon.csv"_s));
    const auto r = runImport(*db, ImportKind::Orders, dataPath(u"orders_semicolon.csv"_s));
    CHECK(r.inserted == 3);
    const auto s1 = ordersOf(*db, u"S1"_s);
    REQUIRE(s1.size() == 2);
    CHECK(s1[0].amount == 123450);
    CHECK(s1[0].date == QDate(2024, 3, 26));
    CHECK(s1[1].amount == 1250);
    CHECK(s1[1].time == QTime(14, 30));
    CHECK(ordersOf(*db, u"S2"_s).at(0).amount == -300);
    CHECK(ordersOf(*db, u"S2"_s).at(0).date == QDate(2024, 4, 1));
}

TEST_CASE("a customer import cannot be undone while later orders depend on it", "[import][undo]")
{
    auto db = clientele::test::memoryDatabase();
    const auto customers = runImport(*db, ImportKind::Customers, dataPath(u"customers_errors.csv"_s));
    const auto orders = runImport(*db, ImportKind::Orders, dataPath(u"orders_errors.csv"_s));
    storage::ImportBatchRepository batches(*db);
    const auto refused = batches.undo(customers.batchId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"Undo those imports first"_s));
    CHECK(storage::CustomerRepository(*db).count().value() == 2); // untouched

    REQUIRE(batches.undo(orders.batchId).ok());
    REQUIRE(batches.undo(customers.batchId).ok());
    CHECK(storage::CustomerRepository(*db).count().value() == 0);
}
