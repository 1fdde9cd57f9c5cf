#pragma once

#include "../domain/Result.h"

#include <QtGlobal>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::demo {

// Order lines for the demo shop's orders: plausible clothing products of each order's category
// (a second item now and then), lines that add up to the order's amount to the fen (a refund is
// one returned item). Deterministic for a seed; orders themselves are not changed.
class DemoLines
{
public:
    static Status add(storage::Database& database, quint64 seed);
};

} // namespace clientele::core::demo
