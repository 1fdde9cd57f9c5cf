#pragma once

#include "../segmentation/PurchaseHistory.h"

#include <QDate>

#include <vector>

namespace clientele::core::analytics {

// A customer's history as the BG/NBD and Gamma-Gamma literature defines it, for a calibration
// period ending at `end` (inclusive):
//  - purchases on the same day are one purchase day, their amounts summed;
//  - x   = repeat purchase days (after the first);
//  - tx  = time of the last purchase, T = time observed, both from the first purchase, in units
//          of `unitDays` (1 = days, 7 = weeks);
//  - meanRepeatValue = mean amount (in fen) of the repeat purchase days; 0 when x = 0.
// Days whose total is negative (refunds) are not purchases; a zero-value purchase is one.
struct PurchaseSummary
{
    qint64 customerId = 0;
    int x = 0;
    double tx = 0;
    double T = 0;
    double meanRepeatValue = 0;
    bool valid = false; // false: no purchase by `end`

    static PurchaseSummary of(const segmentation::CustomerHistory& history, const QDate& end, int unitDays);
    static std::vector<PurchaseSummary> ofAll(const segmentation::ShopHistory& history, const QDate& end, int unitDays);
    // Purchase days strictly after `start` and up to `end` (inclusive): the holdout count.
    static int purchaseDaysBetween(const segmentation::CustomerHistory& history, const QDate& start, const QDate& end);
};

} // namespace clientele::core::analytics
