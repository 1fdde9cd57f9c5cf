// The table of triggers. A trigger finds, for every customer, the events whose day falls in the
// window; the care rules' triggers are CareTaskGenerator's (their behaviour pinned by the care
// tests), the others read the latest segmentation run.
#include "MemberTriggers.h"
#include "Registry.h"

#include "../service/Tickets.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace clientele::core::automation {

namespace {
constexpr int kCatchUpDays = care::CareTaskGenerator::kCatchUpDays;

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QList<care::CareCustomer> careCustomers(const TriggerContext& ctx)
{
    QList<care::CareCustomer> out;
    out.reserve(ctx.customers.size());
    for (const Subject& s : ctx.customers)
        out.append(s.care);
    return out;
}

// One care rule's tasks as events: the dedupe key is the event key, the facts the why.
QList<Event> careEvents(const TriggerContext& ctx, const QString& careKey, const QJsonObject& params,
                        const QList<care::CareCustomer>& customers)
{
    QList<Event> out;
    for (const care::CareTask& t : care::CareTaskGenerator::generate({{careKey, true, params}}, customers, ctx.from, ctx.to))
        out.append({t.customerId, t.dueOn, t.dedupeKey, t.facts});
    return out;
}

std::function<Result<QList<Event>>(const TriggerContext&, const QJsonObject&)> care(const QString& careKey)
{
    return [careKey](const TriggerContext& ctx, const QJsonObject& params) -> Result<QList<Event>> {
        return careEvents(ctx, careKey, params, careCustomers(ctx));
    };
}

// The day an event of `day` is acted on: within the window, catching up on a month before it.
bool inWindow(const QDate& day, const TriggerContext& ctx)
{
    return day.isValid() && day <= ctx.to && day >= ctx.from.addDays(-kCatchUpDays);
}

Result<QList<Event>> stageChanged(const TriggerContext& ctx, const QJsonObject& params)
{
    const QString to = params.value(u"to"_s).toString();
    if (to == u"dormant")
        return careEvents(ctx, u"winback"_s, {}, careCustomers(ctx));
    if (to == u"at_risk") {
        // The care rule's own logic over every tier (tiers are a condition of the rule now).
        QSet<QString> tiers;
        QList<care::CareCustomer> customers = careCustomers(ctx);
        for (care::CareCustomer& c : customers) {
            tiers.insert(c.tier);
            if (!params.value(u"early_by_model"_s).toBool())
                c.churnRisk = false;
        }
        QJsonArray all;
        for (const QString& t : tiers)
            all.append(t);
        return careEvents(ctx, u"vip_at_risk"_s, {{u"tiers"_s, all}}, customers);
    }
    if (to == u"won_back") {
        QList<Event> out;
        for (const Subject& s : ctx.customers) {
            const QDate day = qMax(s.care.lastPurchase, ctx.from);
            if (s.care.stage == u"won_back" && inWindow(s.care.lastPurchase, ctx))
                out.append({s.care.id, day, u"won_back:%1:%2"_s.arg(s.care.id).arg(iso(s.care.lastPurchase)),
                            {{u"rule"_s, u"won_back"_s}, {u"last"_s, iso(s.care.lastPurchase)}}});
        }
        return out;
    }
    return Error::make(Error::Code::InvalidData, u"stage_changed: to = %1"_s.arg(to));
}

Result<QList<Event>> tierChanged(const TriggerContext& ctx, const QJsonObject& params)
{
    const QString direction = params.value(u"direction"_s).toString(u"any"_s);
    QList<Event> out;
    for (const Subject& s : ctx.customers) {
        const QString now = s.care.tier;
        const QString before = s.previousTier;
        if (now.isEmpty() || before.isEmpty() || now == before || !inWindow(s.asOf, ctx))
            continue;
        const bool up = ctx.config.tiers.rank(now) < ctx.config.tiers.rank(before);
        if ((direction == u"up" && !up) || (direction == u"down" && up))
            continue;
        // Against the previous month end: one event per change and month.
        out.append({s.care.id, qMax(s.asOf, ctx.from),
                    u"tier_changed:%1:%2:%3:%4"_s.arg(s.care.id).arg(before, now, s.asOf.toString(u"yyyy-MM"_s)),
                    {{u"rule"_s, u"tier_changed"_s}, {u"from"_s, before}, {u"to"_s, now}, {u"up"_s, up}}});
    }
    return out;
}

Result<QList<Event>> noPurchase(const TriggerContext& ctx, const QJsonObject& params)
{
    const int days = params.value(u"days"_s).toInt(90);
    QList<Event> out;
    for (const Subject& s : ctx.customers) {
        if (!s.care.lastPurchase.isValid())
            continue;
        // A lapse is a state, not a moment: whoever is away N days or more is found, however long
        // ago the line was crossed (a rule written today finds the customers already away), once
        // per lapse (the key names the last purchase).
        const QDate day = s.care.lastPurchase.addDays(days);
        if (day.isValid() && day <= ctx.to)
            out.append({s.care.id, qMax(day, ctx.from),
                        u"no_purchase:%1:%2:%3"_s.arg(s.care.id).arg(iso(s.care.lastPurchase)).arg(days),
                        {{u"rule"_s, u"no_purchase"_s}, {u"last"_s, iso(s.care.lastPurchase)}, {u"days"_s, days}}});
    }
    return out;
}

Result<QList<Event>> pAliveBelow(const TriggerContext& ctx, const QJsonObject& params)
{
    const double below = params.value(u"below"_s).toDouble(0.5);
    QList<Event> out;
    for (const Subject& s : ctx.customers) {
        if (s.pAlive < 0 || s.pAlive >= below || !s.care.lastPurchase.isValid())
            continue;
        // Once per purchase history: buying again and falling again is a new event.
        const int percent = qRound(below * 100);
        out.append({s.care.id, ctx.from,
                    u"p_alive_below:%1:%2:%3"_s.arg(s.care.id).arg(iso(s.care.lastPurchase)).arg(percent),
                    {{u"rule"_s, u"p_alive_below"_s},
                     {u"p_alive"_s, qRound(s.pAlive * 100)},
                     {u"below"_s, percent},
                     {u"last"_s, iso(s.care.lastPurchase)}}});
    }
    return out;
}

// Every ticket past its due time (open, not waiting) as of now: one event per ticket, whenever it
// fell due (an overdue ticket stays an open matter however long ago that was). `priority`
// narrows it to one priority ("" or missing: any).
Result<QList<Event>> ticketOverdue(const TriggerContext& ctx, const QJsonObject& params)
{
    const QString priority = params.value(u"priority"_s).toString();
    const auto tickets = service::Tickets::list(ctx.database, service::TicketFilter::Overdue, {}, Clock::now());
    if (!tickets)
        return tickets.error();
    QList<Event> out;
    for (const service::TicketView& v : *tickets) {
        if (!priority.isEmpty() && v.ticket.priority != priority)
            continue;
        const QDate due = v.sla.dueAt.date();
        if (!due.isValid() || due > ctx.to)
            continue;
        out.append({v.ticket.customerId, qMax(due, ctx.from), u"ticket_overdue:%1"_s.arg(v.ticket.id),
                    {{u"rule"_s, u"ticket_overdue"_s},
                     {u"ticket"_s, v.ticket.id},
                     {u"subject"_s, v.ticket.subject},
                     {u"priority"_s, v.ticket.priority},
                     {u"due"_s, v.sla.dueAt.toString(Qt::ISODate)}}});
    }
    return out;
}

} // namespace

QList<TriggerKind> triggerTable()
{
    return {
        {u"birthday"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Birthday coming up"),
         {{u"days_ahead"_s, 7}}, care(u"birthday"_s), false},
        {u"first_purchase"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "After the first purchase"),
         {{u"days_after"_s, 7}}, care(u"revisit"_s), false},
        {u"stage_changed"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Stage changed"),
         {{u"to"_s, u"at_risk"_s}, {u"early_by_model"_s, false}}, stageChanged, false},
        {u"tier_changed"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Tier changed"),
         {{u"direction"_s, u"down"_s}}, tierChanged, false},
        {u"no_purchase"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "No purchase for a while"),
         {{u"days"_s, 90}}, noPurchase, false},
        {u"p_alive_below"_s,
         QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Chance of still being a customer fell low"),
         {{u"below"_s, 0.5}}, pAliveBelow, false},
        {u"repurchase_due"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "A product's repurchase time passed"),
         {{u"min_intervals"_s, 3}}, care(u"replenish"_s), true},
        {u"holiday"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Holiday coming up"),
         {{u"days_ahead"_s, 3}, {u"holidays"_s, QJsonArray{}}}, care(u"holidays"_s), false},
        {u"points_expiring"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Points expiring"),
         {{u"days_ahead"_s, 30}}, member_triggers::pointsExpiring, false},
        {u"stored_value_unused"_s,
         QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Stored value unused for a while"),
         {{u"days"_s, 90}}, member_triggers::storedValueUnused, false},
        {u"card_one_use_left"_s,
         QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Visit card with one use left"), {},
         member_triggers::cardOneUseLeft, false},
        {u"survey_detractor"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Survey answer is a detractor"),
         {{u"days_after"_s, 1}}, care(u"detractor"_s), false},
        {u"ticket_overdue"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Service ticket overdue"),
         {{u"priority"_s, QString()}}, ticketOverdue, false},
    };
}

} // namespace clientele::core::automation
