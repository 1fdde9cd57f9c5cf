#pragma once

#include "../domain/Result.h"

#include <QList>

#include <utility>

namespace clientele::core::storage {

class Database;

// Pairs of customer ids (lower first) that share a phone, an e-mail or a name, across the whole
// shop, ordered by the first id; each branch uses its own index.
class DuplicateQueries
{
public:
    static Result<QList<std::pair<qint64, qint64>>> pairs(const Database& database, int limit);
};

} // namespace clientele::core::storage
