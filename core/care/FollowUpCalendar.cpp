#include "FollowUpCalendar.h"

#include "../storage/FollowUpRepository.h"
#include "../storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele::core::care {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::care::FollowUpCalendar", text);
}

// Runs `change` for each id inside one write transaction.
template <typename Change>
Status forEachInTransaction(storage::Database& database, const QList<qint64>& ids, Change change)
{
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    storage::FollowUpRepository repo(database);
    for (qint64 id : ids)
        if (auto s = change(repo, id); !s)
            return s;
    return transaction.commit();
}
} // namespace

Result<qint64> FollowUpCalendar::complete(storage::Database& database, qint64 id, const QString& outcome,
                                          const std::optional<Revisit>& revisit, const QDateTime& at)
{
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    storage::FollowUpRepository repo(database);
    const auto task = repo.get(id);
    if (!task)
        return task.error();
    if (auto s = repo.complete(id, outcome, at); !s)
        return s.error();
    qint64 next = 0;
    if (revisit) {
        const auto created = repo.create(task->customerId, revisit->dueOn, revisit->title,
                                         tr("Revisit after “%1”").arg(task->title));
        if (!created)
            return created.error();
        next = *created;
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    return next;
}

Status FollowUpCalendar::moveTo(storage::Database& database, const QList<qint64>& ids, const QDate& dueOn)
{
    return forEachInTransaction(database, ids,
                                [&](storage::FollowUpRepository& repo, qint64 id) { return repo.moveTo(id, dueOn); });
}

Status FollowUpCalendar::cancel(storage::Database& database, const QList<qint64>& ids, const QDateTime& at)
{
    return forEachInTransaction(database, ids,
                                [&](storage::FollowUpRepository& repo, qint64 id) { return repo.cancel(id, at); });
}

QDate FollowUpCalendar::snoozedUntil(const QDate& dueOn, const QDate& today, int days)
{
    return std::max(dueOn, today).addDays(days);
}

Status FollowUpCalendar::snooze(storage::Database& database, const QList<qint64>& ids, int days, const QDate& today)
{
    if (days < 1)
        return Error::make(Error::Code::Usage, tr("Snooze by at least one day."));
    return forEachInTransaction(database, ids, [&](storage::FollowUpRepository& repo, qint64 id) -> Status {
        const auto task = repo.get(id);
        if (!task)
            return task.error();
        return repo.moveTo(id, snoozedUntil(task->dueOn, today, days));
    });
}

} // namespace clientele::core::care
