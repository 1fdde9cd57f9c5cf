#include "OrderRepository.h"

#include "Database.h"
#include "SqlLimit.h"
#include "StandingOrders.h"
#include "SqlValues.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::OrderRepository", text);
}
} // namespace

OrderRepository::OrderRepository(const Database& database)
    : m_database(database),
      m_insert(database.prepare(QStringLiteral(
          "INSERT INTO orders (order_key, order_no, customer_id, order_date, order_time, amount_fen, category, "
          "channel, store, content_hash, import_batch_id, source_line) VALUES (:k, :n, :c, :d, :t, :a, :cat, :ch, :s, :h, "
          ":b, :l) "
          "ON CONFLICT (order_key) DO NOTHING"))),
      m_existing(database.prepare(QStringLiteral(
          "SELECT id, content_hash, COALESCE(import_batch_id, 0), COALESCE(source_line, 0) FROM orders "
          "WHERE order_key = ?")))
{
}

Result<std::optional<OrderRepository::Existing>> OrderRepository::insertIfNew(const Order& order,
                                                                              const QString& orderKey,
                                                                              qint64 contentHash,
                                                                              qint64 importBatchId,
                                                                              qint64 sourceLine)
{
    m_insert.bindValue(u":k"_s, orderKey);
    m_insert.bindValue(u":n"_s, sqlvalue::text(order.orderNo));
    m_insert.bindValue(u":c"_s, order.customerId);
    m_insert.bindValue(u":d"_s, sqlvalue::date(order.date));
    m_insert.bindValue(u":t"_s, order.time.isValid() ? QVariant(iso::time(order.time)) : QVariant());
    m_insert.bindValue(u":a"_s, order.amount);
    m_insert.bindValue(u":cat"_s, sqlvalue::notNull(order.category));
    m_insert.bindValue(u":ch"_s, sqlvalue::notNull(order.channel));
    m_insert.bindValue(u":s"_s, sqlvalue::notNull(order.store));
    m_insert.bindValue(u":h"_s, contentHash);
    m_insert.bindValue(u":b"_s, importBatchId > 0 ? QVariant(importBatchId) : QVariant());
    m_insert.bindValue(u":l"_s, sourceLine);
    if (!m_insert.exec())
        return sqlError(m_insert, tr("Saving order %1").arg(order.orderNo));
    if (m_insert.numRowsAffected() > 0)
        return std::optional<Existing>();

    m_existing.bindValue(0, orderKey);
    if (!m_existing.exec() || !m_existing.next())
        return sqlError(m_existing, tr("Reading order %1").arg(order.orderNo));
    Existing existing{m_existing.value(0).toLongLong(), m_existing.value(1).toLongLong(),
                      m_existing.value(2).toLongLong(), m_existing.value(3).toLongLong()};
    m_existing.finish();
    return std::optional<Existing>(existing);
}

Result<QList<Order>> OrderRepository::forCustomer(qint64 customerId, int limit)
{
    // Each row says whether it stands as an order or refund (standingOrder, as every figure counts).
    QSqlQuery q = m_database.prepare(
        u"SELECT o.id, o.order_no, o.customer_id, o.order_date, o.order_time, o.amount_fen, o.category, o.channel, "
        "o.store, CASE WHEN "_s + standingOrder(u"o"_s) +
        u" THEN 1 ELSE 0 END FROM orders o "
        "WHERE o.customer_id = ? ORDER BY o.order_date DESC, o.order_time DESC, o.id DESC LIMIT ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(sqlvalue::limit(limit));
    if (!q.exec())
        return sqlError(q, tr("Reading orders"));
    QList<Order> orders;
    while (q.next()) {
        Order o;
        o.id = q.value(0).toLongLong();
        o.orderNo = q.value(1).toString();
        o.customerId = q.value(2).toLongLong();
        o.date = sqlvalue::toDate(q.value(3));
        o.time = q.value(4).isNull() ? QTime() : QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm:ss"));
        o.amount = q.value(5).toLongLong();
        o.category = q.value(6).toString();
        o.channel = q.value(7).toString();
        o.store = q.value(8).toString();
        o.standing = q.value(9).toInt() != 0;
        orders.append(o);
    }
    return orders;
}

Result<qint64> OrderRepository::count()
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM orders"));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting orders"));
    return q.value(0).toLongLong();
}

Result<qint64> OrderRepository::countPurchases()
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.amount_fen >= 0 AND ") + standingOrder(u"o"_s));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting orders"));
    return q.value(0).toLongLong();
}

} // namespace clientele::core::storage
