#pragma once

#include "../domain/Clock.h"
#include "../domain/Result.h"
#include "SlaClock.h"
#include "SlaRules.h"
#include "Ticket.h"

#include <QDateTime>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::service {

// A ticket with where it stands against its SLA now.
struct TicketView
{
    Ticket ticket;
    SlaState sla;
    bool overdue() const { return !sla.stopped && !sla.paused && sla.breached; }
};

enum class TicketFilter { All, Open, Overdue, Mine };

// Opening and moving tickets, each one transaction. A ticket that is open (not paused) has a
// follow-up task on its due day, so it shows on the follow-up calendar and in the today list;
// the task moves when the due time moves and is completed (with the resolution note, which thus
// lands on the customer's timeline) when the ticket is resolved or closed.
class Tickets
{
public:
    static Result<qint64> open(storage::Database& database, Ticket ticket, const QDateTime& at = core::Clock::now());
    // Changes the status (with an optional note; a note on resolved/closed is the resolution).
    // `at` may not lie before the ticket's last change.
    static Status update(storage::Database& database, qint64 id, const QString& status, const QString& note,
                         const QDateTime& at = core::Clock::now(), const QString& actor = {});
    static Status editDetails(storage::Database& database, const Ticket& ticket);
    static Result<TicketView> get(const storage::Database& database, qint64 id, const QDateTime& now = core::Clock::now());
    // `me`: the owner for TicketFilter::Mine.
    static Result<QList<TicketView>> list(const storage::Database& database, TicketFilter filter, const QString& me = {},
                                          const QDateTime& now = core::Clock::now());
    // Moves every open ticket's follow-up to its due day again (after the hours or SLA changed).
    static Status syncDueDays(const storage::Database& database, const QDateTime& now = core::Clock::now());
    static TicketView view(const Ticket& ticket, const OpeningHours& hours, const SlaRules& rules, const QDateTime& now);

    // Translated labels of the stored keys.
    static QString kindLabel(const QString& key);
    static QString priorityLabel(const QString& key);
    static QString statusLabel(const QString& key);
};

} // namespace clientele::core::service
