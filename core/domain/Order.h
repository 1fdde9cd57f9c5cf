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
};

} // namespace clientele::core
