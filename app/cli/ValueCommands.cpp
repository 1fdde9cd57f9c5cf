// clv fit, clv customers and forecast: the purchase models.
#include "domain/Clock.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "analytics/PurchaseModel.h"
#include "segmentation/SegmentationSettings.h"
#include "storage/CustomerRepository.h"
#include "storage/PredictionRepository.h"
#include "storage/SegmentationRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

struct Loaded
{
    std::unique_ptr<storage::Database> db;
    segmentation::ShopHistory history;
    analytics::ModelSettings settings;
};

// Opens the database and reads history and model settings; --unit overrides the time unit.
core::Result<Loaded> load(CliContext& ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return db.error();
    auto settings = segmentation::SegmentationSettings::loadModelSettings(**db);
    if (!settings)
        return settings.error();
    if (ctx.parser.isSet(u"unit"_s)) {
        const QString unit = ctx.parser.value(u"unit"_s);
        if (unit != u"days" && unit != u"weeks")
            return Error::make(Error::Code::Usage, tr("--unit is days or weeks."));
        settings->unitDays = unit == u"days" ? 1 : 7;
    }
    auto history = storage::SegmentationRepository(**db).loadHistory();
    if (!history)
        return history.error();
    return Loaded{std::move(*db), std::move(*history), *settings};
}

core::Result<QDate> asOfOption(CliContext& ctx, const storage::Database& db)
{
    if (ctx.parser.isSet(u"as-of"_s)) {
        const QDate d = QDate::fromString(ctx.parser.value(u"as-of"_s), Qt::ISODate);
        if (!d.isValid())
            return Error::make(Error::Code::Usage, tr("--as-of needs a date like 2026-10-31."));
        return d;
    }
    auto last = storage::SegmentationRepository(db).lastRunDate();
    if (!last)
        return last.error();
    return last->isValid() ? *last : core::Clock::today();
}

struct Fitted
{
    Loaded loaded;
    QDate asOf;
    std::vector<analytics::PurchaseSummary> summaries;
    analytics::ModelFit fit;
    qint64 milliseconds = 0; // summaries and fit
};

// Loads the shop and fits the models as of --as-of (or the last run); refuses when they are off.
core::Result<Fitted> fitModels(CliContext& ctx)
{
    auto loaded = load(ctx);
    if (!loaded)
        return loaded.error();
    auto asOf = asOfOption(ctx, *loaded->db);
    if (!asOf)
        return asOf.error();
    QElapsedTimer timer;
    timer.start();
    Fitted f{std::move(*loaded), *asOf, {}, {}, 0};
    f.summaries = analytics::PurchaseSummary::ofAll(f.loaded.history, f.asOf, f.loaded.settings.unitDays);
    f.fit = analytics::PurchaseModel::fit(f.summaries, f.asOf, f.loaded.settings);
    f.milliseconds = timer.elapsed();
    if (!f.fit.enabled)
        return Error::make(Error::Code::InvalidData, f.fit.message);
    return f;
}

int clvFit(CliContext& ctx)
{
    auto fitted = fitModels(ctx);
    if (!fitted)
        return ctx.fail(fitted.error());
    const auto& fit = fitted->fit;
    const auto& summaries = fitted->summaries;
    const QDate* asOf = &fitted->asOf;
    const qint64 ms = fitted->milliseconds;
    if (ctx.json) {
        QJsonObject o = fit.toJson();
        o.insert(u"fit_ms"_s, ms);
        o.insert(u"groups"_s, qint64(analytics::BgNbd::group(summaries).size()));
        ctx.printJson(o);
        return ExitOk;
    }
    const auto& b = fit.bg.params;
    const auto& g = fit.gg.params;
    ctx.out() << tr("Purchase models as of %1, time unit %2, fitted in %3 ms")
                     .arg(asOf->toString(Qt::ISODate), fit.unitDays == 1 ? tr("days") : tr("weeks"))
                     .arg(ms)
              << '\n'
              << tr("Customers: %1, repeat buyers: %2").arg(fit.customers).arg(fit.repeatBuyers) << '\n'
              << tr("BG/NBD:      r = %1  alpha = %2  a = %3  b = %4  log-likelihood = %5")
                     .arg(b.r, 0, 'f', 4)
                     .arg(b.alpha, 0, 'f', 4)
                     .arg(b.a, 0, 'f', 4)
                     .arg(b.b, 0, 'f', 4)
                     .arg(fit.bg.logLikelihood, 0, 'f', 2)
              << '\n'
              << tr("Gamma-Gamma: p = %1  q = %2  gamma = %3 (fen)").arg(g.p, 0, 'f', 4).arg(g.q, 0, 'f', 4).arg(g.gamma, 0, 'f', 2)
              << Qt::endl;
    return ExitOk;
}

int clvCustomers(CliContext& ctx)
{
    int limit = 0;
    if (!ctx.intOption(u"limit"_s, 20, 1, &limit))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    storage::PredictionRepository predictions(**db);
    auto model = predictions.model();
    if (!model)
        return ctx.fail(model.error());
    if (!model->enabled)
        return ctx.fail(Error::make(Error::Code::InvalidData, model->message));
    auto rows = predictions.top(limit);
    if (!rows)
        return ctx.fail(rows.error());
    storage::CustomerRepository customers(**db);
    storage::SegmentationRepository segments(**db);
    QJsonArray array;
    TextTable table({tr("Name"), tr("P(alive)"), tr("Next 90 days"), tr("Per purchase"), tr("12-month CLV"), tr("Why")});
    for (const auto& r : *rows) {
        const auto& p = r.prediction;
        auto c = customers.findById(p.customerId);
        auto seg = segments.segmentRow(p.customerId);
        if (!c || !seg)
            return ctx.fail(!c ? c.error() : seg.error());
        QString why;
        if (seg->has_value()) {
            const auto& m = (*seg)->evaluation.metrics;
            why = analytics::PurchaseModel::explain(p, m);
        }
        const QString name = c->has_value() ? (*c)->name : QString();
        array.append(QJsonObject{{u"id"_s, p.customerId},
                                 {u"name"_s, name},
                                 {u"p_alive"_s, p.probabilityAlive},
                                 {u"expected_purchases_90d"_s, p.expectedPurchases90d},
                                 {u"expected_spend_fen"_s, p.expectedSpend},
                                 {u"clv_fen"_s, p.clv},
                                 {u"churn_risk"_s, r.churnRisk},
                                 {u"explanation"_s, why}});
        table.addRow({name, analytics::PurchaseModel::likelihood(p.probabilityAlive),
                      QLocale::c().toString(p.expectedPurchases90d, 'f', 1), money::format(p.expectedSpend),
                      money::format(p.clv), why});
    }
    if (ctx.json)
        ctx.printJson(array);
    else
        table.print(ctx.out());
    return ExitOk;
}

int forecast(CliContext& ctx)
{
    auto fitted = fitModels(ctx);
    if (!fitted)
        return ctx.fail(fitted.error());
    const auto& fit = fitted->fit;
    const auto& summaries = fitted->summaries;
    const QDate* asOf = &fitted->asOf;
    const auto* loaded = &fitted->loaded;
    const analytics::Forecast f = analytics::PurchaseModel::forecast(fit, summaries);
    const analytics::Backtest b = analytics::PurchaseModel::backtest(loaded->history, *asOf, loaded->settings);
    if (ctx.json) {
        QJsonObject backtest{{u"available"_s, b.available}, {u"message"_s, b.message}};
        if (b.available) {
            backtest.insert(u"fitted_until"_s, b.fittedUntil.toString(Qt::ISODate));
            backtest.insert(u"predicted_purchases"_s, b.predictedPurchases);
            backtest.insert(u"actual_purchases"_s, b.actualPurchases);
            backtest.insert(u"predicted_revenue_fen"_s, b.predictedRevenue);
            backtest.insert(u"actual_revenue_fen"_s, b.actualRevenue);
            backtest.insert(u"purchase_accuracy_percent"_s, b.purchaseAccuracyPercent);
            backtest.insert(u"revenue_accuracy_percent"_s, b.revenueAccuracyPercent);
        }
        ctx.printJson(QJsonObject{{u"as_of"_s, asOf->toString(Qt::ISODate)},
                                  {u"purchases_next_month"_s, f.purchasesNextMonth},
                                  {u"purchases_next_quarter"_s, f.purchasesNextQuarter},
                                  {u"revenue_next_month_fen"_s, f.revenueNextMonth},
                                  {u"revenue_next_quarter_fen"_s, f.revenueNextQuarter},
                                  {u"backtest"_s, backtest}});
        return ExitOk;
    }
    auto& out = ctx.out();
    out << tr("Forecast from %1 (existing customers):").arg(asOf->toString(Qt::ISODate)) << '\n'
        << tr("  next month:   %1 purchases, %2").arg(QLocale::c().toString(f.purchasesNextMonth, 'f', 0),
                                                       money::format(f.revenueNextMonth))
        << '\n'
        << tr("  next quarter: %1 purchases, %2").arg(QLocale::c().toString(f.purchasesNextQuarter, 'f', 0),
                                                        money::format(f.revenueNextQuarter))
        << '\n';
    if (b.available)
        out << tr("Backtest (fitted until %1, forecast the last quarter): purchases %2 predicted vs %3 actual (%4% "
                  "accurate), revenue %5 vs %6 (%7% accurate)")
                   .arg(b.fittedUntil.toString(Qt::ISODate), QLocale::c().toString(b.predictedPurchases, 'f', 0))
                   .arg(b.actualPurchases)
                   .arg(QLocale::c().toString(b.purchaseAccuracyPercent, 'f', 1), money::format(b.predictedRevenue),
                        money::format(b.actualRevenue), QLocale::c().toString(b.revenueAccuracyPercent, 'f', 1))
            << '\n';
    else
        out << tr("Backtest not available: %1").arg(b.message) << '\n';
    out.flush();
    return ExitOk;
}

int clv(CliContext& ctx)
{
    const QString action = ctx.positional.value(0);
    if (action == u"fit")
        return clvFit(ctx);
    if (action == u"customers")
        return clvCustomers(ctx);
    return ctx.usage(tr("Usage: clientele-cli clv fit [--as-of DATE] [--unit days|weeks] | clv customers [--limit N]"));
}

} // namespace

QList<Command> valueCommands()
{
    const QCommandLineOption asOf(u"as-of"_s, tr("Date (default: the last segmentation run)."), tr("DATE"));
    const QCommandLineOption unit(u"unit"_s, tr("Time unit of the models: days or weeks."), tr("UNIT"));
    return {
        {u"clv"_s, u"clv fit [--as-of DATE] [--unit days|weeks] | clv customers [--limit N]"_s,
         tr("Fit the BG/NBD and Gamma-Gamma models, or list customers by predicted value."),
         {asOf, unit, QCommandLineOption(u"limit"_s, tr("At most N rows (default 20)."), tr("N"))}, clv},
        {u"forecast"_s, u"forecast [--as-of DATE] [--unit days|weeks]"_s,
         tr("Purchases and revenue expected next month and quarter, with a backtest on the last quarter."),
         {asOf, unit}, forecast},
    };
}

} // namespace clientele::cli
