// Order-line files (one row per item) imported through ImportService, as the CLI and the wizard do.
#include "CatchCompat.h"

#include "TestSupport.h"
#include "TestTables.h"

#include "demo/DemoShop.h"
#include "domain/ChargeLines.h"
#include "io/ColumnMapping.h"
#include "io/CustomerExporter.h"
#include "io/ImportService.h"
#include "io/LineAmounts.h"
#include "io/OrderLineImporter.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OrderRepository.h"
#include "storage/ProductQueries.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;
using clientele::test::dataPath;

namespace {
ImportReport importLines(storage::Database& db, const QString& name, bool createCustomers = true)
{
    ImportOptions options;
    options.kind = ImportKind::Orders;
    options.createCustomers = createCustomers;
    auto outcome = ImportService::run(db, dataPath(name), options);
    if (!outcome.ok())
        FAIL(outcome.error().message.toStdString());
    return std::move(outcome).value().report;
}

// order number → amount in fen, for every order in the database
QMap<QString, Fen> amounts(storage::Database& db)
{
    QSqlQuery q = db.prepare(u"SELECT order_no, amount_fen FROM orders"_s);
    REQUIRE(q.exec());
    QMap<QString, Fen> m;
    while (q.next())
        m.insert(q.value(0).toString(), q.value(1).toLongLong());
    return m;
}

qint64 scalar(storage::Database& db, const QString& sql)
{
    QSqlQuery q = db.prepare(sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("line amounts: three-decimal prices, rounded once per line, half away from zero", "[import][lines]")
{
    using namespace lineamounts;
    CHECK(parsePriceLi(u"0.125") == 125);
    CHECK(parsePriceLi(u"¥2.1") == 2100);
    CHECK(parsePriceLi(u"2.1234") == std::nullopt); // a fourth decimal is refused, not rounded
    CHECK(parseQuantity(u"-3") == -3000);
    CHECK(parseQuantity(u"0.5") == 500);
    CHECK(lineTotal(3000, 125) == 38);     // 0.375 → 0.38
    CHECK(lineTotal(-3000, 125) == -38);   // −0.375 → −0.38
    CHECK(lineTotal(3000, 2335) == 701);   // 7.005 (7.00499… in binary floating point) → 7.01
    CHECK(lineTotal(7000, 2105) == 1474);  // 14.735 → 14.74
    CHECK(lineTotal(500, 2010) == 101);    // 0.5 × 2.01 = 1.005 → 1.01
    CHECK(integralKey(u"17850.0"_s) == u"17850"_s);
    CHECK(integralKey(u"17850.5"_s) == u"17850.5"_s);
    CHECK(integralKey(u"A17850.0"_s) == u"A17850.0"_s);
}

TEST_CASE("a retail invoice-line export maps by itself", "[import][lines][mapping]")
{
    const QStringList header = {u"InvoiceNo"_s, u"StockCode"_s, u"Description"_s, u"Quantity"_s, u"InvoiceDate"_s,
                                u"UnitPrice"_s, u"CustomerID"_s, u"Country"_s};
    const auto m = ColumnMapping::detect(header, ImportKind::Orders);
    CHECK(m.isLineItems());
    CHECK(m.columnOf(ImportField::OrderNo) == 0);
    CHECK(m.columnOf(ImportField::ProductCode) == 1);
    CHECK(m.columnOf(ImportField::ProductName) == 2);
    CHECK(m.columnOf(ImportField::Quantity) == 3);
    CHECK(m.columnOf(ImportField::OrderDate) == 4);
    CHECK(m.columnOf(ImportField::UnitPrice) == 5);
    CHECK(m.columnOf(ImportField::MemberCode) == 6);
    CHECK(m.missingRequired().isEmpty());
    CHECK(m.unmappedColumns() == QStringList{u"Country"_s});

    // 金额 in a line file is the line's total, not the order's.
    const auto zh = ColumnMapping::detect({u"单号"_s, u"会员号"_s, u"品名"_s, u"件数"_s, u"售价"_s, u"金额"_s,
                                           u"销售时间"_s, u"大类"_s, u"折扣"_s, u"货号"_s},
                                          ImportKind::Orders);
    CHECK(zh.isLineItems());
    CHECK(zh.columnOf(ImportField::LineTotal) == 5);
    CHECK_FALSE(zh.has(ImportField::Amount));
    CHECK(zh.columnOf(ImportField::OrderDate) == 6);
    CHECK(zh.columnOf(ImportField::Category) == 7);
    CHECK(zh.columnOf(ImportField::Discount) == 8);
    CHECK(zh.columnOf(ImportField::ProductCode) == 9);
    // A plain order file stays one row per order.
    CHECK_FALSE(ColumnMapping::detect({u"订单号"_s, u"会员卡号"_s, u"实付金额"_s, u"下单时间"_s}, ImportKind::Orders)
                    .isLineItems());
}

TEST_CASE("invoice lines group into orders, to the fen, with refunds and guest sales", "[import][lines]")
{
    auto db = clientele::test::memoryDatabase();
    const ImportReport r = importLines(*db, u"order_lines_retail.csv"_s);
    CHECK(r.lineItems);
    CHECK(r.rows == 22);
    CHECK(r.inserted == 11);
    CHECK(r.linesImported == 17);
    CHECK(r.refunds == 2);
    CHECK(r.refundsLinked == 1);
    CHECK(r.guestLines == 3);
    CHECK(r.guestOrders == 2);
    CHECK(r.errorRows == 2); // the invoice naming two customers, both its lines
    CHECK(r.linesImported + r.unchanged + r.errorRows + r.guestLines == r.rows);
    CHECK(r.customersCreated == 4); // none for the refused invoice's customers (12583 named only there)
    CHECK_FALSE(storage::CustomerRepository(*db).findByMemberCode(u"12662"_s).value().has_value());
    CHECK_FALSE(storage::CustomerRepository(*db).findByMemberCode(u"12583"_s).value().has_value());

    const auto a = amounts(*db);
    CHECK(a.value(u"536365"_s) == 5764);
    CHECK(a.value(u"536366"_s) == 2220);
    CHECK(a.value(u"536367"_s) == 2772); // 0.38 + 14.74 + 12.60: rounded per line, not 27.71
    CHECK(a.value(u"536368"_s) == 4035); // its lines are apart in the file
    CHECK(a.value(u"C536379"_s) == -425);
    CHECK(a.value(u"C536383"_s) == -38); // −3 × 0.125 = −0.375 → −0.38
    CHECK_FALSE(a.contains(u"536414"_s)); // guests
    CHECK_FALSE(a.contains(u"536999"_s)); // two customers
    CHECK(scalar(*db, u"SELECT SUM(amount_fen) FROM orders"_s) == scalar(*db, u"SELECT SUM(line_total_fen) FROM order_lines"_s));

    // The earliest line's time, the refund's link, member codes as integers.
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders WHERE order_no = '536368' AND order_time = '08:33:00'"_s) == 1);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders WHERE order_no = 'C536379' AND refund_of_no = '536379'"_s) == 1);
    storage::CustomerRepository customers(*db);
    const auto c17850 = customers.findByMemberCode(u"17850"_s).value();
    REQUIRE(c17850.has_value());
    CHECK(storage::OrderRepository(*db).forCustomer(c17850->id).value().size() == 3);

    // The two-customer invoice: named with file, line, column and value.
    REQUIRE(r.errors.size() == 2);
    const auto two = std::find_if(r.errors.cbegin(), r.errors.cend(), [](const auto& p) { return p.line == 21; });
    REQUIRE(two != r.errors.cend());
    CHECK(two->column == u"CustomerID"_s);
    CHECK(two->value == u"12662.0"_s);
    CHECK(two->reason.contains(u"order_lines_retail.csv"_s));
    CHECK(two->reason.contains(u"two customers"_s));
    CHECK(r.notes.join(u'\n').contains(u"17850.0"_s));

    // Guests go to the problem export, once each, marked as such.
    QTemporaryDir dir;
    const QString out = dir.filePath(u"problems.csv"_s);
    REQUIRE(ProblemExporter::exportCsv(r, out, CsvWriter::Encoding::Utf8).ok());
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.count(u"guest sale"_s) >= 3);
    CHECK(text.contains(u",17,"_s));

    // Products: codes, revenue, buyers and the repurchase gap (17850: 12 days, 13047: 20 days).
    const auto top = storage::ProductQueries::top(*db, 50).value();
    const auto heart = std::find_if(top.cbegin(), top.cend(), [](const auto& p) { return p.code == u"85123A"; });
    REQUIRE(heart != top.cend());
    CHECK(heart->name == u"WHITE HANGING HEART T-LIGHT HOLDER"_s);
    CHECK(heart->unitsMilli == 21000);
    CHECK(heart->revenue == 1530 + 510 + 3060 + 255);
    CHECK(heart->customers == 2);
    REQUIRE(heart->repurchaseDays.has_value());
    CHECK(*heart->repurchaseDays == 16.0);
    const auto bird = std::find_if(top.cbegin(), top.cend(), [](const auto& p) { return p.code == u"84879"; });
    REQUIRE(bird != top.cend());
    CHECK(bird->revenue == 0); // 0.38 sold, 0.38 returned
    CHECK(bird->customers == 1);
    CHECK_FALSE(bird->repurchaseDays.has_value());

    const auto mine = storage::ProductQueries::forCustomer(*db, c17850->id, 10).value();
    REQUIRE(mine.size() == 5);
    CHECK(mine[0].code == u"85123A"_s);
    CHECK(mine[0].count == 2);
    CHECK(mine[0].spend == 1530 + 3060);
    CHECK(mine[0].lastBought == QDate(2010, 12, 13));
}

TEST_CASE("importing the same lines again adds nothing; more lines for an old order are reported", "[import][lines]")
{
    auto db = clientele::test::memoryDatabase();
    const ImportReport first = importLines(*db, u"order_lines_retail.csv"_s);
    const qint64 orders = scalar(*db, u"SELECT COUNT(*) FROM orders"_s);
    const qint64 lines = scalar(*db, u"SELECT COUNT(*) FROM order_lines"_s);

    const ImportReport again = importLines(*db, u"order_lines_retail.csv"_s);
    CHECK(again.inserted == 0);
    CHECK(again.linesImported == 0);
    CHECK(again.unchanged == 17);
    CHECK(again.guestLines == 3);
    CHECK(again.ordersExtended == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders"_s) == orders);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM order_lines"_s) == lines);

    const ImportReport more = importLines(*db, u"order_lines_retail_more.csv"_s);
    CHECK(more.inserted == 1);     // 537100
    CHECK(more.unchanged == 3);    // 536365's three lines
    CHECK(more.ordersExtended == 1);
    CHECK(more.errorRows == 1);    // its fourth line, not merged
    REQUIRE(more.errors.size() == 1);
    CHECK(more.errors[0].line == 5);
    CHECK(more.errors[0].reason.contains(u"import #%1"_s.arg(first.batchId)));
    CHECK(amounts(*db).value(u"536365"_s) == 5764);

    // Undo takes the lines with their orders, and the products nothing else names.
    const qint64 products = scalar(*db, u"SELECT COUNT(*) FROM products"_s);
    const auto undone = ImportService::undo(*db, more.batchId);
    REQUIRE(undone.ok());
    CHECK(undone->summary.ordersRemoved == 1);
    CHECK(undone->summary.linesRemoved == 1);
    CHECK(undone->summary.productsRemoved == 2); // 22752 and 84029G (seen only in the refused line)
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM products"_s) == products - 2);
    const auto all = ImportService::undo(*db, first.batchId);
    REQUIRE(all.ok());
    CHECK(all->summary.linesRemoved == 17);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM order_lines"_s) == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders"_s) == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM products"_s) == 0);
}

TEST_CASE("a restaurant's order details: BOM, a line break in a dish name, NA cells, a refund flag", "[import][lines]")
{
    auto db = clientele::test::memoryDatabase();
    const ImportReport r = importLines(*db, u"order_lines_restaurant_bom.csv"_s);
    CHECK(r.lineItems);
    CHECK(r.rows == 8);
    CHECK(r.inserted == 4);
    CHECK(r.linesImported == 7);
    CHECK(r.guestLines == 1);
    CHECK(r.refunds == 1);
    CHECK(r.errorRows == 0);
    CHECK(r.mapping.columnOf(ImportField::Discount) == 6);
    CHECK(r.mapping.columnOf(ImportField::RefundFlag) == 7);

    const auto a = amounts(*db);
    CHECK(a.value(u"1001"_s) == 6400);  // 2 × 10 + (49 − 5 discount)
    CHECK(a.value(u"1003"_s) == 10350); // 99 + 3 × 1.5
    CHECK(a.value(u"1004"_s) == 1701);  // 3 × 2.335 = 7.005 → 7.01, + 10
    CHECK(a.value(u"1005"_s) == -1000); // flagged 是: a refund
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders WHERE order_no = '1001' AND order_time = '11:05:32'"_s) == 1);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM products WHERE name = '蒜蓉生蚝'"_s) == 1);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM products"_s) == 5);
}

TEST_CASE("an order's lines held apart beyond the open-order bound still make one order", "[import][lines]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"apart.csv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("InvoiceNo,StockCode,Quantity,UnitPrice,InvoiceDate,CustomerID\n");
    const int n = int(OrderLineImporter::kMaxOpenOrders) + 10;
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < n; ++i)
            f.write(QStringLiteral("%1,P%2,1,1.%3,2024-05-0%4 10:00,C%5\n")
                        .arg(100000 + i)
                        .arg(pass)
                        .arg(pass)
                        .arg(2 - pass)
                        .arg(i % 50)
                        .toUtf8());
    f.close();
    auto db = clientele::test::memoryDatabase();
    ImportOptions options;
    options.kind = ImportKind::Orders;
    options.createCustomers = true;
    const auto r = ImportService::run(*db, path, options);
    REQUIRE(r.ok());
    CHECK(r->report.inserted == n);
    CHECK(r->report.linesImported == 2 * n);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders WHERE amount_fen = 210 AND order_date = '2024-05-01'"_s) == n);
}

TEST_CASE("the demo shop's orders have lines that add up to them exactly", "[demo][lines]")
{
    auto db = clientele::test::memoryDatabase();
    demo::DemoOptions options;
    options.customers = 60;
    options.orders = 400;
    options.endDate = QDate(2026, 6, 30);
    REQUIRE(demo::DemoShop::populate(*db, options).ok());
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id)"_s) == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders o WHERE o.amount_fen <> "
                      u"(SELECT SUM(line_total_fen) FROM order_lines l WHERE l.order_id = o.id)"_s) == 0);
    // Each line is its price times its quantity (no discount needed).
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM order_lines WHERE unit_price_li * quantity_milli / 10000 <> line_total_fen"_s) == 0);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM orders o JOIN order_lines l ON l.order_id = o.id JOIN products p "
                      u"ON p.id = l.product_id WHERE o.amount_fen > 0 AND l.quantity_milli > 0 AND p.category <> o.category "
                      u"AND l.id = (SELECT MAX(id) FROM order_lines WHERE order_id = o.id)"_s) == 0);
    const auto top = storage::ProductQueries::top(*db, 5).value();
    REQUIRE(top.size() == 5);
    CHECK(top[0].customers > 0);
}

TEST_CASE("a refused order leaves no customer behind; customers made from orders are not marketed to",
          "[import][lines]")
{
    auto db = clientele::test::memoryDatabase();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lines.csv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    // 700001: a new customer's first line is fine, the second's quantity is not → refused whole.
    // 700002: a new customer, two good lines. 700003: the same new customer again in another order.
    f.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
            "700001,A1,Mug,1,2026-03-01 10:00,5.00,90001\n"
            "700001,A2,Plate,lots,2026-03-01 10:00,7.00,90001\n"
            "700002,A1,Mug,2,2026-03-02 11:00,5.00,90002\n"
            "700002,A2,Plate,1,2026-03-02 11:00,7.00,90002\n"
            "700003,A1,Mug,1,2026-03-05 09:30,5.00,90002\n");
    f.close();
    ImportOptions options;
    options.kind = ImportKind::Orders;
    options.createCustomers = true;
    auto outcome = ImportService::run(*db, path, options);
    REQUIRE(outcome.ok());
    const ImportReport& r = outcome->report;
    CHECK(r.inserted == 2);
    CHECK(r.errorRows == 2);
    CHECK(r.customersCreated == 1);
    storage::CustomerRepository customers(*db);
    CHECK_FALSE(customers.findByMemberCode(u"90001"_s).value().has_value());
    const auto created = customers.findByMemberCode(u"90002"_s).value();
    REQUIRE(created.has_value());
    CHECK_FALSE(created->marketingConsent); // an order file says nothing about consent
    CHECK(storage::OrderRepository(*db).forCustomer(created->id).value().size() == 2);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM customers"_s) == 1);
}

TEST_CASE("shipping, fee and discount lines stay in the order's money but are no products", "[import][lines][charges]")
{
    CHECK(chargelines::isCharge(u"", u"运费"));
    CHECK(chargelines::isCharge(u"", u"顺丰快递费"));
    CHECK(chargelines::isCharge(u"", u"满减优惠"));
    CHECK(chargelines::isCharge(u"", u"Amazon fee"));
    CHECK(chargelines::isCharge(u"", u"DOTCOM POSTAGE"));
    CHECK(chargelines::isCharge(u"POST", u""));
    CHECK_FALSE(chargelines::isCharge(u"", u"Coffee beans")); // "fee" inside a word is goods
    CHECK_FALSE(chargelines::isCharge(u"", u"面霜"));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"lines.csv"_s);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("订单号,会员卡号,商品名称,商品分类,数量,单价,下单时间\n"
                "A1,M001,面霜,护肤,1,100,2026-01-05 10:00:00\n"
                "A1,M001,运费,,1,10,2026-01-05 10:00:00\n"
                "A1,M001,满减优惠,,1,-20,2026-01-05 10:00:00\n"
                "A2,M001,面霜,护肤,1,100,2026-02-05 10:00:00\n"
                "A2,M001,运费,,1,10,2026-02-05 10:00:00\n"
                "A3,M002,运费,,1,12,2026-02-06 10:00:00\n");
    }
    auto db = clientele::test::memoryDatabase();
    ImportOptions options;
    options.kind = ImportKind::Orders;
    options.createCustomers = true;
    auto outcome = ImportService::run(*db, path, options);
    REQUIRE(outcome.ok());
    const ImportReport& r = outcome->report;
    CHECK(r.linesImported == 6);
    CHECK(r.chargeLines == 4);

    // The money: every line counts in its order.
    const auto a = amounts(*db);
    CHECK(a.value(u"A1"_s) == 9000);
    CHECK(a.value(u"A2"_s) == 11000);
    CHECK(a.value(u"A3"_s) == 1200);

    // The products: the cream only, in the figures, the choices, the categories and the repurchase gaps.
    const auto top = storage::ProductQueries::top(*db, -1);
    REQUIRE(top.ok());
    REQUIRE(top->size() == 1);
    CHECK(top->first().name == u"面霜"_s);
    CHECK(top->first().revenue == 20000);
    CHECK(storage::ProductQueries::count(*db).value() == 1);
    const auto choices = storage::ProductQueries::products(*db).value();
    REQUIRE(choices.size() == 1);
    CHECK(storage::ProductQueries::categories(*db).value() == QStringList{u"护肤"_s});
    for (const auto& p : storage::ProductQueries::repurchase(*db).value())
        CHECK(p.name == u"面霜"_s);
    for (const auto& last : storage::ProductQueries::lastPurchases(*db).value())
        CHECK(last.productId == choices.first().productId);
    const qint64 m002 = scalar(*db, u"SELECT id FROM customers WHERE member_code = 'M002'"_s);
    CHECK(storage::ProductQueries::forCustomer(*db, m002, 10).value().isEmpty());
    CHECK(storage::ProductQueries::categoriesForCustomer(*db, m002, 10).value().isEmpty());

    // "Bought product": paying for shipping is not buying a product.
    const qint64 shipping = scalar(*db, u"SELECT id FROM products WHERE name = '运费'"_s);
    storage::CustomerFilter boughtShipping;
    boughtShipping.product.productId = shipping;
    auto rows = storage::CustomerQueries::list(*db, boughtShipping, storage::CustomerSort::MemberCode, false, 100);
    REQUIRE(rows.ok());
    CHECK(rows->isEmpty());
}

TEST_CASE("schema 17 marks the shipping and discount products already stored", "[import][lines][charges][migration]")
{
    auto db = clientele::test::memoryDatabase();
    // A file at version 16: products without the mark.
    REQUIRE(db->exec(u"ALTER TABLE products DROP COLUMN charge"_s).ok());
    clientele::test::setSchemaVersion(*db, 16);
    QSqlQuery insert = db->prepare(u"INSERT INTO products (product_key, code, name) VALUES (?, '', ?)"_s);
    for (const QString& name : {u"运费"_s, u"面霜"_s, u"折扣"_s}) {
        insert.addBindValue(QString(u"n:"_s + name));
        insert.addBindValue(name);
        REQUIRE(insert.exec());
    }
    REQUIRE(storage::Migrations::migrate(*db).ok());
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM products WHERE charge = 1"_s) == 2);
    CHECK(scalar(*db, u"SELECT charge FROM products WHERE name = '面霜'"_s) == 0);
}
