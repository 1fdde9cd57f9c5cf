#include "TicketFigures.h"

#include "../storage/TicketRepository.h"
#include "Nps.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele::core::service {

std::optional<int> TicketMonth::withinSlaPermille() const
{
    if (resolved == 0)
        return std::nullopt;
    return int((qint64(resolvedInSla) * 1000 + resolved / 2) / resolved);
}

std::optional<qint64> TicketFigures::median(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values.at(middle);
    // An even count: the mean of the two middle values, rounded half up (minutes are not negative).
    return (values.at(middle - 1) + values.at(middle) + 1) / 2;
}

TicketMonth TicketFigures::month(const QString& month, const QList<TicketView>& tickets)
{
    TicketMonth m;
    m.month = month;
    const QDate first = Nps::firstDay(month);
    const QDateTime from(first, QTime(0, 0));
    const QDateTime to(first.addMonths(1), QTime(0, 0));
    auto in = [&](const QDateTime& at) { return at.isValid() && at >= from && at < to; };
    QList<qint64> responses;
    QList<qint64> resolutions;
    for (const TicketView& v : tickets) {
        if (in(v.ticket.openedAt)) {
            ++m.opened;
            if (v.sla.firstResponseSeconds >= 0)
                responses.append(v.sla.firstResponseSeconds / 60);
        }
        if (v.sla.stopped && in(v.sla.resolvedAt)) {
            ++m.resolved;
            resolutions.append(v.sla.usedSeconds / 60);
            if (!v.sla.breached)
                ++m.resolvedInSla;
        }
        const bool late = (v.sla.stopped && in(v.sla.resolvedAt) && v.sla.breached) || (!v.sla.stopped && v.sla.breached);
        if (late && !m.breachedCustomers.contains(v.ticket.customerId))
            m.breachedCustomers.append(v.ticket.customerId);
    }
    m.medianFirstResponseMinutes = median(responses);
    m.medianResolutionMinutes = median(resolutions);
    return m;
}

Result<TicketMonth> TicketFigures::forMonth(const storage::Database& database, const QString& month, const QDateTime& now)
{
    const QDate first = Nps::firstDay(month);
    if (!first.isValid())
        return Error::make(Error::Code::Usage,
                           QCoreApplication::translate("clientele::core::service::Nps", "“%1” is not a month like 2026-10.")
                               .arg(month));
    const QDateTime end(first.addMonths(1), QTime(0, 0));
    const QDateTime asOf = std::min(end, now);
    const auto tickets = storage::TicketRepository(database).touching(QDateTime(first, QTime(0, 0)), end);
    if (!tickets)
        return tickets.error();
    const OpeningHours hours = SlaRules::loadHours(database);
    const SlaRules rules = SlaRules::load(database);
    QList<TicketView> views;
    for (service::Ticket t : *tickets) {
        // As the month ended: later changes are not part of it.
        QList<StatusChange> history;
        for (const auto& c : t.history)
            if (c.at < asOf)
                history.append(c);
        if (history.isEmpty())
            continue;
        t.history = history;
        t.status = history.last().status;
        views.append(Tickets::view(t, hours, rules, asOf));
    }
    return TicketFigures::month(month, views);
}

} // namespace clientele::core::service
