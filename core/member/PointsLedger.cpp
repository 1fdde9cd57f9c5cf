#include "PointsLedger.h"

#include <algorithm>

namespace clientele::core::member {

qint64 PointsState::expiringWithin(const QDate& asOf, int days) const
{
    qint64 total = 0;
    for (const auto& lot : lots)
        if (lot.expiresOn.isValid() && lot.expiresOn >= asOf && lot.expiresOn <= asOf.addDays(days))
            total += lot.remaining;
    return total;
}

PointsState PointsLedger::evaluate(const QList<storage::PointsRow>& rows, const QDate& asOf)
{
    PointsState state;
    QList<PointsLot> lots;
    qint64 deficit = 0;
    auto expireBefore = [&](const QDate& day) {
        for (auto& lot : lots)
            if (lot.remaining > 0 && lot.expiresOn.isValid() && lot.expiresOn < day) {
                state.expired += lot.remaining;
                lot.remaining = 0;
            }
    };
    auto take = [](PointsLot& lot, qint64* amount) {
        const qint64 n = std::min(lot.remaining, *amount);
        lot.remaining -= n;
        *amount -= n;
    };
    for (const auto& row : rows) {
        if (row.occurredOn > asOf)
            continue;
        expireBefore(row.occurredOn);
        if (row.points > 0) {
            state.earned += row.points;
            PointsLot lot{row.id, row.points, row.expiresOn};
            const qint64 paid = std::min(deficit, lot.remaining);
            lot.remaining -= paid;
            deficit -= paid;
            lots.append(lot);
            // oldest expiry first; equal expiries in ledger order
            std::stable_sort(lots.begin(), lots.end(), [](const PointsLot& a, const PointsLot& b) {
                if (a.expiresOn.isValid() != b.expiresOn.isValid())
                    return a.expiresOn.isValid();
                return a.expiresOn < b.expiresOn;
            });
        } else if (row.points < 0) {
            qint64 amount = -row.points;
            state.spent += amount;
            if (row.lotId > 0)
                for (auto& lot : lots)
                    if (lot.rowId == row.lotId)
                        take(lot, &amount);
            for (auto& lot : lots)
                if (amount > 0)
                    take(lot, &amount);
            deficit += amount;
        }
    }
    expireBefore(asOf); // a lot whose last day is asOf still counts on asOf
    for (const auto& lot : lots)
        if (lot.remaining > 0)
            state.lots.append(lot);
    state.balance = state.earned - state.spent - state.expired;
    return state;
}

} // namespace clientele::core::member
