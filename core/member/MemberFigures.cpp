#include "MemberFigures.h"

#include "../domain/Clock.h"
#include "../storage/MemberFigureQueries.h"
#include "../storage/MemberRepository.h"
#include "MemberRules.h"
#include "PointsLedger.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::MemberFigures", text);
}

// Points that expired on a day in [first, last]: what had expired by `last` less what had by the
// day before `first`, customer by customer (each award expires on its own day).
Result<qint64> expiredBetween(const storage::Database& database, const QDate& first, const QDate& last)
{
    auto rows = storage::MemberRepository(database).allPoints(last);
    if (!rows)
        return rows.error();
    qint64 expired = 0;
    for (qsizetype i = 0; i < rows->size();) {
        qsizetype end = i;
        while (end < rows->size() && (*rows)[end].customerId == (*rows)[i].customerId)
            ++end;
        const auto own = rows->mid(i, end - i);
        expired += PointsLedger::evaluate(own, last).expired - PointsLedger::evaluate(own, first.addDays(-1)).expired;
        i = end;
    }
    return expired;
}
} // namespace

bool MemberMonth::any() const
{
    return owed.principal != 0 || owed.bonus != 0 || owed.points != 0 || owed.unusedCardUses != 0 || topUps != 0 ||
           pointsEarned != 0 || pointsSpent != 0 || pointsExpired != 0 || pointsAdjusted != 0 || cardUses != 0 ||
           memberDaySales != 0 || !coupons.isEmpty();
}

Result<MemberMonth> MemberFigures::forMonth(const storage::Database& database, const QString& month)
{
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    if (!first.isValid())
        return Error::make(Error::Code::Usage, tr("A month is written like 2026-11, not \"%1\".").arg(month));
    MemberMonth m;
    m.first = first;
    m.last = std::min(first.addMonths(1).addDays(-1), std::max(first, Clock::today()));
    auto owed = Liabilities::asOf(database, m.last);
    if (!owed)
        return owed.error();
    m.owed = *owed;
    auto topUps = storage::MemberFigureQueries::topUps(database, m.first, m.last);
    if (!topUps)
        return topUps.error();
    m.topUps = topUps->count;
    m.topUpPrincipal = topUps->principal;
    m.topUpBonus = topUps->bonus;
    auto kinds = storage::MemberFigureQueries::pointsByKind(database, m.first, m.last);
    if (!kinds)
        return kinds.error();
    for (const auto& [kind, points] : *kinds) {
        if (kind == u"earn" || kind == u"earn_reversal")
            m.pointsEarned += points;
        else if (kind == u"redeem" || kind == u"redeem_return")
            m.pointsSpent -= points;
        else if (kind == u"adjust")
            m.pointsAdjusted += points;
    }
    auto expired = expiredBetween(database, m.first, m.last);
    if (!expired)
        return expired.error();
    m.pointsExpired = *expired;
    auto uses = storage::MemberFigureQueries::cardUses(database, m.first, m.last);
    if (!uses)
        return uses.error();
    m.cardUses = *uses;
    auto rules = MemberRules::load(database);
    if (!rules)
        return rules.error();
    auto sales = storage::MemberFigureQueries::standingSales(database, m.first, m.last);
    if (!sales)
        return sales.error();
    for (const auto& s : *sales)
        if (rules->isMemberDay(s.day)) {
            ++m.memberDaySales;
            m.memberDayRevenue += s.amount;
        }
    auto coupons = storage::MemberFigureQueries::couponsByType(database, m.last);
    if (!coupons)
        return coupons.error();
    for (const auto& c : *coupons)
        m.coupons.append({c.type, c.issued, c.redeemed});
    return m;
}

} // namespace clientele::core::member
