#pragma once

#include "../domain/Result.h"

#include <QString>

namespace clientele::core::storage {

class Database;

// A write that works on its own and inside a caller's transaction. Standalone it is a
// Transaction (BEGIN IMMEDIATE … COMMIT); when the connection is already inside a transaction (a
// sale that opened its own storage::Transaction and calls Coupons::redeem), it is a SAVEPOINT in
// that transaction: commit() releases it (the caller's COMMIT makes it durable), anything else
// rolls back only this scope's writes. Not for use across threads.
class WriteScope
{
public:
    explicit WriteScope(const Database& database);
    ~WriteScope();
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    bool isActive() const { return m_active; }
    const Status& beginStatus() const { return m_beginStatus; }
    bool nested() const { return !m_savepoint.isEmpty(); }
    Status commit();
    void rollback();

private:
    const Database& m_database;
    Status m_beginStatus;
    QString m_savepoint; // empty: this scope owns the transaction
    bool m_active = false;
};

} // namespace clientele::core::storage
