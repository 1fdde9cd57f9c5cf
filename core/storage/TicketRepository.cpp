#include "TicketRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::TicketRepository", text);
}

constexpr const char* kSelect =
    "SELECT t.id, t.customer_id, c.name, COALESCE(t.order_id, 0), COALESCE(t.product_id, 0), t.kind, t.priority, "
    "t.owner, t.status, t.subject, t.description, t.resolution, t.opened_at FROM tickets t "
    "JOIN customers c ON c.id = t.customer_id ";

service::Ticket ticketFrom(const QSqlQuery& q)
{
    service::Ticket t;
    t.id = q.value(0).toLongLong();
    t.customerId = q.value(1).toLongLong();
    t.customerName = q.value(2).toString();
    t.orderId = q.value(3).toLongLong();
    t.productId = q.value(4).toLongLong();
    t.kind = q.value(5).toString();
    t.priority = q.value(6).toString();
    t.owner = q.value(7).toString();
    t.status = q.value(8).toString();
    t.subject = q.value(9).toString();
    t.description = q.value(10).toString();
    t.resolution = q.value(11).toString();
    t.openedAt = TicketRepository::timeFrom(q.value(12).toString());
    return t;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

QString TicketRepository::timeText(const QDateTime& at)
{
    return at.toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

QDateTime TicketRepository::timeFrom(const QString& text)
{
    return QDateTime::fromString(text, u"yyyy-MM-ddTHH:mm:ss"_s);
}

Result<qint64> TicketRepository::insert(const service::Ticket& ticket)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO tickets (customer_id, order_id, product_id, kind, priority, owner, status, subject, description, "
        "resolution, opened_at, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, '', ?, ?)"));
    q.addBindValue(ticket.customerId);
    q.addBindValue(idOrNull(ticket.orderId));
    q.addBindValue(idOrNull(ticket.productId));
    q.addBindValue(ticket.kind);
    q.addBindValue(ticket.priority);
    q.addBindValue(sqlvalue::notNull(ticket.owner));
    q.addBindValue(sqlvalue::notNull(ticket.subject));
    q.addBindValue(sqlvalue::notNull(ticket.description));
    q.addBindValue(timeText(ticket.openedAt));
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Saving a service ticket"));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto s = addEvent(id, {ticket.openedAt, u"open"_s, {}, ticket.owner}); !s)
        return s.error();
    return id;
}

Status TicketRepository::addEvent(qint64 ticketId, const service::StatusChange& change)
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, status, note, actor) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(ticketId);
    q.addBindValue(timeText(change.at));
    q.addBindValue(change.status);
    q.addBindValue(sqlvalue::notNull(change.note));
    q.addBindValue(sqlvalue::notNull(change.actor));
    return execQuery(q, tr("Saving the history of ticket %1").arg(ticketId));
}

Status TicketRepository::setStatus(qint64 ticketId, const QString& status, const QString& resolution)
{
    QSqlQuery q = m_database.prepare(QStringLiteral("UPDATE tickets SET status = ?, resolution = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(sqlvalue::notNull(resolution));
    q.addBindValue(ticketId);
    return execQuery(q, tr("Saving ticket %1").arg(ticketId));
}

Status TicketRepository::setDetails(const service::Ticket& t)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "UPDATE tickets SET kind = ?, priority = ?, owner = ?, subject = ?, description = ? WHERE id = ?"));
    q.addBindValue(t.kind);
    q.addBindValue(t.priority);
    q.addBindValue(sqlvalue::notNull(t.owner));
    q.addBindValue(sqlvalue::notNull(t.subject));
    q.addBindValue(sqlvalue::notNull(t.description));
    q.addBindValue(t.id);
    return execQuery(q, tr("Saving ticket %1").arg(t.id));
}

Result<service::Ticket> TicketRepository::get(qint64 id) const
{
    QSqlQuery q = m_database.prepare(QLatin1String(kSelect) + u"WHERE t.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("Reading ticket %1").arg(id));
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("There is no ticket %1.").arg(id));
    QList<service::Ticket> one{ticketFrom(q)};
    if (auto s = loadHistory(one); !s)
        return s.error();
    return one.first();
}

Result<QList<service::Ticket>> TicketRepository::list(bool openOnly, qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(QLatin1String(kSelect) +
                                     u"WHERE (? = 0 OR t.status IN ('open', 'waiting')) AND (? = 0 OR t.customer_id = ?) "
                                     "ORDER BY t.opened_at DESC, t.id DESC"_s);
    q.addBindValue(openOnly ? 1 : 0);
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Reading service tickets"));
    QList<service::Ticket> tickets;
    while (q.next())
        tickets.append(ticketFrom(q));
    if (auto s = loadHistory(tickets); !s)
        return s.error();
    return tickets;
}

Result<QList<service::Ticket>> TicketRepository::touching(const QDateTime& from, const QDateTime& to) const
{
    // Opened before the end, and not finished before the start (its last event is what tells).
    QSqlQuery q = m_database.prepare(
        QLatin1String(kSelect) +
        u"WHERE t.opened_at < ? AND (t.status IN ('open', 'waiting') OR "
        "(SELECT MAX(e.at) FROM ticket_events e WHERE e.ticket_id = t.id) >= ?) ORDER BY t.opened_at, t.id"_s);
    q.addBindValue(timeText(to));
    q.addBindValue(timeText(from));
    if (!q.exec())
        return sqlError(q, tr("Reading service tickets"));
    QList<service::Ticket> tickets;
    while (q.next())
        tickets.append(ticketFrom(q));
    if (auto s = loadHistory(tickets); !s)
        return s.error();
    return tickets;
}

Result<qint64> TicketRepository::openFollowUp(qint64 ticketId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT id FROM follow_ups WHERE origin_rule = 'ticket' AND status = 'open' AND dedupe_key LIKE ? ORDER BY id DESC"));
    q.addBindValue(u"ticket:%1:%"_s.arg(ticketId));
    if (!q.exec())
        return sqlError(q, tr("Reading follow-ups"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> TicketRepository::ticketOfFollowUp(qint64 followUpId) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT dedupe_key FROM follow_ups WHERE id = ? AND origin_rule = 'ticket'"));
    q.addBindValue(followUpId);
    if (!q.exec())
        return sqlError(q, tr("Reading follow-ups"));
    if (!q.next())
        return qint64(0);
    // "ticket:ID:N"
    return q.value(0).toString().section(u':', 1, 1).toLongLong();
}

Status TicketRepository::loadHistory(QList<service::Ticket>& tickets) const
{
    if (tickets.isEmpty())
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < tickets.size(); ++i)
        index.insert(tickets[i].id, i);
    // One pass over the events; a shop has hundreds of tickets, not millions.
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT ticket_id, at, status, note, actor FROM ticket_events ORDER BY ticket_id, at, id"));
    if (!q.exec())
        return sqlError(q, tr("Reading the history of service tickets"));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        tickets[*it].history.append(
            {timeFrom(q.value(1).toString()), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    }
    return {};
}

} // namespace clientele::core::storage
