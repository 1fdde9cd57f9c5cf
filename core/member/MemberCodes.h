#pragma once

#include "../domain/Result.h"

#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// Member codes for customers who have none: the shop's prefix (setting "member_code_prefix",
// default "M") and the next number of a sequence kept in the settings ("member_code_next"),
// six digits, skipping codes already taken (imported codes are kept as they are).
class MemberCodes
{
public:
    static constexpr const char* kPrefixKey = "member_code_prefix";
    static constexpr const char* kNextKey = "member_code_next";

    // The next code, and the sequence moved past it. Part of the caller's transaction.
    static Result<QString> next(const storage::Database& database);
    // Gives `customerId` the next code unless it has one; returns the customer's code.
    static Result<QString> ensure(const storage::Database& database, qint64 customerId);
    // ensure() in its own transaction (a new member at the counter).
    static Result<QString> enroll(storage::Database& database, qint64 customerId);
    static Status setPrefix(storage::Database& database, const QString& prefix);
};

} // namespace clientele::core::member
