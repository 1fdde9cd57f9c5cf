#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QDate>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// What the shop owes its members on a day: the sums of the ledgers as of that day (stored value
// principal and bonus; points after what expired, and their money value by the rules in force).
// A customer's negative balance (after a refund) is counted as it is, so the totals equal the sums
// of the ledgers.
struct LiabilitySummary
{
    QDate asOf;
    Fen principal = 0;
    Fen bonus = 0;
    qint64 points = 0;
    Fen pointsValue = 0;
    qint64 members = 0; // customers holding stored value or points
    // Unused visit-card uses of cards not expired that day and their value (VisitCards::liability).
    qint64 unusedCardUses = 0;
    Fen unusedCardValue = 0;
    Fen total() const { return principal + bonus + pointsValue + unusedCardValue; }
};

class Liabilities
{
public:
    static Result<LiabilitySummary> asOf(const storage::Database& database, const QDate& day);
};

} // namespace clientele::core::member
