#include "OrderLineRepository.h"

#include "BulkStatement.h"
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

OrderLineRepository::OrderLineRepository(const Database& database) : m_database(database) {}

OrderLineRepository::~OrderLineRepository() = default;

BulkStatement& OrderLineRepository::statement(std::unique_ptr<BulkStatement>& slot, const char* sql)
{
    if (!slot)
        slot = std::make_unique<BulkStatement>(m_database, QString::fromLatin1(sql));
    return *slot;
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
    BulkStatement& find = statement(m_findProduct, "SELECT id, category FROM products WHERE product_key = ?");
    find.bind(1, product.key);
    if (!find.run())
        return find.failure(tr("Reading product %1").arg(product.name));
    qint64 id = 0;
    if (find.next()) {
        id = find.int64(0);
        const bool noCategory = find.text(1).isEmpty();
        find.finish();
        if (noCategory && !product.category.isEmpty()) {
            BulkStatement& set = statement(m_setProductCategory, "UPDATE products SET category = ? WHERE id = ?");
            set.bind(1, product.category);
            set.bind(2, id);
            if (auto s = set.exec(tr("Saving product %1").arg(product.name)); !s)
                return s.error();
        }
    } else {
        find.finish();
        BulkStatement& insert = statement(
            m_insertProduct,
            "INSERT INTO products (product_key, code, name, category, import_batch_id, charge) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, product.key);
        insert.bind(2, sqlvalue::notNull(product.code));
        insert.bind(3, sqlvalue::notNull(product.name));
        insert.bind(4, sqlvalue::notNull(product.category));
        insert.bind(5, importBatchId > 0 ? QVariant(importBatchId) : QVariant());
        insert.bind(6, chargelines::isCharge(product.code, product.name) ? 1 : 0);
        if (!insert.run())
            return insert.failure(tr("Saving product %1").arg(product.name));
        id = insert.lastInsertId();
    }
    if (m_productIds.size() >= kMaxCachedProducts)
        m_productIds.clear(); // bounded memory for files with endless distinct products
    m_productIds.insert(product.key, id);
    return id;
}

Status OrderLineRepository::insertLine(qint64 orderId, const Line& line)
{
    BulkStatement& q = statement(m_insertLine,
                                 "INSERT INTO order_lines (order_id, product_id, quantity_milli, unit_price_li, "
                                 "line_total_fen, discount_fen, source_line) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, orderId);
    q.bind(2, line.productId);
    q.bind(3, line.quantityMilli);
    q.bind(4, line.unitPriceLi ? QVariant(*line.unitPriceLi) : QVariant());
    q.bind(5, line.totalFen);
    q.bind(6, line.discountFen);
    q.bind(7, line.sourceLine);
    return q.run() ? Status() : q.failure(tr("Saving an order line"));
}

Result<QList<OrderLineRepository::Line>> OrderLineRepository::linesOf(qint64 orderId)
{
    BulkStatement& q = statement(m_linesOf, "SELECT product_id, quantity_milli, unit_price_li, line_total_fen, "
                                            "discount_fen, COALESCE(source_line, 0) FROM order_lines "
                                            "WHERE order_id = ? ORDER BY id");
    q.bind(1, orderId);
    if (!q.run())
        return q.failure(tr("Reading order lines"));
    QList<Line> lines;
    while (q.next()) {
        Line l;
        l.productId = q.int64(0);
        l.quantityMilli = q.int64(1);
        if (!q.isNull(2))
            l.unitPriceLi = q.int64(2);
        l.totalFen = q.int64(3);
        l.discountFen = q.int64(4);
        l.sourceLine = q.int64(5);
        lines.append(l);
    }
    if (auto s = q.finished(tr("Reading order lines")); !s)
        return s.error();
    return lines;
}

Result<std::optional<OrderLineRepository::OrderHead>> OrderLineRepository::findOrder(const QString& orderKey)
{
    BulkStatement& q = statement(m_findOrder,
                                 "SELECT id, customer_id, amount_fen, order_date, order_time, "
                                 "COALESCE(import_batch_id, 0), COALESCE(source_line, 0), "
                                 "(SELECT COUNT(*) FROM order_lines l WHERE l.order_id = orders.id) "
                                 "FROM orders WHERE order_key = ?");
    q.bind(1, orderKey);
    if (!q.run())
        return q.failure(tr("Reading an order"));
    if (!q.next()) {
        if (auto s = q.finished(tr("Reading an order")); !s)
            return s.error();
        return std::optional<OrderHead>();
    }
    OrderHead h;
    h.id = q.int64(0);
    h.customerId = q.int64(1);
    h.amount = q.int64(2);
    h.date = sqlvalue::toDate(q.value(3));
    h.time = q.isNull(4) ? QTime() : QTime::fromString(q.text(4), QStringLiteral("HH:mm:ss"));
    h.importBatchId = q.int64(5);
    h.sourceLine = q.int64(6);
    h.lines = q.int64(7);
    q.finish();
    return std::optional<OrderHead>(h);
}

Status OrderLineRepository::extendOrder(qint64 orderId, Fen addAmount, const QDate& date, const QTime& time)
{
    BulkStatement& q = statement(m_extendOrder,
                                 "UPDATE orders SET amount_fen = amount_fen + ?, order_date = ?, order_time = ? WHERE id = ?");
    q.bind(1, addAmount);
    q.bind(2, sqlvalue::date(date));
    q.bind(3, time.isValid() ? QVariant(iso::time(time)) : QVariant());
    q.bind(4, orderId);
    return q.exec(tr("Saving an order"));
}

Status OrderLineRepository::setRefundOf(qint64 orderId, const QString& originalNo)
{
    BulkStatement& q = statement(m_setRefundOf, "UPDATE orders SET refund_of_no = ? WHERE id = ?");
    q.bind(1, originalNo);
    q.bind(2, orderId);
    return q.exec(tr("Saving a refund"));
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
    BulkStatement& q = statement(m_orderNumberExists, "SELECT 1 FROM orders WHERE order_key = ?");
    q.bind(1, QString(u"no:"_s + orderNo));
    if (!q.run())
        return q.failure(tr("Reading an order"));
    const bool found = q.next();
    q.finish();
    return found;
}

} // namespace clientele::core::storage
