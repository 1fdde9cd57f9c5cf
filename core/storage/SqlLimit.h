#pragma once

#include <QVariant>

#include <limits>

namespace clientele::core::storage::sqlvalue {

// The value of a bound LIMIT: a negative count means all rows. SQLite reads -1 as "no limit",
// PostgreSQL refuses a negative one and SQLite a NULL one; the largest integer works on both.
inline QVariant limit(qint64 count)
{
    return QVariant(count < 0 ? std::numeric_limits<qint64>::max() : count);
}

} // namespace clientele::core::storage::sqlvalue
