#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"
#include "Liabilities.h"

#include <QDate>
#include <QList>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// The member program's figures for one month, defined once here for the dashboard, the monthly
// report (HTML and CSV) and their tests. Money in fen; points as points.
struct MemberMonth
{
    QDate first;
    QDate last;            // the month's last day, or today while the month runs
    LiabilitySummary owed; // what the shop owes its members on `last`
    qint64 topUps = 0;     // top-ups made in the month
    Fen topUpPrincipal = 0;
    Fen topUpBonus = 0;    // what the top-up bonuses cost
    qint64 pointsEarned = 0;   // awarded in the month, less awards taken back by refunds
    qint64 pointsSpent = 0;    // redeemed in the month, less redemptions given back
    qint64 pointsExpired = 0;  // expired on a day of the month
    qint64 pointsAdjusted = 0; // owners' adjustments (signed)
    qint64 cardUses = 0;       // visit-card uses in the month, net of uses undone
    qint64 memberDaySales = 0; // counter sales on member days, not refunded
    Fen memberDayRevenue = 0;
    struct CouponLine
    {
        QString type;
        qint64 issued = 0;   // as of `last`
        qint64 redeemed = 0; // of those, used (net of refunds)
        int ratePermille() const { return issued > 0 ? int((redeemed * 1000 + issued / 2) / issued) : 0; }
    };
    QList<CouponLine> coupons;

    // Whether the shop runs the program at all (anything to show).
    bool any() const;
};

class MemberFigures
{
public:
    // month: "YYYY-MM". The month end is clamped to Clock::today() for the running month.
    static Result<MemberMonth> forMonth(const storage::Database& database, const QString& month);
};

} // namespace clientele::core::member
