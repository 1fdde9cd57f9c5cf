#include "FollowUpPlanner.h"

#include "../domain/Clock.h"
#include "../storage/AutomationRepository.h"
#include "../storage/Transaction.h"

#include <algorithm>

namespace clientele::core::care {

int CarePlan::moved() const
{
    return int(std::count_if(tasks.cbegin(), tasks.cend(), [](const PlannedTask& t) { return t.moved(); }));
}

QMap<QString, int> CarePlan::perRule() const
{
    QMap<QString, int> out;
    for (const PlannedTask& t : tasks)
        ++out[t.task.rule];
    return out;
}

QMap<QDate, int> CarePlan::perDay() const
{
    QMap<QDate, int> out;
    for (const PlannedTask& t : tasks)
        ++out[t.task.dueOn];
    return out;
}

namespace {
void sortByPlannedDay(QList<PlannedTask>& tasks)
{
    std::stable_sort(tasks.begin(), tasks.end(),
                     [](const PlannedTask& a, const PlannedTask& b) { return a.task.dueOn < b.task.dueOn; });
}
} // namespace

CarePlan CarePlan::withLoad(const CareLoad& other) const
{
    QList<CareTask> asRuled;
    asRuled.reserve(tasks.size());
    for (const PlannedTask& t : tasks) {
        asRuled.append(t.task);
        asRuled.last().dueOn = t.ruleDue;
    }
    // Back in the rules' order (by their day, then customer) so the cap moves the same tasks it
    // would have moved in a fresh plan.
    std::stable_sort(asRuled.begin(), asRuled.end(), [](const CareTask& a, const CareTask& b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.customerId < b.customerId;
    });
    CarePlan out = *this;
    out.load = other;
    out.tasks = CareLoad::spread(asRuled, other);
    sortByPlannedDay(out.tasks);
    return out;
}

Result<CarePlan> FollowUpPlanner::plan(const storage::Database& database, const QDate& from, const QDate& to,
                                       const std::optional<CareLoad>& load)
{
    auto rules = storage::AutomationRepository(database).rules();
    if (!rules)
        return rules.error();
    QList<automation::Rule> followUpRules;
    for (const automation::Rule& r : std::as_const(*rules))
        if (const auto* action = automation::Registry::action(r.actionKind()); r.enabled && action && action->makesFollowUp)
            followUpRules.append(r);
    auto collected = automation::RuleEngine::collect(database, followUpRules, from, to);
    if (!collected)
        return collected.error();

    CarePlan plan;
    plan.from = from;
    plan.to = to;
    plan.load = load ? *load : CareLoad::load(database);
    plan.generated = collected->items.size() + collected->done;
    QList<CareTask> fresh;
    for (const automation::Planned& p : std::as_const(collected->items)) {
        fresh.append(p.toCareTask());
        plan.sources.insert(p.dedupeKey, p);
    }
    plan.tasks = CareLoad::spread(fresh, plan.load);
    sortByPlannedDay(plan.tasks);
    return plan;
}

Result<PlanSummary> FollowUpPlanner::apply(storage::Database& database, const CarePlan& plan)
{
    QList<automation::Planned> items;
    for (const PlannedTask& planned : plan.tasks) {
        automation::Planned p = plan.sources.value(planned.task.dedupeKey);
        if (p.ruleId == 0)
            continue;
        p.dueOn = planned.task.dueOn;
        items.append(p);
    }
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    PlanSummary summary;
    summary.generated = plan.generated;
    auto created = automation::RuleEngine::apply(database, items, Clock::today());
    if (!created)
        return created.error();
    summary.created = *created;
    if (auto s = transaction.commit(); !s)
        return s.error();
    return summary;
}

Result<PlanSummary> FollowUpPlanner::generate(storage::Database& database, const QDate& from, const QDate& to)
{
    auto planned = plan(database, from, to);
    if (!planned)
        return planned.error();
    return apply(database, *planned);
}

} // namespace clientele::core::care
