#include "CatchCompat.h"

#include "SegmentationFixtures.h"
#include "TestSupport.h"

#include "care/CareTaskGenerator.h"
#include "care/FollowUpPlanner.h"
#include "io/Importer.h"
#include "segmentation/Segmenter.h"
#include "storage/FollowUpRepository.h"

using namespace clientele::core;
using namespace clientele::core::care;
using namespace Qt::StringLiterals;

namespace {
CareRule rule(const QString& key)
{
    for (const CareRule& r : CareRules::defaults())
        if (r.key == key)
            return r;
    FAIL("no such rule");
    return {};
}
CareCustomer customer(qint64 id)
{
    CareCustomer c;
    c.id = id;
    c.name = u"客户%1"_s.arg(id);
    return c;
}
} // namespace

TEST_CASE("birthday greetings N days ahead, leap days, consent respected", "[care]")
{
    CareCustomer a = customer(1);
    a.birthday = day("1990-11-08");
    CareCustomer leap = customer(2);
    leap.birthday = day("1992-02-29");
    CareCustomer optedOut = customer(3);
    optedOut.birthday = day("1990-11-10");
    optedOut.marketingConsent = false;

    auto tasks = CareTaskGenerator::generate({rule(u"birthday"_s)}, {a, leap, optedOut}, day("2026-11-01"), day("2026-11-30"));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == day("2026-11-01"));
    CHECK(tasks[0].reason == u"Birthday on 8 Nov 2026 (greet 7 days ahead)"_s);
    CHECK(tasks[0].dedupeKey == u"birthday:1:2026"_s);

    tasks = CareTaskGenerator::generate({rule(u"birthday"_s)}, {leap}, day("2027-02-01"), day("2027-02-28"));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == day("2027-02-21")); // 28 Feb in a common year, 7 days ahead

    CareRule off = rule(u"birthday"_s);
    off.enabled = false;
    CHECK(CareTaskGenerator::generate({off}, {a}, day("2026-11-01"), day("2026-11-30")).isEmpty());
}

TEST_CASE("revisit, win-back and valuable-at-risk calls fire from the day the state began", "[care]")
{
    CareCustomer fresh = customer(1);
    fresh.firstPurchase = fresh.lastPurchase = day("2026-10-28");
    CareCustomer lapsed = customer(2);
    lapsed.stage = u"dormant"_s;
    lapsed.lastPurchase = day("2025-11-05");
    CareCustomer vip = customer(3);
    vip.stage = u"at_risk"_s;
    vip.tier = u"gold"_s;
    vip.lastPurchase = day("2026-09-20");
    vip.atRiskAfterDays = 40;
    CareCustomer silverAtRisk = vip;
    silverAtRisk.id = 4;
    silverAtRisk.tier = u"silver"_s;
    CareCustomer longGone = lapsed;
    longGone.id = 5;
    longGone.lastPurchase = day("2023-01-01"); // dormant for years: no new win-back flood

    const auto tasks = CareTaskGenerator::generate({rule(u"revisit"_s), rule(u"winback"_s), rule(u"vip_at_risk"_s)},
                                                   {fresh, lapsed, vip, silverAtRisk, longGone}, day("2026-11-01"),
                                                   day("2026-11-30"));
    REQUIRE(tasks.size() == 3);
    CHECK(tasks[0].rule == u"vip_at_risk"_s);
    CHECK(tasks[0].dueOn == day("2026-11-01")); // turned at risk on 2026-10-31: caught up on the first day
    CHECK(tasks[0].reason == u"Gold customer, no purchase since 20 Sep 2026; overdue after 40 days"_s);
    CHECK(tasks[1].rule == u"revisit"_s);
    CHECK(tasks[1].dueOn == day("2026-11-04"));
    CHECK(tasks[2].rule == u"winback"_s);
    CHECK(tasks[2].dueOn == day("2026-11-05"));
}

TEST_CASE("holiday greetings on lunar dates for valuable customers", "[care]")
{
    CareCustomer gold = customer(1);
    gold.tier = u"gold"_s;
    CareCustomer silver = customer(2);
    silver.tier = u"silver"_s;
    const auto tasks = CareTaskGenerator::generate({rule(u"holidays"_s)}, {gold, silver}, day("2027-02-01"), day("2027-02-28"));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == day("2027-02-03")); // Spring Festival 2027-02-06, 3 days ahead
    CHECK(tasks[0].title == u"Spring Festival greeting for 客户1"_s);
    CHECK(CareRules::springFestival().size() == 12);
    CHECK(CareRules::midAutumn().contains(day("2035-09-16")));
}

TEST_CASE("generating follow-ups twice creates nothing twice", "[care][db]")
{
    auto db = clientele::test::memoryDatabase();
    const QString customers = clientele::test::writeTempFile(
        u"会员卡号,姓名,手机,生日\nB1,张三,13800000001,1990-11-08\nB2,李四,13800000002,\n"_s.toUtf8());
    const QString orders = clientele::test::writeTempFile(
        u"单号,会员卡号,日期,金额\nX1,B1,2026-10-28,100\nX2,B2,2025-11-05,50\n"_s.toUtf8());
    REQUIRE(io::Importer::run(*db, customers, clientele::test::consenting()).ok());
    io::ImportOptions o;
    o.kind = io::ImportKind::Orders;
    REQUIRE(io::Importer::run(*db, orders, o).ok());
    REQUIRE(segmentation::Segmenter::run(*db, day("2026-10-31")).ok());

    const auto first = FollowUpPlanner::generate(*db, day("2026-11-01"), day("2026-11-30"));
    REQUIRE(first.ok());
    CHECK(first->generated == 3); // birthday + revisit for 张三, win-back for 李四
    CHECK(first->created == 3);
    const auto second = FollowUpPlanner::generate(*db, day("2026-11-01"), day("2026-11-30"));
    REQUIRE(second.ok());
    CHECK(second->created == 0);
    const auto listed = storage::FollowUpRepository(*db).list(day("2026-11-01"), day("2026-11-30")).value();
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].originRule == u"birthday"_s);
    CHECK(listed[0].customerName == u"张三"_s);
}

TEST_CASE("a valuable customer the purchase model flags as a churn risk gets a call before being overdue", "[care]")
{
    CareCustomer c = customer(7);
    c.tier = u"gold"_s;
    c.stage = u"active"_s;
    c.lastPurchase = day("2026-10-20");
    c.atRiskAfterDays = 60;
    CHECK(CareTaskGenerator::generate({rule(u"vip_at_risk"_s)}, {c}, day("2026-11-01"), day("2026-11-30")).isEmpty());
    c.churnRisk = true;
    const auto tasks = CareTaskGenerator::generate({rule(u"vip_at_risk"_s)}, {c}, day("2026-11-01"), day("2026-11-30"));
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == day("2026-11-01"));
    CHECK(tasks[0].reason.contains(u"falling"_s));
}
