#include "RfmScorer.h"

#include <QJsonArray>

#include <algorithm>

namespace clientele::core::segmentation {

namespace {
template <typename T>
int quintileScore(const std::vector<T>& sorted, T value, bool lowerIsBetter)
{
    const auto n = qint64(sorted.size());
    if (n == 0)
        return 0;
    // "Strictly worse" count: for higher-is-better, values below; for lower-is-better, above.
    const qint64 worse = lowerIsBetter ? qint64(sorted.end() - std::upper_bound(sorted.begin(), sorted.end(), value))
                                       : qint64(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
    return int(1 + (5 * worse) / n);
}

template <typename T, std::size_t N>
QJsonArray toArray(const std::array<T, N>& values)
{
    QJsonArray a;
    for (const T v : values)
        a.append(qint64(v));
    return a;
}

template <typename T, std::size_t N>
void fromArray(const QJsonValue& value, std::array<T, N>& out)
{
    const QJsonArray a = value.toArray();
    if (a.size() != qsizetype(N))
        return;
    std::array<T, N> parsed{};
    for (std::size_t i = 0; i < N; ++i)
        parsed[i] = T(a[qsizetype(i)].toInteger());
    if (std::is_sorted(parsed.begin(), parsed.end()))
        out = parsed;
}
} // namespace

QJsonObject RfmScorer::Thresholds::toJson() const
{
    return QJsonObject{{QStringLiteral("recency_days"), toArray(recencyDays)},
                       {QStringLiteral("frequency"), toArray(frequency)},
                       {QStringLiteral("monetary_fen"), toArray(monetaryFen)}};
}

RfmScorer::Thresholds RfmScorer::Thresholds::fromJson(const QJsonObject& json)
{
    Thresholds t;
    fromArray(json.value(QStringLiteral("recency_days")), t.recencyDays);
    fromArray(json.value(QStringLiteral("frequency")), t.frequency);
    fromArray(json.value(QStringLiteral("monetary_fen")), t.monetaryFen);
    return t;
}

RfmScorer::Population RfmScorer::population(const std::vector<RfmMetrics>& all)
{
    Population p;
    for (const RfmMetrics& m : all) {
        if (!m.hasPurchases)
            continue;
        p.recency.push_back(m.recencyDays);
        p.frequency.push_back(m.frequency);
        p.monetary.push_back(m.monetary);
    }
    std::sort(p.recency.begin(), p.recency.end());
    std::sort(p.frequency.begin(), p.frequency.end());
    std::sort(p.monetary.begin(), p.monetary.end());
    return p;
}

RfmScorer::Thresholds RfmScorer::cutPoints(const Population& p)
{
    Thresholds t;
    if (p.monetary.empty())
        return t;
    // Higher is better: the smallest value reaching score s (k = s - 2); unreachable → above max.
    const auto higher = [](const auto& sorted, auto& cuts) {
        using T = std::decay_t<decltype(sorted.front())>;
        for (int s = 2; s <= 5; ++s) {
            T cut = sorted.back() + 1;
            for (const T v : sorted)
                if (quintileScore(sorted, v, false) >= s) {
                    cut = v;
                    break;
                }
            cuts[size_t(s - 2)] = qMax(cut, s > 2 ? cuts[size_t(s - 3)] : cut);
        }
    };
    higher(p.frequency, t.frequency);
    higher(p.monetary, t.monetaryFen);
    // Recency, lower is better: the largest value reaching score s (index 5 - s); unreachable → −1.
    for (int s = 5; s >= 2; --s) {
        int cut = -1;
        for (auto it = p.recency.rbegin(); it != p.recency.rend(); ++it)
            if (quintileScore(p.recency, *it, true) >= s) {
                cut = *it;
                break;
            }
        t.recencyDays[size_t(5 - s)] = s < 5 ? qMax(cut, t.recencyDays[size_t(4 - s)]) : cut;
    }
    return t;
}

RfmScores RfmScorer::quintiles(const RfmMetrics& m, const Population& p)
{
    if (!m.hasPurchases)
        return {};
    return {quintileScore(p.recency, m.recencyDays, true), quintileScore(p.frequency, qint64(m.frequency), false),
            quintileScore(p.monetary, m.monetary, false)};
}

RfmScores RfmScorer::thresholds(const RfmMetrics& m, const Thresholds& t)
{
    if (!m.hasPurchases)
        return {};
    RfmScores s{1, 1, 1};
    for (int k = 3; k >= 0; --k)
        if (m.recencyDays <= t.recencyDays[size_t(k)])
            s.r = 5 - k;
    for (int k = 0; k < 4; ++k) {
        if (m.frequency >= t.frequency[size_t(k)])
            s.f = k + 2;
        if (m.monetary >= t.monetaryFen[size_t(k)])
            s.m = k + 2;
    }
    return s;
}

} // namespace clientele::core::segmentation
