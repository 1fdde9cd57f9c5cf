#include "PurchaseModel.h"

#include "ParallelChunks.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <functional>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace clientele::core::analytics {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("clientele::core::analytics::PurchaseModel", text, disambiguation);
}

Fen toFen(double value)
{
    return std::isfinite(value) ? Fen(std::llround(value)) : 0;
}

double percentAccuracy(double predicted, double actual)
{
    if (actual == 0)
        return predicted == 0 ? 100.0 : 0.0;
    return std::max(0.0, 100.0 - 100.0 * std::abs(predicted - actual) / std::abs(actual));
}
} // namespace

QJsonObject ModelSettings::toJson() const
{
    return {{u"unit_days"_s, unitDays},
            {u"horizon_months"_s, horizonMonths},
            {u"monthly_discount_permille"_s, monthlyDiscountPermille},
            {u"min_repeat_buyers"_s, minRepeatBuyers}};
}

ModelSettings ModelSettings::fromJson(const QJsonObject& json)
{
    ModelSettings s;
    const int unit = json.value(u"unit_days"_s).toInt(s.unitDays);
    s.unitDays = unit == 1 ? 1 : 7;
    s.horizonMonths = qBound(1, json.value(u"horizon_months"_s).toInt(s.horizonMonths), 120);
    s.monthlyDiscountPermille = qBound(0, json.value(u"monthly_discount_permille"_s).toInt(s.monthlyDiscountPermille), 500);
    s.minRepeatBuyers = qMax(2, json.value(u"min_repeat_buyers"_s).toInt(s.minRepeatBuyers));
    return s;
}

QJsonObject ModelFit::toJson() const
{
    QJsonObject o{{u"enabled"_s, enabled},       {u"message"_s, message},       {u"as_of"_s, asOf.toString(Qt::ISODate)},
                  {u"unit_days"_s, unitDays},     {u"customers"_s, customers}, {u"repeat_buyers"_s, repeatBuyers}};
    if (enabled) {
        o.insert(u"r"_s, bg.params.r);
        o.insert(u"alpha"_s, bg.params.alpha);
        o.insert(u"a"_s, bg.params.a);
        o.insert(u"b"_s, bg.params.b);
        o.insert(u"log_likelihood"_s, bg.logLikelihood);
        o.insert(u"p"_s, gg.params.p);
        o.insert(u"q"_s, gg.params.q);
        o.insert(u"gamma"_s, gg.params.gamma);
        o.insert(u"spend_log_likelihood"_s, gg.logLikelihood);
        o.insert(u"evaluations"_s, bg.evaluations);
        o.insert(u"spend_evaluations"_s, gg.evaluations);
        o.insert(u"warm_start"_s, bg.warmStarted && gg.warmStarted);
    }
    return o;
}

ModelFit ModelFit::fromJson(const QJsonObject& o)
{
    ModelFit f;
    f.enabled = o.value(u"enabled"_s).toBool();
    f.message = o.value(u"message"_s).toString();
    f.asOf = QDate::fromString(o.value(u"as_of"_s).toString(), Qt::ISODate);
    f.unitDays = o.value(u"unit_days"_s).toInt(7);
    f.customers = o.value(u"customers"_s).toInt();
    f.repeatBuyers = o.value(u"repeat_buyers"_s).toInt();
    f.bg.params = {o.value(u"r"_s).toDouble(), o.value(u"alpha"_s).toDouble(), o.value(u"a"_s).toDouble(),
                   o.value(u"b"_s).toDouble()};
    f.bg.logLikelihood = o.value(u"log_likelihood"_s).toDouble();
    f.gg.params = {o.value(u"p"_s).toDouble(), o.value(u"q"_s).toDouble(), o.value(u"gamma"_s).toDouble()};
    f.gg.logLikelihood = o.value(u"spend_log_likelihood"_s).toDouble();
    f.bg.evaluations = o.value(u"evaluations"_s).toInt();
    f.gg.evaluations = o.value(u"spend_evaluations"_s).toInt();
    f.bg.warmStarted = f.gg.warmStarted = o.value(u"warm_start"_s).toBool();
    return f;
}

ModelFit PurchaseModel::fit(const std::vector<PurchaseSummary>& summaries, const QDate& asOf,
                            const ModelSettings& settings, const ModelFit* previous)
{
    const bool warm = previous && previous->enabled && previous->unitDays == settings.unitDays;
    ModelFit fit;
    fit.asOf = asOf;
    fit.unitDays = settings.unitDays;
    for (const PurchaseSummary& s : summaries) {
        fit.customers += s.valid ? 1 : 0;
        fit.repeatBuyers += s.valid && s.x > 0 ? 1 : 0;
    }
    if (fit.repeatBuyers < settings.minRepeatBuyers) {
        fit.message = tr("Predictions are off: %1 customers have bought more than once, the models need at least %2. "
                         "Stages and tiers use the purchase history alone.")
                          .arg(fit.repeatBuyers)
                          .arg(settings.minRepeatBuyers);
        return fit;
    }
    auto bg = BgNbd::fit(summaries, warm ? std::optional(previous->bg.params) : std::nullopt);
    if (!bg) {
        fit.message = bg.error().message;
        return fit;
    }
    auto gg = GammaGamma::fit(summaries, warm ? std::optional(previous->gg.params) : std::nullopt);
    if (!gg) {
        fit.message = gg.error().message;
        return fit;
    }
    if (bg->params.a <= 1.0 && std::abs(bg->params.a - 1.0) < 1e-9) {
        fit.message = tr("The purchase model is degenerate (a = 1); predictions are off.");
        return fit;
    }
    if (gg->params.q <= 1.0) {
        fit.message = tr("The spend model has no finite mean (q ≤ 1); predictions are off.");
        return fit;
    }
    fit.enabled = true;
    fit.bg = *bg;
    fit.gg = *gg;
    return fit;
}

namespace {
// The tx-free parts of a customer's expected purchases (BgNbd::expectedPurchasesBody): at the 90-day
// mark, then at each month of the CLV horizon. The same for every customer with the same x and T.
std::vector<double> bodiesOf(const ModelFit& fit, int x, double T, const ModelSettings& settings)
{
    const double monthLength = PurchaseModel::kDaysPerMonth / fit.unitDays;
    std::vector<double> bodies;
    bodies.reserve(std::size_t(settings.horizonMonths) + 1);
    bodies.push_back(BgNbd::expectedPurchasesBody(fit.bg.params, x, T, 90.0 / fit.unitDays));
    for (int m = 1; m <= settings.horizonMonths; ++m)
        bodies.push_back(BgNbd::expectedPurchasesBody(fit.bg.params, x, T, m * monthLength));
    return bodies;
}

// (1 + d)^m for each month m of the horizon (index m − 1).
std::vector<double> discountsOf(const ModelSettings& settings)
{
    const double discount = 1.0 + settings.monthlyDiscountPermille / 1000.0;
    std::vector<double> discounts;
    for (int m = 1; m <= settings.horizonMonths; ++m)
        discounts.push_back(std::pow(discount, m));
    return discounts;
}

Fen clvFrom(const ModelFit& fit, const PurchaseSummary& s, const std::vector<double>& discounts,
            const std::vector<double>& bodies)
{
    const double spend = GammaGamma::expectedSpend(fit.gg.params, s.x, s.meanRepeatValue);
    const double denominator = BgNbd::expectedPurchasesDenominator(fit.bg.params, s.x, s.tx, s.T);
    double value = 0;
    double previous = 0;
    for (std::size_t m = 1; m <= discounts.size(); ++m) {
        const double cumulative = BgNbd::expectedPurchasesFrom(fit.bg.params, s.x, bodies[m], denominator);
        value += (cumulative - previous) * spend / discounts[m - 1];
        previous = cumulative;
    }
    return toFen(value);
}

Prediction predictFrom(const ModelFit& fit, const PurchaseSummary& s, const std::vector<double>& discounts,
                       const std::vector<double>& bodies)
{
    Prediction p;
    p.customerId = s.customerId;
    p.probabilityAlive = BgNbd::probabilityAlive(fit.bg.params, s.x, s.tx, s.T);
    p.expectedPurchases90d = BgNbd::expectedPurchasesFrom(fit.bg.params, s.x, bodies[0],
                                                          BgNbd::expectedPurchasesDenominator(fit.bg.params, s.x, s.tx, s.T));
    p.expectedSpend = toFen(GammaGamma::expectedSpend(fit.gg.params, s.x, s.meanRepeatValue));
    p.clv = clvFrom(fit, s, discounts, bodies);
    return p;
}

struct XAndT
{
    int x;
    double T;
    bool operator==(const XAndT& o) const { return x == o.x && T == o.T; }
};
struct XAndTHash
{
    std::size_t operator()(const XAndT& k) const noexcept
    {
        return std::hash<double>()(k.T) * 31 + std::hash<int>()(k.x);
    }
};
} // namespace

Fen PurchaseModel::clv(const ModelFit& fit, const PurchaseSummary& s, const ModelSettings& settings)
{
    if (!fit.enabled || !s.valid)
        return 0;
    return clvFrom(fit, s, discountsOf(settings), bodiesOf(fit, s.x, s.T, settings));
}

Prediction PurchaseModel::predict(const ModelFit& fit, const PurchaseSummary& s, const ModelSettings& settings)
{
    if (!fit.enabled || !s.valid) {
        Prediction p;
        p.customerId = s.customerId;
        return p;
    }
    return predictFrom(fit, s, discountsOf(settings), bodiesOf(fit, s.x, s.T, settings));
}

std::vector<Prediction> PurchaseModel::predictAll(const ModelFit& fit, const std::vector<PurchaseSummary>& summaries,
                                                 const ModelSettings& settings)
{
    // Thirteen hypergeometric series per customer (the CLV's monthly steps) took a second for
    // 100,000 customers on one core; they depend on x and T only, which a quarter as many share.
    const std::vector<double> discounts = discountsOf(settings);
    const auto chunks = inParallelChunks<std::vector<Prediction>>(
        summaries.size(), [&](std::size_t begin, std::size_t end, std::vector<Prediction>& out) {
            std::unordered_map<XAndT, std::vector<double>, XAndTHash> bodies;
            out.reserve(end - begin);
            for (std::size_t i = begin; i < end; ++i) {
                const PurchaseSummary& s = summaries[i];
                if (!fit.enabled || !s.valid) {
                    out.push_back(predict(fit, s, settings));
                    continue;
                }
                auto found = bodies.find({s.x, s.T});
                if (found == bodies.end())
                    found = bodies.emplace(XAndT{s.x, s.T}, bodiesOf(fit, s.x, s.T, settings)).first;
                out.push_back(predictFrom(fit, s, discounts, found->second));
            }
        });
    std::vector<Prediction> all;
    all.reserve(summaries.size());
    for (const auto& chunk : chunks)
        all.insert(all.end(), chunk.begin(), chunk.end());
    return all;
}

Forecast PurchaseModel::forecast(const ModelFit& fit, const std::vector<PurchaseSummary>& summaries)
{
    Forecast f;
    if (!fit.enabled)
        return f;
    const double month = kDaysPerMonth / fit.unitDays;
    double revenueMonth = 0, revenueQuarter = 0;
    for (const PurchaseSummary& s : summaries) {
        if (!s.valid)
            continue;
        const double spend = GammaGamma::expectedSpend(fit.gg.params, s.x, s.meanRepeatValue);
        const double m1 = BgNbd::expectedPurchases(fit.bg.params, s.x, s.tx, s.T, month);
        const double q1 = BgNbd::expectedPurchases(fit.bg.params, s.x, s.tx, s.T, 3 * month);
        f.purchasesNextMonth += m1;
        f.purchasesNextQuarter += q1;
        revenueMonth += m1 * spend;
        revenueQuarter += q1 * spend;
    }
    f.revenueNextMonth = toFen(revenueMonth);
    f.revenueNextQuarter = toFen(revenueQuarter);
    return f;
}

Backtest PurchaseModel::backtest(const segmentation::ShopHistory& history, const QDate& asOf,
                                 const ModelSettings& settings)
{
    Backtest b;
    b.fittedUntil = asOf.addMonths(-3);
    const auto summaries = PurchaseSummary::ofAll(history, b.fittedUntil, settings.unitDays);
    const ModelFit fitted = fit(summaries, b.fittedUntil, settings);
    if (!fitted.enabled) {
        b.message = fitted.message;
        return b;
    }
    // The quarter is (fittedUntil, asOf]; compare with existing customers' purchases in it.
    const double quarter = double(b.fittedUntil.daysTo(asOf)) / settings.unitDays;
    double revenue = 0;
    for (size_t i = 0; i < history.size(); ++i) {
        const PurchaseSummary& s = summaries[i];
        if (!s.valid)
            continue;
        const double expected = BgNbd::expectedPurchases(fitted.bg.params, s.x, s.tx, s.T, quarter);
        b.predictedPurchases += expected;
        revenue += expected * GammaGamma::expectedSpend(fitted.gg.params, s.x, s.meanRepeatValue);
        for (const auto& p : history[i].purchases)
            if (p.day > b.fittedUntil.toJulianDay() && p.day <= asOf.toJulianDay())
                b.actualRevenue += p.amount;
        b.actualPurchases += PurchaseSummary::purchaseDaysBetween(history[i], b.fittedUntil, asOf);
    }
    b.predictedRevenue = toFen(revenue);
    b.purchaseAccuracyPercent = percentAccuracy(b.predictedPurchases, b.actualPurchases);
    b.revenueAccuracyPercent = percentAccuracy(double(b.predictedRevenue), double(b.actualRevenue));
    b.available = true;
    return b;
}

QString PurchaseModel::likelihood(double probability)
{
    if (probability >= 0.995)
        return tr("over 99%");
    if (probability < 0.005)
        return tr("under 1%");
    return tr("%1%", "a probability in percent").arg(qRound(probability * 100));
}

QString PurchaseModel::explain(const Prediction& p, const segmentation::RfmMetrics& m)
{
    const QLocale locale;
    const QString expected = locale.toString(p.expectedPurchases90d, 'f', 1);
    if (isShopAverage(m)) {
        const QString history = m.frequency <= 1 ? tr("bought once, %1 days ago").arg(m.recencyDays)
                                                 : tr("bought %1 times on one day, %2 days ago").arg(m.frequency).arg(m.recencyDays);
        if (m.recencyDays < kTooEarlyDays)
            return tr("%1: too early to tell. New customers here usually make about %2 purchases in the next 90 "
                      "days; a shop average, not a judgement of this customer")
                .arg(history, expected);
        return tr("%1, not since: customers here who bought once that long ago make about %2 purchases in the next "
                  "90 days; a shop average, as one purchase says little about this customer")
            .arg(history, expected);
    }
    QString history = tr("bought %1 times, last %2 days ago").arg(m.frequency).arg(m.recencyDays);
    if (m.medianGapDays > 0)
        history += tr(", usually every %1 days").arg(m.medianGapDays);
    return tr("%1: %2 likely still active, about %3 purchases expected in the next 90 days")
        .arg(history, likelihood(p.probabilityAlive), expected);
}

QString PurchaseModel::valueText(const QString& formattedClv, const segmentation::RfmMetrics& m)
{
    return isShopAverage(m) ? tr("%1 over 12 months (typical of a new customer here)").arg(formattedClv)
                            : tr("%1 over 12 months").arg(formattedClv);
}

} // namespace clientele::core::analytics
