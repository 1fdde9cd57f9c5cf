#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// A step of the top-up bonus: a top-up of at least minTopUp gets bonus (the highest step reached).
struct TopUpStep
{
    Fen minTopUp = 0;
    Fen bonus = 0;
};

// What a tier gets at the counter: a points multiplier (in percent: 150 = ×1.5) and a discount
// (in percent of the amount, 0 = none).
struct TierBenefit
{
    QString tier; // a tier key of the tier rules ("diamond", "gold" ...)
    int pointsMultiplierPercent = 100;
    int discountPercent = 0;
};

// The member program's rules as data: stored as JSON in member_rule_sets, one new version per
// change (like the tier rules), the latest in force. All money in fen.
struct MemberRules
{
    enum class Split { Proportional, PrincipalFirst };

    int version = 0; // 0 = not stored yet
    int pointsPerYuan = 1;         // per whole yuan actually paid, before the multipliers
    int pointsPerYuanOff = 100;    // 100 points = ¥1 off
    int pointsExpiryMonths = 12;   // valid to the end of the Nth month after the month earned
    int memberDayWeekday = 0;      // 1 = Monday … 7 = Sunday; 0 = no member day
    int memberDayOfMonth = 0;      // 1…31; 0 = none (either one makes a member day)
    bool birthdayMonthDouble = false;
    QDate programStart;            // invalid: imported history earns no points
    QList<TopUpStep> topUpSteps;   // ascending by minTopUp
    Split split = Split::Proportional;
    QList<TierBenefit> tierBenefits;

    static MemberRules defaults();
    QJsonObject toJson() const;
    // Refuses unknown shapes with a message naming the bad value.
    static Result<MemberRules> fromJson(const QJsonObject& json);

    // --- the arithmetic, pure ---
    Fen topUpBonus(Fen topUp) const;
    TierBenefit benefitFor(const QString& tier) const; // ×1, no discount when the tier has none
    bool isMemberDay(const QDate& day) const;
    // Points for `paidFen` of money actually paid: whole yuan × pointsPerYuan × the tier's
    // multiplier × 2 on a member day or in the birthday month (not both: ×2 once), rounded down.
    int pointsEarned(Fen paidFen, const QString& tier, const QDate& day, const QDate& birthday) const;
    // The last day the points earned on `earned` may be spent.
    QDate expiryOf(const QDate& earned) const;
    Fen pointsValue(qint64 points) const; // fen off for that many points (whole fen, rounded down)
    Fen tierDiscount(Fen amount, const QString& tier) const;

    // The rules in force (the defaults when none were stored).
    static Result<MemberRules> load(const storage::Database& database);
    // Owners only: a backup, the new version and an audit entry ("rules") in one transaction.
    static Result<int> save(storage::Database& database, const MemberRules& rules);
};

} // namespace clientele::core::member
