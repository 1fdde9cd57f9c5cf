#pragma once

#include "../domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::customers {

// The data subject's rights (PIPL art. 45/47, GDPR art. 15/17): everything held about one customer
// as JSON, and erasure. Erasure removes the person (name, contact, birthday, notes, tags, notes of
// contacts, follow-ups, merge and import journals that hold old values) but keeps their orders
// under an anonymous record, so revenue, tiers and monthly statistics stay right. Both need the
// owner's rights and are written to the audit log; erasure makes a checked backup first (backups
// rotate out, so the person is gone from them after the rotation).
class PrivacyRequests
{
public:
    // Every row of every table that refers to the customer, by table name.
    static Result<QJsonObject> exportCustomer(const storage::Database& database, qint64 customerId);
    static Status exportCustomerToFile(const storage::Database& database, qint64 customerId, const QString& path);
    static Status erase(storage::Database& database, qint64 customerId);
    static QString erasedName(qint64 customerId); // what an erased customer is called
};

} // namespace clientele::core::customers
