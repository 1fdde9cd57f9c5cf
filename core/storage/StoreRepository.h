#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele::core::storage {

class Database;

// One store of the chain. Records of money carry its code (orders.store …, StoresSchema.h).
struct Store
{
    qint64 id = 0;
    QString code;
    QString name;
    QString address;
};

// A store with what it has: customers whose home store it is, and its orders (refunds not counted).
struct StoreLine
{
    Store store;
    qint64 homeCustomers = 0;
    qint64 orders = 0;
    Fen revenue = 0; // orders minus refunds, every one on file
};

// All SQL of the store list, home stores, tills and staff limited to stores. Same thread as the
// Database; writes join the caller's transaction (stores::StoreService makes them user actions).
class StoreRepository
{
public:
    explicit StoreRepository(const Database& database) : m_database(database) {}

    Result<QList<Store>> list() const; // by code
    Result<qint64> count() const;
    Result<QList<StoreLine>> lines() const; // by code
    // The store whose code or name is `text` (ASCII case ignored), or none.
    Result<std::optional<Store>> find(const QString& text) const;
    Status add(const Store& store);
    Status update(const Store& store); // by code
    Status remove(const QString& code);
    // How many orders, counter sales, ledger rows and home customers name the store.
    Result<qint64> uses(const QString& code) const;

    // Adds those of `codes` (an import's orders name them) that the list lacks, named as their code
    // and belonging to the import `batchId`; returns them, sorted.
    Result<QStringList> adoptCodes(qint64 batchId, const QSet<QString>& codes);
    // After the batch's orders are gone: the stores it brought that nothing names any more.
    Result<qint64> dropCodesOfBatch(qint64 batchId);
    // Home stores: where the customer first bought (earliest order naming a store), except those
    // set by hand. All customers, or the ones in `customerIds`.
    Status fillHomeStores();
    Status fillHomeStoresOf(const QList<qint64>& customerIds);
    // A customer without a home store gets `code` (the first sale at a till).
    Status adoptHomeStore(qint64 customerId, const QString& code);
    // By hand; '' gives the customer back the store of their first purchase.
    Status setHomeStore(qint64 customerId, const QString& code);
    Result<QString> homeStore(qint64 customerId) const;

    // The store a till (machine) sells for; '' when none is set.
    Result<QString> storeOfTill(const QString& till) const;
    Status setStoreOfTill(const QString& till, const QString& code); // '' removes the setting

    // The stores a user account is limited to (none: the whole chain).
    Result<QStringList> storesOfUser(qint64 userId) const;
    Status setStoresOfUser(qint64 userId, const QStringList& codes);

private:
    Status fillHomeStoresWhere(const QString& where, const QVariant& value);

    const Database& m_database;
};

} // namespace clientele::core::storage
