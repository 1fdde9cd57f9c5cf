#include "CatchCompat.h"

#include "SegmentationFixtures.h"

#include "segmentation/Lifecycle.h"
#include "segmentation/TierPolicy.h"

#include <QJsonArray>

using namespace clientele::core;
using namespace clientele::core::segmentation;
using namespace Qt::StringLiterals;

namespace {
RfmMetrics spender(Fen spend12m, int recency = 10)
{
    RfmMetrics m;
    m.hasPurchases = true;
    m.recencyDays = recency;
    m.frequency = 3;
    m.monetary12m = spend12m;
    return m;
}
} // namespace

TEST_CASE("spend tiers: boundaries inclusive, dormancy wins, reasons with the numbers", "[tiers]")
{
    const TierRules rules = TierRules::spendPreset();
    const auto tier = [&](Fen spend, int recency = 10) { return TierPolicy::assign(spender(spend, recency), {}, rules); };
    CHECK(tier(5000000).key == u"diamond"_s);
    CHECK(tier(5000000).reason == u"Diamond: 12-month spend ¥50,000 ≥ ¥50,000"_s);
    CHECK(tier(4999999).key == u"gold"_s);
    CHECK(tier(2340000).reason == u"Gold: 12-month spend ¥23,400 ≥ ¥10,000"_s);
    CHECK(tier(1000000).key == u"gold"_s);
    CHECK(tier(999999).key == u"silver"_s);
    CHECK(tier(890000).reason == u"Silver: 12-month spend ¥8,900 < ¥10,000"_s);
    CHECK(tier(6000000, 364).key == u"diamond"_s);
    CHECK(tier(6000000, 365).key == u"dormant"_s);
    CHECK(tier(6000000, 400).reason == u"Dormant: no purchase for 400 days (dormant from 365)"_s);
    CHECK(TierPolicy::assign(RfmMetrics{}, {}, rules).key == u"none"_s);
}

TEST_CASE("tier changes carry a reason", "[tiers]")
{
    const TierRules rules = TierRules::spendPreset();
    CHECK(TierPolicy::changeReason(u"gold"_s, spender(1210000), {}, u"silver"_s, spender(890000), {}, rules) ==
          u"Gold → Silver: 12-month spend fell from ¥12,100 to ¥8,900"_s);
    CHECK(TierPolicy::changeReason(u"silver"_s, spender(890000), {}, u"gold"_s, spender(1210000), {}, rules) ==
          u"Silver → Gold: 12-month spend rose from ¥8,900 to ¥12,100"_s);
    CHECK(TierPolicy::changeReason(u"gold"_s, spender(1210000), {}, u"dormant"_s, spender(0, 365), {}, rules) ==
          u"Gold → Dormant: no purchase for 365 days"_s);
    CHECK(TierPolicy::changeReason(u"gold"_s, spender(1), {}, u"gold"_s, spender(2), {}, rules).isEmpty());
}

TEST_CASE("downgrade grace: a customer falls a tier only after N months below", "[tiers][grace]")
{
    TierRules rules = TierRules::spendPreset();
    rules.graceMonths = 2;
    const TierAssignment silver = TierPolicy::assign(spender(890000), {}, rules);
    QString reason;
    auto state = TierPolicy::applyGrace({u"gold"_s, 0}, silver, rules, &reason);
    CHECK(state.effective == u"gold"_s);
    CHECK(state.monthsBelow == 1);
    CHECK(reason == u"Gold kept (month 1 of 2 below the line): Silver: 12-month spend ¥8,900 < ¥10,000"_s);
    state = TierPolicy::applyGrace(state, silver, rules, &reason);
    CHECK(state.effective == u"silver"_s);
    CHECK(state.monthsBelow == 0);
    // Back above the line resets the count; dormancy is never delayed.
    state = TierPolicy::applyGrace({u"gold"_s, 1}, TierPolicy::assign(spender(1500000), {}, rules), rules, &reason);
    CHECK(state.effective == u"gold"_s);
    CHECK(state.monthsBelow == 0);
    state = TierPolicy::applyGrace({u"gold"_s, 0}, TierPolicy::assign(spender(0, 400), {}, rules), rules, &reason);
    CHECK(state.effective == u"dormant"_s);
}

TEST_CASE("value layers from M and F scores", "[tiers]")
{
    const TierRules rules = TierRules::valuePreset();
    const RfmMetrics m = spender(100000);
    CHECK(TierPolicy::assign(m, {4, 4, 4}, rules).key == u"strategic"_s);
    CHECK(TierPolicy::assign(m, {4, 4, 4}, rules).reason == u"Strategic: M score 4 ≥ 4 and F score 4 ≥ 4"_s);
    CHECK(TierPolicy::assign(m, {5, 3, 5}, rules).key == u"growth"_s);
    CHECK(TierPolicy::assign(m, {1, 1, 3}, rules).key == u"growth"_s);
    CHECK(TierPolicy::assign(m, {5, 2, 2}, rules).key == u"basic"_s);
    CHECK(TierPolicy::assign(spender(100000, 400), {5, 5, 5}, rules).key == u"dormant"_s);
}

TEST_CASE("tier rules round-trip as JSON and bad rules are refused", "[tiers]")
{
    const TierRules spend = TierRules::spendPreset();
    auto back = TierRules::fromJson(spend.toJson());
    REQUIRE(back.ok());
    CHECK(back->levels.size() == 3);
    CHECK(back->levels[1].minSpend == 1000000);
    QJsonObject bad = spend.toJson();
    bad.insert(u"scheme"_s, u"magic"_s);
    CHECK_FALSE(TierRules::fromJson(bad).ok());
    QJsonObject unordered = spend.toJson();
    unordered.insert(u"levels"_s, QJsonArray{QJsonObject{{u"key"_s, u"a"_s}, {u"min_spend_fen"_s, 10}},
                                             QJsonObject{{u"key"_s, u"b"_s}, {u"min_spend_fen"_s, 20}}});
    CHECK_FALSE(TierRules::fromJson(unordered).ok());
}

TEST_CASE("lifecycle stages judge each customer by their own rhythm", "[lifecycle]")
{
    const LifecycleSettings s; // new 90, k 2.0, floor 30, ceiling 180, dormant 365
    const auto stage = [&](const std::vector<Purchase>& p, const char* asOf) {
        return Lifecycle::assess(RfmMetrics::compute(p, day(asOf)), s);
    };
    CHECK(stage({}, "2026-10-31").stage == Stage::Prospect);

    const auto monthly = purchases({{"2026-01-01", 100}, {"2026-01-31", 100}, {"2026-03-02", 100},
                                    {"2026-04-01", 100}, {"2026-05-01", 100}});
    // Median gap 30 → overdue after 60 days.
    CHECK(stage(monthly, "2026-06-30").stage == Stage::Active); // 60 days: not yet
    const auto late = stage(monthly, "2026-07-01");              // 61 days
    CHECK(late.stage == Stage::AtRisk);
    CHECK(late.reason == u"61 days since the last purchase; usually every 30 days, overdue after 60 days"_s);

    // A customer who buys every 150 days is not at risk at 170 days (limit capped at 180).
    const auto slow = purchases({{"2025-01-01", 100}, {"2025-05-31", 100}, {"2025-10-28", 100}});
    CHECK(stage(slow, "2026-04-16").stage == Stage::Active);
    CHECK(stage(slow, "2026-04-27").stage == Stage::AtRisk);

    // New for 90 days from the first purchase.
    const auto one = purchases({{"2026-08-03", 100}});
    CHECK(stage(one, "2026-10-31").stage == Stage::New);  // 89 days
    CHECK(stage(one, "2026-11-01").stage == Stage::Active); // 90 days: one-time buyers overdue after 180
    CHECK(stage(one, "2027-01-31").stage == Stage::AtRisk);
    CHECK(stage(one, "2027-08-02").stage == Stage::AtRisk);  // 364 days
    CHECK(stage(one, "2027-08-03").stage == Stage::Dormant); // 365 days
}

TEST_CASE("dormant at 365 days, won back when buying again after that", "[lifecycle]")
{
    const LifecycleSettings s;
    const auto p = purchases({{"2024-01-01", 100}, {"2024-02-01", 100}});
    CHECK(Lifecycle::assess(RfmMetrics::compute(p, day("2025-01-30")), s).stage == Stage::AtRisk); // 364 days
    CHECK(Lifecycle::assess(RfmMetrics::compute(p, day("2025-01-31")), s).stage == Stage::Dormant); // 365 days
    const auto back = purchases({{"2024-01-01", 100}, {"2024-02-01", 100}, {"2025-03-01", 100}});
    const auto wonBack = Lifecycle::assess(RfmMetrics::compute(back, day("2025-03-20")), s);
    CHECK(wonBack.stage == Stage::WonBack);
    CHECK(wonBack.reason == u"Bought again on 1 Mar 2025 after 394 days away"_s);
    CHECK(Lifecycle::assess(RfmMetrics::compute(back, day("2025-05-30")), s).stage != Stage::WonBack); // 90 days on
}
