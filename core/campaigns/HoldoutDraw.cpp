#include "HoldoutDraw.h"

#include <limits>

#include <QRandomGenerator>

#include <algorithm>
#include <random>

namespace clientele::core::campaigns {

namespace {
// A uniform index in [0, bound] by rejection: the largest multiple of (bound + 1) below 2^64.
std::uint64_t uniformUpTo(std::mt19937_64& rng, std::uint64_t bound)
{
    const std::uint64_t range = bound + 1;
    if (range == 0)
        return rng();
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - (std::numeric_limits<std::uint64_t>::max() % range);
    std::uint64_t x = rng();
    while (x >= limit)
        x = rng();
    return x % range;
}
} // namespace

qsizetype HoldoutDraw::holdoutSize(qsizetype audience, int percent)
{
    percent = std::clamp(percent, 0, kMaxPercent);
    // round half up in integers
    return (audience * percent * 2 + 100) / 200;
}

QSet<qint64> HoldoutDraw::draw(QList<qint64> ids, int percent, std::uint64_t seed)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::mt19937_64 rng(seed);
    for (qsizetype i = ids.size() - 1; i > 0; --i) {
        const auto j = qsizetype(uniformUpTo(rng, std::uint64_t(i)));
        std::swap(ids[i], ids[j]);
    }
    const qsizetype k = holdoutSize(ids.size(), percent);
    return QSet<qint64>(ids.cbegin(), ids.cbegin() + k);
}

bool HoldoutDraw::joinsHoldout(qint64 customerId, int percent, std::uint64_t seed)
{
    percent = std::clamp(percent, 0, kMaxPercent);
    std::mt19937_64 rng(seed ^ (std::uint64_t(customerId) * 0x9E3779B97F4A7C15ULL));
    const double u = double(rng() >> 11) / double(std::uint64_t(1) << 53);
    return u < percent / 100.0;
}

std::uint64_t HoldoutDraw::newSeed()
{
    // Kept to 53 bits so the seed survives JSON and spreadsheet round trips unchanged.
    return QRandomGenerator::global()->generate64() & ((std::uint64_t(1) << 53) - 1);
}

} // namespace clientele::core::campaigns
