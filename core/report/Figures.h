#pragma once

#include "../domain/Money.h"

#include <QList>
#include <QString>

namespace clientele::core::report {

// Every figure the app shows about customers and money, defined once: a stable key, a name and a
// definition (what it counts, as of when), translated when read. Wherever a figure appears — list
// column, profile key number, dashboard card, report row — its label comes from name() and its
// tooltip from tooltip(), and its value from the one function named beside it below, so the same
// name never stands for two different counts. (tests/ui/FiguresAgreeTest checks the places agree.)
//
// A chain's figures by store (stores::StoreScope): customers are the chain's, so a store's figure
// is the same figure counted over the customers whose home store it is (where they first bought,
// or set by hand), with all their orders at any store of the chain — not the store's till total.
// storesNote() says so wherever a figure is shown for some stores.
//
// Two figures that sound alike are different figures with different names: "Bought in the last
// 12 months" (a purchase in the trailing year) is not the lifecycle stage "Active" (buying at the
// customer's own rhythm), and "Customers who bought" (month-end snapshot) is not "Customer
// records" (everyone on file, prospects included).
enum class FigureId {
    // The shop, now.
    CustomerRecords,   // storage::CustomerQueries::count (the list's status bar)
    PurchasesRecorded, // storage::OrderRepository::countPurchases (the status bar)
    StageCount,        // DashboardData::stages (customer_metrics.stage, latest run)
    SegmentCount,      // DashboardData::segments
    // The shop at a month end (MonthlyReport, from the month's snapshot and monthly stats).
    BuyingCustomers,   // MonthlyReport::customers
    Buyers12m,         // MonthlyReport::active
    AtRisk,            // MonthlyReport::atRisk
    ValueAtRisk,       // MonthlyReport::valueAtRisk
    RepurchaseRate,    // MonthlyReport::repurchasePermille
    RevenueMonth,      // MonthlyReport::revenueMonth
    AverageOrderMonth, // MonthlyReport::averageOrder
    Revenue12m,        // MonthlyReport::revenue12m
    NewCustomers,      // MonthlyReport::newCustomers
    LostCustomers,     // MonthlyReport::lostCustomers
    TierCustomers,     // TierLine::customers
    TierRevenue12m,    // TierLine::revenue12m (negative only as net refunds, labelled so)
    TierAverageOrder,  // TierLine::averageOrder
    // One customer (the list row and the profile read the same storage::CustomerListRow).
    CustomerOrders,       // CustomerListRow::orders
    CustomerTotalSpend,   // CustomerListRow::totalSpend
    CustomerAverageOrder, // Figures::averageOrder(totalSpend, orders)
    CustomerLastPurchase, // CustomerListRow::lastPurchase
    CustomerSpend12m,     // CustomerListRow::spend12m (latest segmentation run)
    CustomerPredictedValue, // CustomerListRow::clv (latest segmentation run)
};

class Figures
{
public:
    static QList<FigureId> all();
    static QString key(FigureId id);        // "buyers_12m" …: stable, for tests and CSV
    static QString name(FigureId id);       // short label
    static QString definition(FigureId id); // one or two sentences: what it counts, as of when
    static QString tooltip(FigureId id);    // name, a line break, definition
    // With `byStore` (a shop with stores): the definition followed by storesNote().
    static QString tooltip(FigureId id, bool byStore);
    // What a store's figure counts: its home customers, all their orders in the chain.
    static QString storesNote();

    // A customer's average order as every view shows it: total spend (refunds deducted) over
    // orders (refunds are not orders), rounded half away from zero; 0 without orders.
    static Fen averageOrder(Fen totalSpend, qint64 orders);
    // A tier's 12-month revenue as text: the amount, or — when refunds in the window exceed its
    // purchases (a dormant tier refunding last year's purchases) — "net refunds ¥181.50".
    static QString tierRevenueText(Fen revenue12m, const QString& formattedMagnitude);
};

} // namespace clientele::core::report
