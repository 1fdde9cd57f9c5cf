#pragma once

#include <functional>
#include <vector>

namespace clientele::core::analytics {

// Minimizes f over positive parameters, searching their logarithms within [lower, upper] (bounds
// on the logs) with NLopt's L-BFGS (a gradient method); when L-BFGS does not converge, once more
// with NLopt's Nelder–Mead (no gradient) from the same start. Shared by the purchase and spend models.
struct LogSpaceMinimum
{
    enum class Status { Converged, NotConverged, AtBound };
    Status status = Status::NotConverged;
    int optimizerCode = 0;   // NLopt's result, for the message
    std::vector<double> parameters; // exp of the optimum, in the caller's order
    double value = 0;        // f at the optimum
    int evaluations = 0;     // function evaluations, both runs when the fallback ran
    bool usedFallback = false; // L-BFGS did not converge; this is Nelder–Mead's result
    bool warmStarted = false;  // converged from the given warm start (no cold run)
};

// f returns the value at `parameters` (the positive parameters themselves, not their logs) and,
// when `gradient` is not null, writes ∂f/∂parameter_i into it (sized like the parameters); the
// minimizer turns that into the gradient in log space (∂f/∂ln θ = θ ∂f/∂θ).
using ValueAndGradient = std::function<double(const std::vector<double>& parameters, std::vector<double>* gradient)>;

LogSpaceMinimum minimizeInLogSpace(const ValueAndGradient& f, std::vector<double> startLogs,
                                   const std::vector<double>& lowerLogs, const std::vector<double>& upperLogs);

// The same minimum searched first from `warmParameters` (positive parameters, e.g. the optimum of
// yesterday's data, which moved little since): L-BFGS from near the optimum needs a fraction of
// the evaluations. Unless that run converges strictly inside the bounds, the cold search above
// runs as if there had been no warm start (its evaluations counted too). Empty: the cold search.
LogSpaceMinimum minimizeInLogSpace(const ValueAndGradient& f, const std::vector<double>& warmParameters,
                                   std::vector<double> startLogs, const std::vector<double>& lowerLogs,
                                   const std::vector<double>& upperLogs);

} // namespace clientele::core::analytics
