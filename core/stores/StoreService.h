#pragma once

#include "../domain/Result.h"
#include "../storage/StoreRepository.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::stores {

// The chain's store list as user actions: each one checks the signed-in role, validates what was
// typed (with a message naming the value), writes in one transaction (run again when it lost to
// another till) and goes into the audit log. Reading goes straight to storage::StoreRepository.
class StoreService
{
public:
    static constexpr int kMaxCodeLength = 32;

    // A code: 1–32 characters, no spaces or control characters; the message says what is wrong.
    static Status checkCode(const QString& code);

    static Status add(storage::Database& database, const storage::Store& store);
    static Status update(storage::Database& database, const storage::Store& store);
    static Status remove(storage::Database& database, const QString& code);
    // `code` '' gives the customer back the store of their first purchase.
    static Status setHomeStore(storage::Database& database, qint64 customerId, const QString& code);
    static Status setStoreOfTill(storage::Database& database, const QString& till, const QString& code);
    static Status setStoresOfUser(storage::Database& database, const QString& userName, const QStringList& codes);

    // The store `text` names (code or name), or NotFound naming the stores there are.
    static Result<storage::Store> resolve(const storage::Database& database, const QString& text);
    // The code of the store `text` names; '' for an empty text.
    static Result<QString> codeOf(const storage::Database& database, const QString& text);
};

} // namespace clientele::core::stores
