#include "Figures.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::report {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("clientele::core::report::Figures", text, disambiguation);
}

struct Entry
{
    FigureId id;
    const char16_t* key;
};

// Order: as the catalogue lists them (all()).
constexpr Entry kEntries[] = {
    {FigureId::CustomerRecords, u"customer_records"},
    {FigureId::PurchasesRecorded, u"purchases_recorded"},
    {FigureId::StageCount, u"stage_count"},
    {FigureId::SegmentCount, u"segment_count"},
    {FigureId::BuyingCustomers, u"customers"},
    {FigureId::Buyers12m, u"active"},
    {FigureId::AtRisk, u"at_risk"},
    {FigureId::ValueAtRisk, u"value_at_risk"},
    {FigureId::RepurchaseRate, u"repurchase_rate"},
    {FigureId::RevenueMonth, u"revenue_month"},
    {FigureId::AverageOrderMonth, u"average_order"},
    {FigureId::Revenue12m, u"revenue_12m"},
    {FigureId::NewCustomers, u"new_customers"},
    {FigureId::LostCustomers, u"lost_customers"},
    {FigureId::TierCustomers, u"tier_customers"},
    {FigureId::TierRevenue12m, u"tier_revenue_12m"},
    {FigureId::TierAverageOrder, u"tier_average_order"},
    {FigureId::CustomerOrders, u"customer_orders"},
    {FigureId::CustomerTotalSpend, u"customer_total_spend"},
    {FigureId::CustomerAverageOrder, u"customer_average_order"},
    {FigureId::CustomerLastPurchase, u"customer_last_purchase"},
    {FigureId::CustomerSpend12m, u"customer_spend_12m"},
    {FigureId::CustomerPredictedValue, u"customer_predicted_value"},
};
} // namespace

QList<FigureId> Figures::all()
{
    QList<FigureId> out;
    for (const Entry& e : kEntries)
        out.append(e.id);
    return out;
}

QString Figures::key(FigureId id)
{
    // The month-end keys are the report CSV's and the warning lines' keys, kept as they were.
    for (const Entry& e : kEntries)
        if (e.id == id)
            return QString::fromUtf16(e.key);
    return {};
}

QString Figures::name(FigureId id)
{
    switch (id) {
    case FigureId::CustomerRecords: return tr("Customer records");
    case FigureId::PurchasesRecorded: return tr("Orders recorded");
    case FigureId::StageCount: return tr("Customers by lifecycle stage");
    case FigureId::SegmentCount: return tr("Customers by RFM segment");
    case FigureId::BuyingCustomers: return tr("Customers who bought");
    case FigureId::Buyers12m: return tr("Bought in the last 12 months");
    case FigureId::AtRisk: return tr("At risk");
    case FigureId::ValueAtRisk: return tr("12-month spend of customers at risk");
    case FigureId::RepurchaseRate: return tr("Repurchase rate (12 months)");
    case FigureId::RevenueMonth: return tr("Revenue this month");
    case FigureId::AverageOrderMonth: return tr("Average order this month");
    case FigureId::Revenue12m: return tr("Revenue, last 12 months");
    case FigureId::NewCustomers: return tr("New customers");
    case FigureId::LostCustomers: return tr("Customers turned dormant");
    case FigureId::TierCustomers: return tr("Customers in the tier");
    case FigureId::TierRevenue12m: return tr("Tier revenue, 12 months");
    case FigureId::TierAverageOrder: return tr("Tier average order");
    case FigureId::CustomerOrders: return tr("Orders");
    case FigureId::CustomerTotalSpend: return tr("Total spend");
    case FigureId::CustomerAverageOrder: return tr("Average order");
    case FigureId::CustomerLastPurchase: return tr("Last purchase");
    case FigureId::CustomerSpend12m: return tr("12-month spend");
    case FigureId::CustomerPredictedValue: return tr("Predicted value");
    }
    return {};
}

QString Figures::definition(FigureId id)
{
    switch (id) {
    case FigureId::CustomerRecords:
        return tr("Every customer on file that the list shows, including people who have not bought anything yet. "
                  "Counted now.");
    case FigureId::PurchasesRecorded:
        return tr("Orders in the database, refunds not counted. Counted now.");
    case FigureId::StageCount:
        return tr("Customers in each lifecycle stage as of the latest segmentation run. A stage judges each customer "
                  "against their own rhythm: “Active” means buying as often as usual, which is not the same as "
                  "“bought in the last 12 months”.");
    case FigureId::SegmentCount:
        return tr("Customers in each RFM segment (eight-segment model) as of the latest segmentation run.");
    case FigureId::BuyingCustomers:
        return tr("Customers with at least one order by the month's end. Customer records without any order "
                  "(prospects) are not counted, so this can be lower than the number of customer records.");
    case FigureId::Buyers12m:
        return tr("Customers with at least one order in the 12 months up to the month's end. Not the lifecycle "
                  "stage “Active”, which judges each customer against their own rhythm.");
    case FigureId::AtRisk:
        return tr("Customers in the lifecycle stage “at risk” at the month's end: past their usual gap between "
                  "purchases, not yet dormant.");
    case FigureId::ValueAtRisk:
        return tr("What the customers at risk spent in the 12 months up to the month's end, refunds deducted.");
    case FigureId::RepurchaseRate:
        return tr("Of the customers who bought in the 12 months up to the month's end, the share with two orders "
                  "or more in those 12 months.");
    case FigureId::RevenueMonth:
        return tr("Orders minus refunds dated in the month, up to the day its figures were taken.");
    case FigureId::AverageOrderMonth:
        return tr("The month's revenue (refunds deducted) divided by the month's orders (refunds are not orders).");
    case FigureId::Revenue12m:
        return tr("Orders minus refunds over the 12 months up to the month's end.");
    case FigureId::NewCustomers:
        return tr("Customers whose first order was in the month.");
    case FigureId::LostCustomers:
        return tr("Customers who entered the lifecycle stage “dormant” in the month.");
    case FigureId::TierCustomers:
        return tr("Customers in the tier at the month's end.");
    case FigureId::TierRevenue12m:
        return tr("What the tier's customers spent in the 12 months up to the month's end: orders minus refunds. "
                  "When their refunds in those months exceed their orders (refunds of purchases made earlier), it "
                  "shows as net refunds.");
    case FigureId::TierAverageOrder:
        return tr("The tier's 12-month revenue divided by its orders in those 12 months.");
    case FigureId::CustomerOrders:
        return tr("The customer's orders, every one on file; refunds are not counted as orders. Counted now.");
    case FigureId::CustomerTotalSpend:
        return tr("Everything the customer has paid, refunds deducted. Counted now.");
    case FigureId::CustomerAverageOrder:
        return tr("Total spend divided by orders. Counted now.");
    case FigureId::CustomerLastPurchase:
        return tr("The date of the customer's latest order (refunds are not purchases).");
    case FigureId::CustomerSpend12m:
        return tr("Orders minus refunds in the 12 months up to the latest segmentation run; the same amount the "
                  "tier is judged by.");
    case FigureId::CustomerPredictedValue:
        return tr("What the purchase models expect the customer to spend over the next 12 months, discounted, as of "
                  "the latest segmentation run. Until a customer buys a second time it is the shop's average for "
                  "new customers, not a judgement of that person.");
    }
    return {};
}

QString Figures::tooltip(FigureId id)
{
    return name(id) + u'\n' + definition(id);
}

QString Figures::tooltip(FigureId id, bool byStore)
{
    return byStore ? tooltip(id) + u'\n' + storesNote() : tooltip(id);
}

QString Figures::storesNote()
{
    return tr("Customers belong to the whole chain. A store's figures are those of the customers whose home store it "
              "is (where they first bought, or set by hand), with all their orders at any store of the chain; so "
              "each customer counts under one store only.");
}

Fen Figures::averageOrder(Fen totalSpend, qint64 orders)
{
    if (orders <= 0)
        return 0;
    const Fen half = orders / 2;
    return totalSpend >= 0 ? (totalSpend + half) / orders : (totalSpend - half) / orders;
}

QString Figures::tierRevenueText(Fen revenue12m, const QString& formattedMagnitude)
{
    return revenue12m < 0 ? tr("net refunds %1", "a tier whose refunds exceed its purchases; %1 is the amount")
                                .arg(formattedMagnitude)
                          : formattedMagnitude;
}

} // namespace clientele::core::report
