#include "OrderLineRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "../domain/ChargeLines.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::OrderLineRepository", text);
}
constexpr qsizetype kMaxCachedProducts = 200'000;
} // namespace

OrderLineRepository::OrderLineRepository(const Database& database)
    : m_database(database),
      m_findProduct(database.prepare(QStringLiteral("SELECT id, category FROM products WHERE product_key = ?"))),
      m_insertProduct(database.prepare(QStringLiteral(
          "INSERT INTO products (product_key, code, name, category, import_batch_id, charge) VALUES (?, ?, ?, ?, ?, ?)"))),
      m_insertLine(database.prepare(QStringLiteral(
          "INSERT INTO order_lines (order_id, product_id, quantity_milli, unit_price_li, line_total_fen, discount_fen, "
          "source_line) VALUES (?, ?, ?, ?, ?, ?, ?)")))
{
}

QString OrderLineRepository::productKey(const QString& code, const QString& name)
{
    if (!code.isEmpty())
        return u"c:"_s + code;
    return u"n:"_s + name.simplified().toCaseFolded();
}

Result<qint64> OrderLineRepository::productId(const Product& product, qint64 importBatchId)
{
    if (const auto it = m_productIds.constFind(product.key); it != m_productIds.cend())
        return it.value();
    m_findProduct.bindValue(0, product.key);
    if (!m_findProduct.exec())
        return sqlError(m_findProduct, tr("Reading product %1").arg(product.name));
    qint64 id = 0;
    if (m_findProduct.next()) {
        id = m_findProduct.value(0).toLongLong();
        const bool noCategory = m_findProduct.value(1).toString().isEmpty();
        m_findProduct.finish();
        if (noCategory && !product.category.isEmpty()) {
            QSqlQuery set = m_database.prepare(QStringLiteral("UPDATE products SET category = ? WHERE id = ?"));
            set.addBindValue(product.category);
            set.addBindValue(id);
            if (auto s = execQuery(set, tr("Saving product %1").arg(product.name)); !s)
                return s.error();
        }
    } else {
        m_findProduct.finish();
        m_insertProduct.bindValue(0, product.key);
        m_insertProduct.bindValue(1, sqlvalue::notNull(product.code));
        m_insertProduct.bindValue(2, sqlvalue::notNull(product.name));
        m_insertProduct.bindValue(3, sqlvalue::notNull(product.category));
        m_insertProduct.bindValue(4, importBatchId > 0 ? QVariant(importBatchId) : QVariant());
        m_insertProduct.bindValue(5, chargelines::isCharge(product.code, product.name) ? 1 : 0);
        if (!m_insertProduct.exec())
            return sqlError(m_insertProduct, tr("Saving product %1").arg(product.name));
        id = m_insertProduct.lastInsertId().toLongLong();
    }
    if (m_productIds.size() >= kMaxCachedProducts)
        m_productIds.clear(); // bounded memory for files with endless distinct products
    m_productIds.insert(product.key, id);
    return id;
}

Status OrderLineRepository::insertLine(qint64 orderId, const Line& line)
{
    m_insertLine.bindValue(0, orderId);
    m_insertLine.bindValue(1, line.productId);
    m_insertLine.bindValue(2, line.quantityMilli);
    m_insertLine.bindValue(3, line.unitPriceLi ? QVariant(*line.unitPriceLi) : QVariant());
    m_insertLine.bindValue(4, line.totalFen);
    m_insertLine.bindValue(5, line.discountFen);
    m_insertLine.bindValue(6, line.sourceLine);
    return execQuery(m_insertLine, tr("Saving an order line"));
}

Result<QList<OrderLineRepository::Line>> OrderLineRepository::linesOf(qint64 orderId)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT product_id, quantity_milli, unit_price_li, line_total_fen, discount_fen, COALESCE(source_line, 0) "
        "FROM order_lines WHERE order_id = ? ORDER BY id"));
    q.addBindValue(orderId);
    if (!q.exec())
        return sqlError(q, tr("Reading order lines"));
    QList<Line> lines;
    while (q.next()) {
        Line l;
        l.productId = q.value(0).toLongLong();
        l.quantityMilli = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            l.unitPriceLi = q.value(2).toLongLong();
        l.totalFen = q.value(3).toLongLong();
        l.discountFen = q.value(4).toLongLong();
        l.sourceLine = q.value(5).toLongLong();
        lines.append(l);
    }
    return lines;
}

Result<std::optional<OrderLineRepository::OrderHead>> OrderLineRepository::findOrder(const QString& orderKey)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT id, customer_id, amount_fen, order_date, order_time, COALESCE(import_batch_id, 0), "
        "COALESCE(source_line, 0), (SELECT COUNT(*) FROM order_lines l WHERE l.order_id = orders.id) "
        "FROM orders WHERE order_key = ?"));
    q.addBindValue(orderKey);
    if (!q.exec())
        return sqlError(q, tr("Reading an order"));
    if (!q.next())
        return std::optional<OrderHead>();
    OrderHead h;
    h.id = q.value(0).toLongLong();
    h.customerId = q.value(1).toLongLong();
    h.amount = q.value(2).toLongLong();
    h.date = sqlvalue::toDate(q.value(3));
    h.time = q.value(4).isNull() ? QTime() : QTime::fromString(q.value(4).toString(), QStringLiteral("HH:mm:ss"));
    h.importBatchId = q.value(5).toLongLong();
    h.sourceLine = q.value(6).toLongLong();
    h.lines = q.value(7).toLongLong();
    return std::optional<OrderHead>(h);
}

Status OrderLineRepository::extendOrder(qint64 orderId, Fen addAmount, const QDate& date, const QTime& time)
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("UPDATE orders SET amount_fen = amount_fen + ?, order_date = ?, order_time = ? WHERE id = ?"));
    q.addBindValue(addAmount);
    q.addBindValue(sqlvalue::date(date));
    q.addBindValue(time.isValid() ? QVariant(iso::time(time)) : QVariant());
    q.addBindValue(orderId);
    return execQuery(q, tr("Saving an order"));
}

Status OrderLineRepository::setRefundOf(qint64 orderId, const QString& originalNo)
{
    QSqlQuery q = m_database.prepare(QStringLiteral("UPDATE orders SET refund_of_no = ? WHERE id = ?"));
    q.addBindValue(originalNo);
    q.addBindValue(orderId);
    return execQuery(q, tr("Saving a refund"));
}

Result<QList<OrderLineRepository::BareOrder>> OrderLineRepository::ordersWithoutLines()
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT id, amount_fen, category FROM orders o "
        "WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id) ORDER BY id"));
    q.setForwardOnly(true);
    if (!q.exec())
        return sqlError(q, tr("Reading order lines"));
    QList<BareOrder> orders;
    while (q.next())
        orders.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return orders;
}

Result<bool> OrderLineRepository::orderNumberExists(const QString& orderNo)
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT 1 FROM orders WHERE order_key = ?"));
    q.addBindValue(QString(u"no:"_s + orderNo));
    if (!q.exec())
        return sqlError(q, tr("Reading an order"));
    return q.next();
}

} // namespace clientele::core::storage
