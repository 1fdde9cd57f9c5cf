#pragma once

#include "../domain/Money.h"
#include "BgNbd.h"
#include "GammaGamma.h"
#include "PurchaseSummary.h"
#include "../segmentation/RfmMetrics.h"

#include <QJsonObject>

namespace clientele::core::analytics {

// Settings of the purchase models (stored as JSON in settings under "purchase_model_settings").
struct ModelSettings
{
    int unitDays = 7;               // 7 = weeks, 1 = days
    int horizonMonths = 12;         // CLV horizon
    int monthlyDiscountPermille = 10; // 1.0% per month
    int minRepeatBuyers = 30;       // fewer: models off, heuristic stages stay in force

    QJsonObject toJson() const;
    static ModelSettings fromJson(const QJsonObject& json);
};

// A fitted pair of models as of a date, or why there is none.
struct ModelFit
{
    bool enabled = false;
    QString message; // why the models are off
    QDate asOf;
    int unitDays = 7;
    int customers = 0;
    int repeatBuyers = 0;
    BgNbd::Fit bg;
    GammaGamma::Fit gg;

    QJsonObject toJson() const;
    static ModelFit fromJson(const QJsonObject& json);
};

struct Prediction
{
    qint64 customerId = 0;
    double probabilityAlive = 1.0;
    double expectedPurchases90d = 0;
    Fen expectedSpend = 0; // per purchase
    Fen clv = 0;           // over the horizon, discounted
};

struct Forecast
{
    double purchasesNextMonth = 0;
    double purchasesNextQuarter = 0;
    Fen revenueNextMonth = 0;
    Fen revenueNextQuarter = 0;
};

struct Backtest
{
    bool available = false;
    QString message;
    QDate fittedUntil;
    double predictedPurchases = 0;
    int actualPurchases = 0;
    Fen predictedRevenue = 0;
    Fen actualRevenue = 0;
    double purchaseAccuracyPercent = 0; // 100 − |error| %
    double revenueAccuracyPercent = 0;
};

// BG/NBD + Gamma-Gamma applied to a shop: fitting with a minimum of repeat buyers, per-customer
// predictions, CLV, an aggregate forecast and a backtest on the shop's own last quarter.
class PurchaseModel
{
public:
    static constexpr double kDaysPerMonth = 30.4375;

    // `previous`: the shop's last fit; when it is on and in the same time unit, the search starts
    // from its parameters (the same optimum, a fraction of the evaluations: see minimizeInLogSpace).
    static ModelFit fit(const std::vector<PurchaseSummary>& summaries, const QDate& asOf, const ModelSettings& settings,
                        const ModelFit* previous = nullptr);
    static Prediction predict(const ModelFit& fit, const PurchaseSummary& summary, const ModelSettings& settings);
    // predict() for each summary, in order, on all cores (each customer's figures as predict() gives them).
    static std::vector<Prediction> predictAll(const ModelFit& fit, const std::vector<PurchaseSummary>& summaries,
                                              const ModelSettings& settings);

    // CLV over H months with monthly discount rate d, E[Y(t)] from the BG/NBD and E[Z] from the
    // Gamma-Gamma:   CLV = Σ_{m=1..H} ( E[Y(m·L)] − E[Y((m−1)·L)] ) · E[Z] / (1 + d)^m,
    // L = one month (30.4375 days) in the model's time unit.
    static Fen clv(const ModelFit& fit, const PurchaseSummary& summary, const ModelSettings& settings);
    static Forecast forecast(const ModelFit& fit, const std::vector<PurchaseSummary>& summaries);
    // Fits on everything up to asOf − 3 months and compares the forecast for that quarter with
    // what the customers then did.
    static Backtest backtest(const segmentation::ShopHistory& history, const QDate& asOf, const ModelSettings& settings);

    // "bought 7 times, last 40 days ago, usually every 30 days: 92% likely still active, about 2.1
    //  purchases expected in the next 90 days". Without a repeat purchase (one purchase day) the
    // models can only give the shop's newcomer average (BG/NBD's P(alive) is 1 for everyone who
    // bought once), so the sentence says so instead of presenting it as knowledge of the person:
    // "too early to tell" while the purchase is recent, "a shop average" after that.
    static QString explain(const Prediction& prediction, const segmentation::RfmMetrics& metrics);
    // "¥4,080.50 over 12 months", or for one-time buyers "… (typical of a new customer here)".
    static QString valueText(const QString& formattedClv, const segmentation::RfmMetrics& metrics);
    // The shop's average rather than this customer's own: no second purchase day yet, i.e. no gap
    // between two purchase days (read from the gap, which stored metrics keep, unlike purchaseDays).
    static bool isShopAverage(const segmentation::RfmMetrics& metrics) { return metrics.medianGapDays <= 0; }
    // "92%"; never "100%" or "0%": "over 99%", "under 1%" (a model never knows for certain).
    static QString likelihood(double probability);
    // A one-time buyer's purchase is "recent" (too early to tell) for this many days.
    static constexpr int kTooEarlyDays = 90;
};

} // namespace clientele::core::analytics
