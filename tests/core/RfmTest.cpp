#include "CatchCompat.h"

#include "SegmentationFixtures.h"

#include "segmentation/RfmMetrics.h"
#include "segmentation/RfmScorer.h"
#include "segmentation/RfmSegments.h"

using namespace clientele::core::segmentation;
using namespace Qt::StringLiterals;

TEST_CASE("RFM metrics as of a date, by hand", "[rfm]")
{
    const auto history = purchases({{"2025-10-31", 10000},  // exactly 12 months before: outside the window
                                     {"2025-11-01", 20000},  // first day inside the window
                                     {"2026-03-01", 30000},
                                     {"2026-03-01", 5000},   // same day: one purchase day
                                     {"2026-06-01", -10000}, // refund: reduces money, not a visit
                                     {"2026-10-01", 40000},
                                     {"2026-11-05", 99900}}); // after the as-of date: ignored
    const RfmMetrics m = RfmMetrics::compute(history, day("2026-10-31"));
    CHECK(m.hasPurchases);
    CHECK(m.frequency == 5);
    CHECK(m.frequency12m == 4);
    CHECK(m.monetary == 95000);
    CHECK(m.monetary12m == 85000);
    CHECK(m.averageOrder == 19000);
    CHECK(m.firstPurchase == day("2025-10-31"));
    CHECK(m.lastPurchase == day("2026-10-01"));
    CHECK(m.recencyDays == 30);
    CHECK(m.purchaseDays == 4);
    CHECK(m.medianGapDays == 120); // gaps 1, 120, 214
    CHECK(m.previousGapDays == 214);

    // As of an earlier date only earlier orders count.
    const RfmMetrics earlier = RfmMetrics::compute(history, day("2026-03-01"));
    CHECK(earlier.frequency == 4);
    CHECK(earlier.recencyDays == 0);
    CHECK(earlier.medianGapDays == 60); // gaps 1, 120 → (1 + 120) / 2 rounded down

    CHECK_FALSE(RfmMetrics::compute({}, day("2026-10-31")).hasPurchases);
    CHECK_FALSE(RfmMetrics::compute(purchases({{"2026-01-01", -500}}), day("2026-10-31")).hasPurchases);
}

TEST_CASE("quintile scores keep ties together and do not depend on order", "[rfm]")
{
    std::vector<RfmMetrics> all;
    for (int i = 1; i <= 10; ++i) {
        RfmMetrics m;
        m.hasPurchases = true;
        m.recencyDays = i * 10;
        m.frequency = i;
        m.monetary = i * 1000;
        all.push_back(m);
    }
    const auto population = RfmScorer::population(all);
    QList<int> mScores, rScores;
    for (const auto& m : all) {
        mScores.append(RfmScorer::quintiles(m, population).m);
        rScores.append(RfmScorer::quintiles(m, population).r);
    }
    CHECK(mScores == QList<int>{1, 1, 2, 2, 3, 3, 4, 4, 5, 5});
    CHECK(rScores == QList<int>{5, 5, 4, 4, 3, 3, 2, 2, 1, 1}); // fewer days is better

    std::vector<RfmMetrics> tied(4, all[4]);
    tied[3] = all[0];
    const auto tiedPopulation = RfmScorer::population(tied);
    CHECK(RfmScorer::quintiles(tied[0], tiedPopulation).m == RfmScorer::quintiles(tied[2], tiedPopulation).m);
    CHECK(RfmScorer::quintiles(tied[0], tiedPopulation).m == 2);
    CHECK(RfmScorer::quintiles(tied[3], tiedPopulation).m == 1);
    CHECK(RfmScorer::quintiles(RfmMetrics{}, population).r == 0); // no purchases: no score
}

TEST_CASE("fixed thresholds, boundaries inclusive", "[rfm]")
{
    const RfmScorer::Thresholds t; // R 30/90/180/365 days, F 2/3/5/10, M ¥500/2,000/5,000/20,000
    RfmMetrics m;
    m.hasPurchases = true;
    const auto score = [&](int r, int f, qint64 money) {
        m.recencyDays = r;
        m.frequency = f;
        m.monetary = money;
        return RfmScorer::thresholds(m, t);
    };
    CHECK(score(30, 1, 49999).r == 5);
    CHECK(score(31, 1, 0).r == 4);
    CHECK(score(365, 1, 0).r == 2);
    CHECK(score(366, 1, 0).r == 1);
    CHECK(score(0, 1, 0).f == 1);
    CHECK(score(0, 2, 0).f == 2);
    CHECK(score(0, 10, 0).f == 5);
    CHECK(score(0, 1, 49999).m == 1);
    CHECK(score(0, 1, 50000).m == 2);
    CHECK(score(0, 1, 2000000).m == 5);
    const auto custom = RfmScorer::Thresholds::fromJson(t.toJson());
    CHECK(custom.monetaryFen == t.monetaryFen);
}

TEST_CASE("8-class segments against the shop average", "[rfm][segments]")
{
    RfmMetrics good, poor;
    good.hasPurchases = poor.hasPurchases = true;
    good.recencyDays = 10;
    good.frequency = 10;
    good.monetary = 100000;
    poor.recencyDays = 300;
    poor.frequency = 1;
    poor.monetary = 1000;
    const auto averages = RfmSegments::averages({good, poor}); // recency 155, frequency 5.5, money ¥505
    CHECK(RfmSegments::cn8Key(good, averages) == u"important_value"_s);
    CHECK(RfmSegments::cn8Key(poor, averages) == u"general_retain"_s);
    CHECK(RfmSegments::label(u"important_value"_s) == u"Important value"_s); // 重要价值客户 in Chinese (LanguageTest)

    RfmMetrics lapsedBigSpender = good;
    lapsedBigSpender.recencyDays = 200;
    CHECK(RfmSegments::cn8Key(lapsedBigSpender, averages) == u"important_keep"_s);
    lapsedBigSpender.frequency = 2;
    CHECK(RfmSegments::cn8Key(lapsedBigSpender, averages) == u"important_retain"_s);
    RfmMetrics recentSmall = poor;
    recentSmall.recencyDays = 5;
    CHECK(RfmSegments::cn8Key(recentSmall, averages) == u"general_develop"_s);
    // Exactly average counts as low.
    RfmMetrics average = poor;
    average.monetary = 50500;
    CHECK(RfmSegments::cn8Key(average, averages) == u"general_retain"_s);
    CHECK(RfmSegments::cn8Reason(good, averages).contains(u"R high (10 days vs average 155)"_s));
}

TEST_CASE("score-range segments, first matching rule wins", "[rfm][segments]")
{
    RfmMetrics m;
    m.hasPurchases = true;
    m.frequency = 3;
    m.recencyDays = 200;
    m.firstPurchase = QDate(2025, 1, 1);
    m.lastPurchase = QDate(2025, 3, 1);
    const auto key = [&](int r, int f, int mm) { return RfmSegments::scoresKey(m, {r, f, mm}, 90); };
    CHECK(key(5, 5, 5) == u"champions"_s);
    CHECK(key(3, 3, 3) == u"loyal"_s);
    CHECK(key(4, 2, 2) == u"potential_loyalist"_s);
    CHECK(key(4, 1, 1) == u"promising"_s);
    CHECK(key(3, 2, 2) == u"need_attention"_s);
    CHECK(key(3, 1, 1) == u"about_to_sleep"_s);
    CHECK(key(2, 5, 5) == u"cant_lose"_s);
    CHECK(key(1, 3, 3) == u"at_risk"_s);
    CHECK(key(2, 1, 2) == u"hibernating"_s);
    CHECK(key(1, 1, 1) == u"lost"_s);
    m.frequency = 1;
    CHECK(key(5, 1, 5) == u"new"_s);
    // Inside the lifecycle's new window a customer is new here too, even with low scores.
    m.frequency = 2;
    m.firstPurchase = m.lastPurchase = QDate(2025, 3, 1);
    m.recencyDays = 40;
    CHECK(key(1, 1, 1) == u"new"_s);
    CHECK(key(2, 5, 5) == u"new"_s);   // not "can't lose" in the first weeks
    CHECK(key(3, 3, 3) == u"loyal"_s); // a good segment stays
    m.recencyDays = 90;
    CHECK(key(1, 1, 1) == u"lost"_s);
}

TEST_CASE("cut points reproduce the quintile scores of their population", "[rfm]")
{
    // A skewed population with many ties, like real shops.
    std::vector<RfmMetrics> all;
    quint64 seed = 42;
    const auto next = [&] { return (seed = seed * 6364136223846793005ULL + 1442695040888963407ULL) >> 33; };
    for (int i = 0; i < 2000; ++i) {
        RfmMetrics m;
        m.hasPurchases = true;
        m.recencyDays = int(next() % 400);
        m.frequency = 1 + int(next() % 7 == 0 ? next() % 40 : next() % 3);
        m.monetary = qint64(next() % 5 == 0 ? next() % 2000000 : next() % 50000);
        all.push_back(m);
    }
    const auto population = RfmScorer::population(all);
    const auto cuts = RfmScorer::cutPoints(population);
    for (const auto& m : all) {
        const auto q = RfmScorer::quintiles(m, population);
        const auto t = RfmScorer::thresholds(m, cuts);
        REQUIRE(q.r == t.r);
        REQUIRE(q.f == t.f);
        REQUIRE(q.m == t.m);
    }
}
