#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QDate>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// A customer's member-program figures as the profile and the counter show them, one function per
// figure, so a campaign message ({points}, {balance}) says what the counter says. Sums over the
// ledgers on `asOf` (invalid: today for points, the whole ledger for stored value — as the profile).
class MemberBalances
{
public:
    // Points held: the points ledger evaluated with expiry (PointsLedger::evaluate(...).balance).
    static Result<qint64> points(const storage::Database& database, qint64 customerId, const QDate& asOf = {});
    // Stored value held, principal plus bonus (SaleService::balance(...).total()).
    static Result<Fen> storedValue(const storage::Database& database, qint64 customerId, const QDate& asOf = {});
};

} // namespace clientele::core::member
