#include "CatchCompat.h"

#include "SegmentationFixtures.h"
#include "TestSupport.h"

#include "io/Importer.h"
#include "segmentation/SegmentationSettings.h"
#include "segmentation/Segmenter.h"
#include "storage/SegmentationRepository.h"
#include "storage/PredictionRepository.h"
#include "storage/SettingsRepository.h"

#include <QSqlQuery>

using namespace clientele::core;
using namespace clientele::core::segmentation;
using namespace Qt::StringLiterals;

namespace {
std::unique_ptr<storage::Database> demoShop()
{
    return clientele::test::demoDatabase(300, 3000);
}

// Every customer's stored segmentation with its reasons as a reader sees them.
QString dumpMetrics(const storage::Database& db)
{
    auto rows = storage::SegmentationRepository(db).segmentRows(QString(), 1000000).value();
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    QString out;
    for (const auto& r : rows) {
        const Evaluation& e = r.evaluation;
        out += QStringList{QString::number(r.id), e.tier, e.tierReason, e.tierChange, Lifecycle::key(e.stage),
                           e.stageReason, QString::number(e.scores.r), QString::number(e.scores.f),
                           QString::number(e.scores.m), e.segmentCn8, e.segmentScores, QString::number(e.valueAtStake)}
                   .join(u" | ") +
               u'\n';
    }
    return out;
}

// Every customer's stored predictions as integers (fen, per mille).
QString dumpPredictions(const storage::Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(u"SELECT customer_id, clv_fen, expected_spend_fen, CAST(ROUND(p_alive * 1000) AS INTEGER), "
                   "CAST(ROUND(expected_purchases_90d * 1000) AS INTEGER) FROM customer_metrics ORDER BY customer_id"_s));
    QString out;
    while (q.next())
        out += u"%1 %2 %3 %4 %5\n"_s.arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()).arg(q.value(2).toLongLong())
                   .arg(q.value(3).toLongLong()).arg(q.value(4).toLongLong());
    return out;
}

QString report(const storage::Database& db)
{
    storage::SegmentationRepository repo(db);
    QString out;
    for (const QString& month : {u"2025-10"_s, u"2026-10"_s}) {
        out += u"tiers "_s + month + u'\n';
        auto rows = repo.tierTotals(month).value();
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.tier < b.tier; });
        for (const auto& r : rows)
            out += u"  %1 %2 %3\n"_s.arg(r.tier).arg(r.customers).arg(r.revenue12m);
    }
    out += u"migration 2025-10 -> 2026-10\n"_s;
    auto cells = repo.migration(u"2025-10"_s, u"2026-10"_s).value();
    std::sort(cells.begin(), cells.end(),
              [](const auto& a, const auto& b) { return a.from != b.from ? a.from < b.from : a.to < b.to; });
    for (const auto& c : cells)
        out += u"  %1 -> %2: %3 customers, %4\n"_s.arg(c.from.isEmpty() ? u"(new)"_s : c.from, c.to).arg(c.customers).arg(c.revenue12m);
    out += u"months\n"_s;
    for (const auto& m : repo.monthStats().value())
        out += u"  %1 customers %2 buyers12m %3 repeat %4 orders %5 revenue %6 new %7 lost %8\n"_s.arg(m.month)
                   .arg(m.customers)
                   .arg(m.buyers12m)
                   .arg(m.repeatBuyers12m)
                   .arg(m.ordersMonth)
                   .arg(m.revenueMonth)
                   .arg(m.newCustomers)
                   .arg(m.lostCustomers);
    return out;
}
} // namespace

TEST_CASE("segmentation of the demo shop matches the golden files", "[segmenter][golden]")
{
    auto db = demoShop();
    const auto summary = Segmenter::run(*db, day("2026-10-31"));
    REQUIRE(summary.ok());
    CHECK(summary->customers == 300);
    CHECK(summary->monthsWritten.size() == 36);
    CHECK(summary->monthsWritten.front() == u"2023-11"_s);
    CHECK(clientele::test::matchesGolden(u"demo_segmentation.txt"_s, dumpMetrics(*db)));
    CHECK(clientele::test::matchesGolden(u"demo_tiers_migration.txt"_s, report(*db)));
}

TEST_CASE("as-of results are reproducible and independent of what ran before", "[segmenter]")
{
    auto db = demoShop();
    REQUIRE(Segmenter::run(*db, day("2026-10-31")).ok());
    const QString first = dumpMetrics(*db) + dumpPredictions(*db);
    REQUIRE(Segmenter::run(*db, day("2026-06-30")).ok());
    // This run's model search starts from June's fit (a warm start), the first one's did not.
    REQUIRE(Segmenter::run(*db, day("2026-10-31"), true).ok());
    CHECK(storage::PredictionRepository(*db).model().value().bg.warmStarted);
    CHECK(dumpMetrics(*db) + dumpPredictions(*db) == first);
    // A second run without history only recomputes the as-of month.
    const auto again = Segmenter::run(*db, day("2026-10-31"));
    REQUIRE(again.ok());
    CHECK(again->monthsWritten == QStringList{u"2026-10"_s});
    CHECK(dumpMetrics(*db) + dumpPredictions(*db) == first);
    // The metrics table was written anew each time; on a file its indexes were built again with it.
    if (clientele::test::onServer())
        return;
    QSqlQuery indexes(db->connection());
    REQUIRE(indexes.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer_metrics' "
                         "AND sql IS NOT NULL"_s));
    REQUIRE(indexes.next());
    CHECK(indexes.value(0).toInt() == 3);
}

TEST_CASE("tier rules are data: edited rules make a new version and re-run", "[segmenter][tiers]")
{
    auto db = demoShop();
    const auto before = Segmenter::run(*db, day("2026-10-31"));
    REQUIRE(before.ok());
    CHECK(before->tierRulesVersion == 1);

    storage::SegmentationRepository repo(*db);
    TierRules rules = TierRules::spendPreset();
    rules.levels[1].minSpend = 300000; // Gold from ¥3,000
    REQUIRE(repo.saveTierRules(rules).value() == 2);
    const auto after = Segmenter::run(*db, day("2026-10-31"), true);
    REQUIRE(after.ok());
    CHECK(after->tierRulesVersion == 2);
    CHECK(after->tiers.value(u"gold"_s) > before->tiers.value(u"gold"_s));
    CHECK(repo.tierRuleHistory(TierRules::Scheme::Spend).value().size() == 2);

    // The value scheme can be chosen instead.
    REQUIRE(storage::SettingsRepository(*db).setValue(SegmentationSettings::kTierScheme, u"value"_s).ok());
    const auto value = Segmenter::run(*db, day("2026-10-31"));
    REQUIRE(value.ok());
    CHECK(value->tiers.contains(u"strategic"_s));
    CHECK_FALSE(value->tiers.contains(u"gold"_s));
}

TEST_CASE("importing old orders rebuilds the past months they touch", "[segmenter]")
{
    auto db = demoShop();
    REQUIRE(Segmenter::run(*db, day("2026-10-31")).ok());
    storage::SegmentationRepository repo(*db);
    const auto beforeCells = repo.tierTotals(u"2024-06"_s).value();

    const QString old = clientele::test::writeTempFile(u"单号,会员卡号,日期,金额\nOLD1,VIP100001,2024-06-15,80000\n"_s.toUtf8());
    io::ImportOptions o;
    o.kind = io::ImportKind::Orders;
    REQUIRE(io::Importer::run(*db, old, o).value().inserted == 1);
    const auto rebuilt = Segmenter::run(*db, day("2026-10-31"));
    REQUIRE(rebuilt.ok());
    CHECK(rebuilt->monthsWritten.front() == u"2024-06"_s);

    Fen before = 0, after = 0;
    for (const auto& r : beforeCells)
        before += r.revenue12m;
    for (const auto& r : repo.tierTotals(u"2024-06"_s).value())
        after += r.revenue12m;
    CHECK(after == before + 8000000); // ¥80,000 in the file
}

TEST_CASE("monthly figures: repurchase rate, new and lost customers, by hand", "[segmenter]")
{
    ShopHistory history{{1, purchases({{"2026-01-05", 10000}, {"2026-03-10", 20000}})},
                        {2, purchases({{"2026-03-01", 5000}})},
                        {3, purchases({{"2025-01-01", 7000}})},
                        {4, {}}};
    const SegmentationConfig config;
    const auto evaluations = Segmenter::evaluate(history, day("2026-03-31"), config, {});
    QHash<qint64, PreviousState> previous;
    previous.insert(3, PreviousState{u"silver"_s, 0, {}, {}, u"at_risk"_s});
    const MonthStats s = Segmenter::monthStats(history, evaluations, day("2026-03-31"), previous);
    CHECK(s.month == u"2026-03"_s);
    CHECK(s.customers == 3);
    CHECK(s.buyers12m == 2);
    CHECK(s.repeatBuyers12m == 1);
    CHECK(s.ordersMonth == 2);
    CHECK(s.revenueMonth == 25000);
    CHECK(s.revenue12m == 35000);
    CHECK(s.newCustomers == 1);
    CHECK(s.lostCustomers == 1); // customer 3 turned dormant (last purchase 2025-01-01)
    CHECK(evaluations[3].tier == u"none"_s);
    CHECK(evaluations[3].stage == Stage::Prospect);
}

TEST_CASE("monthly figures: a refund to a customer who bought nothing in the 12 months is not a buyer's spend",
          "[segmenter][health]")
{
    // Customer 2 bought before the window (2025-01-01) and was refunded in it (2025-06-01): the
    // refund is in every customer's 12-month spend, but he is no 12-month buyer, so it is not in
    // the buyers' spend the average customer value divides by their number.
    ShopHistory history{{1, purchases({{"2026-01-05", 30000}, {"2026-02-01", -5000}})},
                        {2, purchases({{"2025-01-01", 50000}, {"2025-06-01", -20000}})},
                        {3, purchases({{"2026-03-01", 12000}})}};
    const auto evaluations = Segmenter::evaluate(history, day("2026-03-31"), SegmentationConfig(), {});
    MonthStats s = Segmenter::monthStats(history, evaluations, day("2026-03-31"), {});
    CHECK(s.buyers12m == 2);
    CHECK(s.revenue12m == 30000 - 5000 - 20000 + 12000);
    CHECK(s.buyersRevenue12m == 30000 - 5000 + 12000);
    // A refresh takes a customer's share out and puts it back: the same figures.
    Segmenter::addShare(s, evaluations[1].metrics, evaluations[1].stage, {}, 0, 0, -1);
    CHECK(s.buyersRevenue12m == 37000);
    CHECK(s.revenue12m == 37000);
    Segmenter::addShare(s, evaluations[0].metrics, evaluations[0].stage, {}, 0, 0, -1);
    CHECK(s.buyersRevenue12m == 12000);
}

TEST_CASE("after an import only the touched customers are recomputed, consistently with a full run",
          "[segmenter][refresh]")
{
    auto db = demoShop();
    REQUIRE(Segmenter::run(*db, day("2026-10-31")).ok());
    const QString before = dumpMetrics(*db);

    const QString orders = clientele::test::writeTempFile(
        u"单号,会员卡号,日期,金额\nBIG1,VIP100002,2026-10-30,60000\n"_s.toUtf8());
    io::ImportOptions o;
    o.kind = io::ImportKind::Orders;
    const auto report = io::Importer::run(*db, orders, o);
    REQUIRE(report.ok());
    REQUIRE(report->touchedCustomers.size() == 1);
    const auto refreshed = Segmenter::refresh(*db, report->touchedCustomers.values());
    REQUIRE(refreshed.ok());
    CHECK(*refreshed == 1);

    // Everyone else is untouched; customer 2 is now a Diamond with the reason to match.
    const QStringList a = before.split(u'\n');
    const QStringList b = dumpMetrics(*db).split(u'\n');
    REQUIRE(a.size() == b.size());
    int changed = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) {
            ++changed;
            CHECK(b[i].startsWith(u"2 | diamond | Diamond: 12-month spend"_s));
        }
    CHECK(changed == 1);
    const auto row = storage::SegmentationRepository(*db).segmentRow(2).value();
    REQUIRE(row.has_value());
    CHECK(row->evaluation.tierChange.startsWith(u"Silver → Diamond"_s));

    // A full run agrees on tier and stage.
    REQUIRE(Segmenter::run(*db, day("2026-10-31")).ok());
    const auto full = storage::SegmentationRepository(*db).segmentRow(2).value();
    CHECK(full->evaluation.tier == row->evaluation.tier);
    CHECK(full->evaluation.stage == row->evaluation.stage);
}

TEST_CASE("a shop evaluated on several threads gets what customers evaluated on their own get", "[segmenter][refresh]")
{
    // Above some thousands of customers a run splits the evaluation across threads, and the next
    // month is evaluated while the current one is written; a refresh of a few customers runs on
    // one thread against the run's stored basis. Both must write the same rows.
    auto db = clientele::test::demoDatabase(9000, 30000, 11);
    REQUIRE(Segmenter::run(*db, day("2026-10-31"), true).ok());
    const QString full = dumpMetrics(*db);
    const QString fullPredictions = dumpPredictions(*db);
    const QString fullReport = report(*db);

    QList<qint64> sample; // every third customer, from every part of the shop
    for (qint64 id = 1; id <= 9000; id += 3)
        sample.append(id);
    const auto refreshed = Segmenter::refresh(*db, sample);
    REQUIRE(refreshed.ok());
    CHECK(*refreshed == sample.size());
    CHECK(dumpMetrics(*db) == full);
    CHECK(dumpPredictions(*db) == fullPredictions);
    CHECK(report(*db) == fullReport);
}

TEST_CASE("refresh before any segmentation run does nothing", "[segmenter][refresh]")
{
    auto db = clientele::test::memoryDatabase();
    CHECK(Segmenter::refresh(*db, {1, 2, 3}).value() == 0);
}

TEST_CASE("each run fits the purchase models and stores predictions; value layers use predicted CLV",
          "[segmenter][analytics]")
{
    auto db = demoShop();
    const auto summary = Segmenter::run(*db, day("2026-10-31"));
    REQUIRE(summary.ok());
    REQUIRE(summary->model.enabled);
    CHECK(summary->model.repeatBuyers >= 30);
    storage::PredictionRepository predictions(*db);
    const auto top = predictions.top(5).value();
    REQUIRE(top.size() == 5);
    CHECK(top[0].prediction.clv >= top[4].prediction.clv);
    CHECK(top[0].prediction.probabilityAlive > 0.0);
    CHECK(top[0].prediction.probabilityAlive <= 1.0);
    CHECK(predictions.model().value().enabled);

    REQUIRE(storage::SettingsRepository(*db).setValue(SegmentationSettings::kTierScheme, u"value"_s).ok());
    REQUIRE(Segmenter::run(*db, day("2026-10-31")).ok());
    const auto best = storage::SegmentationRepository(*db).segmentRow(top[0].prediction.customerId).value();
    REQUIRE(best.has_value());
    CHECK(best->evaluation.tierReason.contains(u"CLV score"_s));
}

TEST_CASE("with too little history the models are off, with a reason, and segmentation carries on",
          "[segmenter][analytics]")
{
    auto db = clientele::test::memoryDatabase();
    const QString orders = clientele::test::writeTempFile(
        u"单号,会员卡号,日期,金额\nA,M1,2026-01-05,100\nB,M1,2026-03-05,100\nC,M2,2026-02-01,50\n"_s.toUtf8());
    io::ImportOptions o;
    o.kind = io::ImportKind::Orders;
    o.createCustomers = true;
    REQUIRE(io::Importer::run(*db, orders, o).ok());
    const auto summary = Segmenter::run(*db, day("2026-10-31"));
    REQUIRE(summary.ok());
    CHECK_FALSE(summary->model.enabled);
    CHECK(summary->model.message.contains(u"at least 30"_s));
    CHECK(summary->customers == 2);
    CHECK(storage::PredictionRepository(*db).top(10).value().isEmpty());
}
