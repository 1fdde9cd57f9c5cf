#pragma once

#include "OpeningHours.h"
#include "Ticket.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace clientele::core::service {

// Where a ticket stands against its SLA, from its status history alone.
struct SlaState
{
    qint64 budgetSeconds = 0;  // to resolve, in opening hours
    qint64 usedSeconds = 0;    // opening-hours seconds counted so far (or until resolution)
    QDateTime dueAt;           // resolution deadline; null while paused (waiting for the customer)
    QDateTime firstResponseDueAt;
    QDateTime firstResponseAt; // the first change after opening; null before it
    QDateTime resolvedAt;      // the last time it was resolved or closed, when it is now
    bool paused = false;       // waiting for the customer
    bool stopped = false;      // resolved or closed
    bool breached = false;     // resolution took (or has taken) longer than the budget
    bool responseBreached = false;
    qint64 firstResponseSeconds = -1; // opening-hours seconds to the first response; -1 none yet
    qint64 remainingSeconds() const { return budgetSeconds - usedSeconds; }
};

// Pure functions over a status history (oldest first; the first entry opens the ticket). The clock
// counts opening hours while the status is open, pauses while waiting for the customer and stops
// at resolved or closed; reopening continues where it stopped. A due time that is reached exactly
// at closing time stays at the close.
class SlaClock
{
public:
    static SlaState evaluate(const OpeningHours& hours, int resolveMinutes, const QList<StatusChange>& history,
                             const QDateTime& now);
    // Due or overdue at `now`: open (not paused) and the deadline is on or before `horizon`.
    static bool dueBy(const SlaState& state, const QDateTime& horizon);
};

} // namespace clientele::core::service
