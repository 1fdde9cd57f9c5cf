// The monthly report's top categories per tier, from an order-line file imported into an empty shop.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "io/ImportService.h"
#include "report/MonthlyReport.h"
#include "report/ReportRenderer.h"
#include "segmentation/Segmenter.h"
#include "storage/Database.h"
#include "storage/ProductQueries.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace Qt::StringLiterals;

TEST_CASE("the monthly report's top categories per tier: 12 months of lines, refunds subtract", "[report][lines]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lines.csv"_s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    // One customer: four categories in the window, a fifth (the biggest) more than a year before
    // it, and a cake returned, so desserts fall from first to last.
    f.write("单号,会员卡号,货号,品名,大类,数量,单价,销售时间\n"
            "1001,M001,P1,奶茶,饮品,2,15,2024-02-10 10:00\n"
            "1001,M001,P2,蛋糕,甜点,1,38,2024-02-10 10:00\n"
            "1002,M001,P3,薯片,零食,3,5,2024-02-20 10:00\n"
            "1002,M001,P4,苹果,水果,1,10,2024-02-20 10:00\n"
            "1003,M001,P5,礼盒,礼盒,1,200,2023-02-28 10:00\n"
            "1004,M001,P2,蛋糕,甜点,-1,38,2024-02-25 10:00\n");
    f.close();
    auto db = clientele::test::memoryDatabase();
    io::ImportOptions options;
    options.kind = io::ImportKind::Orders;
    options.createCustomers = true;
    REQUIRE(io::ImportService::run(*db, path, options).ok());
    REQUIRE(segmentation::Segmenter::run(*db, QDate(2024, 2, 29)).ok());

    QSqlQuery q = db->prepare(u"SELECT tier FROM customer_snapshots WHERE month = '2024-02'"_s);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    const QString tier = q.value(0).toString();

    const auto rows = storage::ProductQueries::topCategoriesPerTier(*db, u"2024-02"_s, QDate(2024, 2, 29), 3).value();
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].tier == tier);
    CHECK(rows[0].category == u"饮品"_s);
    CHECK(rows[0].revenue == 3000);
    CHECK(rows[0].unitsMilli == 2000);
    CHECK(rows[1].category == u"零食"_s);
    CHECK(rows[1].revenue == 1500);
    CHECK(rows[1].unitsMilli == 3000);
    CHECK(rows[2].category == u"水果"_s);
    CHECK(rows[2].revenue == 1000);
    // A day later the gift box of 2023-02-28 has left the 12 months; a day earlier it is in.
    const auto before = storage::ProductQueries::topCategoriesPerTier(*db, u"2024-02"_s, QDate(2024, 2, 27), 1).value();
    REQUIRE(before.size() == 1);
    CHECK(before[0].category == u"礼盒"_s);

    // The report carries the same lines and shows them.
    const auto report = report::MonthlyReport::build(*db, u"2024-02"_s);
    REQUIRE(report.ok());
    REQUIRE(report->topCategories.size() == 3);
    CHECK(report->topCategories[1].category == u"零食"_s);
    CHECK(report->topCategories[1].unitsMilli == 3000);
    const QString html = report::ReportRenderer::html(*report);
    CHECK(html.contains(u"零食"_s));
    CHECK_FALSE(html.contains(u"礼盒"_s));

    // Top products per tier: the same window and order; the returned cake nets to nothing.
    const auto products = storage::ProductQueries::topProductsPerTier(*db, u"2024-02"_s, QDate(2024, 2, 29), 3).value();
    REQUIRE(products.size() == 3);
    CHECK(products[0].tier == tier);
    CHECK(products[0].code == u"P1"_s);
    CHECK(products[0].name == u"奶茶"_s);
    CHECK(products[0].revenue == 3000);
    CHECK(products[1].code == u"P3"_s);
    CHECK(products[1].unitsMilli == 3000);
    CHECK(products[2].code == u"P4"_s);
    REQUIRE(report->topProducts.size() == 3);
    CHECK(report->topProducts[0].name == u"奶茶"_s);
    CHECK(html.contains(u"奶茶"_s));
    const QString csvPath = dir.filePath(u"report.csv"_s);
    REQUIRE(report::ReportRenderer::writeCsv(*report, csvPath, io::CsvWriter::Encoding::Utf8).ok());
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    CHECK(text.contains(u"top_category,%1,,零食,15.00,3"_s.arg(tier)));
    CHECK(text.contains(u"top_product,%1,P1,奶茶,30.00,2"_s.arg(tier)));
}
