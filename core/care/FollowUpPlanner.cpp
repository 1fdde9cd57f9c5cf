#include "FollowUpPlanner.h"

#include "../segmentation/Segmenter.h"
#include "../segmentation/SegmentationSettings.h"
#include "../storage/FollowUpRepository.h"
#include "../storage/ProductQueries.h"
#include "../storage/Transaction.h"
#include "CareTaskGenerator.h"

#include <QHash>

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
// Each customer's products with the products' repurchase figures (one definition: ProductQueries).
Status attachProducts(const storage::Database& database, QList<CareCustomer>& customers)
{
    auto figures = storage::ProductQueries::repurchase(database);
    if (!figures)
        return figures.error();
    auto purchases = storage::ProductQueries::lastPurchases(database);
    if (!purchases)
        return purchases.error();
    QHash<qint64, storage::ProductQueries::ProductFigures> byProduct;
    for (const auto& f : *figures)
        byProduct.insert(f.productId, f);
    QHash<qint64, qsizetype> byCustomer;
    for (qsizetype i = 0; i < customers.size(); ++i)
        byCustomer.insert(customers[i].id, i);
    for (const auto& p : *purchases) {
        const auto c = byCustomer.constFind(p.customerId);
        const auto f = byProduct.constFind(p.productId);
        if (c == byCustomer.cend() || f == byProduct.cend())
            continue;
        customers[c.value()].products.append({p.productId, f->name.isEmpty() ? f->code : f->name, p.lastBought,
                                              f->repurchaseDays, f->repurchaseIntervals, f->repurchaseDaysSet});
    }
    return {};
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
    auto config = segmentation::SegmentationSettings::load(database);
    if (!config)
        return config.error();
    storage::FollowUpRepository repo(database);
    auto rules = repo.careRules();
    if (!rules)
        return rules.error();
    auto customers = repo.careCustomers();
    if (!customers)
        return customers.error();
    for (CareCustomer& c : *customers) {
        segmentation::RfmMetrics m;
        m.medianGapDays = c.atRiskAfterDays; // carried the median gap (or −1)
        c.atRiskAfterDays = config->lifecycle.atRiskAfter(m);
        c.dormantDays = config->lifecycle.dormantDays;
    }
    const bool replenish = std::any_of(rules->cbegin(), rules->cend(),
                                       [](const CareRule& r) { return r.enabled && r.key == u"replenish"; });
    if (replenish)
        if (auto s = attachProducts(database, *customers); !s)
            return s.error();
    const QList<CareTask> tasks = CareTaskGenerator::generate(*rules, *customers, from, to);

    CarePlan plan;
    plan.from = from;
    plan.to = to;
    plan.load = load ? *load : CareLoad::load(database);
    plan.generated = tasks.size();
    QList<CareTask> fresh;
    for (const CareTask& task : tasks) {
        auto known = repo.hasDedupeKey(task.dedupeKey);
        if (!known)
            return known.error();
        if (!*known)
            fresh.append(task);
    }
    plan.tasks = CareLoad::spread(fresh, plan.load);
    sortByPlannedDay(plan.tasks);
    return plan;
}

Result<PlanSummary> FollowUpPlanner::apply(storage::Database& database, const CarePlan& plan)
{
    storage::FollowUpRepository repo(database);
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    PlanSummary summary;
    summary.generated = plan.generated;
    for (const PlannedTask& planned : plan.tasks) {
        auto stored = repo.insertIfNew(planned.task);
        if (!stored)
            return stored.error();
        if (*stored)
            ++summary.created;
    }
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
