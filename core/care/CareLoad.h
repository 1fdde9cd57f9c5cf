#pragma once

#include "../domain/Result.h"
#include "CareTaskGenerator.h"

#include <QDate>
#include <QList>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::care {

// A rule-made task as the plan will store it: `task.dueOn` is the day it is planned for, after the
// day cap; `ruleDue` the day the rule asked for.
struct PlannedTask
{
    CareTask task;
    QDate ruleDue;
    bool moved() const { return task.dueOn != ruleDue; }
};

// How many new care tasks one day may get (a shop setting). Tasks beyond the cap, and with
// skipSundays those due on a Sunday, move to the next day with room; nothing is dropped and
// nothing moves earlier (a greeting is never planned before the rule's day).
struct CareLoad
{
    static constexpr int kDefaultMaxNewPerDay = 20;
    static constexpr int kMaxMaxNewPerDay = 500;
    int maxNewPerDay = kDefaultMaxNewPerDay; // 0: no cap
    bool skipSundays = false;

    static CareLoad load(const storage::Database& database);
    // Owners only (Permission::ChangeRules); maxNewPerDay in [0, kMaxMaxNewPerDay].
    static Status save(const storage::Database& database, const CareLoad& load);
    // Pure: plans `tasks` (in the order given, which decides who moves) day by day.
    static QList<PlannedTask> spread(const QList<CareTask>& tasks, const CareLoad& load);
};

} // namespace clientele::core::care
