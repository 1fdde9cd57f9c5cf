#pragma once

#include "../domain/Result.h"
#include "../storage/Backups.h"
#include "../storage/Database.h"
#include "../storage/Transaction.h"
#include "AuditLog.h"
#include "Session.h"

namespace clientele::core::security {

// The shape of every owner-only change that cannot be taken back in the app (erasure, rule
// changes): the permission, a checked backup, then the change and its audit entry in one
// transaction. `change(QString* detail)` returns a Status and may fill in the audit detail.
template <typename Change>
Status guardedChange(storage::Database& database, Permission permission, const QString& backupReason,
                     const QString& action, const QString& subject, Change change)
{
    if (auto s = Session::require(permission); !s)
        return s;
    if (auto made = storage::Backups::beforeIrreversible(database, backupReason); !made)
        return made.error();
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QString detail;
    if (auto s = change(&detail); !s)
        return s;
    if (auto s = AuditLog::record(database, action, subject, detail); !s)
        return s;
    return transaction.commit();
}

} // namespace clientele::core::security
