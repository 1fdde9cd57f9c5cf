#include "SlaClock.h"

namespace clientele::core::service {

namespace {
bool counts(const QString& status)
{
    return status == u"open";
}
bool stops(const QString& status)
{
    return status == u"resolved" || status == u"closed";
}
} // namespace

SlaState SlaClock::evaluate(const OpeningHours& hours, int resolveMinutes, const QList<StatusChange>& history,
                            const QDateTime& now)
{
    SlaState state;
    state.budgetSeconds = qint64(resolveMinutes) * 60;
    if (history.isEmpty())
        return state;
    const QDateTime opened = history.first().at;
    const qint64 responseBudget = qint64(resolveMinutes / 4) * 60;
    state.firstResponseDueAt = hours.addOpenSeconds(opened, responseBudget);
    if (history.size() > 1) {
        state.firstResponseAt = history.at(1).at;
        state.firstResponseSeconds = hours.openSecondsBetween(opened, state.firstResponseAt);
    }

    // Sum the counting stretches; the last one runs until now. The deadline follows from the most
    // recent stretch: its start plus what was left of the budget when it began.
    qint64 used = 0;
    qint64 usedBeforeStretch = 0;
    QDateTime stretchStart;
    QString status;
    QDateTime since;
    for (const StatusChange& change : history) {
        if (counts(status))
            used += hours.openSecondsBetween(since, change.at);
        if (counts(change.status) && !counts(status)) {
            stretchStart = change.at;
            usedBeforeStretch = used;
        }
        if (stops(change.status) && !stops(status))
            state.resolvedAt = change.at;
        status = change.status;
        since = change.at;
    }
    if (counts(status) && now > since)
        used += hours.openSecondsBetween(since, now);

    state.usedSeconds = used;
    state.paused = status == u"waiting";
    state.stopped = stops(status);
    if (!state.stopped)
        state.resolvedAt = {};
    state.breached = used > state.budgetSeconds;
    if (state.firstResponseAt.isValid())
        state.responseBreached = state.firstResponseSeconds > responseBudget;
    else
        state.responseBreached = hours.openSecondsBetween(opened, now) > responseBudget;
    if (!state.paused && stretchStart.isValid()) {
        // Reopened after the budget ran out: due when that stretch began.
        const qint64 left = state.budgetSeconds - usedBeforeStretch;
        state.dueAt = left >= 0 ? hours.addOpenSeconds(stretchStart, left) : stretchStart;
    }
    return state;
}

bool SlaClock::dueBy(const SlaState& state, const QDateTime& horizon)
{
    return !state.stopped && !state.paused && state.dueAt.isValid() && state.dueAt <= horizon;
}

} // namespace clientele::core::service
