#include "LogSpaceMinimizer.h"

#include <nlopt.h>

#include <cmath>

namespace clientele::core::analytics {

namespace {
struct Objective
{
    const std::function<double(const std::vector<double>&)>* f;
    std::vector<double> parameters;
};

double evaluate(unsigned n, const double* logs, double* /*gradient: derivative-free*/, void* data)
{
    auto* objective = static_cast<Objective*>(data);
    for (unsigned i = 0; i < n; ++i)
        objective->parameters[i] = std::exp(logs[i]);
    const double value = (*objective->f)(objective->parameters);
    return std::isfinite(value) ? value : 1e300; // steer away from undefined regions
}
} // namespace

LogSpaceMinimum minimizeInLogSpace(const std::function<double(const std::vector<double>&)>& f,
                                   std::vector<double> logs, const std::vector<double>& lower,
                                   const std::vector<double>& upper)
{
    const unsigned n = unsigned(logs.size());
    Objective objective{&f, std::vector<double>(n)};
    nlopt_opt opt = nlopt_create(NLOPT_LN_NELDERMEAD, n);
    nlopt_set_lower_bounds(opt, lower.data());
    nlopt_set_upper_bounds(opt, upper.data());
    nlopt_set_min_objective(opt, evaluate, &objective);
    nlopt_set_xtol_rel(opt, 1e-7);
    nlopt_set_ftol_abs(opt, 1e-9);
    nlopt_set_maxeval(opt, 20000);
    LogSpaceMinimum result;
    const nlopt_result code = nlopt_optimize(opt, logs.data(), &result.value);
    nlopt_destroy(opt);
    result.optimizerCode = int(code);
    if (code < 0 || code == NLOPT_MAXEVAL_REACHED || !std::isfinite(result.value)) {
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

} // namespace clientele::core::analytics
