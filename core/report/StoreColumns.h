#pragma once

#include "../domain/Result.h"
#include "../storage/StoreRepository.h"

#include <QHash>
#include <QList>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::stores {
class StoreScope;
}

namespace clientele::core::report {

// The tier table's per-store columns: customers per tier at the month's end by home store (a
// customer is the chain's and counts under one store only, so a row's columns add up to its
// customers). Shown when the report covers two stores or more: the chain of a shop with 2+ stores
// (every store on the list, and a last column for customers without a home store when there are
// any), or a scope of several stores.
struct StoreColumns
{
    QList<storage::Store> stores;                     // column order; code '' = customers without a home store
    QHash<QString, QHash<QString, qint64>> customers; // tier → store code → customers

    bool shown() const { return stores.size() >= 2; }
    qint64 of(const QString& tier, const QString& code) const { return customers.value(tier).value(code); }

    static Result<StoreColumns> build(const storage::Database& database, const QString& month,
                                      const stores::StoreScope& scope);
};

} // namespace clientele::core::report
