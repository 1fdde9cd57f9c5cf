#pragma once

#include "../domain/Result.h"

namespace clientele::core::storage {

class Database;

// Ordered schema steps. Step N brings the schema from N-1 to N in one transaction that also sets
// PRAGMA user_version = N. A file with a higher version than kLatest is refused untouched; an
// existing file is copied to "<file>.before-v<N>.bak" before it is migrated.
class Migrations
{
public:
    static constexpr int kLatest = 19;
    static Status migrate(Database& database);

private:
    static Status migrateTo(Database& database, int version);
};

} // namespace clientele::core::storage
