#include "StoreColumns.h"

#include "../storage/MonthFigureQueries.h"
#include "../stores/StoreScope.h"

namespace clientele::core::report {

Result<StoreColumns> StoreColumns::build(const storage::Database& database, const QString& month,
                                         const stores::StoreScope& scope)
{
    StoreColumns columns;
    auto stores = scope.isChain() ? storage::StoreRepository(database).list() : scope.stores(database);
    if (!stores)
        return stores.error();
    if (stores->size() < 2)
        return columns; // one store (or none): the tier table's customers are that store's
    auto counts = storage::MonthFigureQueries::tierCustomersByStore(database, month, scope.codes());
    if (!counts)
        return counts.error();
    columns.stores = *stores;
    columns.customers = std::move(*counts);
    // Customers whose home store is not on the list (none, or a code the list lacks) get a column
    // of their own, so that a row still adds up.
    bool others = false;
    for (auto tier = columns.customers.begin(); tier != columns.customers.end(); ++tier) {
        qint64 elsewhere = 0;
        for (auto it = tier->begin(); it != tier->end();) {
            const bool listed = std::any_of(columns.stores.cbegin(), columns.stores.cend(),
                                            [&](const storage::Store& s) { return s.code == it.key(); });
            if (listed) {
                ++it;
                continue;
            }
            elsewhere += it.value();
            it = tier->erase(it);
        }
        if (elsewhere > 0) {
            (*tier)[QString()] = elsewhere;
            others = true;
        }
    }
    if (others)
        columns.stores.append(storage::Store{});
    return columns;
}

} // namespace clientele::core::report
