#include "MonthlyReport.h"

#include "../domain/Clock.h"
#include "../campaigns/CampaignResults.h"
#include "../storage/CampaignRepository.h"

#include "../segmentation/Segmenter.h"
#include "../storage/Database.h"
#include "../storage/SegmentationRepository.h"
#include "../storage/ProductQueries.h"
#include "../storage/MonthFigureQueries.h"
#include "../storage/ReportListQueries.h"
#include "../storage/SettingsRepository.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::report {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::report::MonthlyReport", text);
}

QDate monthEnd(const QString& month)
{
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    return first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
}

ReportCustomer reportCustomer(const storage::ReportListQueries::Customer& c)
{
    return {c.id, c.name, c.tier, c.spend12m, c.recencyDays};
}

void setKpi(Kpi& kpi, qint64 value, std::optional<qint64> previous)
{
    kpi.value = value;
    kpi.previous = previous;
}
} // namespace

int MonthlyReport::permille(qint64 part, qint64 whole)
{
    // Rounded half up, exact in integers.
    return whole <= 0 ? 0 : int((part * 2000 + whole) / (2 * whole));
}

QList<KeyFigure> MonthlyReport::keyFigures() const
{
    using U = KeyFigure::Unit;
    return {{FigureId::BuyingCustomers, &customers, U::Count},    {FigureId::Buyers12m, &active, U::Count},
            {FigureId::AtRisk, &atRisk, U::Count},                {FigureId::ValueAtRisk, &valueAtRisk, U::Money},
            {FigureId::RepurchaseRate, &repurchasePermille, U::Permille},
            {FigureId::RevenueMonth, &revenueMonth, U::Money},    {FigureId::AverageOrderMonth, &averageOrder, U::Money},
            {FigureId::Revenue12m, &revenue12m, U::Money},        {FigureId::NewCustomers, &newCustomers, U::Count},
            {FigureId::LostCustomers, &lostCustomers, U::Count}};
}

Result<MonthlyReport> MonthlyReport::build(const storage::Database& database, const QString& month,
                                           const stores::StoreScope& scope)
{
    const QDate end = monthEnd(month);
    if (!end.isValid())
        return Error::make(Error::Code::Usage, tr("%1 is not a month (expected YYYY-MM).").arg(month));
    MonthlyReport r;
    r.month = month;
    r.previousMonth = segmentation::Segmenter::monthKey(end.addMonths(-1));
    if (auto name = storage::SettingsRepository(database).value(u"shop_name"_s); name)
        r.shopName = *name;

    storage::SegmentationRepository repo(database);
    auto stats = repo.monthStats();
    if (!stats)
        return stats.error();
    const auto statsOf = [&](const QString& key) -> std::optional<segmentation::MonthStats> {
        for (const auto& s : *stats)
            if (s.month == key)
                return s;
        return std::nullopt;
    };
    auto now = statsOf(month);
    if (!now)
        return Error::make(Error::Code::NotFound,
                           tr("There are no figures for %1 yet: run the segmentation (clientele-cli segment) first.").arg(month));
    auto before = statsOf(r.previousMonth);
    r.asOf = now->asOf;
    const QStringList& codes = scope.codes();
    if (!scope.isChain()) {
        // The same definitions over the scope's customers, at the same dates.
        auto scoped = storage::MonthFigureQueries::monthStats(database, month, now->asOf, r.previousMonth, codes);
        if (!scoped)
            return scoped.error();
        now = *scoped;
        if (before) {
            const QString monthBefore = segmentation::Segmenter::monthKey(end.addMonths(-2));
            auto scopedBefore =
                storage::MonthFigureQueries::monthStats(database, r.previousMonth, before->asOf, monthBefore, codes);
            if (!scopedBefore)
                return scopedBefore.error();
            before = *scopedBefore;
        }
        auto stores = scope.stores(database);
        if (!stores)
            return stores.error();
        r.stores = *stores;
    }
    auto columns = StoreColumns::build(database, month, scope);
    if (!columns)
        return columns.error();
    r.storeColumns = std::move(*columns);

    auto config = segmentation::Segmenter::loadConfig(database);
    if (!config)
        return config.error();
    for (const auto& level : config->tiers.levels)
        r.tierOrder.append(level.key);
    r.tierOrder.append(u"dormant"_s);

    const auto prev = [&](auto field) -> std::optional<qint64> {
        return before ? std::optional<qint64>(field(*before)) : std::nullopt;
    };
    setKpi(r.customers, now->customers, prev([](const auto& s) { return s.customers; }));
    setKpi(r.active, now->buyers12m, prev([](const auto& s) { return s.buyers12m; }));
    setKpi(r.repurchasePermille, permille(now->repeatBuyers12m, now->buyers12m),
           prev([](const auto& s) { return qint64(permille(s.repeatBuyers12m, s.buyers12m)); }));
    const auto aov = [](const segmentation::MonthStats& s) {
        return s.ordersMonth > 0 ? (s.revenueMonth + s.ordersMonth / 2) / s.ordersMonth : 0;
    };
    setKpi(r.averageOrder, aov(*now), prev(aov));
    setKpi(r.revenueMonth, now->revenueMonth, prev([](const auto& s) { return s.revenueMonth; }));
    setKpi(r.revenue12m, now->revenue12m, prev([](const auto& s) { return s.revenue12m; }));
    setKpi(r.newCustomers, now->newCustomers, prev([](const auto& s) { return s.newCustomers; }));
    setKpi(r.lostCustomers, now->lostCustomers, prev([](const auto& s) { return s.lostCustomers; }));

    auto risk = storage::MonthFigureQueries::atRiskTotals(database, month, codes);
    if (!risk)
        return risk.error();
    std::optional<std::pair<qint64, Fen>> riskBefore;
    if (before) {
        auto b = storage::MonthFigureQueries::atRiskTotals(database, r.previousMonth, codes);
        if (!b)
            return b.error();
        riskBefore = *b;
    }
    setKpi(r.atRisk, risk->first, riskBefore ? std::optional<qint64>(riskBefore->first) : std::nullopt);
    setKpi(r.valueAtRisk, risk->second, riskBefore ? std::optional<qint64>(riskBefore->second) : std::nullopt);

    using TierFigures = storage::MonthFigureQueries::TierTotals;
    auto tiers = storage::MonthFigureQueries::tierTotals(database, month, r.asOf, codes);
    if (!tiers)
        return tiers.error();
    std::optional<QHash<QString, TierFigures>> tiersBefore;
    if (before) {
        auto b = storage::MonthFigureQueries::tierTotals(database, r.previousMonth, before->asOf, codes);
        if (!b)
            return b.error();
        tiersBefore = *b;
    }
    qint64 allCustomers = 0;
    Fen allRevenue = 0;
    for (const auto& t : *tiers) {
        allCustomers += t.customers;
        allRevenue += std::max<Fen>(0, t.revenue12m); // a tier of net refunds brings no share
    }
    for (const QString& key : std::as_const(r.tierOrder)) {
        const TierFigures f = tiers->value(key);
        TierLine line{key, f.customers, permille(f.customers, allCustomers), f.revenue12m,
                      permille(std::max<Fen>(0, f.revenue12m), allRevenue), f.orders12m,
                      f.orders12m > 0 ? (f.revenue12m + f.orders12m / 2) / f.orders12m : 0, std::nullopt};
        if (tiersBefore)
            line.customersBefore = tiersBefore->value(key).customers;
        r.tiers.append(line);
    }

    auto cells = repo.migration(r.previousMonth, month, codes);
    if (!cells)
        return cells.error();
    for (const auto& c : *cells)
        r.migration.append({c.from, c.to, c.customers});

    // Best customers per tier by 12-month spend; the at-risk list by what they spent.
    auto top = storage::ReportListQueries::topPerTier(database, month, kTopPerTier, codes);
    if (!top)
        return top.error();
    for (const auto& c : *top)
        r.topCustomers.append(reportCustomer(c));
    std::stable_sort(r.topCustomers.begin(), r.topCustomers.end(), [&](const auto& a, const auto& b) {
        if (a.tier != b.tier)
            return config->tiers.rank(a.tier) < config->tiers.rank(b.tier);
        return a.spend12m != b.spend12m ? a.spend12m > b.spend12m : a.id < b.id;
    });
    auto risky = storage::ReportListQueries::atRisk(database, month, kAtRiskListed, codes);
    if (!risky)
        return risky.error();
    for (const auto& c : *risky)
        r.atRiskCustomers.append(reportCustomer(c));

    auto categories = storage::ProductQueries::topCategoriesPerTier(database, month, r.asOf, kTopCategoriesPerTier,
                                                                    codes);
    if (!categories)
        return categories.error();
    for (const auto& c : *categories)
        r.topCategories.append({c.tier, c.category, c.revenue, c.unitsMilli});
    std::stable_sort(r.topCategories.begin(), r.topCategories.end(), [&](const auto& a, const auto& b) {
        return config->tiers.rank(a.tier) < config->tiers.rank(b.tier);
    });
    auto products = storage::ProductQueries::topProductsPerTier(database, month, r.asOf, kTopProductsPerTier, codes);
    if (!products)
        return products.error();
    for (const auto& p : *products)
        r.topProducts.append({p.tier, p.productId, p.code, p.name, p.revenue, p.unitsMilli});
    std::stable_sort(r.topProducts.begin(), r.topProducts.end(), [&](const auto& a, const auto& b) {
        return config->tiers.rank(a.tier) < config->tiers.rank(b.tier);
    });

    auto campaigns = storage::CampaignRepository(database).madeInMonth(month);
    if (!campaigns)
        return campaigns.error();
    for (const auto& c : *campaigns) {
        auto outcome = campaigns::CampaignResults::compute(database, c);
        if (!outcome)
            return outcome.error();
        const auto& lift = outcome->conversionLift;
        r.campaigns.append({c.name, c.contacted, c.holdout, c.contactedOn, lift.defined && outcome->measuring, lift.value,
                            lift.low, lift.high});
    }

    // A month still running counts overdue as the calendar does today; a past one at its end.
    r.followUpsOverdueOn = std::min(end, core::Clock::today());
    r.followUpsOverdueToday = r.followUpsOverdueOn < end;
    auto followUps = storage::MonthFigureQueries::followUps(database, QDate(end.year(), end.month(), 1), end,
                                                            r.followUpsOverdueOn, codes);
    if (!followUps)
        return followUps.error();
    r.followUpsDone = followUps->done;
    r.followUpsOpen = followUps->open;
    r.followUpsOverdue = followUps->overdue;

    const auto tickets = service::TicketFigures::forMonth(database, month, core::Clock::now());
    if (!tickets)
        return tickets.error();
    r.tickets = *tickets;
    const auto nps = service::Nps::shopMonth(database, month, codes);
    if (!nps)
        return nps.error();
    r.nps = *nps;
    const auto members = member::MemberFigures::forMonth(database, month);
    if (!members)
        return members.error();
    r.member = *members;
    return r;
}

} // namespace clientele::core::report
