#pragma once

#include "Money.h"

#include <QDate>
#include <QString>
#include <QTime>

namespace clientele::core {

// One order line as imported. Negative amounts are refunds.
struct Order
{
    qint64 id = 0;
    QString orderNo; // may be empty: then the content key identifies the order
    qint64 customerId = 0;
    QDate date;
    QTime time; // invalid when the source had no time
    Fen amount = 0;
    QString category;
    QString channel;
    QString store;
    // Read from storage (storage::standingOrder, the one definition): false for a counter sale
    // voided on its day and for its void, which are no orders at all. Imported rows: true.
    bool standing = true;

    bool isOrder() const { return standing && amount >= 0; }  // counts as an order (and spend)
    bool isRefund() const { return standing && amount < 0; }  // a refund on a later day: not an order
    bool isVoidedSale() const { return !standing && amount >= 0; }
    bool isVoid() const { return !standing && amount < 0; }
};

} // namespace clientele::core
