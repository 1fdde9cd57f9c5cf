#pragma once

#include "PurchaseHistory.h"

#include <QDate>

namespace clientele::core::segmentation {

// A customer's purchase figures as of a date. Only orders on or before `asOf` count.
// - frequency counts orders with an amount ≥ 0 (a refund is not a visit; a free item is);
// - monetary sums every amount, so refunds reduce it;
// - the 12-month window is (asOf − 12 months, asOf]: it includes asOf and excludes the same
//   date one year earlier;
// - recency is days from the last such order to asOf;
// - medianGapDays is the median of the gaps between distinct purchase days (−1 with fewer than
//   two such days; with an even count the lower-middle and upper-middle average, rounded down).
struct RfmMetrics
{
    bool hasPurchases = false;
    int recencyDays = -1;
    int frequency = 0;
    int frequency12m = 0;
    Fen monetary = 0;
    Fen monetary12m = 0;
    Fen averageOrder = 0; // monetary / frequency, rounded half away from zero
    QDate firstPurchase;
    QDate lastPurchase;
    int medianGapDays = -1;
    int previousGapDays = -1; // gap before the last purchase day (for "won back")
    int purchaseDays = 0;

    // Days from the first purchase to the as-of date (the lifecycle's "new" window and the RFM
    // "new" segment both read it).
    qint64 daysSinceFirstPurchase() const { return firstPurchase.daysTo(lastPurchase) + recencyDays; }

    static RfmMetrics compute(const std::vector<Purchase>& purchases, const QDate& asOf);
    // The same for many customers on one as-of date: the 12-month window is worked out once (a
    // calendar step per customer and month end was a twentieth of a history rebuild).
    struct Window
    {
        explicit Window(const QDate& asOf);
        qint64 asOfDay;
        qint64 startDay; // exclusive: the same day twelve months before
    };
    static RfmMetrics compute(const std::vector<Purchase>& purchases, const Window& window);
};

} // namespace clientele::core::segmentation
