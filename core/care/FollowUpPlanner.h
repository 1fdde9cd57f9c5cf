#pragma once

#include "../automation/RuleEngine.h"
#include "../domain/Result.h"
#include "CareLoad.h"

#include <QDate>
#include <QHash>
#include <QMap>

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::care {

struct PlanSummary
{
    qint64 generated = 0; // tasks the rules call for in the window
    qint64 created = 0;   // of which new (the rest existed from an earlier run)
};

// What running the care rules would create (a dry run): the new tasks only, each on the day the
// day cap plans it for. Nothing is written until apply().
struct CarePlan
{
    QDate from;
    QDate to;
    CareLoad load;
    qint64 generated = 0;     // tasks the rules call for in the window, new or not
    QList<PlannedTask> tasks; // the new ones, by planned day
    QHash<QString, automation::Planned> sources; // dedupe key → the rule action behind a task

    qint64 existing() const { return generated - tasks.size(); }
    int moved() const;                  // put off by the cap or a skipped Sunday
    QMap<QString, int> perRule() const; // rule key → new tasks
    QMap<QDate, int> perDay() const;    // planned day → new tasks
    // The same new tasks planned again under another day cap (a preview trying caps; no database).
    CarePlan withLoad(const CareLoad& other) const;
};

// The follow-ups the automation rules (automation::RuleEngine) call for in a window — the care
// rules are built-in rules of the engine — for the calendar's "Run Care Rules" and `followups
// generate`: every enabled rule whose action is a follow-up. plan() is the dry run; apply()
// stores a plan in one transaction, recording each rule's event like the engine's own runs;
// generate() is both. Running it again creates nothing twice (event and dedupe keys), and a plan
// applied late skips what another run stored meanwhile. The automation daily cap is the engine's
// (automatic runs); here the owner sees every task and the follow-up day cap spreads them.
class FollowUpPlanner
{
public:
    // `load` overrides the stored day cap (a preview trying another cap).
    static Result<CarePlan> plan(const storage::Database& database, const QDate& from, const QDate& to,
                                 const std::optional<CareLoad>& load = std::nullopt);
    static Result<PlanSummary> apply(storage::Database& database, const CarePlan& plan);
    static Result<PlanSummary> generate(storage::Database& database, const QDate& from, const QDate& to);
};

} // namespace clientele::core::care
