#pragma once

#include "../domain/Result.h"
#include "../service/Ticket.h"

#include <QDateTime>
#include <QList>

namespace clientele::core::storage {

class Database;

// Service tickets and their status history. Times are shop-local "YYYY-MM-DDTHH:MM:SS".
class TicketRepository
{
public:
    explicit TicketRepository(const Database& database) : m_database(database) {}

    // Stores the ticket and its opening event (status open at openedAt); returns its id.
    Result<qint64> insert(const service::Ticket& ticket);
    Status addEvent(qint64 ticketId, const service::StatusChange& change);
    Status setStatus(qint64 ticketId, const QString& status, const QString& resolution);
    Status setDetails(const service::Ticket& ticket); // kind, priority, owner, subject, description
    Result<service::Ticket> get(qint64 id) const; // NotFound for an unknown id
    // Every ticket with its history, newest first; openOnly: open or waiting. customerId 0: all.
    Result<QList<service::Ticket>> list(bool openOnly, qint64 customerId = 0) const;
    // Tickets opened on or before `to` that were still unresolved at `from` or later (monthly figures).
    Result<QList<service::Ticket>> touching(const QDateTime& from, const QDateTime& to) const;

    // The open follow-up that puts this ticket on the calendar (dedupe key "ticket:<id>:…"); 0: none.
    Result<qint64> openFollowUp(qint64 ticketId) const;
    // The ticket whose due day a follow-up task is (0: the task is not a ticket's).
    Result<qint64> ticketOfFollowUp(qint64 followUpId) const;

    static QString timeText(const QDateTime& at);
    static QDateTime timeFrom(const QString& text);

private:
    Status loadHistory(QList<service::Ticket>& tickets) const;
    const Database& m_database;
};

} // namespace clientele::core::storage
