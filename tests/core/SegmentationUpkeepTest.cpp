// Tiers without asking: an empty shop fed through the import path (as the wizard and the CLI
// feed it) is segmented, kept current and rolled into a new month with no explicit segment call.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "customers/CustomerEditor.h"
#include "domain/Clock.h"
#include "io/ImportService.h"
#include "report/DashboardData.h"
#include "segmentation/RuleChanges.h"
#include "segmentation/SegmentationUpkeep.h"
#include "segmentation/Segmenter.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "storage/PredictionRepository.h"
#include "storage/SegmentationRepository.h"

using namespace clientele::core;
using namespace clientele::core::segmentation;
using namespace Qt::StringLiterals;
using clientele::test::dataPath;

namespace {
using Work = SegmentationUpkeep::Work;

Result<io::ImportService::Outcome> importFile(storage::Database& db, const QString& name, io::ImportKind kind)
{
    io::ImportOptions options;
    options.kind = kind;
    return io::ImportService::run(db, dataPath(name), options);
}

// The stored labels of one customer, by member code: "tier stage RFM".
QString labels(const storage::Database& db, const QString& memberCode)
{
    const auto customer = storage::CustomerRepository(db).findByMemberCode(memberCode).value();
    REQUIRE(customer.has_value());
    const auto row = storage::SegmentationRepository(db).segmentRow(customer->id).value();
    if (!row)
        return u"unsegmented"_s;
    const Evaluation& e = row->evaluation;
    return u"%1 %2 %3%4%5"_s.arg(e.tier, Lifecycle::key(e.stage)).arg(e.scores.r).arg(e.scores.f).arg(e.scores.m);
}

// Every customer's labels and every month's figures: "the state" an undo has to bring back.
QString state(const storage::Database& db)
{
    QString out;
    const auto rows = storage::CustomerQueries::list(db, {}, storage::CustomerSort::Id, false, 1000).value();
    for (const auto& r : rows)
        out += u"%1 %2 %3 %4%5%6\n"_s.arg(r.memberCode, r.tier, r.stage).arg(r.r).arg(r.f).arg(r.m);
    for (const auto& m : storage::SegmentationRepository(db).monthStats().value())
        out += u"%1 %2 %3\n"_s.arg(m.month).arg(m.customers).arg(m.revenue12m);
    return out;
}

QList<QString> months(const storage::Database& db)
{
    return storage::SegmentationRepository(db).snapshotMonths().value();
}
} // namespace

TEST_CASE("an empty shop imported customers then orders has tiers, stages and RFM with no segment call; undo brings "
          "the state back",
          "[upkeep]")
{
    const Clock::Pinned today(QDate(2026, 11, 20));
    auto db = clientele::test::memoryDatabase();

    // Customers only: everyone is a prospect at once, and there are no month figures yet.
    const auto customers = importFile(*db, u"customers_gbk_excel.csv"_s, io::ImportKind::Customers);
    REQUIRE(customers.ok());
    CHECK(customers->segmentation.work == Work::FullRun); // never segmented before
    CHECK(customers->segmentation.customers == 6);
    for (const auto& r : storage::CustomerQueries::list(*db, {}, storage::CustomerSort::Id, false, 100).value())
        CHECK(r.stage == u"prospect"_s);
    CHECK(labels(*db, u"VIP0001"_s).startsWith(u"none prospect"_s));
    CHECK(months(*db).isEmpty());
    CHECK(report::DashboardData::build(*db).error().code == Error::Code::NotFound); // "No figures yet"
    const QString customersOnly = state(*db);

    // Orders: tiers, stages, RFM and the month-end history, as of today.
    const auto orders = importFile(*db, u"orders_vip.csv"_s, io::ImportKind::Orders);
    REQUIRE(orders.ok());
    REQUIRE(orders->report.inserted == 7);
    CHECK(orders->segmentation.work == Work::FullRun); // past months changed
    CHECK(orders->resegmented == 4);
    CHECK(labels(*db, u"VIP0001"_s).startsWith(u"diamond active"_s)); // ¥57,000 in 12 months
    CHECK(labels(*db, u"VIP0002"_s).startsWith(u"gold "_s));          // ¥12,500
    CHECK(labels(*db, u"VIP0003"_s).startsWith(u"silver new"_s));     // first purchase 18 days ago
    CHECK(labels(*db, u"VIP0004"_s).contains(u" dormant "_s));        // last purchase 2024-05-01
    CHECK(labels(*db, u"VIP0005"_s).startsWith(u"none prospect 000"_s));
    CHECK(labels(*db, u"VIP0006"_s).startsWith(u"none prospect"_s));
    CHECK_FALSE(labels(*db, u"VIP0001"_s).endsWith(u"000"_s)); // RFM scores exist
    CHECK(storage::SegmentationRepository(*db).lastRunDate().value() == QDate(2026, 11, 20));
    CHECK(storage::PredictionRepository(*db).model().ok()); // the purchase models ran (off: too few buyers)
    const QStringList history = months(*db);
    CHECK(history.first() == u"2024-05"_s);
    CHECK(history.last() == u"2026-11"_s);
    const auto dashboard = report::DashboardData::build(*db);
    REQUIRE(dashboard.ok());
    qint64 prospects = -1;
    for (const auto& [key, count] : dashboard->stages)
        if (key == u"prospect"_s)
            prospects = count;
    CHECK(prospects == 2); // the funnel shows customers without orders

    // Undo the orders: back to six prospects and no figures, exactly as before.
    const auto undoneOrders = io::ImportService::undo(*db, orders->report.batchId);
    REQUIRE(undoneOrders.ok());
    CHECK(undoneOrders->segmentation.work == Work::FullRun);
    CHECK(state(*db) == customersOnly);
    CHECK(months(*db).isEmpty());
    CHECK(report::DashboardData::build(*db).error().code == Error::Code::NotFound);

    // Undo the customers: an empty shop again.
    REQUIRE(io::ImportService::undo(*db, customers->report.batchId).ok());
    CHECK(storage::SegmentationRepository(*db).lastRunDate().value() == QDate());
    CHECK(months(*db).isEmpty());
    CHECK(SegmentationUpkeep::due(*db, false).value() == Work::Nothing);
}

TEST_CASE("later the same day only the touched customers are recomputed; a rule change re-tiers everyone at once",
          "[upkeep]")
{
    const Clock::Pinned today(QDate(2026, 11, 20));
    auto db = clientele::test::memoryDatabase();
    REQUIRE(importFile(*db, u"customers_gbk_excel.csv"_s, io::ImportKind::Customers).ok());
    REQUIRE(importFile(*db, u"orders_vip.csv"_s, io::ImportKind::Orders).ok());
    CHECK(SegmentationUpkeep::due(*db, false).value() == Work::Nothing);
    CHECK(SegmentationUpkeep::due(*db, true).value() == Work::Refresh);

    // A new customer from the profile form: a prospect straight away, nobody else recomputed.
    customers::CustomerForm::Values values;
    values.insert(io::ImportField::Name, u"周敏"_s);
    values.insert(io::ImportField::Phone, u"13912345678"_s);
    const auto saved = customers::CustomerEditor::save(*db, 0, values, QDate(2026, 11, 20));
    REQUIRE(saved.ok());
    REQUIRE(saved->saved());
    const auto row = storage::SegmentationRepository(*db).segmentRow(saved->id).value();
    REQUIRE(row.has_value());
    CHECK(row->evaluation.stage == Stage::Prospect);

    // Gold from ¥60,000 instead of ¥10,000: VIP0002 (¥12,500) drops to silver without a segment call.
    REQUIRE(labels(*db, u"VIP0002"_s).startsWith(u"gold "_s));
    TierRules rules = TierRules::spendPreset();
    rules.levels = {{u"diamond"_s, 10000000}, {u"gold"_s, 6000000}, {u"silver"_s, 0}};
    REQUIRE(RuleChanges::saveTierRules(*db, rules).ok());
    CHECK(labels(*db, u"VIP0002"_s).startsWith(u"silver "_s));
    CHECK(labels(*db, u"VIP0001"_s).startsWith(u"silver "_s)); // ¥57,000 < ¥60,000
    CHECK(SegmentationUpkeep::due(*db, false).value() == Work::Nothing);
}

TEST_CASE("the first start of a new month closes the last month at its month end", "[upkeep][month]")
{
    auto db = clientele::test::memoryDatabase();
    {
        const Clock::Pinned today(QDate(2026, 11, 10));
        REQUIRE(importFile(*db, u"customers_gbk_excel.csv"_s, io::ImportKind::Customers).ok());
        REQUIRE(importFile(*db, u"orders_vip.csv"_s, io::ImportKind::Orders).ok());
        CHECK(SegmentationUpkeep::due(*db, false).value() == Work::Nothing);
    }
    const auto novemberSoFar = storage::SegmentationRepository(*db).monthStats().value().last();
    CHECK(novemberSoFar.month == u"2026-11"_s);
    CHECK(novemberSoFar.asOf == QDate(2026, 11, 10));

    const Clock::Pinned today(QDate(2026, 12, 1));
    REQUIRE(SegmentationUpkeep::due(*db, false).value() == Work::FullRun);
    const auto updated = SegmentationUpkeep::update(*db);
    REQUIRE(updated.ok());
    CHECK(updated->work == Work::FullRun);
    const auto stats = storage::SegmentationRepository(*db).monthStats().value();
    REQUIRE(stats.size() >= 2);
    CHECK(stats[stats.size() - 2].month == u"2026-11"_s);
    CHECK(stats[stats.size() - 2].asOf == QDate(2026, 11, 30)); // November's month end
    CHECK(stats.last().month == u"2026-12"_s);
    CHECK(stats.last().asOf == QDate(2026, 12, 1));
    // November's month-end snapshot: VIP0003 (first purchase 2026-11-02) is in it.
    qint64 november = 0;
    for (const auto& t : storage::SegmentationRepository(*db).tierTotals(u"2026-11"_s).value())
        november += t.customers;
    CHECK(november == 4);
    CHECK(storage::SegmentationRepository(*db).lastRunDate().value() == QDate(2026, 12, 1));
}

TEST_CASE("a run months after the last one fills in every month between", "[upkeep][month]")
{
    auto db = clientele::test::memoryDatabase();
    {
        const Clock::Pinned today(QDate(2026, 9, 15));
        REQUIRE(importFile(*db, u"customers_gbk_excel.csv"_s, io::ImportKind::Customers).ok());
        REQUIRE(importFile(*db, u"orders_vip.csv"_s, io::ImportKind::Orders).ok());
    }
    const auto summary = Segmenter::run(*db, QDate(2026, 12, 1));
    REQUIRE(summary.ok());
    CHECK(summary->monthsWritten == QStringList{u"2026-09"_s, u"2026-10"_s, u"2026-11"_s, u"2026-12"_s});
    // A run on a month's last day leaves nothing open: the next month starts fresh.
    REQUIRE(Segmenter::run(*db, QDate(2026, 12, 31)).ok());
    const auto january = Segmenter::run(*db, QDate(2027, 1, 5));
    REQUIRE(january.ok());
    CHECK(january->monthsWritten == QStringList{u"2027-01"_s});
}
