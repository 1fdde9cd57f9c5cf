#include "RfmMetrics.h"

#include <algorithm>

namespace clientele::core::segmentation {

RfmMetrics::Window::Window(const QDate& asOf) : asOfDay(asOf.toJulianDay()), startDay(asOf.addMonths(-12).toJulianDay())
{
}

RfmMetrics RfmMetrics::compute(const std::vector<Purchase>& purchases, const QDate& asOf)
{
    return compute(purchases, Window(asOf));
}

RfmMetrics RfmMetrics::compute(const std::vector<Purchase>& purchases, const Window& window)
{
    RfmMetrics m;
    const qint64 asOfDay = window.asOfDay;
    const qint64 windowStart = window.startDay; // exclusive
    // Reused buffers: this runs for every customer at every month end.
    thread_local std::vector<qint64> days;
    thread_local std::vector<int> gaps;
    days.clear();
    for (const Purchase& p : purchases) {
        if (p.day > asOfDay)
            break; // oldest first: nothing later counts
        m.monetary += p.amount;
        const bool inWindow = p.day > windowStart;
        if (inWindow)
            m.monetary12m += p.amount;
        if (p.amount < 0)
            continue; // a refund is not a visit (a zero-value order is)
        ++m.frequency;
        if (inWindow)
            ++m.frequency12m;
        if (days.empty() || days.back() != p.day)
            days.push_back(p.day);
    }
    if (days.empty())
        return m;
    m.hasPurchases = true;
    m.purchaseDays = int(days.size());
    m.firstPurchase = QDate::fromJulianDay(days.front());
    m.lastPurchase = QDate::fromJulianDay(days.back());
    m.recencyDays = int(asOfDay - days.back());
    const Fen half = m.frequency / 2;
    m.averageOrder = m.monetary >= 0 ? (m.monetary + half) / m.frequency : (m.monetary - half) / m.frequency;
    if (days.size() >= 2) {
        gaps.resize(days.size() - 1);
        for (size_t i = 1; i < days.size(); ++i)
            gaps[i - 1] = int(days[i] - days[i - 1]);
        m.previousGapDays = gaps.back();
        std::sort(gaps.begin(), gaps.end());
        const size_t n = gaps.size();
        m.medianGapDays = n % 2 == 1 ? gaps[n / 2] : (gaps[n / 2 - 1] + gaps[n / 2]) / 2;
    }
    return m;
}

} // namespace clientele::core::segmentation
