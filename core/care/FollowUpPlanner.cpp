#include "FollowUpPlanner.h"

#include "../segmentation/Segmenter.h"
#include "../segmentation/SegmentationSettings.h"
#include "../storage/FollowUpRepository.h"
#include "../storage/Transaction.h"
#include "CareTaskGenerator.h"

namespace clientele::core::care {

Result<PlanSummary> FollowUpPlanner::generate(storage::Database& database, const QDate& from, const QDate& to)
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
    const QList<CareTask> tasks = CareTaskGenerator::generate(*rules, *customers, from, to);

    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    PlanSummary summary;
    for (const CareTask& task : tasks) {
        auto stored = repo.insertIfNew(task);
        if (!stored)
            return stored.error();
        ++summary.generated;
        if (*stored)
            ++summary.created;
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return summary;
}

} // namespace clientele::core::care
