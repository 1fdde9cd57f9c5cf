#include "CatchCompat.h"

#include "analytics/BgNbd.h"
#include "analytics/GammaGamma.h"
#include "analytics/LogSpaceMinimizer.h"
#include "analytics/SpecialFunctions.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

using namespace clientele::core::analytics;

// The fits use analytic gradients of the two log-likelihoods; these tests hold each gradient
// against central finite differences, ∂f/∂θ ≈ (f(θ + h) − f(θ − h)) / 2h with h = 1e-5 · θ, at
// several parameter points, on data large enough to take the multi-threaded path (> 8,192 rows)
// and on a small set (one chunk). Tolerance: |analytic − difference| ≤ 1e-5 · max(1, |difference|)
// (the difference itself is good to about 1e-8 relative at these step sizes).

namespace {
// A deterministic little generator (no std::random distributions: their output differs by library).
struct Lcg
{
    std::uint64_t state;
    double next()
    {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double(state >> 11) / double(1ULL << 53);
    }
};

std::vector<BgNbd::Group> syntheticGroups(int count, std::uint64_t seed)
{
    Lcg rng{seed};
    std::vector<BgNbd::Group> groups;
    for (int i = 0; i < count; ++i) {
        const double T = 1 + std::floor(rng.next() * 1500) / 7.0;
        const int x = rng.next() < 0.3 ? 0 : 1 + int(rng.next() * 30);
        const double tx = x == 0 ? 0 : std::floor(rng.next() * T * 7) / 7.0;
        groups.push_back({x, tx, T, double(1 + int(rng.next() * 5))});
    }
    return groups;
}

std::vector<GammaGamma::Buyer> syntheticBuyers(int count, std::uint64_t seed)
{
    Lcg rng{seed};
    std::vector<GammaGamma::Buyer> buyers;
    for (int i = 0; i < count; ++i)
        buyers.push_back({1 + int(rng.next() * 20), 500 + rng.next() * 200000});
    return buyers;
}

bool close(double analytic, double numeric)
{
    return std::abs(analytic - numeric) <= 1e-5 * std::max(1.0, std::abs(numeric));
}
} // namespace

TEST_CASE("digamma matches known values", "[analytics][gradient]")
{
    constexpr double eulerGamma = 0.57721566490153286061;
    CHECK(special::digamma(1.0) == clientele::test::Approx(-eulerGamma).epsilon(1e-14));
    CHECK(special::digamma(0.5) == clientele::test::Approx(-eulerGamma - 2 * std::log(2.0)).epsilon(1e-14));
    CHECK(special::digamma(10.0) == clientele::test::Approx(2.251752589066721).epsilon(1e-14));
    CHECK(special::digamma(0.01) == clientele::test::Approx(-100.56088545786867).epsilon(1e-13));
    // ψ(x + 1) = ψ(x) + 1/x across the switch to the asymptotic series.
    for (double x : {0.3, 2.7, 9.5, 10.0, 40.0})
        CHECK(special::digamma(x + 1) == clientele::test::Approx(special::digamma(x) + 1 / x).epsilon(1e-13));
    CHECK(std::isnan(special::digamma(0.0)));
}

TEST_CASE("BG/NBD log-likelihood gradient equals central finite differences", "[analytics][gradient]")
{
    const auto size = GENERATE(300, 20000);
    const std::vector<BgNbd::Group> groups = syntheticGroups(size, 7);
    const std::array<BgNbd::Params, 4> points{{{0.243, 4.414, 0.793, 2.426},
                                               {1.0, 4.0, 1.0, 1.0},
                                               {0.05, 80.0, 0.2, 9.0},
                                               {3.5, 0.7, 2.5, 0.4}}};
    for (const BgNbd::Params& p : points) {
        BgNbd::Params g;
        const double value = BgNbd::logLikelihood(p, groups, &g);
        CHECK(value == clientele::test::Approx(BgNbd::logLikelihood(p, groups)).epsilon(1e-13));
        // The grouped sum equals the per-customer formula.
        double direct = 0;
        for (const auto& group : groups)
            direct += group.weight * BgNbd::logLikelihood(p, group.x, group.tx, group.T);
        CHECK(value == clientele::test::Approx(direct).epsilon(1e-11));
        const std::array<double BgNbd::Params::*, 4> members{&BgNbd::Params::r, &BgNbd::Params::alpha,
                                                              &BgNbd::Params::a, &BgNbd::Params::b};
        for (auto member : members) {
            BgNbd::Params up = p, down = p;
            const double h = 1e-5 * p.*member;
            up.*member += h;
            down.*member -= h;
            const double numeric = (BgNbd::logLikelihood(up, groups) - BgNbd::logLikelihood(down, groups)) / (2 * h);
            INFO("rows " << size << ", r " << p.r << " alpha " << p.alpha << " a " << p.a << " b " << p.b
                         << ": analytic " << g.*member << ", finite difference " << numeric);
            CHECK(close(g.*member, numeric));
        }
    }
}

TEST_CASE("Gamma-Gamma log-likelihood gradient equals central finite differences", "[analytics][gradient]")
{
    const auto size = GENERATE(200, 30000);
    const std::vector<GammaGamma::Buyer> buyers = syntheticBuyers(size, 11);
    const std::array<GammaGamma::Params, 4> points{{{6.25, 3.74, 1544.3}, {1.0, 1.0, 10000.0},
                                                    {0.4, 12.0, 300.0}, {20.0, 1.5, 90000.0}}};
    for (const GammaGamma::Params& p : points) {
        GammaGamma::Params g;
        const double value = GammaGamma::logLikelihood(p, buyers, &g);
        double direct = 0;
        for (const auto& b : buyers)
            direct += GammaGamma::logLikelihood(p, b.x, b.meanValue);
        CHECK(value == clientele::test::Approx(direct).epsilon(1e-11));
        const std::array<double GammaGamma::Params::*, 3> members{&GammaGamma::Params::p, &GammaGamma::Params::q,
                                                                   &GammaGamma::Params::gamma};
        for (auto member : members) {
            GammaGamma::Params up = p, down = p;
            const double h = 1e-5 * p.*member;
            up.*member += h;
            down.*member -= h;
            const double numeric =
                (GammaGamma::logLikelihood(up, buyers) - GammaGamma::logLikelihood(down, buyers)) / (2 * h);
            INFO("buyers " << size << ", p " << p.p << " q " << p.q << " gamma " << p.gamma << ": analytic "
                           << g.*member << ", finite difference " << numeric);
            CHECK(close(g.*member, numeric));
        }
    }
}

TEST_CASE("The log-space minimizer falls back to Nelder-Mead only when L-BFGS fails", "[analytics][gradient]")
{
    // f(θ) = Σ (ln θ_i − c_i)², minimum at θ_i = e^{c_i}.
    const std::vector<double> c{0.5, -1.0, 2.0};
    const auto value = [&](const std::vector<double>& p) {
        double v = 0;
        for (size_t i = 0; i < p.size(); ++i)
            v += (std::log(p[i]) - c[i]) * (std::log(p[i]) - c[i]);
        return v;
    };
    const auto trueGradient = [&](const std::vector<double>& p, std::vector<double>& g) {
        for (size_t i = 0; i < p.size(); ++i)
            g[i] = 2 * (std::log(p[i]) - c[i]) / p[i];
    };
    const std::vector<double> start{0, 0, 0}, lower{-9, -9, -9}, upper{9, 9, 9};

    SECTION("a true gradient: L-BFGS alone")
    {
        const auto m = minimizeInLogSpace(
            [&](const std::vector<double>& p, std::vector<double>* g) {
                if (g)
                    trueGradient(p, *g);
                return value(p);
            },
            start, lower, upper);
        REQUIRE(m.status == LogSpaceMinimum::Status::Converged);
        CHECK_FALSE(m.usedFallback);
        for (size_t i = 0; i < c.size(); ++i)
            CHECK(m.parameters[i] == clientele::test::Approx(std::exp(c[i])).epsilon(1e-6));
    }
    SECTION("a gradient pointing uphill: L-BFGS fails, Nelder-Mead finds the minimum")
    {
        const auto m = minimizeInLogSpace(
            [&](const std::vector<double>& p, std::vector<double>* g) {
                if (g) {
                    trueGradient(p, *g);
                    for (double& x : *g)
                        x = -x;
                }
                return value(p);
            },
            start, lower, upper);
        REQUIRE(m.status == LogSpaceMinimum::Status::Converged);
        CHECK(m.usedFallback);
        for (size_t i = 0; i < c.size(); ++i)
            CHECK(m.parameters[i] == clientele::test::Approx(std::exp(c[i])).epsilon(1e-4)); // ftol_abs 1e-9
    }
}
