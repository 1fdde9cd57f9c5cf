// The monthly tier report: figures equal the segmentation's own, and the HTML and CSV of the demo
// shop are pinned by golden files.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "report/DashboardData.h"
#include "report/Figures.h"
#include "report/MonthlyReport.h"
#include "report/ReportRenderer.h"
#include "segmentation/Segmenter.h"
#include "storage/FollowUpRepository.h"
#include "storage/SegmentationRepository.h"
#include "storage/SettingsRepository.h"

#include <QSet>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<storage::Database> segmentedDemoShop()
{
    auto db = clientele::test::demoDatabase(300, 3000);
    REQUIRE(segmentation::Segmenter::run(*db, QDate(2026, 10, 31)).ok());
    return db;
}
} // namespace

TEST_CASE("per mille shares round half up in integers", "[report]")
{
    CHECK(report::MonthlyReport::permille(1, 3) == 333);
    CHECK(report::MonthlyReport::permille(2, 3) == 667);
    CHECK(report::MonthlyReport::permille(1, 2000) == 1); // 0.5 per mille rounds up
    CHECK(report::MonthlyReport::permille(5, 0) == 0);
    CHECK(report::ReportRenderer::percent(748) == u"74.8%"_s);
    CHECK(report::ReportRenderer::money(-23450) == u"-¥234.50"_s);
    CHECK(report::ReportRenderer::money(1234567805) == u"¥12,345,678.05"_s);
}

TEST_CASE("the monthly report's figures are the segmentation's figures", "[report]")
{
    auto db = segmentedDemoShop();
    REQUIRE(storage::FollowUpRepository(*db).create(1, QDate(2026, 10, 20), u"Call"_s).ok());
    const auto built = report::MonthlyReport::build(*db, u"2026-10"_s);
    REQUIRE(built.ok());
    const report::MonthlyReport& r = *built;
    CHECK(r.previousMonth == u"2026-09"_s);
    CHECK(r.asOf == QDate(2026, 10, 31));

    storage::SegmentationRepository repo(*db);
    segmentation::MonthStats october, september;
    for (const auto& m : repo.monthStats().value()) {
        if (m.month == u"2026-10")
            october = m;
        if (m.month == u"2026-09")
            september = m;
    }
    CHECK(r.customers.value == october.customers);
    CHECK(r.customers.previous == september.customers);
    CHECK(r.active.value == october.buyers12m);
    CHECK(r.revenueMonth.value == october.revenueMonth);
    CHECK(r.revenue12m.change() == october.revenue12m - september.revenue12m);
    CHECK(r.newCustomers.value == october.newCustomers);

    // Tier lines add up to the whole and match the snapshot totals, in scheme order.
    qint64 customers = 0;
    Fen revenue = 0;
    for (const auto& line : r.tiers) {
        customers += line.customers;
        revenue += line.revenue12m;
    }
    qint64 snapshotCustomers = 0;
    for (const auto& row : repo.tierTotals(u"2026-10"_s).value())
        snapshotCustomers += row.customers;
    CHECK(customers == snapshotCustomers);
    CHECK(revenue == october.revenue12m);
    CHECK(r.tiers.first().tier == r.tierOrder.first());
    CHECK(r.tiers.last().tier == u"dormant"_s);
    qint64 migrated = 0;
    for (const auto& m : r.migration)
        migrated += m.customers;
    CHECK(migrated == customers);
    CHECK(r.followUpsOpen == 1);
    CHECK(r.followUpsOverdue == 1);
    REQUIRE_FALSE(r.atRiskCustomers.isEmpty());
    CHECK(r.atRisk.value >= r.atRiskCustomers.size());

    CHECK(report::MonthlyReport::build(*db, u"2031-01"_s).error().code == Error::Code::NotFound);
    CHECK(report::MonthlyReport::build(*db, u"2026-13"_s).error().code == Error::Code::Usage);
}

TEST_CASE("the monthly report of the demo shop as HTML and CSV matches the golden files", "[report][golden]")
{
    auto db = segmentedDemoShop();
    REQUIRE(storage::SettingsRepository(*db).setValue(u"shop_name"_s, u"Demo <Shop> & Co"_s).ok());
    const auto built = report::MonthlyReport::build(*db, u"2026-10"_s);
    REQUIRE(built.ok());
    const QString html = report::ReportRenderer::html(*built);
    CHECK(html.contains(u"Demo &lt;Shop&gt; &amp; Co"_s)); // escaped, never markup
    CHECK(clientele::test::matchesGolden(u"demo_report_2026-10.html"_s, html));

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"report.csv"_s);
    REQUIRE(report::ReportRenderer::writeCsv(*built, csv, io::CsvWriter::Encoding::Utf8).ok());
    CHECK(clientele::test::matchesGolden(u"demo_report_2026-10.csv"_s,
                                         QString::fromUtf8(clientele::test::readFile(csv))));
}

TEST_CASE("report figures never break inside, and table headers repeat on each page", "[report]")
{
    auto db = segmentedDemoShop();
    const auto built = report::MonthlyReport::build(*db, u"2026-10"_s);
    REQUIRE(built.ok());
    const QString html = report::ReportRenderer::html(*built);
    // Every right-aligned cell (money, counts, shares, changes) keeps its figure on one line.
    const QString rightCell = u"<td align=\"right\""_s;
    qsizetype cells = 0;
    for (qsizetype at = html.indexOf(rightCell); at >= 0; at = html.indexOf(rightCell, at + 1)) {
        const QString tag = html.mid(at, html.indexOf(u'>', at) - at);
        INFO(tag.toStdString());
        CHECK(tag.contains(u"white-space: nowrap;"_s));
        ++cells;
    }
    CHECK(cells > 40);
    // Each amount sits in such a cell, e.g. the 12-month revenue.
    const QString revenue = report::ReportRenderer::money(built->revenue12m.value);
    CHECK(html.contains(u"nowrap;\">"_s + revenue + u"</td>"_s));
    // Every table with a header row puts it in <thead> (QTextDocument repeats it after a page break).
    CHECK(html.count(u"<th "_s) > 0);
    CHECK(html.count(u"<thead>"_s) == html.count(u"<tr bgcolor=\"#f1f5f9\">"_s));
    CHECK(html.count(u"<thead>"_s) >= 5);
}

TEST_CASE("dashboard figures: twelve months of tiers, the funnel, segments, warning lines, drill-down ids", "[report][dashboard]")
{
    auto db = segmentedDemoShop();
    const auto data = report::DashboardData::build(*db);
    REQUIRE(data.ok());
    CHECK(data->report.month == u"2026-10"_s);
    REQUIRE(data->months.size() == 12);
    CHECK(data->months.front() == u"2025-11"_s);
    CHECK(data->months.back() == u"2026-10"_s);
    qint64 october = 0;
    for (const auto n : data->tierCountsByMonth.value(u"2026-10"_s))
        october += n;
    qint64 fromTiers = 0;
    for (const auto& t : data->report.tiers)
        fromTiers += t.customers;
    CHECK(october == fromTiers);
    CHECK(data->stages.size() == 6); // prospects (no orders) included
    REQUIRE_FALSE(data->segments.isEmpty());
    CHECK(data->segments.first().second >= data->segments.last().second);

    for (const auto& m : data->report.migration) {
        const auto ids = report::DashboardData::migrationCustomers(*db, data->report.previousMonth, data->report.month,
                                                                   m.from, m.to);
        REQUIRE(ids.ok());
        CHECK(ids->size() == m.customers);
    }

    const report::KpiThreshold repurchase{u"repurchase_rate"_s, true, 250, 200};
    CHECK(report::DashboardData::level(300, repurchase) == report::KpiLevel::Normal);
    CHECK(report::DashboardData::level(220, repurchase) == report::KpiLevel::Amber);
    CHECK(report::DashboardData::level(150, repurchase) == report::KpiLevel::Red);
    const report::KpiThreshold atRisk{u"at_risk"_s, false, 40, 60};
    CHECK(report::DashboardData::level(52, atRisk) == report::KpiLevel::Amber);
    CHECK(report::DashboardData::level(0, {u"x"_s, true, 0, 0}) == report::KpiLevel::Normal); // no line set
    REQUIRE(report::DashboardData::saveThresholds(*db, {repurchase, atRisk}).ok());
    const auto loaded = report::DashboardData::loadThresholds(*db);
    REQUIRE(loaded.size() == 2);
    CHECK(loaded[1].key == u"at_risk"_s);
    CHECK_FALSE(loaded[1].higherIsBetter);
    CHECK(loaded[1].red == 60);

    auto empty = clientele::test::memoryDatabase();
    CHECK(report::DashboardData::build(*empty).error().code == Error::Code::NotFound);
}

TEST_CASE("the figures catalogue: one key, name and definition per figure, distinct names", "[report][figures]")
{
    QSet<QString> keys, names;
    for (const report::FigureId id : report::Figures::all()) {
        CHECK_FALSE(report::Figures::definition(id).isEmpty());
        CHECK(report::Figures::tooltip(id).startsWith(report::Figures::name(id) + u'\n'));
        keys.insert(report::Figures::key(id));
        names.insert(report::Figures::name(id));
    }
    CHECK(keys.size() == report::Figures::all().size());
    CHECK(names.size() == report::Figures::all().size());
    // Every month-end key figure of the report is in the catalogue under the report's CSV key.
    report::MonthlyReport r;
    for (const auto& f : r.keyFigures())
        CHECK(report::Figures::all().contains(f.id));
    CHECK(report::Figures::key(report::FigureId::Buyers12m) == u"active"_s);
    // A customer's average order: refunds deducted, rounded half away from zero, none without orders.
    CHECK(report::Figures::averageOrder(45000, 2) == 22500);
    CHECK(report::Figures::averageOrder(1001, 2) == 501);
    CHECK(report::Figures::averageOrder(-1001, 2) == -501);
    CHECK(report::Figures::averageOrder(500, 0) == 0);
    CHECK(report::Figures::tierRevenueText(-18150, u"¥181.50"_s) == u"net refunds ¥181.50"_s);
    CHECK(report::Figures::tierRevenueText(18150, u"¥181.50"_s) == u"¥181.50"_s);
}

TEST_CASE("a month still running counts follow-ups overdue as of today, as the calendar does", "[report]")
{
    auto db = segmentedDemoShop();
    storage::FollowUpRepository followUps(*db);
    REQUIRE(followUps.create(1, QDate(2026, 10, 10), u"Call"_s).ok());
    REQUIRE(followUps.create(2, QDate(2026, 10, 20), u"Visit"_s).ok());
    {
        const Clock::Pinned midMonth(QDate(2026, 10, 15));
        const auto r = report::MonthlyReport::build(*db, u"2026-10"_s).value();
        CHECK(r.followUpsOpen == 2);
        CHECK(r.followUpsOverdue == 1); // the 20th is not overdue on the 15th
        CHECK(r.followUpsOverdueToday);
        CHECK(report::ReportRenderer::html(r).contains(u"Overdue today: 1."_s));
    }
    const Clock::Pinned nextMonth(QDate(2026, 11, 2));
    const auto r = report::MonthlyReport::build(*db, u"2026-10"_s).value();
    CHECK(r.followUpsOverdue == 2);
    CHECK_FALSE(r.followUpsOverdueToday);
    CHECK(report::ReportRenderer::html(r).contains(u"Overdue at the month's end: 2."_s));
}
