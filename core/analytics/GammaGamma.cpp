#include "GammaGamma.h"

#include "SpecialFunctions.h"

#include <QCoreApplication>

#include <nlopt.h>

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
    std::vector<std::pair<int, double>> buyers; // (x, z̄) of repeat buyers
    // Parameter-free sums, computed once: Σ x ln z̄, Σ ln z̄, Σ x ln x, and buyers per x.
    double sumXLogZ = 0, sumLogZ = 0, sumXLogX = 0;
    std::vector<std::pair<int, double>> countOfX;

    void prepare()
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
};

// Σ over buyers of GammaGamma::logLikelihood, rearranged so that only ln(γ + x z̄) is per buyer.
double objective(unsigned, const double* logParams, double*, void* data)
{
    using special::logGamma;
    const auto* d = static_cast<Data*>(data);
    const GammaGamma::Params p{std::exp(logParams[0]), std::exp(logParams[1]), std::exp(logParams[2])};
    double total = p.p * d->sumXLogZ - d->sumLogZ + p.p * d->sumXLogX;
    const double n = double(d->buyers.size());
    total += n * (p.q * std::log(p.gamma) - logGamma(p.q));
    for (const auto& [x, count] : d->countOfX)
        total += count * (logGamma(p.p * x + p.q) - logGamma(p.p * x));
    for (const auto& [x, z] : d->buyers)
        total -= (p.p * x + p.q) * std::log(p.gamma + x * z);
    return std::isfinite(total) ? -total : 1e300;
}
} // namespace

double GammaGamma::logLikelihood(const Params& p, int x, double z)
{
    using special::logGamma;
    const double px = p.p * x;
    return logGamma(px + p.q) - logGamma(px) - logGamma(p.q) + p.q * std::log(p.gamma) + (px - 1) * std::log(z) +
           px * std::log(double(x)) - (px + p.q) * std::log(p.gamma + x * z);
}

Result<GammaGamma::Fit> GammaGamma::fit(const std::vector<PurchaseSummary>& summaries)
{
    Data data;
    for (const PurchaseSummary& s : summaries)
        if (s.valid && s.x > 0 && s.meanRepeatValue > 0)
            data.buyers.push_back({s.x, s.meanRepeatValue});
    data.prepare();
    if (data.buyers.size() < 2)
        return Error::make(Error::Code::InvalidData, tr("Too few repeat buyers to fit the spend model."));
    double mean = 0;
    for (const auto& b : data.buyers)
        mean += b.second;
    mean /= double(data.buyers.size());
    double logParams[3] = {0.0, 0.0, std::log(mean)};
    const double lower[3] = {-9, -9, -9};
    const double upper[3] = {9, 9, 30};
    double best = 0;
    for (const nlopt_algorithm algorithm : {NLOPT_LN_NELDERMEAD}) {
        nlopt_opt opt = nlopt_create(algorithm, 3);
        nlopt_set_lower_bounds(opt, lower);
        nlopt_set_upper_bounds(opt, upper);
        nlopt_set_min_objective(opt, objective, &data);
        nlopt_set_xtol_rel(opt, 1e-7);
        nlopt_set_ftol_abs(opt, 1e-9);
        nlopt_set_maxeval(opt, 20000);
        const nlopt_result result = nlopt_optimize(opt, logParams, &best);
        nlopt_destroy(opt);
        if (result < 0 || result == NLOPT_MAXEVAL_REACHED)
            return Error::make(Error::Code::InvalidData,
                               tr("The spend model did not converge (optimizer status %1).").arg(int(result)));
    }
    for (int i = 0; i < 3; ++i)
        if (!std::isfinite(logParams[i]) || logParams[i] <= lower[i] + 1e-6 || logParams[i] >= upper[i] - 1e-6)
            return Error::make(Error::Code::InvalidData,
                               tr("The spend model ran to the edge of its parameter range; predictions are off."));
    Fit fit;
    fit.params = {std::exp(logParams[0]), std::exp(logParams[1]), std::exp(logParams[2])};
    fit.logLikelihood = -best;
    fit.customers = int(data.buyers.size());
    return fit;
}

double GammaGamma::expectedSpend(const Params& p, int x, double z)
{
    if (x <= 0)
        return p.p * p.gamma / (p.q - 1);
    return (p.gamma + x * z) * p.p / (p.p * x + p.q - 1);
}

} // namespace clientele::core::analytics
