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
    CHECK(r.errorRows == 4);
    CHECK(r.unknownCustomers == 1);
    CHECK(r.duplicates == 0);      // nothing was in the database before
    CHECK(r.repeatedInFile == 1); // line 7 repeats line 2
    CHECK(r.skipped == 4);

    QStringList reasons;
    for (const auto& p : r.errors)
        reasons.append(QStringLiteral("%1 %2: %3").arg(p.line).arg(p.column, p.reason));
    CHECK(reasons.join(u'\n') ==
          u"4 下单时间: the order date is missing\n"
          u"5 实付金额: not an amount (expected e.g. 128.50 or ¥1,280)\n"
          u"6 会员卡号: no customer with this member code; import the customers first, or let the import create "
          u"customers for unknown orders\n"
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
    CHECK(r.refunds == 0);
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
    CHECK(storage::CustomerRepository(*db).count().value() == 6); // untouched

    REQUIRE(batches.undo(orders.batchId).ok());
    REQUIRE(batches.undo(customers.batchId).ok());
    CHECK(storage::CustomerRepository(*db).count().value() == 0);
}

TEST_CASE("a bad time or category is a warning; the order imports without it", "[import][orders]")
{
    auto db = clientele::test::memoryDatabase();
    runImport(*db, ImportKind::Customers, dataPath(u"customers_errors.csv"_s));
    const QString file = clientele::test::writeTempFile(u"订单号,会员卡号,下单日期,时间,实付金额,品类\n"
                                                        u"W1,E001,2024-05-01,25:99,100,上衣\n"
                                                        u"W2,E001,2024-05-02,10:30,200,128.50\n"
                                                        u"W3,E001,2024-05-03,11:00,300,"_s.toUtf8() +
                                                        QByteArray(60, 'x') + "\nW4,E001,2024-05-04,,400,裤装\n");
    const auto r = runImport(*db, ImportKind::Orders, file);
    CHECK(r.inserted == 4);
    CHECK(r.errorRows == 0);
    CHECK(r.skipped == 0);
    CHECK(r.warningRows == 3);
    CHECK(r.droppedValues == 3);
    REQUIRE(r.warnings.size() == 3);
    CHECK(r.warnings[0].line == 2);
    CHECK(r.warnings[0].column == u"时间"_s);
    CHECK(r.warnings[0].value == u"25:99"_s);
    CHECK(r.warnings[1].line == 3);
    CHECK(r.warnings[1].column == u"品类"_s);
    CHECK(r.warnings[2].line == 4);

    const auto orders = ordersOf(*db, u"E001"_s); // newest first
    REQUIRE(orders.size() == 4);
    CHECK(orders[0].category == u"裤装"_s);
    CHECK(orders[1].category.isEmpty());
    CHECK(orders[2].category.isEmpty());
    CHECK(orders[2].time == QTime(10, 30));
    CHECK(orders[3].category == u"上衣"_s);
    CHECK_FALSE(orders[3].time.isValid());
    CHECK(orders[3].amount == 10000);
}

TEST_CASE("a negative amount is a refund: counted apart from the orders it is imported with", "[import][orders]")
{
    auto db = clientele::test::memoryDatabase();
    ImportOptions o;
    o.createCustomers = true;
    const QString file = clientele::test::writeTempFile(
        u"单号,客户名称,手机号,日期,金额\nR1,甲,13811112222,2024-07-01,99\nR2,甲,13811112222,2024-07-02,-20\n"
        u"R3,乙,13811113333,2024-07-03,15\n"_s.toUtf8());
    const auto r = runImport(*db, ImportKind::Orders, file, o);
    CHECK(r.inserted == 3); // rows written: two purchases and one refund
    CHECK(r.refunds == 1);  // the wizard and the list say "2 orders, 1 refund"
}

TEST_CASE("orders are written in batches: problems keep line order across batches, clashes are found within and "
          "between batches", "[import][orders]")
{
    auto db = clientele::test::memoryDatabase();
    QByteArray customers = "会员卡号,姓名,手机号\n";
    for (int i = 1; i <= 50; ++i)
        customers += "M" + QByteArray::number(i) + ",顾客" + QByteArray::number(i) + ",1380000" +
                     QByteArray::number(1000 + i) + "\n";
    runImport(*db, ImportKind::Customers, clientele::test::writeTempFile(customers));

    // 4,500 orders (more than two batches); line numbers count the header as line 1.
    QByteArray orders = "订单号,会员卡号,下单时间,实付金额\n";
    QList<int> expectedLines;
    for (int line = 2; line <= 4501; ++line) {
        QByteArray member = "M" + QByteArray::number(line % 50 + 1);
        QByteArray no = "NO" + QByteArray::number(line);
        QByteArray date = "2025-03-01";
        QByteArray amount = "10.00";
        if (line == 30 || line == 3100) { // a bad date in the first and in the second batch
            date = "someday";
            expectedLines.append(line);
        } else if (line == 31 || line == 2990) { // the number of line 20, a different order
            no = "NO20";
            amount = "99.00";
            expectedLines.append(line);
        } else if (line == 32 || line == 4200) { // line 21 again, the same order: not a problem
            no = "NO21";
            member = "M22";
        }
        orders += no + "," + member + "," + date + "," + amount + "\n";
    }
    const auto r = runImport(*db, ImportKind::Orders, clientele::test::writeTempFile(orders));
    CHECK(r.rows == 4500);
    CHECK(r.inserted == 4500 - 6);
    CHECK(r.repeatedInFile == 2);
    CHECK(r.errorRows == 4);
    QList<int> lines;
    for (const auto& p : r.errors)
        lines.append(int(p.line));
    CHECK(lines == expectedLines);
    REQUIRE(r.errors.size() == 4);
    CHECK(r.errors[1].column == u"订单号"_s);
    CHECK(r.errors[1].value == u"NO20"_s);
    CHECK(r.errors[2].reason == u"order number already used by a different order (line 20 of this file)"_s);
    CHECK(r.errors[3].reason == u"not a date (expected e.g. 2024-05-01 13:45)"_s);
    CHECK(storage::OrderRepository(*db).count().value() == 4500 - 6);

    const auto again = runImport(*db, ImportKind::Orders, clientele::test::writeTempFile(orders));
    CHECK(again.inserted == 0);
    CHECK(again.duplicates == 4500 - 4); // all but the bad dates and the clashes of lines 31 and 2990
    CHECK(again.errorRows == 4);
}

TEST_CASE("the customers of the next rows are looked up together: the same customers as one by one, across "
          "batches, with customers the import creates", "[import][orders]")
{
    auto db = clientele::test::memoryDatabase();
    QByteArray customers = "会员卡号,姓名,手机号,邮箱\n";
    for (int i = 1; i <= 40; ++i)
        customers += "M" + QByteArray::number(i) + ",顾客" + QByteArray::number(i) + ",1380000" +
                     QByteArray::number(1000 + i) + ",\n";
    customers += "17850,整数卡,13900001111,\nE1,只有邮箱,,e1@example.cn\n";
    runImport(*db, ImportKind::Customers, clientele::test::writeTempFile(customers));

    // 5,000 orders (three of the reader's batches), each naming its customer another way.
    QByteArray orders = "订单号,会员卡号,手机号,邮箱,下单时间,实付金额\n";
    QHash<QString, int> expected; // member code → orders
    for (int line = 2; line <= 5001; ++line) {
        const QByteArray member = "M" + QByteArray::number(line % 40 + 1);
        const QByteArray phone = "1380000" + QByteArray::number(1000 + line % 40 + 1);
        QByteArray code, phoneCell, email;
        QString owner = QString::fromLatin1(member);
        switch (line % 6) {
        case 0: code = member; break;
        case 1: phoneCell = phone; break;                      // by phone alone
        case 2: code = "17850.0"; owner = u"17850"_s; break;    // one float code among others
        case 3:                                                // nobody yet: created once, found later
            code = "NEW" + QByteArray::number(line % 7);
            owner = QString::fromLatin1(code);
            break;
        case 4: code = "GHOST"; phoneCell = phone; break;      // an unknown code, a known phone
        default: email = "e1@example.cn"; owner = u"E1"_s; break;
        }
        ++expected[owner];
        orders += "NO" + QByteArray::number(line) + "," + code + "," + phoneCell + "," + email + ",2025-03-01,10.00\n";
    }
    ImportOptions options;
    options.createCustomers = true;
    const auto r = runImport(*db, ImportKind::Orders, clientele::test::writeTempFile(orders), options);
    CHECK(r.inserted == 5000);
    CHECK(r.errorRows == 0);
    CHECK(r.customersCreated == 7);

    QHash<QString, int> counted;
    QSqlQuery q = db->prepare(u"SELECT c.member_code, COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
                              u"GROUP BY c.member_code"_s);
    REQUIRE(q.exec());
    while (q.next())
        counted.insert(q.value(0).toString(), q.value(1).toInt());
    CHECK(counted == expected);
    CHECK(storage::CustomerRepository(*db).count().value() == 42 + 7);
}
