#include "Segmenter.h"

#include "../analytics/ParallelChunks.h"
#include "../storage/Database.h"
#include "../storage/PredictionRepository.h"
#include "../storage/SegmentationRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"
#include "SegmentationSettings.h"
#include "TierPolicy.h"

#include <QElapsedTimer>

#include <QJsonDocument>
#include <QLoggingCategory>
#include <future>
#include <limits>
#include <optional>

Q_LOGGING_CATEGORY(lcSegment, "clientele.segment", QtWarningMsg)

namespace clientele::core::segmentation {

std::vector<Evaluation> Segmenter::evaluate(const ShopHistory& history, const QDate& asOf,
                                            const SegmentationConfig& config,
                                            const QHash<qint64, PreviousState>& previous, bool explain,
                                            const ScoringBasis* basis,
                                            const std::vector<analytics::Prediction>* predictions)
{
    std::vector<Evaluation> out;
    evaluateInto(out, history, asOf, config, previous, explain, basis, predictions);
    return out;
}

void Segmenter::evaluateInto(std::vector<Evaluation>& out, const ShopHistory& history, const QDate& asOf,
                             const SegmentationConfig& config, const QHash<qint64, PreviousState>& previous,
                             bool explain, const ScoringBasis* basis,
                             const std::vector<analytics::Prediction>* predictions)
{
    // Each chunk writes only its own customers' rows; the partials are unused.
    const auto forEachCustomer = [&](const auto& work) {
        analytics::inParallelChunks<char>(history.size(), [&](size_t begin, size_t end, char&) {
            for (size_t i = begin; i < end; ++i)
                work(i);
        });
    };
    // CLV quintiles (same rule as the RFM quintiles) when the purchase models are on.
    std::vector<qint64> clvPopulation;
    if (predictions) {
        for (size_t i = 0; i < history.size(); ++i)
            if (!history[i].purchases.empty())
                clvPopulation.push_back((*predictions)[i].clv);
        std::sort(clvPopulation.begin(), clvPopulation.end());
    }
    const auto clvScore = [&](Fen clv) {
        if (clvPopulation.empty())
            return 0;
        const qint64 worse = std::lower_bound(clvPopulation.begin(), clvPopulation.end(), clv) - clvPopulation.begin();
        return int(1 + 5 * worse / qint64(clvPopulation.size()));
    };
    std::vector<RfmMetrics> metrics(history.size());
    const RfmMetrics::Window window(asOf);
    forEachCustomer([&](size_t i) { metrics[i] = RfmMetrics::compute(history[i].purchases, window); });
    const bool quintiles = config.method == RfmScorer::Method::Quintiles;
    const RfmScorer::Population population =
        quintiles && !basis ? RfmScorer::population(metrics) : RfmScorer::Population{};
    const RfmSegments::Averages averages = basis ? basis->averages : RfmSegments::averages(metrics);

    out.resize(history.size());
    forEachCustomer([&](size_t i) {
        Evaluation& e = out[i];
        e = Evaluation{};
        e.customerId = history[i].customerId;
        e.metrics = metrics[i];
        e.scores = !quintiles ? RfmScorer::thresholds(e.metrics, config.thresholds)
                   : basis    ? RfmScorer::thresholds(e.metrics, basis->cuts)
                              : RfmScorer::quintiles(e.metrics, population);
        e.segmentCn8 = RfmSegments::cn8Key(e.metrics, averages);
        e.segmentScores = RfmSegments::scoresKey(e.metrics, e.scores, config.lifecycle.newDays);

        PredictedValue predicted;
        if (predictions && e.metrics.hasPurchases) {
            e.clvScore = clvScore((*predictions)[i].clv);
            e.pAlivePercent = int(std::lround((*predictions)[i].probabilityAlive * 100));
            predicted = {e.clvScore, e.pAlivePercent};
        }
        const TierAssignment raw =
            TierPolicy::assign(e.metrics, e.scores, config.tiers, predicted,
                               explain ? TierPolicy::Reason::Written : TierPolicy::Reason::LeftOut);
        const auto prev = previous.constFind(e.customerId);
        e.hasPrevious = prev != previous.cend();
        TierPolicy::GraceState before;
        if (e.hasPrevious) {
            before = {prev->tier, prev->monthsBelow};
            e.previousTier = prev->tier;
            e.previousMetrics = prev->metrics;
            e.previousScores = prev->scores;
        }
        QString ignored;
        const TierPolicy::GraceState after = TierPolicy::applyGrace(before, raw, config.tiers, &ignored);
        e.tier = after.effective;
        e.tierMonthsBelow = after.monthsBelow;
        e.stage = Lifecycle::stageOf(e.metrics, config.lifecycle);
        if (explain)
            Segmenter::explain(e, config, averages);
        e.atRiskAfterDays = config.lifecycle.atRiskAfter(e.metrics);
        e.valueAtStake = qMax<Fen>(0, e.metrics.monetary12m);
    });
}

void Segmenter::attachPredictions(std::vector<Evaluation>& evaluations,
                                  const std::vector<analytics::Prediction>& predictions,
                                  const QHash<qint64, double>& previousPAlive, std::vector<Fen> clvPopulation)
{
    // CLV quintiles among customers with purchases (the same rule as the RFM quintiles); a
    // partial run passes the stored population.
    if (clvPopulation.empty())
        for (size_t i = 0; i < predictions.size(); ++i)
            if (evaluations[i].metrics.hasPurchases)
                clvPopulation.push_back(predictions[i].clv);
    std::sort(clvPopulation.begin(), clvPopulation.end());
    const auto clvScore = [&](Fen clv) {
        const qint64 worse = std::lower_bound(clvPopulation.begin(), clvPopulation.end(), clv) - clvPopulation.begin();
        return int(1 + 5 * worse / qMax<qint64>(1, qint64(clvPopulation.size())));
    };
    for (size_t i = 0; i < predictions.size(); ++i) {
        Evaluation& e = evaluations[i];
        if (!e.metrics.hasPurchases)
            continue;
        const analytics::Prediction& p = predictions[i];
        e.pAlive = p.probabilityAlive;
        e.previousPAlive = previousPAlive.value(e.customerId, -1.0);
        e.expectedPurchases90d = p.expectedPurchases90d;
        e.expectedSpend = p.expectedSpend;
        e.clv = p.clv;
        // Churn risk: a valuable customer (CLV in the top two fifths) whose P(alive) is below 50%
        // and has fallen by 10 points or more since the last run (or is below 50% on the first).
        e.churnRisk =
            clvScore(p.clv) >= 4 && e.pAlive < 0.5 && (e.previousPAlive < 0 || e.pAlive <= e.previousPAlive - 0.1);
    }
}

void Segmenter::explain(Evaluation& e, const SegmentationConfig& config, const RfmSegments::Averages& averages)
{
    const PredictedValue predicted{e.clvScore, e.pAlivePercent};
    const TierAssignment raw = TierPolicy::assign(e.metrics, e.scores, config.tiers, predicted);
    e.tierReason = raw.reason;
    if (raw.key != e.tier && e.tierMonthsBelow > 0) // held up by the downgrade grace
        TierPolicy::applyGrace({e.tier, e.tierMonthsBelow - 1}, raw, config.tiers, &e.tierReason);
    e.tierChange = e.hasPrevious ? TierPolicy::changeReason(e.previousTier, e.previousMetrics, e.previousScores, e.tier,
                                                            e.metrics, e.scores, config.tiers)
                                 : QString();
    e.stageReason = Lifecycle::assess(e.metrics, config.lifecycle).reason;
    e.segmentCn8Reason = RfmSegments::cn8Reason(e.metrics, averages);
}

ScoringBasis Segmenter::basisOf(const std::vector<Evaluation>& evaluations)
{
    std::vector<RfmMetrics> metrics;
    metrics.reserve(evaluations.size());
    for (const Evaluation& e : evaluations)
        metrics.push_back(e.metrics);
    return {RfmScorer::cutPoints(RfmScorer::population(metrics)), RfmSegments::averages(metrics), {}};
}

std::vector<Fen> Segmenter::clvCuts(std::vector<Fen> population)
{
    // worse >= ceil(k n / 5) (score above k) exactly when clv exceeds the value at that rank.
    if (population.empty())
        return {};
    std::sort(population.begin(), population.end());
    const qint64 n = qint64(population.size());
    std::vector<Fen> cuts;
    for (qint64 k = 1; k <= 4; ++k)
        cuts.push_back(population[size_t((k * n + 4) / 5 - 1)]);
    cuts.push_back(std::numeric_limits<Fen>::max());
    return cuts;
}

QHash<qint64, PreviousState> Segmenter::statesOf(const std::vector<Evaluation>& evaluations)
{
    QHash<qint64, PreviousState> states;
    states.reserve(qsizetype(evaluations.size()));
    for (const Evaluation& e : evaluations)
        if (e.metrics.hasPurchases)
            states.insert(e.customerId, {e.tier, e.tierMonthsBelow, e.metrics, e.scores, Lifecycle::key(e.stage)});
    return states;
}

MonthStats Segmenter::monthStats(const ShopHistory& history, const std::vector<Evaluation>& evaluations,
                                 const QDate& asOf, const QHash<qint64, PreviousState>& previous)
{
    MonthStats s;
    s.month = monthKey(asOf);
    s.asOf = asOf;
    const qint64 first = QDate(asOf.year(), asOf.month(), 1).toJulianDay();
    const qint64 last = asOf.toJulianDay();
    for (size_t i = 0; i < history.size(); ++i) {
        const Evaluation& e = evaluations[i];
        if (!e.metrics.hasPurchases)
            continue;
        qint64 orders = 0;
        Fen revenue = 0;
        for (const Purchase& p : history[i].purchases) {
            if (p.day > last)
                break;
            if (p.day < first)
                continue;
            revenue += p.amount;
            if (p.amount >= 0) // a refund is not an order; a free item is (as RfmMetrics counts)
                ++orders;
        }
        const auto prev = previous.constFind(e.customerId);
        addShare(s, e.metrics, e.stage, prev != previous.cend() ? prev->stage : QString(), orders, revenue);
    }
    return s;
}

void Segmenter::addShare(MonthStats& s, const RfmMetrics& m, Stage stage, const QString& previousStage,
                         qint64 ordersMonth, Fen revenueMonth, int sign)
{
    if (!m.hasPurchases)
        return;
    const QDate monthStart(s.asOf.year(), s.asOf.month(), 1);
    s.customers += sign;
    if (m.frequency12m >= 1) {
        s.buyers12m += sign;
        s.buyersRevenue12m += sign * m.monetary12m;
    }
    if (m.frequency12m >= 2)
        s.repeatBuyers12m += sign;
    s.revenue12m += sign * m.monetary12m;
    if (m.firstPurchase >= monthStart)
        s.newCustomers += sign;
    if (stage == Stage::Dormant && !previousStage.isEmpty() && previousStage != QLatin1String("dormant"))
        s.lostCustomers += sign;
    s.revenueMonth += sign * revenueMonth;
    s.ordersMonth += sign * ordersMonth;
}

Result<SegmentationConfig> Segmenter::loadConfig(const storage::Database& database)
{
    return SegmentationSettings::load(database);
}

Result<SegmentSummary> Segmenter::run(storage::Database& database, const QDate& asOf, bool rebuildHistory,
                                      const Progress& progress)
{
    // Phase timings: QT_LOGGING_RULES="clientele.segment.debug=true"
    QElapsedTimer timer;
    timer.start();
    auto config = loadConfig(database);
    if (!config)
        return config.error();
    auto fingerprint = SegmentationSettings::fingerprint(database);
    if (!fingerprint)
        return fingerprint.error();
    storage::SegmentationRepository repo(database);
    storage::SettingsRepository settings(database);
    auto history = repo.loadHistory();
    if (!history)
        return history.error();
    qCDebug(lcSegment) << "loaded" << history->size() << "customers in" << timer.restart() << "ms";
    auto months = repo.snapshotMonths();
    if (!months)
        return months.error();
    auto dirty = settings.value(SegmentationSettings::kHistoryDirtyFrom);
    if (!dirty)
        return dirty.error();
    auto lastRun = repo.lastRunDate();
    if (!lastRun)
        return lastRun.error();

    // Which month ends to (re)compute, oldest first; the last one is the as-of date itself.
    qint64 firstDay = asOf.toJulianDay();
    bool anyPurchases = false; // on or before the as-of date
    for (const CustomerHistory& c : *history)
        if (!c.purchases.empty()) {
            firstDay = qMin(firstDay, c.purchases.front().day);
            anyPurchases = anyPurchases || c.purchases.front().day <= asOf.toJulianDay();
        }
    QDate start = QDate(asOf.year(), asOf.month(), 1);
    if (!anyPurchases) {
        // Nothing to count per month: no month ends (the dashboard says there are no figures yet).
    } else if (rebuildHistory || months->isEmpty()) {
        const QDate firstOrder = QDate::fromJulianDay(firstDay);
        start = QDate(firstOrder.year(), firstOrder.month(), 1);
    } else {
        if (!dirty->isEmpty()) {
            const QDate from = QDate::fromString(*dirty + QStringLiteral("-01"), Qt::ISODate);
            if (from.isValid() && from < start)
                start = from;
        }
        // The last run's month was saved as of that day: close it at its month end (and fill any
        // month no run saw) now that a later month is being run.
        if (lastRun->isValid() && *lastRun < start) {
            const QDate monthStart(lastRun->year(), lastRun->month(), 1);
            const QDate from = *lastRun == monthStart.addMonths(1).addDays(-1) ? monthStart.addMonths(1) : monthStart;
            start = qMin(start, from);
        }
    }
    qint64 steps = 1; // the months, then the write
    for (QDate month = start; month <= asOf; month = month.addMonths(1))
        ++steps;
    qint64 step = 0;

    // Purchase models as of the run date, fitted on the second core while this thread evaluates
    // and writes (pure computation over the loaded history; only this thread touches the database).
    auto modelSettings = SegmentationSettings::loadModelSettings(database);
    if (!modelSettings)
        return modelSettings.error();
    // The last fit is where the search starts: a day's new purchases barely move the optimum.
    storage::PredictionRepository predictionRepo(database);
    auto lastFit = predictionRepo.model();
    if (!lastFit)
        return lastFit.error();
    struct ModelRun
    {
        analytics::ModelFit fit;
        std::vector<analytics::Prediction> predictions;
    };
    std::future<ModelRun> modelFuture =
        std::async(std::launch::async, [&history = *history, asOf, s = *modelSettings, last = *lastFit] {
            ModelRun run;
            QElapsedTimer modelTimer;
            modelTimer.start();
            const auto summaries = analytics::PurchaseSummary::ofAll(history, asOf, s.unitDays);
            const qint64 summarised = modelTimer.restart();
            run.fit = analytics::PurchaseModel::fit(summaries, asOf, s, &last);
            const qint64 fitted = modelTimer.restart();
            if (run.fit.enabled)
                run.predictions = analytics::PurchaseModel::predictAll(run.fit, summaries, s);
            qCDebug(lcSegment) << "models: summaries" << summarised << "ms, fit" << fitted << "ms, predictions"
                               << modelTimer.elapsed() << "ms";
            return run;
        });
    std::optional<ModelRun> modelRun;
    const auto model = [&]() -> const ModelRun& {
        if (!modelRun)
            modelRun = modelFuture.get();
        return *modelRun;
    };

    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    if (!anyPurchases)
        if (auto s = repo.clearHistory(); !s)
            return s.error();
    auto previous = repo.snapshotStates(monthKey(start.addMonths(-1)));
    if (!previous)
        return previous.error();
    QHash<qint64, PreviousState> states = *previous;

    SegmentSummary summary;
    summary.asOf = asOf;
    summary.tierRulesVersion = config->tiers.version;
    // Month by month: a month's evaluation needs only the month before's states, so the next month
    // is evaluated on the other cores while this thread writes the current one.
    const auto monthEndOf = [&](const QDate& month) { return qMin(asOf, month.addMonths(1).addDays(-1)); };
    const auto predictionsFor = [&](const QDate& monthEnd) -> const std::vector<analytics::Prediction>* {
        // Only value layers need the predictions to label customers; spend tiers do not wait.
        const bool needsModel = monthEnd == asOf && config->tiers.scheme == TierRules::Scheme::Value;
        return needsModel && model().fit.enabled ? &model().predictions : nullptr;
    };
    std::vector<Evaluation> current;     // the month being written; the as-of date's after the loop
    std::vector<Evaluation> next;        // the month after it, evaluated beside the write
    QHash<qint64, PreviousState> before; // the states at the end of the month before `current`
    evaluateInto(current, *history, monthEndOf(start), *config, states, false, nullptr,
                 predictionsFor(monthEndOf(start)));
    for (QDate month = start; month <= asOf; month = month.addMonths(1)) {
        const QDate monthEnd = monthEndOf(month);
        const bool isAsOf = monthEnd == asOf;
        before = std::move(states);
        states = statesOf(current);
        std::future<void> nextMonth; // joined before `next` is read, and on an early return
        if (!isAsOf) {
            const QDate nextEnd = monthEndOf(month.addMonths(1));
            const std::vector<analytics::Prediction>* predictions = predictionsFor(nextEnd); // model() is this thread's
            nextMonth = std::async(
                std::launch::async, [&next, &history = *history, &config = *config, &states, nextEnd, predictions] {
                    evaluateInto(next, history, nextEnd, config, states, false, nullptr, predictions);
                });
        }
        if (anyPurchases) {
            // The as-of month's snapshot is copied from the metrics in SQL below.
            if (!isAsOf)
                if (auto s = repo.replaceSnapshots(monthKey(monthEnd), current); !s)
                    return s.error();
            if (auto s = repo.replaceMonthStats(monthStats(*history, current, monthEnd, before)); !s)
                return s.error();
            summary.monthsWritten.append(monthKey(monthEnd));
        }
        if (nextMonth.valid()) {
            nextMonth.get();
            std::swap(current, next);
        }
        qCDebug(lcSegment) << monthKey(monthEnd) << "written, and the next month evaluated, in" << timer.restart()
                           << "ms";
        if (progress)
            progress(++step, steps);
    }
    // The models have been fitting beside the evaluation; their predictions go into the same rows.
    if (model().fit.enabled) {
        auto before = predictionRepo.currentProbabilities();
        if (!before)
            return before.error();
        attachPredictions(current, model().predictions, *before);
    }
    if (auto s = predictionRepo.saveModel(model().fit); !s)
        return s.error();
    qCDebug(lcSegment) << "predictions attached in" << timer.restart() << "ms;" << model().fit.bg.evaluations << "+"
                       << model().fit.gg.evaluations << "evaluations"
                       << (model().fit.bg.warmStarted ? "(warm start)" : "");
    if (auto s = repo.replaceMetrics(asOf, current); !s)
        return s.error();
    qCDebug(lcSegment) << "metrics rows written in" << timer.restart() << "ms";
    if (anyPurchases)
        if (auto s = repo.snapshotFromMetrics(monthKey(asOf)); !s)
            return s.error();
    ScoringBasis basis = basisOf(current);
    if (model().fit.enabled) {
        std::vector<Fen> population;
        for (size_t i = 0; i < current.size(); ++i)
            if (current[i].metrics.hasPurchases)
                population.push_back(model().predictions[i].clv);
        basis.clvCuts = clvCuts(std::move(population));
    }
    if (auto s = SegmentationSettings::saveBasis(database, basis); !s)
        return s.error();
    summary.model = model().fit;
    qCDebug(lcSegment) << "metrics written in" << timer.restart() << "ms";
    if (auto s = settings.setValue(SegmentationSettings::kHistoryDirtyFrom, QString()); !s)
        return s.error();
    if (auto s = settings.setValue(SegmentationSettings::kSegmentedWith, *fingerprint); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    if (progress)
        progress(steps, steps);
    qCDebug(lcSegment) << "committed in" << timer.restart() << "ms";

    summary.customers = qint64(current.size());
    for (const Evaluation& e : current) {
        ++summary.tiers[e.tier];
        ++summary.stages[Lifecycle::key(e.stage)];
    }
    return summary;
}

Result<qint64> Segmenter::refresh(storage::Database& database, const QList<qint64>& customerIds)
{
    storage::SegmentationRepository repo(database);
    auto asOf = repo.lastRunDate();
    if (!asOf)
        return asOf.error();
    if (!asOf->isValid() || customerIds.isEmpty())
        return qint64(0);
    auto config = loadConfig(database);
    if (!config)
        return config.error();
    auto basis = SegmentationSettings::loadBasis(database);
    if (!basis)
        return basis.error();
    auto history = repo.loadHistory(customerIds);
    if (!history)
        return history.error();
    auto previous = repo.snapshotStates(monthKey(QDate(asOf->year(), asOf->month(), 1).addDays(-1)));
    if (!previous)
        return previous.error();

    std::vector<Evaluation> evaluations = evaluate(*history, *asOf, *config, *previous, true, &*basis);
    storage::PredictionRepository predictionRepo(database);
    auto model = predictionRepo.model();
    if (!model)
        return model.error();
    if (model->enabled) {
        auto settings = SegmentationSettings::loadModelSettings(database);
        auto before = predictionRepo.currentProbabilities(customerIds);
        auto population =
            basis->clvCuts.empty() ? predictionRepo.clvPopulation() : Result<std::vector<Fen>>(basis->clvCuts);
        if (!settings || !before || !population)
            return !settings ? settings.error() : !before ? before.error() : population.error();
        const std::vector<analytics::Prediction> predictions = analytics::PurchaseModel::predictAll(
            *model, analytics::PurchaseSummary::ofAll(*history, *asOf, model->unitDays), *settings);
        attachPredictions(evaluations, predictions, *before, std::move(*population));
    }
    // The as-of month's figures: the old shares of these customers out, the new ones in. Their
    // orders before the month are unchanged since the full run (the precondition), so what they
    // bought in the month before this change is the stored all-time count and sum less that.
    auto before = repo.storedEvaluations(customerIds);
    auto allStats = repo.monthStats();
    if (!before || !allStats)
        return !before ? before.error() : allStats.error();
    std::optional<MonthStats> stats;
    for (const MonthStats& m : *allStats)
        if (m.month == monthKey(*asOf))
            stats = m;
    if (stats) {
        const qint64 first = QDate(asOf->year(), asOf->month(), 1).toJulianDay();
        const qint64 last = asOf->toJulianDay();
        for (size_t i = 0; i < history->size(); ++i) {
            const Evaluation& e = evaluations[i];
            qint64 ordersBefore = 0, ordersIn = 0;
            Fen revenueBefore = 0, revenueIn = 0;
            for (const Purchase& p : (*history)[i].purchases) {
                if (p.day > last)
                    break;
                (p.day < first ? revenueBefore : revenueIn) += p.amount;
                if (p.amount >= 0)
                    ++(p.day < first ? ordersBefore : ordersIn);
            }
            const auto prev = previous->constFind(e.customerId);
            const QString prevStage = prev != previous->cend() ? prev->stage : QString();
            if (const auto old = before->constFind(e.customerId); old != before->cend())
                addShare(*stats, old->metrics, old->stage, prevStage, old->metrics.frequency - ordersBefore,
                         old->metrics.monetary - revenueBefore, -1);
            addShare(*stats, e.metrics, e.stage, prevStage, ordersIn, revenueIn);
        }
    }
    storage::SettingsRepository settings(database);
    auto dirty = settings.value(SegmentationSettings::kHistoryDirtyFrom);
    if (!dirty)
        return dirty.error();

    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    if (auto s = repo.upsertMetrics(*asOf, evaluations); !s)
        return s.error();
    if (auto s = repo.dropSnapshots(monthKey(*asOf), customerIds); !s)
        return s.error();
    if (auto s = repo.upsertSnapshots(monthKey(*asOf), evaluations); !s)
        return s.error();
    if (stats)
        if (auto s = repo.replaceMonthStats(*stats); !s)
            return s.error();
    // Orders of the as-of month (or later) changed: this refresh has brought that month up to date.
    if (!dirty->isEmpty() && *dirty >= monthKey(*asOf))
        if (auto s = settings.setValue(SegmentationSettings::kHistoryDirtyFrom, QString()); !s)
            return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return qint64(evaluations.size());
}

} // namespace clientele::core::segmentation
