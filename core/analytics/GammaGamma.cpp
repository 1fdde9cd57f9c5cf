#include "GammaGamma.h"

#include "LogSpaceMinimizer.h"
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

    // Σ over buyers of GammaGamma::logLikelihood, rearranged so that only ln(γ + x z̄) is per buyer.
    double logLikelihood(const GammaGamma::Params& p) const
    {
        using special::logGamma;
        double total = p.p * sumXLogZ - sumLogZ + p.p * sumXLogX;
        total += double(buyers.size()) * (p.q * std::log(p.gamma) - logGamma(p.q));
        for (const auto& [x, count] : countOfX)
            total += count * (logGamma(p.p * x + p.q) - logGamma(p.p * x));
        for (const auto& [x, z] : buyers)
            total -= (p.p * x + p.q) * std::log(p.gamma + x * z);
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
    const auto minimum = minimizeInLogSpace(
        [&](const std::vector<double>& p) { return -data.logLikelihood({p[0], p[1], p[2]}); },
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
    return fit;
}

double GammaGamma::expectedSpend(const Params& p, int x, double z)
{
    if (x <= 0)
        return p.p * p.gamma / (p.q - 1);
    return (p.gamma + x * z) * p.p / (p.p * x + p.q - 1);
}

} // namespace clientele::core::analytics
