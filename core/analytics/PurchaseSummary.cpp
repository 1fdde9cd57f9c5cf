#include "PurchaseSummary.h"

namespace clientele::core::analytics {

namespace {
// Positive per-day totals up to `endDay`, oldest first.
std::vector<std::pair<qint64, qint64>> purchaseDays(const segmentation::CustomerHistory& history, qint64 endDay)
{
    std::vector<std::pair<qint64, qint64>> days;
    for (const auto& p : history.purchases) {
        if (p.day > endDay)
            break;
        if (!days.empty() && days.back().first == p.day)
            days.back().second += p.amount;
        else
            days.push_back({p.day, p.amount});
    }
    std::erase_if(days, [](const auto& d) { return d.second < 0; }); // refund-only days
    return days;
}
} // namespace

PurchaseSummary PurchaseSummary::of(const segmentation::CustomerHistory& history, const QDate& end, int unitDays)
{
    PurchaseSummary s;
    s.customerId = history.customerId;
    const auto days = purchaseDays(history, end.toJulianDay());
    if (days.empty())
        return s;
    s.valid = true;
    const qint64 first = days.front().first;
    s.x = int(days.size()) - 1;
    s.tx = double(days.back().first - first) / unitDays;
    s.T = double(end.toJulianDay() - first) / unitDays;
    if (s.x > 0) {
        qint64 total = 0;
        for (size_t i = 1; i < days.size(); ++i)
            total += days[i].second;
        s.meanRepeatValue = double(total) / s.x;
    }
    return s;
}

std::vector<PurchaseSummary> PurchaseSummary::ofAll(const segmentation::ShopHistory& history, const QDate& end,
                                                    int unitDays)
{
    std::vector<PurchaseSummary> all;
    all.reserve(history.size());
    for (const auto& h : history)
        all.push_back(of(h, end, unitDays));
    return all;
}

int PurchaseSummary::purchaseDaysBetween(const segmentation::CustomerHistory& history, const QDate& start,
                                         const QDate& end)
{
    const auto days = purchaseDays(history, end.toJulianDay());
    int n = 0;
    for (const auto& d : days)
        if (d.first > start.toJulianDay())
            ++n;
    return n;
}

} // namespace clientele::core::analytics
