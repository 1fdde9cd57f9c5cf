#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"
#include "../segmentation/Evaluation.h"
#include "Figures.h"
#include "StoreColumns.h"
#include "../member/MemberFigures.h"
#include "../service/Nps.h"
#include "../service/TicketFigures.h"
#include "../stores/StoreScope.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::report {

// A figure this month beside the same figure last month (absent before the first month).
struct Kpi
{
    qint64 value = 0;
    std::optional<qint64> previous;
    std::optional<qint64> change() const { return previous ? std::optional<qint64>(value - *previous) : std::nullopt; }
};

// One month-end key figure with its catalogue entry and unit, in the report's order.
struct KeyFigure
{
    enum class Unit { Count, Money, Permille };
    FigureId id;
    const Kpi* kpi;
    Unit unit;
};

struct TierLine
{
    QString tier;
    qint64 customers = 0;
    int customerSharePermille = 0;
    Fen revenue12m = 0;        // orders minus refunds in the 12 months; < 0 only as net refunds
    int revenueSharePermille = 0; // of the tiers' positive revenue (0 for a tier of net refunds)
    qint64 orders12m = 0;
    Fen averageOrder = 0; // revenue12m / orders12m, rounded to the fen
    std::optional<qint64> customersBefore; // last month
    bool netRefunds() const { return revenue12m < 0; }
};

struct ReportCustomer
{
    qint64 id = 0;
    QString name;
    QString tier;
    Fen spend12m = 0;
    qint64 recencyDays = 0;
};

struct MigrationLine
{
    QString from; // empty: not a customer with purchases last month
    QString to;
    qint64 customers = 0;
};

// One of a tier's top categories (storage::ProductQueries::topCategoriesPerTier defines them).
struct TierCategoryLine
{
    QString tier;
    QString category; // empty: products without a category
    Fen revenue12m = 0;
    qint64 unitsMilli = 0;
};

// One of a tier's top products (storage::ProductQueries::topProductsPerTier defines them).
struct TierProductLine
{
    QString tier;
    qint64 productId = 0;
    QString code;
    QString name;
    Fen revenue12m = 0;
    qint64 unitsMilli = 0;
};

// A campaign made in the month, with its conversion lift so far (campaigns::CampaignResults).
struct CampaignLine
{
    QString name;
    qint64 contacted = 0;
    qint64 holdout = 0;
    QDate contactedOn; // invalid: not contacted yet
    bool measured = false; // a lift exists (contacted, both groups non-empty, the window begun)
    double lift = 0, low = 0, high = 0; // conversion lift and its 95% Wald interval (fractions)
};

// Everything the monthly tier report shows, as numbers from the month-end snapshots, the monthly
// figures and the follow-ups — no text, so HTML, CSV, PDF and the dashboard read the same figures.
// Percentages are per mille, exact integers; money is fen.
//
// For the whole chain, or for some stores (stores::StoreScope): a store's figures are those of the
// customers whose home store it is, with all their orders in the chain (customers are the chain's).
// Scoped: the key figures, tiers, migration, top and at-risk customers, top categories and
// products, follow-ups and the net promoter score. Campaigns, tickets and the member program stay
// the chain's (storesNote() in the rendering says so).
struct MonthlyReport
{
    QString shopName;
    QList<storage::Store> stores; // the stores of the figures, by code; empty: the whole chain
    bool isChain() const { return stores.isEmpty(); }
    StoreColumns storeColumns;    // the tier table's customers per store (shown with 2+ stores)
    QString month;         // "YYYY-MM"
    QString previousMonth; // "YYYY-MM"
    QDate asOf;            // the date its snapshot was taken (month end, or the last run this month)
    QStringList tierOrder; // the scheme's levels best first, then dormant

    Kpi customers;         // with a purchase so far
    Kpi active;            // bought in the trailing 12 months
    Kpi atRisk;            // stage at risk at month end
    Kpi repurchasePermille; // of the 12-month buyers, share with two orders or more
    Kpi averageOrder;      // this month's revenue / orders (fen)
    Kpi revenueMonth;
    Kpi revenue12m;
    Kpi valueAtRisk;       // 12-month spend of the customers at risk
    Kpi newCustomers;
    Kpi lostCustomers;

    QList<TierLine> tiers;
    QList<MigrationLine> migration;
    QList<ReportCustomer> topCustomers; // up to kTopPerTier per tier, in tier order then spend
    QList<ReportCustomer> atRiskCustomers; // most spend first, up to kAtRiskListed
    QList<TierCategoryLine> topCategories; // up to kTopCategoriesPerTier per tier, in tier order then rank
    QList<TierProductLine> topProducts;    // up to kTopProductsPerTier per tier, in tier order then rank
    QList<CampaignLine> campaigns; // made this month, oldest first
    qint64 followUpsDone = 0;     // due this month and done
    qint64 followUpsOpen = 0;     // due this month and still open
    qint64 followUpsOverdue = 0;  // open and due before followUpsOverdueOn
    QDate followUpsOverdueOn;     // the month's end, or today while the month runs
    bool followUpsOverdueToday = false; // the month still runs: overdue as of today
    // Service (issue 18): the month's tickets and survey answers; shown only when there are any.
    service::TicketMonth tickets;
    service::NpsFigure nps;
    bool hasService() const { return tickets.opened > 0 || tickets.resolved > 0 || nps.answers() > 0; }
    // The member program (issue 16): liabilities at the month's end and the month's movements;
    // shown only when the shop runs it.
    member::MemberMonth member;
    bool hasMember() const { return member.any(); }

    static constexpr int kTopPerTier = 5;
    static constexpr int kAtRiskListed = 20;
    static constexpr int kTopCategoriesPerTier = 3;
    static constexpr int kTopProductsPerTier = 3;

    // NotFound when the month has no segmentation snapshot yet. The chain's key figures come from
    // monthly_stats; a scope's are counted the same way from the snapshot and the orders
    // (storage::MonthFigureQueries), so every store of a chain gives the chain's figures.
    static Result<MonthlyReport> build(const storage::Database& database, const QString& month,
                                       const stores::StoreScope& scope = {});
    static int permille(qint64 part, qint64 whole);
    // The key figures as the report lists them; the dashboard's cards are a subset. Pointers into
    // this report: valid while it lives.
    QList<KeyFigure> keyFigures() const;
};

} // namespace clientele::core::report
