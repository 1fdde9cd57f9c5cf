#include "LogSpaceMinimizer.h"

#include <nlopt.h>

#include <algorithm>
#include <cmath>

namespace clientele::core::analytics {

namespace {
struct Objective
{
    const ValueAndGradient* f;
    std::vector<double> parameters;
    std::vector<double> gradient;
    int evaluations = 0;
};

double evaluate(unsigned n, const double* logs, double* logGradient, void* data)
{
    auto* objective = static_cast<Objective*>(data);
    ++objective->evaluations;
    for (unsigned i = 0; i < n; ++i)
        objective->parameters[i] = std::exp(logs[i]);
    const double value = (*objective->f)(objective->parameters, logGradient ? &objective->gradient : nullptr);
    if (logGradient) {
        for (unsigned i = 0; i < n; ++i)
            logGradient[i] = objective->gradient[i] * objective->parameters[i]; // ∂f/∂ln θ = θ ∂f/∂θ
    }
    if (!std::isfinite(value)) {
        // Steer away from undefined regions: a huge value whose gradient points back to the start.
        if (logGradient)
            std::fill(logGradient, logGradient + n, 0.0);
        return 1e300;
    }
    return value;
}

// L-BFGS stops with "round-off limited" (or NLopt's generic failure, seen when started at the
// optimum itself) when the line search cannot improve f in the last digits, which at a smooth
// optimum is where it should stop: accepted when the gradient there (ignoring coordinates held at
// a bound) is negligible against f.
bool stationary(Objective& objective, const std::vector<double>& logs, const std::vector<double>& lower,
                const std::vector<double>& upper, double value)
{
    const unsigned n = unsigned(logs.size());
    std::vector<double> g(n);
    evaluate(n, logs.data(), g.data(), &objective);
    for (unsigned i = 0; i < n; ++i) {
        const bool atLower = logs[i] <= lower[i] + 1e-9 && g[i] > 0;
        const bool atUpper = logs[i] >= upper[i] - 1e-9 && g[i] < 0;
        if (!atLower && !atUpper && !(std::abs(g[i]) <= 1e-6 * std::max(1.0, std::abs(value))))
            return false;
    }
    return true;
}
} // namespace

namespace {
// One run of an NLopt algorithm from `logs`; NotConverged when it stops without an optimum.
LogSpaceMinimum run(nlopt_algorithm algorithm, const ValueAndGradient& f, std::vector<double> logs,
                    const std::vector<double>& lower, const std::vector<double>& upper)
{
    const unsigned n = unsigned(logs.size());
    Objective objective{&f, std::vector<double>(n), std::vector<double>(n)};
    const bool gradientFree = algorithm == NLOPT_LN_NELDERMEAD;
    nlopt_opt opt = nlopt_create(algorithm, n);
    nlopt_set_lower_bounds(opt, lower.data());
    nlopt_set_upper_bounds(opt, upper.data());
    nlopt_set_min_objective(opt, evaluate, &objective);
    if (gradientFree) {
        // The settings of the gradient-free fit used before L-BFGS.
        nlopt_set_xtol_rel(opt, 1e-7);
        nlopt_set_ftol_abs(opt, 1e-9);
        nlopt_set_maxeval(opt, 20000);
    } else {
        nlopt_set_xtol_rel(opt, 1e-10);
        nlopt_set_ftol_rel(opt, 1e-14);
        nlopt_set_maxeval(opt, 5000);
    }
    LogSpaceMinimum result;
    nlopt_result code = nlopt_optimize(opt, logs.data(), &result.value);
    nlopt_destroy(opt);
    if (!gradientFree && (code == NLOPT_ROUNDOFF_LIMITED || code == NLOPT_FAILURE) && std::isfinite(result.value) &&
        stationary(objective, logs, lower, upper, result.value))
        code = NLOPT_FTOL_REACHED;
    result.optimizerCode = int(code);
    result.evaluations = objective.evaluations;
    if (code < 0 || code == NLOPT_MAXEVAL_REACHED || !std::isfinite(result.value) || result.value >= 1e300) {
        result.status = LogSpaceMinimum::Status::NotConverged;
        return result;
    }
    result.status = LogSpaceMinimum::Status::Converged;
    for (unsigned i = 0; i < n; ++i) {
        if (!std::isfinite(logs[i]) || logs[i] <= lower[i] + 1e-6 || logs[i] >= upper[i] - 1e-6)
            result.status = LogSpaceMinimum::Status::AtBound;
        result.parameters.push_back(std::exp(logs[i]));
    }
    return result;
}
} // namespace

LogSpaceMinimum minimizeInLogSpace(const ValueAndGradient& f, std::vector<double> logs,
                                   const std::vector<double>& lower, const std::vector<double>& upper)
{
    LogSpaceMinimum result = run(NLOPT_LD_LBFGS, f, logs, lower, upper);
    if (result.status != LogSpaceMinimum::Status::NotConverged)
        return result;
    // L-BFGS failed (a line search that found no descent, a non-finite step): Nelder–Mead from
    // the same start needs no gradient. Slower by an order of magnitude, so only as a fallback.
    LogSpaceMinimum fallback = run(NLOPT_LN_NELDERMEAD, f, logs, lower, upper);
    fallback.evaluations += result.evaluations;
    fallback.usedFallback = true;
    if (fallback.status == LogSpaceMinimum::Status::NotConverged)
        fallback.optimizerCode = result.optimizerCode; // report why L-BFGS failed
    return fallback;
}

LogSpaceMinimum minimizeInLogSpace(const ValueAndGradient& f, const std::vector<double>& warmParameters,
                                   std::vector<double> startLogs, const std::vector<double>& lowerLogs,
                                   const std::vector<double>& upperLogs)
{
    int warmEvaluations = 0;
    if (warmParameters.size() == startLogs.size()) {
        std::vector<double> logs;
        bool inside = true;
        for (size_t i = 0; i < warmParameters.size(); ++i) {
            logs.push_back(warmParameters[i] > 0 ? std::log(warmParameters[i]) : lowerLogs[i]);
            inside = inside && std::isfinite(logs[i]) && logs[i] > lowerLogs[i] && logs[i] < upperLogs[i];
        }
        if (inside) {
            LogSpaceMinimum warm = run(NLOPT_LD_LBFGS, f, logs, lowerLogs, upperLogs);
            if (warm.status == LogSpaceMinimum::Status::Converged) {
                warm.warmStarted = true;
                return warm;
            }
            warmEvaluations = warm.evaluations;
        }
    }
    LogSpaceMinimum cold = minimizeInLogSpace(f, std::move(startLogs), lowerLogs, upperLogs);
    cold.evaluations += warmEvaluations;
    return cold;
}

} // namespace clientele::core::analytics
