#include "MemberTriggers.h"

#include "../member/PointsLedger.h"
#include "../member/VisitCards.h"
#include "../storage/MemberFigureQueries.h"
#include "../storage/MemberRepository.h"

#include <QMap>

#include <algorithm>
#include <QSet>

using namespace Qt::StringLiterals;

namespace clientele::core::automation::member_triggers {

namespace {
QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QSet<qint64> subjects(const TriggerContext& ctx)
{
    QSet<qint64> ids;
    for (const Subject& s : ctx.customers)
        ids.insert(s.care.id);
    return ids;
}
} // namespace

Result<QList<Event>> pointsExpiring(const TriggerContext& ctx, const QJsonObject& params)
{
    const int daysAhead = std::max(0, params.value(u"days_ahead"_s).toInt(30));
    const QSet<qint64> known = subjects(ctx);
    auto rows = storage::MemberRepository(ctx.database).allPoints(ctx.from);
    if (!rows)
        return rows.error();
    QList<Event> out;
    for (qsizetype i = 0; i < rows->size();) {
        qsizetype end = i;
        const qint64 customerId = (*rows)[i].customerId;
        while (end < rows->size() && (*rows)[end].customerId == customerId)
            ++end;
        const auto own = rows->mid(i, end - i);
        i = end;
        if (!known.contains(customerId))
            continue;
        // What the customer still holds today, by the day it expires.
        QMap<QDate, qint64> byDay;
        for (const member::PointsLot& lot : member::PointsLedger::evaluate(own, ctx.from).lots)
            if (lot.remaining > 0 && lot.expiresOn.isValid() && lot.expiresOn >= ctx.from)
                byDay[lot.expiresOn] += lot.remaining;
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            const QDate day = it.key().addDays(-daysAhead);
            if (day > ctx.to)
                continue;
            out.append({customerId, std::max(day, ctx.from),
                        u"points_expiring:%1:%2"_s.arg(customerId).arg(iso(it.key())),
                        {{u"rule"_s, u"points_expiring"_s}, {u"points"_s, it.value()}, {u"expires"_s, iso(it.key())}}});
        }
    }
    return out;
}

Result<QList<Event>> storedValueUnused(const TriggerContext& ctx, const QJsonObject& params)
{
    const int days = std::max(1, params.value(u"days"_s).toInt(90));
    const QSet<qint64> known = subjects(ctx);
    auto holders = storage::MemberFigureQueries::storedValueHolders(ctx.database, ctx.from);
    if (!holders)
        return holders.error();
    QList<Event> out;
    for (const auto& h : *holders) {
        if (!known.contains(h.customerId) || h.balance <= 0)
            continue;
        const QDate day = h.lastMovement.addDays(days);
        if (day > ctx.to)
            continue;
        out.append({h.customerId, std::max(day, ctx.from),
                    u"stored_value_unused:%1:%2:%3"_s.arg(h.customerId).arg(iso(h.lastMovement)).arg(days),
                    {{u"rule"_s, u"stored_value_unused"_s},
                     {u"balance_fen"_s, h.balance},
                     {u"last"_s, iso(h.lastMovement)},
                     {u"days"_s, days}}});
    }
    return out;
}

Result<QList<Event>> cardOneUseLeft(const TriggerContext& ctx, const QJsonObject&)
{
    const QSet<qint64> known = subjects(ctx);
    auto cards = member::VisitCards::withOneUseLeft(ctx.database, ctx.from);
    if (!cards)
        return cards.error();
    QList<Event> out;
    for (const VisitCard& card : *cards) {
        if (!known.contains(card.customerId))
            continue;
        out.append({card.customerId, ctx.from, u"card_one_use_left:%1:%2"_s.arg(card.customerId).arg(card.cardNo),
                    {{u"rule"_s, u"card_one_use_left"_s},
                     {u"card"_s, card.cardNo},
                     {u"plan"_s, card.planName},
                     {u"expires"_s, iso(card.expiresOn)}}});
    }
    return out;
}

} // namespace clientele::core::automation::member_triggers
