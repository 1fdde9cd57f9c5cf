#include "Tickets.h"

#include "../care/CareTaskText.h"
#include "../security/Session.h"
#include "../storage/FollowUpRepository.h"
#include "../storage/TicketRepository.h"
#include "../storage/Transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::service {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::service::Tickets", text);
}

Status checkKey(const QStringList& keys, const QString& value, const QString& what)
{
    if (keys.contains(value))
        return {};
    return Error::make(Error::Code::Usage, tr("Unknown %1 “%2” (use one of: %3).").arg(what, value, keys.join(u", "_s)));
}

// Puts the ticket's due day on the calendar: moves the open task, books a new one when the clock
// runs again, completes it when the ticket is resolved or closed. A paused ticket keeps its task.
Status syncFollowUp(const storage::Database& database, const TicketView& v)
{
    storage::TicketRepository tickets(database);
    storage::FollowUpRepository followUps(database);
    const auto existing = tickets.openFollowUp(v.ticket.id);
    if (!existing)
        return existing.error();
    if (v.sla.stopped) {
        if (*existing == 0)
            return {};
        const QString outcome = v.ticket.resolution.isEmpty() ? Tickets::statusLabel(v.ticket.status) : v.ticket.resolution;
        return followUps.complete(*existing, outcome, core::Clock::nowUtc());
    }
    if (v.sla.paused || !v.sla.dueAt.isValid())
        return {};
    const QDate due = v.sla.dueAt.date();
    if (*existing != 0)
        return followUps.moveTo(*existing, due);
    const QJsonObject facts{{u"rule"_s, u"ticket"_s}, {u"ticket"_s, v.ticket.id}, {u"subject"_s, v.ticket.subject}};
    care::CareTask task{v.ticket.customerId,
                        due,
                        care::CareTaskText::title(facts, v.ticket.customerName),
                        care::CareTaskText::reason(facts),
                        u"ticket"_s,
                        u"ticket:%1:%2"_s.arg(v.ticket.id).arg(v.ticket.history.size()),
                        facts};
    const auto stored = followUps.insertIfNew(task);
    return stored ? Status() : Status(stored.error());
}
} // namespace

TicketView Tickets::view(const Ticket& ticket, const OpeningHours& hours, const SlaRules& rules, const QDateTime& now)
{
    return {ticket, SlaClock::evaluate(hours, rules.resolveMinutesFor(ticket.priority), ticket.history, now)};
}

Result<qint64> Tickets::open(storage::Database& database, Ticket ticket, const QDateTime& at)
{
    ticket.subject = ticket.subject.trimmed();
    if (ticket.subject.isEmpty())
        return Error::make(Error::Code::Usage, tr("A ticket needs a subject."));
    if (auto s = checkKey(TicketKeys::kinds(), ticket.kind, tr("kind")); !s)
        return s.error();
    if (auto s = checkKey(TicketKeys::priorities(), ticket.priority, tr("priority")); !s)
        return s.error();
    if (!at.isValid())
        return Error::make(Error::Code::Usage, tr("The ticket needs a valid time."));
    // Without user accounts there is nobody to name (the actor would be a word of the UI language).
    if (ticket.owner.isEmpty() && security::Session::signedIn())
        ticket.owner = security::Session::actor();
    ticket.openedAt = at;
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    storage::TicketRepository repo(database);
    const auto id = repo.insert(ticket);
    if (!id)
        return id.error();
    const auto stored = get(database, *id, at);
    if (!stored)
        return stored.error();
    if (auto s = syncFollowUp(database, *stored); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return *id;
}

Status Tickets::update(storage::Database& database, qint64 id, const QString& status, const QString& note,
                       const QDateTime& at, const QString& actor)
{
    if (auto s = checkKey(TicketKeys::statuses(), status, tr("status")); !s)
        return s;
    if (!at.isValid())
        return Error::make(Error::Code::Usage, tr("The change needs a valid time."));
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    storage::TicketRepository repo(database);
    auto ticket = repo.get(id);
    if (!ticket)
        return ticket.error();
    if (ticket->status == status)
        return Error::make(Error::Code::Usage, tr("Ticket %1 is already %2.").arg(id).arg(statusLabel(status)));
    const QDateTime last = ticket->history.isEmpty() ? ticket->openedAt : ticket->history.last().at;
    if (at < last)
        return Error::make(Error::Code::Usage, tr("%1 lies before the ticket's last change (%2).")
                                                   .arg(storage::TicketRepository::timeText(at),
                                                        storage::TicketRepository::timeText(last)));
    const bool finishing = status == u"resolved" || status == u"closed";
    const QString resolution = finishing && !note.trimmed().isEmpty() ? note.trimmed() : ticket->resolution;
    const QString who = !actor.isEmpty() ? actor : security::Session::signedIn() ? security::Session::actor() : QString();
    if (auto s = repo.addEvent(id, {at, status, note.trimmed(), who}); !s)
        return s;
    if (auto s = repo.setStatus(id, status, resolution); !s)
        return s;
    const auto updated = get(database, id, at);
    if (!updated)
        return updated.error();
    if (auto s = syncFollowUp(database, *updated); !s)
        return s;
    return transaction.commit();
}

Status Tickets::editDetails(storage::Database& database, const Ticket& ticket)
{
    if (ticket.subject.trimmed().isEmpty())
        return Error::make(Error::Code::Usage, tr("A ticket needs a subject."));
    if (auto s = checkKey(TicketKeys::kinds(), ticket.kind, tr("kind")); !s)
        return s;
    if (auto s = checkKey(TicketKeys::priorities(), ticket.priority, tr("priority")); !s)
        return s;
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    if (auto s = storage::TicketRepository(database).setDetails(ticket); !s)
        return s;
    // A new priority moves the due time.
    const auto updated = get(database, ticket.id);
    if (!updated)
        return updated.error();
    if (auto s = syncFollowUp(database, *updated); !s)
        return s;
    return transaction.commit();
}

Result<TicketView> Tickets::get(const storage::Database& database, qint64 id, const QDateTime& now)
{
    const auto ticket = storage::TicketRepository(database).get(id);
    if (!ticket)
        return ticket.error();
    return view(*ticket, SlaRules::loadHours(database), SlaRules::load(database), now);
}

Result<QList<TicketView>> Tickets::list(const storage::Database& database, TicketFilter filter, const QString& me,
                                        const QDateTime& now)
{
    const auto tickets = storage::TicketRepository(database).list(filter != TicketFilter::All);
    if (!tickets)
        return tickets.error();
    const OpeningHours hours = SlaRules::loadHours(database);
    const SlaRules rules = SlaRules::load(database);
    QList<TicketView> out;
    for (const Ticket& t : *tickets) {
        TicketView v = view(t, hours, rules, now);
        if (filter == TicketFilter::Overdue && !v.overdue())
            continue;
        if (filter == TicketFilter::Mine && t.owner != me)
            continue;
        out.append(std::move(v));
    }
    return out;
}

Status Tickets::syncDueDays(const storage::Database& database, const QDateTime& now)
{
    const auto open = list(database, TicketFilter::Open, {}, now);
    if (!open)
        return open.error();
    for (const TicketView& v : *open)
        if (auto s = syncFollowUp(database, v); !s)
            return s;
    return {};
}

QString Tickets::kindLabel(const QString& key)
{
    if (key == u"complaint")
        return tr("Complaint");
    if (key == u"return")
        return tr("Return");
    if (key == u"repair")
        return tr("Repair");
    if (key == u"question")
        return tr("Question");
    return key;
}

QString Tickets::priorityLabel(const QString& key)
{
    if (key == u"urgent")
        return tr("Urgent");
    if (key == u"high")
        return tr("High");
    if (key == u"normal")
        return tr("Normal");
    if (key == u"low")
        return tr("Low");
    return key;
}

QString Tickets::statusLabel(const QString& key)
{
    if (key == u"open")
        return tr("open");
    if (key == u"waiting")
        return tr("waiting for customer");
    if (key == u"resolved")
        return tr("resolved");
    if (key == u"closed")
        return tr("closed");
    return key;
}

} // namespace clientele::core::service
