#pragma once

#include <functional>
#include <vector>

namespace clientele::core::analytics {

// Minimizes f over positive parameters, searching their logarithms with NLopt's Nelder–Mead
// within [lower, upper] (bounds on the logs). Shared by the purchase and spend models.
struct LogSpaceMinimum
{
    enum class Status { Converged, NotConverged, AtBound };
    Status status = Status::NotConverged;
    int optimizerCode = 0;   // NLopt's result, for the message
    std::vector<double> parameters; // exp of the optimum, in the caller's order
    double value = 0;        // f at the optimum
};

LogSpaceMinimum minimizeInLogSpace(const std::function<double(const std::vector<double>& parameters)>& f,
                                   std::vector<double> startLogs, const std::vector<double>& lowerLogs,
                                   const std::vector<double>& upperLogs);

} // namespace clientele::core::analytics
