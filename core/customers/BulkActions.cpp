#include "BulkActions.h"

#include "../storage/CustomerRepository.h"
#include "../storage/Database.h"
#include "../storage/FollowUpRepository.h"
#include "../storage/Transaction.h"

#include <QCoreApplication>

namespace clientele::core::customers {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::customers::BulkActions", text);
}
} // namespace

Result<qint64> BulkActions::addTags(storage::Database& database, const QList<qint64>& customerIds, const QStringList& tags)
{
    QStringList clean;
    for (const QString& tag : tags)
        if (!tag.trimmed().isEmpty() && !clean.contains(tag.trimmed()))
            clean.append(tag.trimmed());
    if (clean.isEmpty())
        return Error::make(Error::Code::Usage, tr("Name at least one tag."));
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    storage::CustomerRepository repo(database);
    for (const qint64 id : customerIds)
        if (auto s = repo.addTags(id, clean); !s)
            return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return qint64(customerIds.size());
}

Result<qint64> BulkActions::scheduleFollowUp(storage::Database& database, const QList<qint64>& customerIds,
                                             const QDate& dueOn, const QString& title, const QString& reason)
{
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    storage::FollowUpRepository repo(database);
    for (const qint64 id : customerIds)
        if (auto created = repo.create(id, dueOn, title, reason); !created)
            return created.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return qint64(customerIds.size());
}

} // namespace clientele::core::customers
