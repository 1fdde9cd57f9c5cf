#pragma once

#include "../domain/Customer.h"
#include "../domain/Result.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::customers {

struct DuplicateCandidate
{
    Customer customer;
    QStringList reasons; // "same phone", "same name" ... translated
};

// Other records that may be the same person: same phone, same e-mail or same name.
class DuplicateFinder
{
public:
    static Result<QList<DuplicateCandidate>> candidatesFor(const storage::Database& database, qint64 customerId,
                                                           int limit = 50);
};

} // namespace clientele::core::customers
