// Issue 15: a store's figures are the figures of its home customers. Every store together gives the
// chain's figures exactly (the scoped SQL against the precomputed monthly_stats), stores add up,
// and the report names its store and splits the chain's tiers by store.
#include "CatchCompat.h"

#include "Accounts.h"
#include "TestSupport.h"

#include "io/Importer.h"
#include "report/DashboardData.h"
#include "report/MonthlyReport.h"
#include "report/ReportRenderer.h"
#include "segmentation/Segmenter.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/MonthFigureQueries.h"
#include "storage/SegmentationRepository.h"
#include "storage/StoreRepository.h"
#include "storage/SurveyRepository.h"
#include "stores/StoreScope.h"

#include <QTemporaryDir>

using namespace clientele::core;
using namespace Qt::StringLiterals;
using clientele::test::dataPath;
using report::MonthlyReport;
using stores::StoreScope;

namespace {
const QString kJingan = u"静安店"_s;
const QString kXuhui = u"徐汇店"_s;

// tests/data/stores: twelve customers, two stores, orders from 2025-09 to 2026-10 (refunds too),
// imported as a shop would, segmented at the end of October 2026.
std::unique_ptr<storage::Database> importedChain()
{
    auto db = clientele::test::memoryDatabase();
    io::ImportOptions options;
    options.kind = io::ImportKind::Customers;
    REQUIRE(io::Importer::run(*db, dataPath(u"stores/customers.csv"_s), options).ok());
    options.kind = io::ImportKind::Orders;
    const auto orders = io::Importer::run(*db, dataPath(u"stores/orders.csv"_s), options);
    REQUIRE(orders.ok());
    REQUIRE(orders->inserted == 30);
    // The import put the orders' stores on the store list and gave the customers home stores.
    storage::StoreRepository stores(*db);
    REQUIRE(stores.count().value() == 2);
    REQUIRE(segmentation::Segmenter::run(*db, QDate(2026, 10, 31)).ok());
    return db;
}

// Everything a scope changes, compared field by field (a failure names the field).
void checkSameFigures(const MonthlyReport& a, const MonthlyReport& b)
{
    const auto kpisA = a.keyFigures();
    const auto kpisB = b.keyFigures();
    REQUIRE(kpisA.size() == kpisB.size());
    for (qsizetype i = 0; i < kpisA.size(); ++i) {
        INFO(report::Figures::key(kpisA[i].id).toStdString());
        CHECK(kpisA[i].kpi->value == kpisB[i].kpi->value);
        CHECK(kpisA[i].kpi->previous == kpisB[i].kpi->previous);
    }
    REQUIRE(a.tiers.size() == b.tiers.size());
    for (qsizetype i = 0; i < a.tiers.size(); ++i) {
        INFO(a.tiers[i].tier.toStdString());
        CHECK(a.tiers[i].customers == b.tiers[i].customers);
        CHECK(a.tiers[i].revenue12m == b.tiers[i].revenue12m);
        CHECK(a.tiers[i].orders12m == b.tiers[i].orders12m);
        CHECK(a.tiers[i].customersBefore == b.tiers[i].customersBefore);
        CHECK(a.tiers[i].revenueSharePermille == b.tiers[i].revenueSharePermille);
    }
    const auto customers = [](const QList<report::ReportCustomer>& list) {
        QStringList out;
        for (const auto& c : list)
            out.append(u"%1:%2:%3:%4"_s.arg(c.id).arg(c.tier).arg(c.spend12m).arg(c.recencyDays));
        return out;
    };
    CHECK(customers(a.topCustomers) == customers(b.topCustomers));
    CHECK(customers(a.atRiskCustomers) == customers(b.atRiskCustomers));
    QStringList migrationA, migrationB;
    for (const auto& m : a.migration)
        migrationA.append(m.from + u'>' + m.to + u'=' + QString::number(m.customers));
    for (const auto& m : b.migration)
        migrationB.append(m.from + u'>' + m.to + u'=' + QString::number(m.customers));
    migrationA.sort();
    migrationB.sort();
    CHECK(migrationA == migrationB);
    CHECK(a.topCategories.size() == b.topCategories.size());
    CHECK(a.topProducts.size() == b.topProducts.size());
    CHECK(a.followUpsDone == b.followUpsDone);
    CHECK(a.followUpsOpen == b.followUpsOpen);
    CHECK(a.followUpsOverdue == b.followUpsOverdue);
    CHECK(a.nps.answers() == b.nps.answers());
}

MonthlyReport built(const storage::Database& db, const QString& month, const StoreScope& scope = {})
{
    auto r = MonthlyReport::build(db, month, scope);
    if (!r)
        FAIL(r.error().message.toStdString());
    return std::move(r).value();
}
} // namespace

TEST_CASE("store scope: codes or names, 'all' is the chain, an unknown store names the stores", "[stores][scope]")
{
    auto db = importedChain();
    CHECK(StoreScope::parse(*db, u"all"_s).value().isChain());
    CHECK(StoreScope::parse(*db, QString()).value().isChain());
    CHECK(StoreScope::parse(*db, u"徐汇店，静安店"_s).value() == StoreScope({kJingan, kXuhui})); // either comma
    CHECK(StoreScope({kXuhui, kJingan, kXuhui, u" "_s}).codes().size() == 2);
    const auto unknown = StoreScope::parse(*db, u"浦东店"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == Error::Code::NotFound);
    CHECK(unknown.error().message.contains(kJingan));
    CHECK(unknown.error().message.contains(kXuhui));

    // An account limited to a store sees that store only; the owner any.
    clientele::test::SignedOut clean;
    CHECK(StoreScope::ofSession().isChain());
    CHECK(StoreScope().checkAllowed().ok());
    security::Session::signIn(u"anna"_s, security::Role::Staff, {kJingan});
    CHECK(StoreScope::ofSession().codes() == QStringList{kJingan});
    CHECK(StoreScope({kJingan}).checkAllowed().ok());
    CHECK(StoreScope().checkAllowed().error().code == Error::Code::Forbidden);
    CHECK(StoreScope({kJingan, kXuhui}).checkAllowed().error().message.contains(kJingan));
}

TEST_CASE("every store of an imported chain gives exactly the chain's figures; stores add up", "[stores][report]")
{
    auto db = importedChain();
    const auto s001 = storage::CustomerRepository(*db).findByMemberCode(u"S001"_s).value();
    REQUIRE(s001.has_value());
    REQUIRE(storage::FollowUpRepository(*db).create(s001->id, QDate(2026, 10, 20), u"Call"_s).ok());
    storage::SurveyAnswer answer; // S001 (静安店) recommends the shop in October
    answer.customerId = s001->id;
    answer.answeredOn = QDate(2026, 10, 21);
    answer.score = 9;
    answer.source = u"hand"_s;
    REQUIRE(storage::SurveyRepository(*db).put(answer).ok());
    // Every customer who bought has a home store: the scope "all stores" is the whole chain.
    const StoreScope all({kJingan, kXuhui});
    for (const QString& month : {u"2026-10"_s, u"2026-09"_s, u"2026-06"_s}) {
        INFO(month.toStdString());
        const MonthlyReport chain = built(*db, month);
        const MonthlyReport stores = built(*db, month, all);
        CHECK(chain.isChain());
        CHECK(stores.stores.size() == 2);
        checkSameFigures(chain, stores);
        // The buyers' 12-month spend (the average customer value's numerator) counted from the snapshot
        // and the orders equals the segmentation's — over every customer, as step 19 fills it, and over
        // all the stores.
        segmentation::MonthStats segmented;
        for (const auto& m : storage::SegmentationRepository(*db).monthStats().value())
            if (m.month == month)
                segmented = m;
        REQUIRE(segmented.month == month);
        const QString before = segmentation::Segmenter::monthKey(segmented.asOf.addMonths(-1));
        for (const QStringList& codes : {QStringList(), QStringList{kJingan, kXuhui}}) {
            const auto counted = storage::MonthFigureQueries::monthStats(*db, month, segmented.asOf, before, codes);
            REQUIRE(counted.ok());
            CHECK(counted->buyersRevenue12m == segmented.buyersRevenue12m);
            CHECK(counted->buyers12m == segmented.buyers12m);
        }

        // Counts and sums add up store by store; the stores differ (the test can fail).
        const MonthlyReport jingan = built(*db, month, StoreScope({kJingan}));
        const MonthlyReport xuhui = built(*db, month, StoreScope({kXuhui}));
        CHECK(jingan.customers.value + xuhui.customers.value == chain.customers.value);
        CHECK(jingan.active.value + xuhui.active.value == chain.active.value);
        CHECK(jingan.atRisk.value + xuhui.atRisk.value == chain.atRisk.value);
        CHECK(jingan.valueAtRisk.value + xuhui.valueAtRisk.value == chain.valueAtRisk.value);
        CHECK(jingan.revenueMonth.value + xuhui.revenueMonth.value == chain.revenueMonth.value);
        CHECK(jingan.revenue12m.value + xuhui.revenue12m.value == chain.revenue12m.value);
        CHECK(jingan.newCustomers.value + xuhui.newCustomers.value == chain.newCustomers.value);
        CHECK(jingan.lostCustomers.value + xuhui.lostCustomers.value == chain.lostCustomers.value);
        for (qsizetype i = 0; i < chain.tiers.size(); ++i)
            CHECK(jingan.tiers[i].customers + xuhui.tiers[i].customers == chain.tiers[i].customers);
        CHECK(jingan.revenue12m.value != xuhui.revenue12m.value);
    }

    // October by hand. 静安店's home customers: S001 S002 S005 S007 S009 S011; 徐汇店's: S003 S004
    // S006 S008 S010 S012 (S012's purchase was refunded, but was a purchase).
    const MonthlyReport jingan = built(*db, u"2026-10"_s, StoreScope({kJingan}));
    const MonthlyReport xuhui = built(*db, u"2026-10"_s, StoreScope({kXuhui}));
    CHECK(jingan.customers.value == 6);
    CHECK(xuhui.customers.value == 6);
    CHECK(jingan.newCustomers.value == 1); // S007
    CHECK(xuhui.newCustomers.value == 1);  // S006
    // A store's revenue is its home customers' — S004 (徐汇店) bought ¥900 at 静安店 in October.
    CHECK(jingan.revenueMonth.value == 60000 + 8000 + 12000);
    CHECK(xuhui.revenueMonth.value == 90000 + 35000);
    CHECK(jingan.revenueMonth.previous == std::optional<qint64>(45000 + 310000));
    CHECK(jingan.averageOrder.value == (60000 + 8000 + 12000 + 1) / 3);
    // Bought in the 12 months: all six of 徐汇店 (S003's 2025 order is outside), twice: S004 S008 S010.
    CHECK(xuhui.active.value == 6);
    CHECK(xuhui.repurchasePermille.value == MonthlyReport::permille(3, 6));
    CHECK(jingan.active.value == 5); // S005 last bought in 2025-09
    CHECK(jingan.repurchasePermille.value == MonthlyReport::permille(4, 5));
    CHECK(jingan.followUpsOpen == 1); // S001's
    CHECK(xuhui.followUpsOpen == 0);
    CHECK(jingan.nps.promoters == 1);
    CHECK(xuhui.nps.answers() == 0);
    for (const auto& c : jingan.topCustomers)
        CHECK(c.name != u"刘洋"_s); // S004 is 徐汇店's
}

TEST_CASE("every store of the demo shop gives the chain's report and dashboard", "[stores][report][demo]")
{
    auto db = clientele::test::demoDatabase(300, 3000);
    // The demo lists its three stores by code (JA, XH, PD); its orders name them by name.
    storage::StoreRepository repo(*db);
    QStringList codes;
    for (const auto& store : repo.list().value())
        codes.append(store.code);
    REQUIRE(codes == QStringList{u"JA"_s, u"PD"_s, u"XH"_s});
    REQUIRE(segmentation::Segmenter::run(*db, QDate(2026, 10, 31)).ok());

    for (const QString& month : {u"2026-10"_s, u"2026-03"_s})
        checkSameFigures(built(*db, month), built(*db, month, StoreScope(codes)));
    const auto chain = report::DashboardData::build(*db).value();
    const auto all = report::DashboardData::build(*db, {}, StoreScope(codes)).value();
    CHECK(chain.months == all.months);
    CHECK(chain.tierCountsByMonth == all.tierCountsByMonth);
    CHECK(chain.segments == all.segments);
    for (qsizetype i = 0; i < chain.stages.size(); ++i)
        if (chain.stages[i].first != u"prospect") // customers who never bought have no home store
            CHECK(chain.stages[i] == all.stages[i]);
    // One store is a part: fewer customers, its drill-down ids among the chain's.
    const auto one = report::DashboardData::build(*db, {}, StoreScope({codes.first()})).value();
    CHECK(one.report.customers.value < chain.report.customers.value);
    CHECK(one.report.customers.value > 0);
    QString tier; // the largest tier
    qint64 largest = 0;
    for (const auto& t : chain.report.tiers)
        if (t.customers > largest) {
            largest = t.customers;
            tier = t.tier;
        }
    const auto ids = report::DashboardData::snapshotCustomers(*db, u"2026-10"_s, tier, StoreScope({codes.first()})).value();
    const auto allIds = report::DashboardData::snapshotCustomers(*db, u"2026-10"_s, tier).value();
    CHECK(ids.size() < allIds.size());
    CHECK_FALSE(ids.isEmpty());
    for (const qint64 id : ids)
        CHECK(allIds.contains(id));
}

TEST_CASE("the chain's report splits tiers by store; a store's report names the store", "[stores][report][render]")
{
    auto db = importedChain();
    const MonthlyReport chain = built(*db, u"2026-10"_s);
    REQUIRE(chain.storeColumns.shown());
    REQUIRE(chain.storeColumns.stores.size() == 2); // every buyer has a home store: no "none" column
    for (const auto& t : chain.tiers)
        CHECK(chain.storeColumns.of(t.tier, kJingan) + chain.storeColumns.of(t.tier, kXuhui) == t.customers);
    const QString html = report::ReportRenderer::html(chain);
    CHECK(html.contains(u"<th align=\"left\">"_s + kJingan + u"</th>"_s));
    CHECK(html.contains(report::Figures::storesNote().toHtmlEscaped()));

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"chain.csv"_s);
    REQUIRE(report::ReportRenderer::writeCsv(chain, csv, io::CsvWriter::Encoding::Utf8).ok());
    const QString text = QString::fromUtf8(clientele::test::readFile(csv));
    CHECK(text.contains(u",customers_change,customers_"_s + kXuhui + u",customers_"_s + kJingan)); // by code

    const MonthlyReport xuhui = built(*db, u"2026-10"_s, StoreScope({kXuhui}));
    CHECK_FALSE(xuhui.storeColumns.shown()); // one store: its tier table is the store's
    const QString store = report::ReportRenderer::html(xuhui);
    CHECK(store.contains(u"<h1>"_s + report::ReportRenderer::title() + u" · "_s + kXuhui + u"</h1>"_s));
    CHECK(store.contains(u"(whole chain)"_s) == !xuhui.campaigns.isEmpty());
    const QString storeCsv = dir.filePath(u"xuhui.csv"_s);
    REQUIRE(report::ReportRenderer::writeCsv(xuhui, storeCsv, io::CsvWriter::Encoding::Utf8).ok());
    CHECK(QString::fromUtf8(clientele::test::readFile(storeCsv)).contains(u"store,"_s + kXuhui + u',' + kXuhui));
}
