#pragma once

#include "../domain/Result.h"
#include "PurchaseSummary.h"

#include <optional>

namespace clientele::core::analytics {

// The Gamma-Gamma spend model (Fader & Hardie 2013): a customer's purchase amounts are
// Gamma(p, ν) with ν ~ Gamma(q, γ), independent of how often they buy. Fitted on repeat buyers
// (x > 0) and their mean repeat purchase value z̄.
class GammaGamma
{
public:
    struct Params
    {
        double p = 0, q = 0, gamma = 0;
    };
    struct Fit
    {
        Params params;
        double logLikelihood = 0;
        int customers = 0;
        int evaluations = 0;
        bool warmStarted = false; // converged from the given start (see minimizeInLogSpace)
    };

    //   ln L = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄)
    static double logLikelihood(const Params& params, int x, double meanValue);
    // Repeat buyers (x > 0, z̄ > 0): the customers the model is fitted on.
    struct Buyer
    {
        int x = 0;
        double meanValue = 0;
    };
    static std::vector<Buyer> buyersOf(const std::vector<PurchaseSummary>& summaries);
    // Summed over buyers; with `gradient`, also ∂ ln L/∂(p, q, γ) analytically (formulas in
    // GammaGamma.cpp). Thread-safe; spreads large inputs over the cores.
    static double logLikelihood(const Params& params, const std::vector<Buyer>& buyers, Params* gradient = nullptr);
    // Maximum likelihood with NLopt (L-BFGS with the analytic gradient, on log-parameters).
    // `warmStart`: parameters to search from first (the last fit), the usual start otherwise.
    static Result<Fit> fit(const std::vector<PurchaseSummary>& summaries, const std::optional<Params>& warmStart = {});
    // E[Z | x, z̄] = (γ + x z̄) p / (p x + q − 1); for x = 0 the population mean p γ / (q − 1).
    static double expectedSpend(const Params& params, int x, double meanValue);
};

} // namespace clientele::core::analytics
