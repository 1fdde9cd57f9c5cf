#pragma once

#include "../domain/Result.h"
#include "PurchaseSummary.h"

#include <vector>

namespace clientele::core::analytics {

// The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way"): while
// alive a customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase they
// drop out with probability p ~ Beta(a, b).
class BgNbd
{
public:
    struct Params
    {
        double r = 0, alpha = 0, a = 0, b = 0;
    };
    struct Fit
    {
        Params params;
        double logLikelihood = 0;
        int evaluations = 0;
    };

    // Customers with identical (x, tx, T) share one likelihood term, weighted by their count:
    // a shop of 100,000 customers has a few thousand distinct triples.
    struct Group
    {
        int x = 0;
        double tx = 0, T = 0;
        double weight = 0;
    };
    static std::vector<Group> group(const std::vector<PurchaseSummary>& summaries);

    // Individual log-likelihood (eq. 6 of the paper, in log space):
    //   ln L = lnΓ(r+x) − lnΓ(r) + r ln α + lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
    //          + ln[ (α+T)^−(r+x) + 1{x>0} · a/(b+x−1) · (α+tx)^−(r+x) ]
    static double logLikelihood(const Params& p, int x, double tx, double T);
    // Summed over groups (weights = counts); with `gradient`, also ∂ ln L/∂(r, α, a, b) analytically
    // (formulas in BgNbd.cpp). Thread-safe; spreads large inputs over the cores.
    static double logLikelihood(const Params& p, const std::vector<Group>& groups, Params* gradient = nullptr);

    // Maximum likelihood with NLopt (L-BFGS with the analytic gradient, on log-parameters). Fails with a message when the optimizer does not converge or the result is not
    // finite, rather than returning parameters nobody should trust.
    static Result<Fit> fit(const std::vector<PurchaseSummary>& summaries);

    // P(alive | x, tx, T) = 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+tx))^(r+x)).
    static double probabilityAlive(const Params& p, int x, double tx, double T);
    // E[Y(t) | x, tx, T]: expected purchases in the next t units (eq. 10).
    static double expectedPurchases(const Params& p, int x, double tx, double T, double t);
    // E[X(t)] for a new customer over t units (eq. 9).
    static double expectedPurchasesNewCustomer(const Params& p, double t);
};

} // namespace clientele::core::analytics
