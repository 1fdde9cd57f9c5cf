#pragma once

#include "../domain/Result.h"
#include "../storage/StoreRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::stores {

// Which stores' figures a view shows (dashboard, monthly report, at-risk lists): a list of store
// codes, empty for the whole chain. A value type, cheap to copy, safe to hand to a worker thread.
//
// Customers are the chain's, not a store's: a customer buys at any store of the chain and is
// counted once. A store's figures are therefore the figures of the customers whose home store it
// is (where they first bought, or set by hand) — with all of their orders, at whichever store
// they were made. So a store's revenue is not the till total of that store, and the stores'
// figures add up to the chain's exactly when every customer has a home store.
//
// An account limited to some stores (security::Session::stores()) sees those stores' figures and
// no others; an owner or an unlimited account sees the chain and may pick any stores.
class StoreScope
{
public:
    StoreScope() = default;                        // the whole chain
    explicit StoreScope(const QStringList& codes); // sorted, duplicates and blanks dropped

    static StoreScope chain() { return {}; }
    // What the signed-in account sees by default: its stores, or the chain when it is not limited.
    static StoreScope ofSession();
    // Store codes or names separated by commas ("SH01,徐汇店"); "all" or nothing: the chain.
    // NotFound names the stores there are.
    static Result<StoreScope> parse(const storage::Database& database, const QString& text);

    bool isChain() const { return m_codes.isEmpty(); }
    const QStringList& codes() const { return m_codes; }
    bool operator==(const StoreScope& other) const { return m_codes == other.m_codes; }

    // Forbidden when the signed-in account is limited to stores and this scope reaches beyond them
    // (the chain, or another store); ok otherwise.
    Status checkAllowed() const;
    // The stores of the scope with their names, in code order (the chain: empty).
    Result<QList<storage::Store>> stores(const storage::Database& database) const;

private:
    QStringList m_codes;
};

} // namespace clientele::core::stores
