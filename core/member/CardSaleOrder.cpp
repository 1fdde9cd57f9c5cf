#include "CardSaleOrder.h"

#include "../domain/Order.h"
#include "../storage/OrderRepository.h"

#include <QCoreApplication>

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::CardSaleOrder", text);
}
} // namespace

Result<CardSaleOrder::Recorded> CardSaleOrder::record(const storage::Database& database, qint64 customerId, Fen price,
                                                      const QDate& day, const QString& store, const QString& cardNo,
                                                      const QString& planName)
{
    Order order;
    order.orderNo = cardNo;
    order.customerId = customerId;
    order.date = day;
    order.amount = price;
    order.category = planName;
    order.channel = channel();
    order.store = store;
    storage::OrderRepository orders(database);
    auto inserted = orders.insertIfNew(order, QStringLiteral("card:") + cardNo, 0, 0, 0);
    if (!inserted)
        return inserted.error();
    if (inserted->has_value())
        return Error::make(Error::Code::Conflict, tr("An order for visit card %1 already exists.").arg(cardNo));
    return Recorded{orders.lastInsertedId(), cardNo};
}

} // namespace clientele::core::member
