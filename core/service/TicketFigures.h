#pragma once

#include "../domain/Result.h"
#include "Tickets.h"

#include <QList>
#include <QString>

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::service {

// One month of service: tickets opened and resolved in it, the median opening-hours minutes to the
// first response (of tickets opened in the month that got one) and to resolution (of tickets
// resolved in it), and the share of those resolved within their SLA, per mille (none resolved: no
// share). Medians of an even count are the lower middle value (a real ticket's time).
struct TicketMonth
{
    QString month; // YYYY-MM
    int opened = 0;
    int resolved = 0;
    int resolvedInSla = 0;
    std::optional<qint64> medianFirstResponseMinutes;
    std::optional<qint64> medianResolutionMinutes;
    std::optional<int> withinSlaPermille() const;
    QList<qint64> breachedCustomers; // customers of tickets resolved late in the month, or overdue at its end
};

class TicketFigures
{
public:
    // Pure: `tickets` evaluated at the month's end (or now, for the current month).
    static TicketMonth month(const QString& month, const QList<TicketView>& tickets);
    static Result<TicketMonth> forMonth(const storage::Database& database, const QString& month,
                                        const QDateTime& now = core::Clock::now());
    static std::optional<qint64> median(QList<qint64> values);
};

} // namespace clientele::core::service
