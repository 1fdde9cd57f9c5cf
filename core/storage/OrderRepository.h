#pragma once

#include "../domain/Order.h"
#include "../domain/Result.h"

#include <QSqlQuery>

#include <memory>
#include <optional>

namespace clientele::core::storage {

class Database;
class SqliteStatement;

// Orders: idempotent insertion by order key, per-customer history. Same thread as the Database.
class OrderRepository
{
public:
    explicit OrderRepository(const Database& database);
    ~OrderRepository();

    struct Existing
    {
        qint64 id = 0;
        qint64 contentHash = 0;
        qint64 importBatchId = 0;
        qint64 sourceLine = 0;
    };
    // Inserts unless `orderKey` exists; returns nullopt when inserted, else the existing order.
    Result<std::optional<Existing>> insertIfNew(const Order& order, const QString& orderKey, qint64 contentHash,
                                                qint64 importBatchId, qint64 sourceLine);

    struct NewOrder
    {
        Order order;
        QString key;
        qint64 contentHash = 0;
        qint64 sourceLine = 0;
    };
    // insertIfNew() for a batch, many rows per statement: `outcomes` gets for each order nullopt
    // when inserted, else the order already under its key — which may be an earlier order of the
    // same batch (the first of equal keys wins). The caller's list is emptied first and keeps its
    // capacity: an import passes the same one for each batch of thousands.
    Status insertManyIfNew(const QList<NewOrder>& orders, qint64 importBatchId,
                           QList<std::optional<Existing>>& outcomes);

    // The id of the order the last insertIfNew() inserted.
    qint64 lastInsertedId() const { return m_insert.lastInsertId().toLongLong(); }

    // Every order row of the customer, newest first, each with Order::standing filled in
    // (standingOrder): Order::isOrder / isRefund / isVoidedSale / isVoid say how it counts.
    Result<QList<Order>> forCustomer(qint64 customerId, int limit = -1);
    Result<qint64> count();
    // Orders that are purchases (refunds, negative amounts, left out): report::Figures'
    // "Orders recorded", the same rule as a customer's order count.
    Result<qint64> countPurchases();

private:
    Result<Existing> existing(const QString& orderKey, const QString& orderNo);

    const Database& m_database;
    QSqlQuery m_insert;
    QSqlQuery m_existing;
    // insertManyIfNew's statement of full size, prepared on first use. (A default-constructed
    // QSqlQuery would attach itself to Qt's default connection, which may not be ours.)
    std::optional<QSqlQuery> m_insertFull;
    std::optional<QSqlQuery> m_insertJson;     // a server's: a batch as one JSON value
    std::unique_ptr<SqliteStatement> m_direct; // insertManyIfNew's row on SQLite (SqliteDirect.h)
};

} // namespace clientele::core::storage
