#pragma once

#include "../storage/MemberRepository.h"

#include <QDate>
#include <QList>

namespace clientele::core::member {

// What a customer's points ledger comes to on a day. Every award is a lot with its own expiry;
// take-aways spend the lot they name (a refund taking back its sale's award) and then the lots
// oldest first; what a lot still holds after its expiry day has expired. A take-away larger than
// what is left is a deficit: the balance goes negative and the next awards pay it off first.
// balance == sum of the ledger's points − expired, always.
struct PointsLot
{
    qint64 rowId = 0;
    qint64 remaining = 0;
    QDate expiresOn;
};

struct PointsState
{
    qint64 balance = 0;
    qint64 expired = 0;
    qint64 earned = 0; // sum of positive rows
    qint64 spent = 0;  // sum of negative rows, as a positive number
    QList<PointsLot> lots; // still holding points, soonest expiry first
    // Points that expire within `days` days after asOf (inclusive of both ends).
    qint64 expiringWithin(const QDate& asOf, int days) const;
};

class PointsLedger
{
public:
    // `rows` of one customer in ledger order (date, then id); rows after asOf are left out.
    static PointsState evaluate(const QList<storage::PointsRow>& rows, const QDate& asOf);
};

} // namespace clientele::core::member
