#pragma once

#include "../domain/Result.h"

namespace clientele::core::storage {

class Database;

// RAII write transaction: BEGIN IMMEDIATE on construction (so a second writer waits instead of
// failing halfway), ROLLBACK on destruction unless commit() succeeded. Not nestable.
class Transaction
{
public:
    explicit Transaction(const Database& database);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed (database locked beyond the busy timeout, read-only file ...).
    bool isActive() const { return m_active; }
    const Status& beginStatus() const { return m_beginStatus; }
    Status commit();
    void rollback();

private:
    const Database& m_database;
    Status m_beginStatus;
    bool m_active = false;
};

} // namespace clientele::core::storage
