#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace clientele::core::segmentation {

// One level of a tier scheme, best first in TierRules::levels; the last level is the floor and
// has no condition.
//  - spend scheme: reached when 12-month spend ≥ minSpend (inclusive);
//  - value scheme: reached when the value score ≥ minMScore and/or F score ≥ minFScore (matchAll),
//    and P(alive) ≥ minPAlivePercent. The value score is the quintile of predicted CLV when the
//    purchase models are on, else the M score (historical value).
struct TierLevel
{
    QString key;
    Fen minSpend = 0;
    int minMScore = 0;
    int minFScore = 0;
    bool matchAll = true;
    int minPAlivePercent = 0; // value scheme, when predictions exist: also needs P(alive) ≥ this
};

// Tier rules as data: stored as JSON in the database, versioned, editable. Dormancy wins over
// every level: a customer whose last purchase is dormantDays or more before the as-of date is
// "dormant". graceMonths > 0: a customer falls a level only after that many consecutive month
// ends below it.
struct TierRules
{
    enum class Scheme { Spend, Value };
    Scheme scheme = Scheme::Spend;
    int version = 0; // 0 = not stored yet
    int dormantDays = 365;
    int graceMonths = 0;
    QList<TierLevel> levels;

    static TierRules spendPreset();
    static TierRules valuePreset();
    static QString schemeKey(Scheme scheme);
    static bool parseScheme(const QString& text, Scheme* scheme);

    QJsonObject toJson() const;
    static Result<TierRules> fromJson(const QJsonObject& json);

    // 0 for the best level, levels.size() for dormant, levels.size() + 1 for "no purchases".
    int rank(const QString& key) const;
    static QString label(const QString& key); // translated display name
};

} // namespace clientele::core::segmentation
