#pragma once

#include <QList>
#include <QSet>

#include <cstdint>

namespace clientele::core::campaigns {

// The random hold-out of a campaign, reproducible from its recorded seed on every platform.
//
// draw(): the audience's ids are sorted ascending; std::mt19937_64 seeded with `seed` (its output
// sequence is fixed by the C++ standard) drives a Fisher–Yates shuffle written here — not
// std::shuffle, whose algorithm differs between standard libraries — taking each index j in
// [0, i] by rejection sampling (no modulo bias). The first round(n · percent / 100) ids of the
// shuffled list are the hold-out. Same ids, share and seed → same split.
//
// joins(): for one customer added later (automation rules adding to a running campaign), a draw of
// its own: the first output of std::mt19937_64 seeded with seed XOR (id · 0x9E3779B97F4A7C15),
// scaled to [0, 1), below percent / 100 → hold-out. The share then holds on average, not to ±1.
class HoldoutDraw
{
public:
    static constexpr int kDefaultPercent = 10;
    static constexpr int kMaxPercent = 50;

    static QSet<qint64> draw(QList<qint64> ids, int percent, std::uint64_t seed);
    static qsizetype holdoutSize(qsizetype audience, int percent);
    static bool joinsHoldout(qint64 customerId, int percent, std::uint64_t seed);
    // A fresh seed when the owner gives none (recorded with the campaign).
    static std::uint64_t newSeed();
};

} // namespace clientele::core::campaigns
