#include "BgNbd.h"

#include "LogSpaceMinimizer.h"
#include "SpecialFunctions.h"

#include <QCoreApplication>


#include <cmath>
#include <algorithm>
#include <map>
#include <tuple>

namespace clientele::core::analytics {

using special::hyp2f1;
using special::logGamma;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::analytics::BgNbd", text);
}

// Groups indexed into the distinct values of x, tx and T, so each evaluation takes the logs of
// the few distinct values once and leaves one exp and one log per group.
struct Prepared
{
    struct Row
    {
        int xIndex, txIndex, tIndex;
        double weight;
    };
    std::vector<int> xs;
    std::vector<double> txs, ts;
    std::vector<double> weightOfX; // by xIndex
    std::vector<Row> rows;
    // Scratch space for one evaluation.
    mutable std::vector<double> logAlphaTx, logAlphaT, logBx1;

    explicit Prepared(const std::vector<BgNbd::Group>& groups)
    {
        for (const BgNbd::Group& g : groups) {
            xs.push_back(g.x);
            txs.push_back(g.tx);
            ts.push_back(g.T);
        }
        for (auto* v : {&txs, &ts}) {
            std::sort(v->begin(), v->end());
            v->erase(std::unique(v->begin(), v->end()), v->end());
        }
        std::sort(xs.begin(), xs.end());
        xs.erase(std::unique(xs.begin(), xs.end()), xs.end());
        weightOfX.assign(xs.size(), 0.0);
        for (const BgNbd::Group& g : groups) {
            const int xi = int(std::lower_bound(xs.begin(), xs.end(), g.x) - xs.begin());
            rows.push_back({xi, int(std::lower_bound(txs.begin(), txs.end(), g.tx) - txs.begin()),
                            int(std::lower_bound(ts.begin(), ts.end(), g.T) - ts.begin()), g.weight});
            weightOfX[size_t(xi)] += g.weight;
        }
    }

    double logLikelihood(const BgNbd::Params& p) const
    {
        logAlphaTx.resize(txs.size());
        logAlphaT.resize(ts.size());
        logBx1.resize(xs.size());
        for (size_t i = 0; i < txs.size(); ++i)
            logAlphaTx[i] = std::log(p.alpha + txs[i]);
        for (size_t i = 0; i < ts.size(); ++i)
            logAlphaT[i] = std::log(p.alpha + ts[i]);
        for (size_t i = 0; i < xs.size(); ++i)
            logBx1[i] = xs[i] > 0 ? std::log(p.b + xs[i] - 1) : 0.0;
        const double logA = std::log(p.a);
        double total = 0;
        for (const Row& row : rows) {
            const int x = xs[size_t(row.xIndex)];
            const double a3 = -(p.r + x) * logAlphaT[size_t(row.tIndex)];
            if (x == 0) {
                total += row.weight * a3;
                continue;
            }
            const double a4 = logA - logBx1[size_t(row.xIndex)] - (p.r + x) * logAlphaTx[size_t(row.txIndex)];
            total += row.weight * special::logSumExp(a3, a4);
        }
        const double lgR = logGamma(p.r), lgB = logGamma(p.b), lgAB = logGamma(p.a + p.b);
        const double rLogAlpha = p.r * std::log(p.alpha);
        for (size_t i = 0; i < xs.size(); ++i) {
            const int x = xs[i];
            total += weightOfX[i] * (logGamma(p.r + x) - lgR + rLogAlpha + lgAB + logGamma(p.b + x) - lgB -
                                     logGamma(p.a + p.b + x));
        }
        return total;
    }
};

} // namespace

std::vector<BgNbd::Group> BgNbd::group(const std::vector<PurchaseSummary>& summaries)
{
    std::map<std::tuple<int, double, double>, double> counts;
    for (const PurchaseSummary& s : summaries)
        if (s.valid)
            counts[{s.x, s.tx, s.T}] += 1.0;
    std::vector<Group> groups;
    groups.reserve(counts.size());
    for (const auto& [key, weight] : counts)
        groups.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), weight});
    return groups;
}

double BgNbd::logLikelihood(const Params& p, int x, double tx, double T)
{
    const double a1 = logGamma(p.r + x) - logGamma(p.r) + p.r * std::log(p.alpha);
    const double a2 = logGamma(p.a + p.b) + logGamma(p.b + x) - logGamma(p.b) - logGamma(p.a + p.b + x);
    const double a3 = -(p.r + x) * std::log(p.alpha + T);
    if (x == 0)
        return a1 + a2 + a3;
    const double a4 = std::log(p.a) - std::log(p.b + x - 1) - (p.r + x) * std::log(p.alpha + tx);
    return a1 + a2 + special::logSumExp(a3, a4);
}

double BgNbd::logLikelihood(const Params& p, const std::vector<Group>& groups)
{
    return Prepared(groups).logLikelihood(p);
}

Result<BgNbd::Fit> BgNbd::fit(const std::vector<PurchaseSummary>& summaries)
{
    const std::vector<Group> groups = group(summaries);
    if (groups.empty())
        return Error::make(Error::Code::InvalidData, tr("No customers with purchases to fit the model on."));
    const Prepared prepared(groups);
    int evaluations = 0;
    const auto minimum = minimizeInLogSpace(
        [&](const std::vector<double>& p) {
            ++evaluations;
            return -prepared.logLikelihood({p[0], p[1], p[2], p[3]});
        },
        {0.0, std::log(4.0), 0.0, 0.0}, {-9, -9, -9, -9}, {9, 12, 9, 9}); // start at r = 1, α = 4, a = 1, b = 1
    if (minimum.status == LogSpaceMinimum::Status::NotConverged)
        return Error::make(Error::Code::InvalidData,
                           tr("The purchase model did not converge (optimizer status %1); predictions are off.")
                               .arg(minimum.optimizerCode));
    if (minimum.status == LogSpaceMinimum::Status::AtBound)
        return Error::make(Error::Code::InvalidData,
                           tr("The purchase model ran to the edge of its parameter range; the data does not "
                              "support it (too little repeat buying?)."));
    Fit fit;
    fit.params = {minimum.parameters[0], minimum.parameters[1], minimum.parameters[2], minimum.parameters[3]};
    fit.logLikelihood = -minimum.value;
    fit.evaluations = evaluations;
    return fit;
}

double BgNbd::probabilityAlive(const Params& p, int x, double tx, double T)
{
    if (x == 0)
        return 1.0;
    const double logRatio = std::log(p.a) - std::log(p.b + x - 1) + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx));
    return 1.0 / (1.0 + std::exp(logRatio));
}

double BgNbd::expectedPurchases(const Params& p, int x, double tx, double T, double t)
{
    const double z = t / (p.alpha + T + t);
    const double f = hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    const double head = (p.a + p.b + x - 1) / (p.a - 1);
    const double body = 1.0 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * f;
    double denominator = 1.0;
    if (x > 0)
        denominator += p.a / (p.b + x - 1) * std::pow((p.alpha + T) / (p.alpha + tx), p.r + x);
    return head * body / denominator;
}

double BgNbd::expectedPurchasesNewCustomer(const Params& p, double t)
{
    const double f = hyp2f1(p.r, p.b, p.a + p.b - 1, t / (p.alpha + t));
    return (p.a + p.b - 1) / (p.a - 1) * (1.0 - std::pow(p.alpha / (p.alpha + t), p.r) * f);
}

} // namespace clientele::core::analytics
