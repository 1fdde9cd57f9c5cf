#include "MemberBalances.h"

#include "PointsLedger.h"
#include "SaleService.h"

#include "../domain/Clock.h"
#include "../storage/MemberRepository.h"

namespace clientele::core::member {

Result<qint64> MemberBalances::points(const storage::Database& database, qint64 customerId, const QDate& asOf)
{
    auto rows = storage::MemberRepository(database).pointsOf(customerId);
    if (!rows)
        return rows.error();
    return PointsLedger::evaluate(*rows, asOf.isValid() ? asOf : Clock::today()).balance;
}

Result<Fen> MemberBalances::storedValue(const storage::Database& database, qint64 customerId, const QDate& asOf)
{
    auto held = SaleService::balance(database, customerId, asOf); // invalid: every row, as the profile
    if (!held)
        return held.error();
    return held->total();
}

} // namespace clientele::core::member
