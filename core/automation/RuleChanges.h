#pragma once

#include "../domain/Result.h"
#include "Rule.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::automation {

// Changes to automation rules as the owner makes them: owners only (Permission::ChangeRules), a
// checked backup first, the change and its audit entry ("rules") in one transaction.
class RuleChanges
{
public:
    // A new rule (id 0) or a new version of rule `id`; returns the id. A built-in rule keeps its
    // key (and so its words and dedupe keys).
    static Result<qint64> save(storage::Database& database, const Rule& rule);
    static Status setEnabled(storage::Database& database, qint64 id, bool enabled);
};

} // namespace clientele::core::automation
