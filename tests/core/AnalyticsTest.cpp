#include "CatchCompat.h"

#include "SegmentationFixtures.h"
#include "TestSupport.h"

#include "analytics/BgNbd.h"
#include "analytics/GammaGamma.h"
#include "analytics/PurchaseModel.h"
#include "analytics/SpecialFunctions.h"
#include "io/Importer.h"
#include "storage/CustomerRepository.h"
#include "storage/SegmentationRepository.h"

#include <QFile>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

using namespace clientele::core;
using namespace clientele::core::analytics;
using namespace Qt::StringLiterals;

namespace {
QString cdnow(const QString& name)
{
    return QStringLiteral(CLIENTELE_SHARED_DATA "/cdnow/") + name;
}

// The CDNOW transactions through Clientele's own import path, then its own history loader.
segmentation::ShopHistory importCdnow(storage::Database& db)
{
    io::ImportOptions o;
    o.kind = io::ImportKind::Orders;
    o.createCustomers = true;
    o.savedMapping = QJsonObject{{u"columns"_s, QJsonObject{{u"sampleid"_s, u"member_code"_s},
                                                            {u"date"_s, u"order_date"_s},
                                                            {u"sales"_s, u"amount"_s}}}};
    INFO("CDNOW data expected in " CLIENTELE_SHARED_DATA "/cdnow (configure with -DCLIENTELE_SHARED_DATA=...)");
    REQUIRE(QFile::exists(cdnow(u"cdnow_sample_elog.csv"_s)));
    const auto report = io::Importer::run(db, cdnow(u"cdnow_sample_elog.csv"_s), o);
    REQUIRE(report.ok());
    REQUIRE(report->errorCount == 0);
    REQUIRE(report->customersCreated == 2357);
    return storage::SegmentationRepository(db).loadHistory().value();
}

struct Published
{
    int x;
    double tx, T, zbar;
};
QHash<QString, Published> publishedSummary()
{
    QFile file(cdnow(u"cdnow_summary_weeks.csv"_s));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QHash<QString, Published> rows;
    file.readLine();
    while (!file.atEnd()) {
        const QStringList f = QString::fromUtf8(file.readLine()).trimmed().split(u',');
        if (f.size() == 5)
            rows.insert(f[0], {f[1].toInt(), f[2].toDouble(), f[3].toDouble(), f[4].toDouble()});
    }
    return rows;
}

} // namespace

TEST_CASE("special functions", "[analytics]")
{
    CHECK(special::hyp2f1(1, 1, 2, 0.5) == clientele::test::Approx(-std::log(0.5) / 0.5).epsilon(1e-12));
    CHECK(special::hyp2f1(0.5, 1, 1.5, 0.25) == clientele::test::Approx(std::atanh(0.5) / 0.5).epsilon(1e-12));
    CHECK(special::hyp2f1(2, 3, 4, 0.99) > 0);
    CHECK(std::isnan(special::hyp2f1(1, 1, 2, 1.0)));
    CHECK(special::logSumExp(1000, 1000) == clientele::test::Approx(1000 + std::log(2.0)));
}

TEST_CASE("CDNOW: the summary built from the imported transactions equals the published one", "[analytics][cdnow]")
{
    auto db = clientele::test::memoryDatabase();
    const auto history = importCdnow(*db);
    storage::CustomerRepository customers(*db);
    const auto published = publishedSummary();
    REQUIRE(published.size() == 2357);
    int compared = 0;
    for (const auto& h : history) {
        const QString id = customers.findById(h.customerId).value()->memberCode;
        const auto s = PurchaseSummary::of(h, QDate(1997, 9, 30), 7);
        const Published p = published.value(id);
        INFO("customer " << id.toStdString());
        REQUIRE(s.valid);
        CHECK(s.x == p.x);
        CHECK(std::abs(s.tx - p.tx) <= 0.005 + 1e-9);
        CHECK(std::abs(s.T - p.T) <= 0.005 + 1e-9);
        CHECK(std::abs(s.meanRepeatValue / 100.0 - p.zbar) <= 0.005 + 1e-9); // fen → dollars
        ++compared;
    }
    CHECK(compared == 2357);
}

TEST_CASE("CDNOW: BG/NBD and Gamma-Gamma fits give the published parameters; holdout check",
          "[analytics][cdnow]")
{
    auto db = clientele::test::memoryDatabase();
    const auto history = importCdnow(*db);
    const QDate calibrationEnd(1997, 9, 30);
    const auto summaries = PurchaseSummary::ofAll(history, calibrationEnd, 7);

    const auto bg = BgNbd::fit(summaries);
    REQUIRE(bg.ok());
    CHECK(std::round(bg->params.r * 1000) / 1000 == clientele::test::Approx(0.243));
    CHECK(std::round(bg->params.alpha * 1000) / 1000 == clientele::test::Approx(4.414));
    CHECK(std::round(bg->params.a * 1000) / 1000 == clientele::test::Approx(0.793));
    CHECK(std::round(bg->params.b * 1000) / 1000 == clientele::test::Approx(2.426));
    CHECK(std::round(bg->logLikelihood * 10) / 10 == clientele::test::Approx(-9582.4));
    CHECK(BgNbd::group(summaries).size() < summaries.size()); // identical (x, tx, T) share a term

    const auto gg = GammaGamma::fit(summaries);
    REQUIRE(gg.ok());
    CHECK(gg->customers == 946);
    CHECK(std::round(gg->params.p * 100) / 100 == clientele::test::Approx(6.25));
    CHECK(std::round(gg->params.q * 100) / 100 == clientele::test::Approx(3.74));
    CHECK(std::round(gg->params.gamma / 100.0 * 100) / 100 == clientele::test::Approx(15.44)); // fen → dollars

    // Holdout: weeks 40–78 (1997-10-01 .. 1998-06-30).
    double predicted = 0;
    int actual = 0;
    for (size_t i = 0; i < history.size(); ++i) {
        const auto& s = summaries[i];
        predicted += BgNbd::expectedPurchases(bg->params, s.x, s.tx, s.T, 39.0);
        actual += PurchaseSummary::purchaseDaysBetween(history[i], calibrationEnd, QDate(1998, 6, 30));
    }
    const double errorPercent = 100.0 * (predicted - actual) / actual;
    std::printf("CDNOW holdout (weeks 40-78): predicted %.1f repeat purchases, actual %d, error %+.1f%%\n",
                predicted, actual, errorPercent);
    CHECK(std::abs(errorPercent) < 20.0); // printed above; the number goes in the closing note

    // P(alive) and expectations behave as the paper describes.
    CHECK(BgNbd::probabilityAlive(bg->params, 0, 0, 38.86) == 1.0);
    CHECK(BgNbd::probabilityAlive(bg->params, 5, 10, 38.86) < BgNbd::probabilityAlive(bg->params, 5, 38, 38.86));
    CHECK(BgNbd::expectedPurchasesNewCustomer(bg->params, 39) > 0);
}

TEST_CASE("a one-time buyer's prediction is worded as the shop's average, and no probability reads 100%", "[analytics][explain]")
{
    CHECK(PurchaseModel::likelihood(1.0) == u"over 99%"_s);
    CHECK(PurchaseModel::likelihood(0.996) == u"over 99%"_s);
    CHECK(PurchaseModel::likelihood(0.994) == u"99%"_s);
    CHECK(PurchaseModel::likelihood(0.42) == u"42%"_s);
    CHECK(PurchaseModel::likelihood(0.001) == u"under 1%"_s);

    // Seen yesterday, once: BG/NBD says P(alive) = 1 for everyone who bought once.
    Prediction p;
    p.probabilityAlive = 1.0;
    p.expectedPurchases90d = 2.8;
    p.clv = 408050;
    segmentation::RfmMetrics once;
    once.hasPurchases = true;
    once.frequency = 1;
    once.purchaseDays = 1;
    once.recencyDays = 1;
    const QString early = PurchaseModel::explain(p, once);
    CHECK(early.contains(u"too early to tell"_s));
    CHECK(early.contains(u"shop average"_s));
    CHECK_FALSE(early.contains(u"100%"_s));
    CHECK_FALSE(early.contains(u"likely still active"_s));
    CHECK(PurchaseModel::valueText(u"¥4,080.50"_s, once).contains(u"typical of a new customer here"_s));

    // Long enough observed and still one purchase: a shop average for such customers, not "too early".
    once.recencyDays = PurchaseModel::kTooEarlyDays + 10;
    const QString later = PurchaseModel::explain(p, once);
    CHECK_FALSE(later.contains(u"too early"_s));
    CHECK(later.contains(u"shop average"_s));

    // A repeat buyer: the model speaks about the person, capped below certainty.
    segmentation::RfmMetrics regular = once;
    regular.frequency = 7;
    regular.purchaseDays = 7;
    regular.recencyDays = 40;
    regular.medianGapDays = 30;
    const QString known = PurchaseModel::explain(p, regular);
    INFO(known.toStdString());
    CHECK(known.contains(u"over 99% likely still active"_s));
    CHECK(known.contains(u"bought 7 times"_s));
    CHECK(PurchaseModel::valueText(u"¥4,080.50"_s, regular) == u"¥4,080.50 over 12 months"_s);
}

TEST_CASE("predictions made on all cores are each customer's own prediction, in order", "[analytics][cdnow]")
{
    auto db = clientele::test::memoryDatabase();
    const auto history = importCdnow(*db);
    const QDate asOf(1997, 9, 30);
    const ModelSettings settings;
    const auto cdnowSummaries = PurchaseSummary::ofAll(history, asOf, settings.unitDays);
    const ModelFit fit = PurchaseModel::fit(cdnowSummaries, asOf, settings);
    REQUIRE(fit.enabled);
    // Nine copies (21,213 customers): enough for predictAll to split the work into chunks.
    std::vector<PurchaseSummary> summaries;
    for (qint64 copy = 0; copy < 9; ++copy)
        for (PurchaseSummary s : cdnowSummaries) {
            s.customerId += copy * 100000;
            summaries.push_back(s);
        }
    const auto all = PurchaseModel::predictAll(fit, summaries, settings);
    REQUIRE(all.size() == summaries.size());
    size_t differing = 0;
    for (size_t i = 0; i < summaries.size(); ++i) {
        const Prediction one = PurchaseModel::predict(fit, summaries[i], settings);
        if (all[i].customerId != one.customerId || all[i].probabilityAlive != one.probabilityAlive ||
            all[i].expectedPurchases90d != one.expectedPurchases90d || all[i].expectedSpend != one.expectedSpend ||
            all[i].clv != one.clv)
            ++differing;
    }
    CHECK(differing == 0);
    CHECK(all.back().customerId == cdnowSummaries.back().customerId + 800000);
    // The shared series (by x and T) give what the formula gives customer by customer, to the bit.
    for (size_t i = 0; i < cdnowSummaries.size(); i += 97) {
        const auto& s = cdnowSummaries[i];
        CHECK(all[i].expectedPurchases90d == BgNbd::expectedPurchases(fit.bg.params, s.x, s.tx, s.T, 90.0 / 7));
    }
}

TEST_CASE("a fit started from the last one finds the same optimum with fewer evaluations", "[analytics][cdnow]")
{
    auto db = clientele::test::memoryDatabase();
    const auto history = importCdnow(*db);
    const ModelSettings settings;
    const auto summaries = PurchaseSummary::ofAll(history, QDate(1997, 9, 30), settings.unitDays);
    const ModelFit cold = PurchaseModel::fit(summaries, QDate(1997, 9, 30), settings);
    REQUIRE(cold.enabled);
    CHECK_FALSE(cold.bg.warmStarted);
    CHECK_FALSE(cold.gg.warmStarted);
    // Every parameter of both models within 1e-5 of the cold fit's, relative.
    const auto sameOptimum = [&cold](const ModelFit& fit) {
        const auto near = [](double a, double b) { return std::abs(a - b) <= 1e-5 * std::abs(b); };
        return near(fit.bg.params.r, cold.bg.params.r) && near(fit.bg.params.alpha, cold.bg.params.alpha) &&
               near(fit.bg.params.a, cold.bg.params.a) && near(fit.bg.params.b, cold.bg.params.b) &&
               near(fit.gg.params.p, cold.gg.params.p) && near(fit.gg.params.q, cold.gg.params.q) &&
               near(fit.gg.params.gamma, cold.gg.params.gamma) && near(fit.bg.logLikelihood, cold.bg.logLikelihood);
    };

    SECTION("from the same data's optimum (a second run the same day)")
    {
        const ModelFit warm = PurchaseModel::fit(summaries, QDate(1997, 9, 30), settings, &cold);
        REQUIRE(warm.enabled);
        CHECK(warm.bg.warmStarted);
        CHECK(warm.gg.warmStarted);
        CHECK(warm.bg.evaluations < cold.bg.evaluations);
        CHECK(warm.gg.evaluations < cold.gg.evaluations);
        CHECK(sameOptimum(warm));
    }
    SECTION("from a month earlier's optimum: the month's data, the month's optimum")
    {
        const auto earlier = PurchaseSummary::ofAll(history, QDate(1997, 8, 31), settings.unitDays);
        const ModelFit august = PurchaseModel::fit(earlier, QDate(1997, 8, 31), settings);
        REQUIRE(august.enabled);
        const ModelFit warm = PurchaseModel::fit(summaries, QDate(1997, 9, 30), settings, &august);
        REQUIRE(warm.enabled);
        CHECK(warm.bg.warmStarted);
        CHECK(warm.gg.warmStarted);
        CHECK(sameOptimum(warm));
    }
    SECTION("a last fit in another time unit, switched off or outside the search range is not a start")
    {
        ModelFit daily = cold;
        daily.unitDays = 1;
        CHECK_FALSE(PurchaseModel::fit(summaries, QDate(1997, 9, 30), settings, &daily).bg.warmStarted);
        ModelFit off = cold;
        off.enabled = false;
        CHECK_FALSE(PurchaseModel::fit(summaries, QDate(1997, 9, 30), settings, &off).bg.warmStarted);
        ModelFit wild = cold;
        wild.bg.params.alpha = 1e9; // ln 1e9 ≈ 20.7, beyond the search's bound of 12
        wild.gg.params.p = 0;
        const ModelFit fit = PurchaseModel::fit(summaries, QDate(1997, 9, 30), settings, &wild);
        REQUIRE(fit.enabled);
        CHECK_FALSE(fit.bg.warmStarted);
        CHECK_FALSE(fit.gg.warmStarted);
        CHECK(fit.bg.params.r == cold.bg.params.r); // the cold search itself, to the bit
        CHECK(fit.gg.params.q == cold.gg.params.q);
    }
}
