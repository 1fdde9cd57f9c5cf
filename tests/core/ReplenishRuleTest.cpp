// The replenish care rule over order lines imported through ImportService, with the clock pinned.
#include "CatchCompat.h"
#include "ChineseScope.h"

#include "CareRulesFixture.h"
#include "TestSupport.h"

#include "care/CareTaskGenerator.h"
#include "care/CareTaskText.h"
#include "care/FollowUpPlanner.h"
#include "domain/Clock.h"
#include "io/ImportService.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ProductQueries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>
#include <QTranslator>

using namespace clientele::core;
using namespace Qt::StringLiterals;

using clientele::test::Chinese;

namespace {
// HAIR: three repeat gaps of 42 days (1001 twice, 1002 once), median 42. SKIN: one gap, skipped
// unless the owner sets a number. 1003 bought HAIR once on 1 March.
const QByteArray kLines = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                          "1,H1,HAIR COLOUR,1,2026-01-01 10:00,120,1001,CN\n"
                          "2,H1,HAIR COLOUR,1,2026-02-12 10:00,120,1001,CN\n"
                          "3,H1,HAIR COLOUR,1,2026-03-26 10:00,120,1001,CN\n"
                          "4,H1,HAIR COLOUR,1,2026-01-05 10:00,120,1002,CN\n"
                          "5,H1,HAIR COLOUR,1,2026-02-16 10:00,120,1002,CN\n"
                          "6,H1,HAIR COLOUR,1,2026-03-01 10:00,120,1003,CN\n"
                          "7,S1,SERUM,1,2026-02-01 10:00,300,1004,CN\n"
                          "8,S1,SERUM,1,2026-03-01 10:00,300,1004,CN\n";

// The shop's member list first (an order file says nothing about marketing consent), then the lines.
void importLines(storage::Database& db, const QByteArray& csv)
{
    io::ImportOptions members;
    members.kind = io::ImportKind::Customers;
    auto listed = io::ImportService::run(db, clientele::test::writeTempFile("会员卡号,姓名,营销同意\n1001,王一,是\n1002,李二,是\n"
                                                                           "1003,张三,是\n1004,赵四,是\n"),
                                         members);
    if (!listed.ok())
        FAIL(listed.error().message.toStdString());
    io::ImportOptions options;
    options.kind = io::ImportKind::Orders;
    options.createCustomers = true;
    auto outcome = io::ImportService::run(db, clientele::test::writeTempFile(csv), options);
    if (!outcome.ok())
        FAIL(outcome.error().message.toStdString());
}

qint64 customerId(storage::Database& db, const QString& memberCode)
{
    const auto found = storage::CustomerRepository(db).findByMemberCode(memberCode).value();
    REQUIRE(found.has_value());
    return found->id;
}

// The replenish tasks the rules call for today (new ones only: stored ones are skipped).
QList<care::CareTask> replenishToday(storage::Database& db)
{
    const QDate today = Clock::today();
    auto plan = care::FollowUpPlanner::plan(db, today, today);
    INFO((plan.ok() ? QString() : plan.error().message).toStdString());
    REQUIRE(plan.ok());
    QList<care::CareTask> out;
    for (const auto& planned : plan->tasks)
        if (planned.task.rule == u"replenish")
            out.append(planned.task);
    return out;
}

qint64 storedReplenish(storage::Database& db)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM follow_ups WHERE origin_rule = 'replenish'"_s);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("replenish is a built-in rule, on like the others", "[care][replenish]")
{
    auto db = clientele::test::memoryDatabase();
    QSqlQuery q = db->prepare(u"SELECT enabled, rule_json FROM automation_rules WHERE builtin = 'replenish'"_s);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    CHECK(q.value(1).toString().contains(u"\"min_intervals\":3"_s));
    CHECK(care::CareRules::label(u"replenish"_s) != u"replenish"_s);

    // A shop from before the automation rules (version 12) whose care rules lack replenish gets it
    // on upgrade, and a rule the owner switched off stays off (care rules are automation rules
    // since v13).
    for (const bool ownerSwitchedOff : {false, true}) {
        auto old = clientele::test::memoryDatabase();
        clientele::test::asCareRulesShop(*old, 12);
        REQUIRE(old->exec(ownerSwitchedOff ? u"UPDATE care_rules SET enabled = 0 WHERE key = 'replenish'"_s
                                           : u"DELETE FROM care_rules WHERE key = 'replenish'"_s).ok());
        REQUIRE(storage::Migrations::migrate(*old).ok());
        CHECK(old->schemaVersion() == storage::Migrations::kLatest);
        QSqlQuery again = old->prepare(u"SELECT enabled FROM automation_rules WHERE builtin = 'replenish'"_s);
        REQUIRE(again.exec());
        REQUIRE(again.next());
        CHECK(again.value(0).toInt() == (ownerSwitchedOff ? 0 : 1));
    }
}

TEST_CASE("replenish: due the median interval after the last purchase, once, in both languages", "[care][replenish][db]")
{
    auto db = clientele::test::memoryDatabase();
    importLines(*db, kLines);
    const qint64 c1002 = customerId(*db, u"1002"_s);

    {
        Clock::Pinned p(QDate(2026, 3, 29)); // 1002's HAIR was 2026-02-16: 42 days is 2026-03-30
        CHECK(replenishToday(*db).isEmpty());
    }
    Clock::Pinned p(QDate(2026, 3, 30));
    const auto tasks = replenishToday(*db);
    REQUIRE(tasks.size() == 1);
    const care::CareTask& t = tasks.front();
    CHECK(t.customerId == c1002);
    CHECK(t.dueOn == QDate(2026, 3, 30));
    CHECK(t.facts.value(u"product"_s).toString() == u"HAIR COLOUR"_s);
    CHECK(t.facts.value(u"last"_s).toString() == u"2026-02-16"_s);
    CHECK(t.facts.value(u"interval"_s).toInt() == 42);
    CHECK(t.reason.contains(u"HAIR COLOUR"_s));
    CHECK(t.reason.contains(u"42 days"_s));
    CHECK(t.title.startsWith(u"Time for"_s));
    {
        Chinese zh;
        const QString reason = care::CareTaskText::reason(t.facts);
        const QString title = care::CareTaskText::title(t.facts, u"王芳"_s);
        CHECK(reason.contains(u"HAIR COLOUR"_s));
        CHECK(reason.contains(u"42"_s));
        CHECK(reason.contains(u"天"_s));
        CHECK_FALSE(reason.contains(u"bought"_s));
        CHECK(title.contains(u"王芳"_s));
        CHECK_FALSE(title.contains(u"Time"_s));
    }

    // Stored once; a second run (and the days after, within the catch-up) make nothing new.
    const auto first = care::FollowUpPlanner::generate(*db, Clock::today(), Clock::today());
    REQUIRE(first.ok());
    CHECK(storedReplenish(*db) == 1);
    REQUIRE(care::FollowUpPlanner::generate(*db, Clock::today(), Clock::today()).ok());
    CHECK(storedReplenish(*db) == 1);
    {
        Clock::Pinned later(QDate(2026, 4, 2));
        REQUIRE(care::FollowUpPlanner::generate(*db, Clock::today(), Clock::today()).ok());
        CHECK(storedReplenish(*db) == 1);
    }
}

TEST_CASE("replenish: a customer who bought again is not called; opt-outs are respected", "[care][replenish][db]")
{
    auto db = clientele::test::memoryDatabase();
    importLines(*db, kLines);
    const qint64 c1003 = customerId(*db, u"1003"_s);
    Clock::Pinned p(QDate(2026, 4, 12)); // 1003's single HAIR was 2026-03-01: 42 days is 2026-04-12
    const auto before = replenishToday(*db);
    CHECK(std::count_if(before.cbegin(), before.cend(), [&](const care::CareTask& t) { return t.customerId == c1003; }) == 1);

    SECTION("re-bought on 5 April: nothing on 12 April")
    {
        importLines(*db, "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n"
                         "9,H1,HAIR COLOUR,1,2026-04-05 10:00,120,1003,CN\n");
        const auto after = replenishToday(*db);
        CHECK(std::none_of(after.cbegin(), after.cend(), [&](const care::CareTask& t) { return t.customerId == c1003; }));
    }
    SECTION("no marketing consent: no sales call")
    {
        QSqlQuery q = db->prepare(u"UPDATE customers SET marketing_consent = 0 WHERE id = ?"_s);
        q.addBindValue(c1003);
        REQUIRE(q.exec());
        const auto after = replenishToday(*db);
        CHECK(std::none_of(after.cbegin(), after.cend(), [&](const care::CareTask& t) { return t.customerId == c1003; }));
    }
    SECTION("the rule switched off: nothing")
    {
        QSqlQuery q = db->prepare(u"UPDATE automation_rules SET enabled = 0 WHERE builtin = 'replenish'"_s);
        REQUIRE(q.exec());
        CHECK(replenishToday(*db).isEmpty());
    }
}

TEST_CASE("replenish: the owner's interval replaces the median; too few repeats and none set is skipped",
          "[care][replenish][db]")
{
    auto db = clientele::test::memoryDatabase();
    importLines(*db, kLines);
    const qint64 c1002 = customerId(*db, u"1002"_s);
    const qint64 c1004 = customerId(*db, u"1004"_s);
    const auto forCustomer = [](const QList<care::CareTask>& tasks, qint64 id) {
        return std::count_if(tasks.cbegin(), tasks.cend(), [&](const care::CareTask& t) { return t.customerId == id; });
    };

    {
        Clock::Pinned p(QDate(2026, 3, 21)); // SERUM: one repeat gap only
        CHECK(forCustomer(replenishToday(*db), c1004) == 0);
    }
    REQUIRE(storage::ProductQueries::setRepurchaseDays(*db, u"S1"_s, 20).ok());
    REQUIRE(storage::ProductQueries::setRepurchaseDays(*db, u"H1"_s, 50).ok());
    CHECK(storage::ProductQueries::setRepurchaseDays(*db, u"NOPE"_s, 5).error().code == Error::Code::NotFound);
    {
        Clock::Pinned p(QDate(2026, 3, 20));
        CHECK(forCustomer(replenishToday(*db), c1004) == 0);
    }
    {
        Clock::Pinned p(QDate(2026, 3, 21)); // 2026-03-01 + 20
        const auto tasks = replenishToday(*db);
        REQUIRE(forCustomer(tasks, c1004) == 1);
        for (const auto& t : tasks)
            if (t.customerId == c1004) {
                CHECK(t.facts.value(u"own"_s).toBool());
                CHECK(t.reason.contains(u"you set"_s));
                Chinese zh;
                CHECK_FALSE(care::CareTaskText::reason(t.facts).contains(u"you set"_s));
                CHECK(care::CareTaskText::reason(t.facts).contains(u"SERUM"_s));
            }
    }
    {
        Clock::Pinned p(QDate(2026, 3, 30)); // the median's day no longer: 50 days from 2026-02-16
        CHECK(forCustomer(replenishToday(*db), c1002) == 0);
    }
    {
        Clock::Pinned p(QDate(2026, 4, 7));
        CHECK(forCustomer(replenishToday(*db), c1002) == 1);
    }
    const auto figures = storage::ProductQueries::repurchase(*db).value();
    for (const auto& f : figures)
        if (f.code == u"H1") {
            CHECK(f.repurchaseIntervals == 3);
            CHECK(f.repurchaseDays == 42.0);
            CHECK(f.repurchaseDaysSet == 50);
        }
}

TEST_CASE("replenish: one call per customer and run, for the product that ran out first", "[care][replenish]")
{
    care::CareCustomer c;
    c.id = 7;
    c.name = u"Anna"_s;
    c.products = {
        {1, u"SHAMPOO"_s, QDate(2026, 5, 1), 30.0, 5, std::nullopt},   // ran out 2026-05-31
        {2, u"DYE"_s, QDate(2026, 4, 20), 40.0, 5, std::nullopt},      // ran out 2026-05-30
        {3, u"COMB"_s, QDate(2026, 5, 1), 20.0, 2, std::nullopt},      // two gaps only: skipped
    };
    const care::CareRule rule{u"replenish"_s, true, {{u"min_intervals"_s, 3}}};
    const auto tasks = care::CareTaskGenerator::generate({rule}, {c}, QDate(2026, 5, 25), QDate(2026, 6, 5));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks.front().facts.value(u"product"_s).toString() == u"DYE"_s);
    CHECK(tasks.front().dueOn == QDate(2026, 5, 30));
    CHECK(tasks.front().dedupeKey == u"replenish:7:2:2026-04-20"_s);
    const auto later = care::CareTaskGenerator::generate({rule}, {c}, QDate(2026, 5, 31), QDate(2026, 5, 31));
    REQUIRE(later.size() == 1); // DYE within the catch-up still comes first (stored: skipped by the planner)
    CHECK(later.front().facts.value(u"product"_s).toString() == u"DYE"_s);
}
