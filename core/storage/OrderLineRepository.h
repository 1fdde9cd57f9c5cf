#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QDate>
#include <QHash>
#include <QTime>

#include <memory>
#include <optional>

namespace clientele::core::storage {

class BulkStatement;
class Database;

// Products and order lines (schema v7), written by the order-line import and the demo shop.
// Same thread as the Database. Product ids are cached per repository; the per-order statements
// are prepared once, on first use (a re-import of a million lines asks for every order and its
// lines: preparing them per call was half of its time).
class OrderLineRepository
{
public:
    explicit OrderLineRepository(const Database& database);
    ~OrderLineRepository();

    struct Product
    {
        QString key; // "c:" + code, or "n:" + normalized name
        QString code;
        QString name;
        QString category;
    };
    // The product's id, inserting it (owned by `importBatchId`, 0 for none) when new; a stored
    // product without a category takes this one's.
    Result<qint64> productId(const Product& product, qint64 importBatchId);

    struct Line
    {
        qint64 productId = 0;
        qint64 quantityMilli = 0;
        std::optional<qint64> unitPriceLi;
        Fen totalFen = 0; // after the discount
        Fen discountFen = 0;
        qint64 sourceLine = 0;
    };
    Status insertLine(qint64 orderId, const Line& line);
    Result<QList<Line>> linesOf(qint64 orderId);

    struct OrderHead
    {
        qint64 id = 0;
        qint64 customerId = 0;
        Fen amount = 0;
        QDate date;
        QTime time;
        qint64 importBatchId = 0;
        qint64 sourceLine = 0;
        qint64 lines = 0;
    };
    Result<std::optional<OrderHead>> findOrder(const QString& orderKey);
    // Adds lines' amount to an order this import is writing (its lines came apart in the file).
    Status extendOrder(qint64 orderId, Fen addAmount, const QDate& date, const QTime& time);
    Status setRefundOf(qint64 orderId, const QString& originalNo);
    Result<bool> orderNumberExists(const QString& orderNo);

    struct BareOrder
    {
        qint64 id = 0;
        Fen amount = 0;
        QString category;
    };
    // Orders that have no lines (an order file's, or the demo shop's before it gets lines), by id.
    Result<QList<BareOrder>> ordersWithoutLines();

    static QString productKey(const QString& code, const QString& name);

private:
    // The statement in `slot`, prepared from `sql` the first time.
    BulkStatement& statement(std::unique_ptr<BulkStatement>& slot, const char* sql);

    const Database& m_database;
    std::unique_ptr<BulkStatement> m_findProduct;
    std::unique_ptr<BulkStatement> m_insertProduct;
    std::unique_ptr<BulkStatement> m_setProductCategory;
    std::unique_ptr<BulkStatement> m_insertLine;
    std::unique_ptr<BulkStatement> m_linesOf;
    std::unique_ptr<BulkStatement> m_findOrder;
    std::unique_ptr<BulkStatement> m_extendOrder;
    std::unique_ptr<BulkStatement> m_setRefundOf;
    std::unique_ptr<BulkStatement> m_orderNumberExists;
    QHash<QString, qint64> m_productIds;
};

} // namespace clientele::core::storage
