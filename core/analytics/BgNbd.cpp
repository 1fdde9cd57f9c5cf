#include "BgNbd.h"

#include "LogSpaceMinimizer.h"
#include "ParallelChunks.h"
#include "SpecialFunctions.h"

#include <QCoreApplication>


#include <cmath>
#include <algorithm>
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
    mutable std::vector<double> logAlphaTx, logAlphaT, logBx1, invAlphaTx, invAlphaT, invBx1;

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

    // Sums over one chunk of rows: the value and the parts of the gradient that depend on rows.
    struct Partial
    {
        double value = 0, dr = 0, dAlpha = 0;
        double weightedW4 = 0;      // Σ w · w4 (∂/∂a = this / a)
        double weightedW4OverB = 0; // Σ w · w4 / (b + x − 1)
    };

    // ln L and, when `gradient` is not null, ∂ ln L/∂(r, α, a, b). Per row, with
    // l3 = −(r+x) ln(α+T), l4 = ln a − ln(b+x−1) − (r+x) ln(α+tx) and the shares w3, w4 of
    // e^l3 and e^l4 in their sum (w3 + w4 = 1; w4 = 0 when x = 0):
    //   ∂/∂r = ψ(r+x) − ψ(r) + ln α − w3 ln(α+T) − w4 ln(α+tx)
    //   ∂/∂α = r/α − (r+x) (w3/(α+T) + w4/(α+tx))
    //   ∂/∂a = ψ(a+b) − ψ(a+b+x) + w4/a
    //   ∂/∂b = ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x) − w4/(b+x−1)
    // The rows are split over the cores (fixed chunks, so the sum does not depend on their number).
    double logLikelihood(const BgNbd::Params& p, BgNbd::Params* gradient = nullptr) const
    {
        logAlphaTx.resize(txs.size());
        logAlphaT.resize(ts.size());
        logBx1.resize(xs.size());
        invAlphaTx.resize(txs.size());
        invAlphaT.resize(ts.size());
        invBx1.resize(xs.size());
        for (size_t i = 0; i < txs.size(); ++i) {
            logAlphaTx[i] = std::log(p.alpha + txs[i]);
            invAlphaTx[i] = 1.0 / (p.alpha + txs[i]);
        }
        for (size_t i = 0; i < ts.size(); ++i) {
            logAlphaT[i] = std::log(p.alpha + ts[i]);
            invAlphaT[i] = 1.0 / (p.alpha + ts[i]);
        }
        for (size_t i = 0; i < xs.size(); ++i) {
            logBx1[i] = xs[i] > 0 ? std::log(p.b + xs[i] - 1) : 0.0;
            invBx1[i] = xs[i] > 0 ? 1.0 / (p.b + xs[i] - 1) : 0.0;
        }
        const double logA = std::log(p.a);
        const bool wantGradient = gradient != nullptr;
        const auto partials = inParallelChunks<Partial>(rows.size(), [&](size_t begin, size_t end, Partial& part) {
            for (size_t k = begin; k < end; ++k) {
                const Row& row = rows[k];
                const int x = xs[size_t(row.xIndex)];
                const double rx = p.r + x;
                const double a3 = -rx * logAlphaT[size_t(row.tIndex)];
                if (x == 0) {
                    part.value += row.weight * a3;
                    if (wantGradient) {
                        part.dr -= row.weight * logAlphaT[size_t(row.tIndex)];
                        part.dAlpha -= row.weight * rx * invAlphaT[size_t(row.tIndex)];
                    }
                    continue;
                }
                const double a4 = logA - logBx1[size_t(row.xIndex)] - rx * logAlphaTx[size_t(row.txIndex)];
                // log-sum-exp as special::logSumExp computes it, keeping the shares.
                const double m = std::max(a3, a4);
                const double e = std::exp(std::min(a3, a4) - m);
                part.value += row.weight * (m + std::log(1.0 + e));
                if (!wantGradient)
                    continue;
                const double wMax = 1.0 / (1.0 + e), wMin = e * wMax;
                const double w3 = a3 >= a4 ? wMax : wMin, w4 = a3 >= a4 ? wMin : wMax;
                part.dr -= row.weight * (w3 * logAlphaT[size_t(row.tIndex)] + w4 * logAlphaTx[size_t(row.txIndex)]);
                part.dAlpha -= row.weight * rx * (w3 * invAlphaT[size_t(row.tIndex)] + w4 * invAlphaTx[size_t(row.txIndex)]);
                part.weightedW4 += row.weight * w4;
                part.weightedW4OverB += row.weight * w4 * invBx1[size_t(row.xIndex)];
            }
        });
        Partial sum;
        for (const Partial& part : partials) {
            sum.value += part.value;
            sum.dr += part.dr;
            sum.dAlpha += part.dAlpha;
            sum.weightedW4 += part.weightedW4;
            sum.weightedW4OverB += part.weightedW4OverB;
        }
        double total = sum.value;
        const double lgR = logGamma(p.r), lgB = logGamma(p.b), lgAB = logGamma(p.a + p.b);
        const double logAlpha = std::log(p.alpha);
        const double rLogAlpha = p.r * logAlpha;
        for (size_t i = 0; i < xs.size(); ++i) {
            const int x = xs[i];
            total += weightOfX[i] * (logGamma(p.r + x) - lgR + rLogAlpha + lgAB + logGamma(p.b + x) - lgB -
                                     logGamma(p.a + p.b + x));
        }
        if (wantGradient) {
            using special::digamma;
            const double psiR = digamma(p.r), psiB = digamma(p.b), psiAB = digamma(p.a + p.b);
            BgNbd::Params g{sum.dr, sum.dAlpha, sum.weightedW4 / p.a, -sum.weightedW4OverB};
            for (size_t i = 0; i < xs.size(); ++i) {
                const int x = xs[i];
                const double w = weightOfX[i];
                const double psiABX = digamma(p.a + p.b + x);
                g.r += w * (digamma(p.r + x) - psiR + logAlpha);
                g.alpha += w * p.r / p.alpha;
                g.a += w * (psiAB - psiABX);
                g.b += w * (psiAB + digamma(p.b + x) - psiB - psiABX);
            }
            *gradient = g;
        }
        return total;
    }
};

} // namespace

std::vector<BgNbd::Group> BgNbd::group(const std::vector<PurchaseSummary>& summaries)
{
    // Sort and count (a flat vector, not a map: 100,000 customers in a few milliseconds).
    std::vector<std::tuple<int, double, double>> keys;
    keys.reserve(summaries.size());
    for (const PurchaseSummary& s : summaries)
        if (s.valid)
            keys.emplace_back(s.x, s.tx, s.T);
    std::sort(keys.begin(), keys.end());
    std::vector<Group> groups;
    for (const auto& key : keys) {
        if (!groups.empty() && groups.back().x == std::get<0>(key) && groups.back().tx == std::get<1>(key) &&
            groups.back().T == std::get<2>(key))
            groups.back().weight += 1.0;
        else
            groups.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), 1.0});
    }
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

double BgNbd::logLikelihood(const Params& p, const std::vector<Group>& groups, Params* gradient)
{
    return Prepared(groups).logLikelihood(p, gradient);
}

Result<BgNbd::Fit> BgNbd::fit(const std::vector<PurchaseSummary>& summaries, const std::optional<Params>& warmStart)
{
    const std::vector<Group> groups = group(summaries);
    if (groups.empty())
        return Error::make(Error::Code::InvalidData, tr("No customers with purchases to fit the model on."));
    const Prepared prepared(groups);
    const auto minimum = minimizeInLogSpace(
        [&](const std::vector<double>& p, std::vector<double>* gradient) {
            Params g;
            const double ll = prepared.logLikelihood({p[0], p[1], p[2], p[3]}, gradient ? &g : nullptr);
            if (gradient)
                *gradient = {-g.r, -g.alpha, -g.a, -g.b};
            return -ll;
        },
        warmStart ? std::vector<double>{warmStart->r, warmStart->alpha, warmStart->a, warmStart->b} : std::vector<double>{},
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
    fit.evaluations = minimum.evaluations;
    fit.warmStarted = minimum.warmStarted;
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
    return expectedPurchasesFrom(p, x, expectedPurchasesBody(p, x, T, t), expectedPurchasesDenominator(p, x, tx, T));
}

double BgNbd::expectedPurchasesBody(const Params& p, int x, double T, double t)
{
    const double z = t / (p.alpha + T + t);
    const double f = hyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    return 1.0 - std::pow((p.alpha + T) / (p.alpha + T + t), p.r + x) * f;
}

double BgNbd::expectedPurchasesDenominator(const Params& p, int x, double tx, double T)
{
    double denominator = 1.0;
    if (x > 0)
        denominator += p.a / (p.b + x - 1) * std::pow((p.alpha + T) / (p.alpha + tx), p.r + x);
    return denominator;
}

double BgNbd::expectedPurchasesFrom(const Params& p, int x, double body, double denominator)
{
    const double head = (p.a + p.b + x - 1) / (p.a - 1);
    return head * body / denominator;
}

double BgNbd::expectedPurchasesNewCustomer(const Params& p, double t)
{
    const double f = hyp2f1(p.r, p.b, p.a + p.b - 1, t / (p.alpha + t));
    return (p.a + p.b - 1) / (p.a - 1) * (1.0 - std::pow(p.alpha / (p.alpha + t), p.r) * f);
}

} // namespace clientele::core::analytics
