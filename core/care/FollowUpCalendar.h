#pragma once

#include "domain/Clock.h"
#include "../domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::care {

// A follow-up booked when another is completed ("call again in two weeks").
struct Revisit
{
    QDate dueOn;
    QString title;
};

// The calendar's operations on follow-ups, each one transaction so a drag of five tasks moves all
// five or none. The repository holds the single-row statements.
class FollowUpCalendar
{
public:
    // Done with what came of it; the outcome shows on the customer's timeline on the day it was done.
    // With a revisit, the next follow-up for the same customer is booked in the same transaction.
    static Result<qint64> complete(storage::Database& database, qint64 id, const QString& outcome,
                                   const std::optional<Revisit>& revisit = std::nullopt,
                                   const QDateTime& at = core::Clock::nowUtc());
    // Moves open tasks to another day (drag and drop, reschedule).
    static Status moveTo(storage::Database& database, const QList<qint64>& ids, const QDate& dueOn);
    // No longer needed: kept in the history as cancelled.
    static Status cancel(storage::Database& database, const QList<qint64>& ids,
                         const QDateTime& at = core::Clock::nowUtc());
    // Puts open tasks off by `days` counted from today for overdue ones (a task overdue for a week
    // snoozed by a day is due tomorrow, not six days ago) and from their own day otherwise.
    static Status snooze(storage::Database& database, const QList<qint64>& ids, int days,
                         const QDate& today = core::Clock::today());
    static QDate snoozedUntil(const QDate& dueOn, const QDate& today, int days);
};

} // namespace clientele::core::care
