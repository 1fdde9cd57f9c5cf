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
    QStringList reasons;   // "same phone", "same name" ... translated
    QStringList conflicts; // "born 1965-03-02 / 1992-07-11", "city 上海 / 广州" ... translated
    // Both records give a different birthday, city or gender: probably two people who share a
    // name. Shown with a warning and never proposed for merging by default.
    bool conflicting() const { return !conflicts.isEmpty(); }
};

struct DuplicatePair
{
    Customer first; // the lower id: the one that survives by default
    DuplicateCandidate second;
};

// Records that may be the same person: same phone, same e-mail or same name.
class DuplicateFinder
{
public:
    static Result<QList<DuplicateCandidate>> candidatesFor(const storage::Database& database, qint64 customerId,
                                                           int limit = 50);
    static constexpr int kPairLimit = 500;
    // Across the whole shop (Tools ▸ Find Duplicates): the first `limit` pairs by id, those without
    // conflicts first.
    static Result<QList<DuplicatePair>> allPairs(const storage::Database& database, int limit = kPairLimit);

    static QStringList reasons(const Customer& a, const Customer& b);
    static QStringList conflicts(const Customer& a, const Customer& b);
};

} // namespace clientele::core::customers
