#pragma once

#include "../domain/Result.h"

#include <QDate>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::care {

struct PlanSummary
{
    qint64 generated = 0; // tasks the rules call for in the window
    qint64 created = 0;   // of which new (the rest existed from an earlier run)
};

// Runs the care rules over the latest segmentation results and stores new follow-ups, in one
// transaction. Running it again creates nothing twice (dedupe keys).
class FollowUpPlanner
{
public:
    static Result<PlanSummary> generate(storage::Database& database, const QDate& from, const QDate& to);
};

} // namespace clientele::core::care
