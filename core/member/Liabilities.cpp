#include "Liabilities.h"

#include "../storage/MemberRepository.h"
#include "MemberRules.h"
#include "PointsLedger.h"
#include "VisitCards.h"

#include <QSet>

namespace clientele::core::member {

Result<LiabilitySummary> Liabilities::asOf(const storage::Database& database, const QDate& day)
{
    storage::MemberRepository members(database);
    LiabilitySummary out;
    out.asOf = day;
    auto sums = members.storedValueSum(0, day);
    if (!sums)
        return sums.error();
    out.principal = sums->first;
    out.bonus = sums->second;
    auto rows = members.allPoints(day);
    if (!rows)
        return rows.error();
    QSet<qint64> holders;
    for (qsizetype i = 0; i < rows->size();) {
        qsizetype end = i;
        while (end < rows->size() && (*rows)[end].customerId == (*rows)[i].customerId)
            ++end;
        const PointsState state = PointsLedger::evaluate(rows->mid(i, end - i), day);
        out.points += state.balance;
        if (state.balance != 0)
            holders.insert((*rows)[i].customerId);
        i = end;
    }
    auto rules = MemberRules::load(database);
    if (!rules)
        return rules.error();
    out.pointsValue = rules->pointsValue(out.points);
    out.members = holders.size(); // stored-value holders are counted by the CLI's per-customer view
    auto cards = VisitCards::liability(database, day);
    if (!cards)
        return cards.error();
    out.unusedCardUses = cards->unusedUses;
    out.unusedCardValue = cards->value;
    return out;
}

} // namespace clientele::core::member
