#pragma once

#include "../domain/Result.h"
#include "PurchaseSummary.h"

#include <optional>
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
        bool warmStarted = false; // converged from the given start (see minimizeInLogSpace)
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
    // `warmStart`: parameters to search from first (the last fit), the usual start otherwise.
    static Result<Fit> fit(const std::vector<PurchaseSummary>& summaries, const std::optional<Params>& warmStart = {});

    // P(alive | x, tx, T) = 1 / (1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+tx))^(r+x)).
    static double probabilityAlive(const Params& p, int x, double tx, double T);
    // E[Y(t) | x, tx, T]: expected purchases in the next t units (eq. 10).
    static double expectedPurchases(const Params& p, int x, double tx, double T, double t);
    // expectedPurchases in parts, for many horizons or customers at once: the part that depends on
    // the horizon t but not on tx, 1 − ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; t/(α+T+t))
    // (the costly series, shared by every customer with the same x and T); the customer's
    // denominator 1 + 1{x>0} · a/(b+x−1) · ((α+T)/(α+tx))^(r+x), the same for every t; and the
    // whole from the two. The same arithmetic as expectedPurchases, so the same result to the last bit.
    static double expectedPurchasesBody(const Params& p, int x, double T, double t);
    static double expectedPurchasesDenominator(const Params& p, int x, double tx, double T);
    static double expectedPurchasesFrom(const Params& p, int x, double body, double denominator);
    // E[X(t)] for a new customer over t units (eq. 9).
    static double expectedPurchasesNewCustomer(const Params& p, double t);
};

} // namespace clientele::core::analytics
