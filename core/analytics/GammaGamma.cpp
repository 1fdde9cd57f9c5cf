#include "GammaGamma.h"

#include "LogSpaceMinimizer.h"
#include "ParallelChunks.h"
#include "SpecialFunctions.h"

#include <QCoreApplication>


#include <cmath>
#include <map>

namespace clientele::core::analytics {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::analytics::GammaGamma", text);
}

struct Data
{
    std::vector<GammaGamma::Buyer> buyers;
    // Parameter-free sums, computed once: Σ x ln z̄, Σ ln z̄, Σ x ln x, and buyers per x.
    double sumXLogZ = 0, sumLogZ = 0, sumXLogX = 0;
    std::vector<std::pair<int, double>> countOfX;

    explicit Data(std::vector<GammaGamma::Buyer> b)
        : buyers(std::move(b))
    {
        std::map<int, double> byX;
        for (const auto& [x, z] : buyers) {
            sumXLogZ += x * std::log(z);
            sumLogZ += std::log(z);
            sumXLogX += x * std::log(double(x));
            byX[x] += 1;
        }
        countOfX.assign(byX.begin(), byX.end());
    }

    struct Partial
    {
        double value = 0;   // Σ (p x + q) ln(γ + x z̄)
        double sumXLog = 0; // Σ x ln(γ + x z̄)
        double sumLog = 0;  // Σ ln(γ + x z̄)
        double sumRatio = 0; // Σ (p x + q) / (γ + x z̄)
    };

    // Σ over buyers of GammaGamma::logLikelihood, rearranged so that only ln(γ + x z̄) is per buyer;
    // with `gradient`, also
    //   ∂/∂p = Σ x ln z̄ + Σ x ln x + Σ x (ψ(px+q) − ψ(px)) − Σ x ln(γ + x z̄)
    //   ∂/∂q = N (ln γ − ψ(q)) + Σ ψ(px+q) − Σ ln(γ + x z̄)
    //   ∂/∂γ = N q / γ − Σ (px+q) / (γ + x z̄)
    double logLikelihood(const GammaGamma::Params& p, GammaGamma::Params* gradient = nullptr) const
    {
        using special::digamma;
        using special::logGamma;
        const bool wantGradient = gradient != nullptr;
        const auto partials = inParallelChunks<Partial>(buyers.size(), [&](size_t begin, size_t end, Partial& part) {
            for (size_t i = begin; i < end; ++i) {
                const auto& [x, z] = buyers[i];
                const double denominator = p.gamma + x * z;
                const double log = std::log(denominator);
                const double pxq = p.p * x + p.q;
                part.value += pxq * log;
                if (wantGradient) {
                    part.sumXLog += x * log;
                    part.sumLog += log;
                    part.sumRatio += pxq / denominator;
                }
            }
        });
        Partial sum;
        for (const Partial& part : partials) {
            sum.value += part.value;
            sum.sumXLog += part.sumXLog;
            sum.sumLog += part.sumLog;
            sum.sumRatio += part.sumRatio;
        }
        const double n = double(buyers.size());
        double total = p.p * sumXLogZ - sumLogZ + p.p * sumXLogX;
        total += n * (p.q * std::log(p.gamma) - logGamma(p.q));
        for (const auto& [x, count] : countOfX)
            total += count * (logGamma(p.p * x + p.q) - logGamma(p.p * x));
        total -= sum.value;
        if (wantGradient) {
            GammaGamma::Params g{sumXLogZ + sumXLogX - sum.sumXLog, n * (std::log(p.gamma) - digamma(p.q)) - sum.sumLog,
                                 n * p.q / p.gamma - sum.sumRatio};
            for (const auto& [x, count] : countOfX) {
                const double psiPxq = digamma(p.p * x + p.q);
                g.p += count * x * (psiPxq - digamma(p.p * x));
                g.q += count * psiPxq;
            }
            *gradient = g;
        }
        return total;
    }
};

} // namespace

double GammaGamma::logLikelihood(const Params& p, int x, double z)
{
    using special::logGamma;
    const double px = p.p * x;
    return logGamma(px + p.q) - logGamma(px) - logGamma(p.q) + p.q * std::log(p.gamma) + (px - 1) * std::log(z) +
           px * std::log(double(x)) - (px + p.q) * std::log(p.gamma + x * z);
}

std::vector<GammaGamma::Buyer> GammaGamma::buyersOf(const std::vector<PurchaseSummary>& summaries)
{
    std::vector<Buyer> buyers;
    for (const PurchaseSummary& s : summaries)
        if (s.valid && s.x > 0 && s.meanRepeatValue > 0)
            buyers.push_back({s.x, s.meanRepeatValue});
    return buyers;
}

double GammaGamma::logLikelihood(const Params& params, const std::vector<Buyer>& buyers, Params* gradient)
{
    return Data(buyers).logLikelihood(params, gradient);
}

Result<GammaGamma::Fit> GammaGamma::fit(const std::vector<PurchaseSummary>& summaries, const std::optional<Params>& warmStart)
{
    const Data data(buyersOf(summaries));
    if (data.buyers.size() < 2)
        return Error::make(Error::Code::InvalidData, tr("Too few repeat buyers to fit the spend model."));
    double mean = 0;
    for (const auto& b : data.buyers)
        mean += b.meanValue;
    mean /= double(data.buyers.size());
    const auto minimum = minimizeInLogSpace(
        [&](const std::vector<double>& p, std::vector<double>* gradient) {
            Params g;
            const double ll = data.logLikelihood({p[0], p[1], p[2]}, gradient ? &g : nullptr);
            if (gradient)
                *gradient = {-g.p, -g.q, -g.gamma};
            return -ll;
        },
        warmStart ? std::vector<double>{warmStart->p, warmStart->q, warmStart->gamma} : std::vector<double>{},
        {0.0, 0.0, std::log(mean)}, {-9, -9, -9}, {9, 9, 30});
    if (minimum.status == LogSpaceMinimum::Status::NotConverged)
        return Error::make(Error::Code::InvalidData,
                           tr("The spend model did not converge (optimizer status %1).").arg(minimum.optimizerCode));
    if (minimum.status == LogSpaceMinimum::Status::AtBound)
        return Error::make(Error::Code::InvalidData,
                           tr("The spend model ran to the edge of its parameter range; predictions are off."));
    Fit fit;
    fit.params = {minimum.parameters[0], minimum.parameters[1], minimum.parameters[2]};
    fit.logLikelihood = -minimum.value;
    fit.customers = int(data.buyers.size());
    fit.evaluations = minimum.evaluations;
    fit.warmStarted = minimum.warmStarted;
    return fit;
}

double GammaGamma::expectedSpend(const Params& p, int x, double z)
{
    if (x <= 0)
        return p.p * p.gamma / (p.q - 1);
    return (p.gamma + x * z) * p.p / (p.p * x + p.q - 1);
}

} // namespace clientele::core::analytics
