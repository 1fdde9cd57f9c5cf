#pragma once

#include "../domain/Result.h"

#include <QDate>
#include <QStringList>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::customers {

// Actions on many selected customers at once, each one transaction: all customers get it or none.
class BulkActions
{
public:
    // Returns how many customers were tagged.
    static Result<qint64> addTags(storage::Database& database, const QList<qint64>& customerIds, const QStringList& tags);
    // One follow-up task per customer; returns how many were created.
    static Result<qint64> scheduleFollowUp(storage::Database& database, const QList<qint64>& customerIds,
                                           const QDate& dueOn, const QString& title, const QString& reason = {});
};

} // namespace clientele::core::customers
