#include "CustomerTimeline.h"

#include "../domain/Money.h"
#include "../i18n/LocalDates.h"
#include "../member/MemberTimeline.h"
#include "../segmentation/TierRules.h"
#include "../storage/CustomerRepository.h"
#include "../storage/Database.h"
#include "../storage/FollowUpRepository.h"
#include "../storage/InteractionRepository.h"
#include "../storage/OrderRepository.h"
#include "../storage/SqlValues.h"
#include "../storage/TicketRepository.h"
#include "../service/Tickets.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::customers {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::customers::CustomerTimeline", text);
}

int sameDayRank(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::FollowUp:
    case TimelineEvent::Kind::Ticket: return 0;
    case TimelineEvent::Kind::Interaction: return 1;
    case TimelineEvent::Kind::TierChange: return 2;
    case TimelineEvent::Kind::Order:
    case TimelineEvent::Kind::Refund: return 3;
    case TimelineEvent::Kind::Member: return 4;
    case TimelineEvent::Kind::Joined: return 5;
    }
    return 6;
}

Status addTierChanges(const storage::Database& database, qint64 customerId, QList<TimelineEvent>& events)
{
    // Month-end snapshots: a change is a month whose tier differs from the month before.
    QSqlQuery q = database.prepare(u"SELECT month, tier FROM customer_snapshots WHERE customer_id = ? ORDER BY month"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return storage::sqlError(q, tr("Reading the tier history of customer %1").arg(customerId));
    QString previous;
    while (q.next()) {
        const QString month = q.value(0).toString();
        const QString tier = q.value(1).toString();
        if (!previous.isEmpty() && tier != previous) {
            const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
            events.append({first.addMonths(1).addDays(-1), TimelineEvent::Kind::TierChange,
                           tr("%1 → %2").arg(segmentation::TierRules::label(previous),
                                                  segmentation::TierRules::label(tier)),
                           i18n::LocalDates::monthEnd(first)});
        }
        previous = tier;
    }
    return {};
}
} // namespace

QString CustomerTimeline::kindLabel(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::Joined: return tr("Joined");
    case TimelineEvent::Kind::Order: return tr("Purchase");
    case TimelineEvent::Kind::Refund: return tr("Refund");
    case TimelineEvent::Kind::Interaction: return tr("Contact");
    case TimelineEvent::Kind::FollowUp: return tr("Follow-up");
    case TimelineEvent::Kind::TierChange: return tr("Tier");
    case TimelineEvent::Kind::Ticket: return tr("Service");
    case TimelineEvent::Kind::Member: return tr("Member");
    }
    return {};
}

Result<QList<TimelineEvent>> CustomerTimeline::forCustomer(const storage::Database& database, qint64 customerId)
{
    QList<TimelineEvent> events;
    storage::CustomerRepository customers(database);
    const auto customer = customers.findById(customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return Error::make(Error::Code::NotFound, tr("Customer %1 no longer exists.").arg(customerId));
    if ((*customer)->joinedOn.isValid())
        events.append({(*customer)->joinedOn, TimelineEvent::Kind::Joined, tr("Became a member"), {}});

    const auto orders = storage::OrderRepository(database).forCustomer(customerId);
    if (!orders)
        return orders.error();
    for (const Order& o : *orders) {
        const bool refund = o.amount < 0;
        const QString number = o.orderNo.isEmpty() ? QString() : u" · "_s + o.orderNo;
        QStringList detail;
        for (const QString& part : {o.category, o.store, o.channel})
            if (!part.isEmpty())
                detail.append(part);
        // A sale voided on its day and its void stay on the story, marked: neither is an order
        // nor a refund (Order::standing, storage::standingOrder).
        const QString what = money::format(refund ? -o.amount : o.amount) + number;
        events.append({o.date, refund ? TimelineEvent::Kind::Refund : TimelineEvent::Kind::Order,
                       o.isVoidedSale() ? tr("%1 (voided)").arg(what)
                       : o.isVoid()     ? tr("%1 (void)").arg(what)
                                        : what,
                       detail.join(u" · "_s)});
    }

    const auto interactions = storage::InteractionRepository(database).forCustomer(customerId);
    if (!interactions)
        return interactions.error();
    for (const auto& i : *interactions)
        events.append({i.occurredAt.toLocalTime().date(), TimelineEvent::Kind::Interaction,
                       storage::InteractionRepository::kindLabel(i.kind), i.summary});

    const auto followUps = storage::FollowUpRepository(database).forCustomer(customerId);
    if (!followUps)
        return followUps.error();
    for (const auto& f : *followUps) {
        QString status = f.status == u"done"        ? tr("done")
                         : f.status == u"cancelled" ? tr("cancelled")
                                                     : tr("open");
        QStringList detail;
        if (!f.reason.isEmpty())
            detail.append(f.reason);
        if (!f.outcome.isEmpty())
            detail.append(tr("Outcome: %1").arg(f.outcome));
        // A completed task sits on the day it was done, where its outcome belongs.
        const QDate day = f.completedAt.isValid() ? f.completedAt.toLocalTime().date() : f.dueOn;
        events.append({day, TimelineEvent::Kind::FollowUp, tr("%1 (%2)").arg(f.title, status), detail.join(u"\n"_s)});
    }

    const auto tickets = storage::TicketRepository(database).list(false, customerId);
    if (!tickets)
        return tickets.error();
    for (const auto& t : *tickets) {
        const QString kind = service::Tickets::kindLabel(t.kind);
        events.append({t.openedAt.date(), TimelineEvent::Kind::Ticket, tr("Ticket opened: %1").arg(t.subject),
                       tr("%1 · %2").arg(kind, service::Tickets::priorityLabel(t.priority))});
        // The resolution where it happened: the last change to resolved or closed.
        if (!t.isOpen() && !t.history.isEmpty())
            events.append({t.history.last().at.date(), TimelineEvent::Kind::Ticket,
                           tr("Ticket %1: %2").arg(service::Tickets::statusLabel(t.status), t.subject), t.resolution});
    }

    if (auto s = addTierChanges(database, customerId, events); !s)
        return s.error();
    if (auto s = member::MemberTimeline::append(database, customerId, events); !s)
        return s.error();

    std::stable_sort(events.begin(), events.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
        if (a.date != b.date)
            return a.date > b.date;
        return sameDayRank(a.kind) < sameDayRank(b.kind);
    });
    return events;
}

} // namespace clientele::core::customers
