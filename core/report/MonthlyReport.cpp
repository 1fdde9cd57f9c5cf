#include "MonthlyReport.h"

#include "../domain/Clock.h"
#include "../campaigns/CampaignResults.h"
#include "../storage/CampaignRepository.h"
#include "../storage/StandingOrders.h"

#include "../segmentation/Segmenter.h"
#include "../storage/Database.h"
#include "../storage/SegmentationRepository.h"
#include "../storage/ProductQueries.h"
#include "../storage/SettingsRepository.h"
#include "../storage/SqlValues.h"

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

// Per tier at a month end: customers, 12-month spend, 12-month orders (purchases, not refunds).
struct TierFigures
{
    qint64 customers = 0;
    Fen revenue12m = 0;
    qint64 orders12m = 0;
};

Result<QHash<QString, TierFigures>> tierFigures(const storage::Database& db, const QString& month, const QDate& asOf)
{
    QHash<QString, TierFigures> out;
    QSqlQuery q = db.prepare(u"SELECT tier, COUNT(*), SUM(monetary_12m_fen) FROM customer_snapshots WHERE month = ? "
                             u"GROUP BY tier"_s);
    q.addBindValue(month);
    if (!q.exec())
        return storage::sqlError(q, tr("Counting tiers"));
    while (q.next())
        out[q.value(0).toString()] = {q.value(1).toLongLong(), q.value(2).toLongLong(), 0};
    QSqlQuery orders = db.prepare(u"SELECT s.tier, COUNT(*) FROM customer_snapshots s JOIN orders o ON o.customer_id = "
                                  u"s.customer_id AND o.order_date > :from AND o.order_date <= :to AND o.amount_fen >= 0 AND "_s +
                                  storage::standingOrder(u"o"_s) + u" WHERE s.month = :month GROUP BY s.tier"_s);
    orders.bindValue(u":from"_s, storage::sqlvalue::date(asOf.addYears(-1)));
    orders.bindValue(u":to"_s, storage::sqlvalue::date(asOf));
    orders.bindValue(u":month"_s, month);
    if (!orders.exec())
        return storage::sqlError(orders, tr("Counting orders per tier"));
    while (orders.next())
        out[orders.value(0).toString()].orders12m = orders.value(1).toLongLong();
    return out;
}

Result<std::pair<qint64, Fen>> atRiskTotals(const storage::Database& db, const QString& month)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*), COALESCE(SUM(monetary_12m_fen), 0) FROM customer_snapshots "
                             u"WHERE month = ? AND stage = 'at_risk'"_s);
    q.addBindValue(month);
    if (!q.exec() || !q.next())
        return storage::sqlError(q, tr("Counting customers at risk"));
    return std::pair<qint64, Fen>(q.value(0).toLongLong(), q.value(1).toLongLong());
}

Result<QList<ReportCustomer>> reportCustomers(const storage::Database& db, const QString& sql, const QString& month, int limit)
{
    QSqlQuery q = db.prepare(sql);
    q.bindValue(u":month"_s, month);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec())
        return storage::sqlError(q, tr("Listing customers for the report"));
    QList<ReportCustomer> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                    q.value(4).toLongLong()});
    return out;
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

Result<MonthlyReport> MonthlyReport::build(const storage::Database& database, const QString& month)
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
    const auto now = statsOf(month);
    if (!now)
        return Error::make(Error::Code::NotFound,
                           tr("There are no figures for %1 yet: run the segmentation (clientele-cli segment) first.").arg(month));
    const auto before = statsOf(r.previousMonth);
    r.asOf = now->asOf;

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

    auto risk = atRiskTotals(database, month);
    if (!risk)
        return risk.error();
    std::optional<std::pair<qint64, Fen>> riskBefore;
    if (before) {
        auto b = atRiskTotals(database, r.previousMonth);
        if (!b)
            return b.error();
        riskBefore = *b;
    }
    setKpi(r.atRisk, risk->first, riskBefore ? std::optional<qint64>(riskBefore->first) : std::nullopt);
    setKpi(r.valueAtRisk, risk->second, riskBefore ? std::optional<qint64>(riskBefore->second) : std::nullopt);

    auto tiers = tierFigures(database, month, r.asOf);
    if (!tiers)
        return tiers.error();
    std::optional<QHash<QString, TierFigures>> tiersBefore;
    if (before) {
        auto b = tierFigures(database, r.previousMonth, before->asOf);
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

    auto cells = repo.migration(r.previousMonth, month);
    if (!cells)
        return cells.error();
    for (const auto& c : *cells)
        r.migration.append({c.from, c.to, c.customers});

    // Best customers per tier by 12-month spend; the at-risk list by what they spent.
    auto top = reportCustomers(database,
                         u"SELECT id, name, tier, spend, recency FROM (SELECT c.id, c.name, s.tier, s.monetary_12m_fen AS spend, "
                         u"s.recency_days AS recency, ROW_NUMBER() OVER (PARTITION BY s.tier ORDER BY s.monetary_12m_fen DESC, "
                         u"c.id) AS n FROM customer_snapshots s JOIN customers c ON c.id = s.customer_id "
                         u"WHERE s.month = :month AND s.tier <> 'dormant') AS ranked WHERE n <= :limit"_s,
                         month, kTopPerTier);
    if (!top)
        return top.error();
    r.topCustomers = *top;
    std::stable_sort(r.topCustomers.begin(), r.topCustomers.end(), [&](const auto& a, const auto& b) {
        if (a.tier != b.tier)
            return config->tiers.rank(a.tier) < config->tiers.rank(b.tier);
        return a.spend12m != b.spend12m ? a.spend12m > b.spend12m : a.id < b.id;
    });
    auto risky = reportCustomers(database,
                           u"SELECT c.id, c.name, s.tier, s.monetary_12m_fen, s.recency_days FROM customer_snapshots s "
                           u"JOIN customers c ON c.id = s.customer_id WHERE s.month = :month AND s.stage = 'at_risk' "
                           u"ORDER BY s.monetary_12m_fen DESC, c.id LIMIT :limit"_s,
                           month, kAtRiskListed);
    if (!risky)
        return risky.error();
    r.atRiskCustomers = *risky;

    auto categories = storage::ProductQueries::topCategoriesPerTier(database, month, r.asOf, kTopCategoriesPerTier);
    if (!categories)
        return categories.error();
    for (const auto& c : *categories)
        r.topCategories.append({c.tier, c.category, c.revenue, c.unitsMilli});
    std::stable_sort(r.topCategories.begin(), r.topCategories.end(), [&](const auto& a, const auto& b) {
        return config->tiers.rank(a.tier) < config->tiers.rank(b.tier);
    });
    auto products = storage::ProductQueries::topProductsPerTier(database, month, r.asOf, kTopProductsPerTier);
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

    QSqlQuery followUps = database.prepare(
        u"SELECT COALESCE(SUM(CASE WHEN status = 'done' AND due_on BETWEEN :first AND :last THEN 1 ELSE 0 END), 0), "
        u"COALESCE(SUM(CASE WHEN status = 'open' AND due_on BETWEEN :first AND :last THEN 1 ELSE 0 END), 0), "
        u"COALESCE(SUM(CASE WHEN status = 'open' AND due_on < :last THEN 1 ELSE 0 END), 0) FROM follow_ups"_s);
    followUps.bindValue(u":first"_s, storage::sqlvalue::date(QDate(end.year(), end.month(), 1)));
    followUps.bindValue(u":last"_s, storage::sqlvalue::date(end));
    if (!followUps.exec() || !followUps.next())
        return storage::sqlError(followUps, tr("Counting follow-ups"));
    r.followUpsDone = followUps.value(0).toLongLong();
    r.followUpsOpen = followUps.value(1).toLongLong();
    r.followUpsOverdue = followUps.value(2).toLongLong();

    const auto tickets = service::TicketFigures::forMonth(database, month, core::Clock::now());
    if (!tickets)
        return tickets.error();
    r.tickets = *tickets;
    const auto nps = service::Nps::shopMonth(database, month);
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
