#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QDate>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// Selling a visit card is a sale: the card's price becomes an order of the customer, so it counts
// for RFM, tiers and the reports like any purchase. This is the one place that writes that order;
// when the counter's SaleService exists, redirect record() to it (source 'card'). Until then the
// order is written directly: order_key "card:<card no>", order number the card's, channel "card",
// category the plan's name. Runs in the caller's transaction (VisitCards::sell opens one).
class CardSaleOrder
{
public:
    struct Recorded
    {
        qint64 orderId = 0;
        QString orderNo;
    };
    static Result<Recorded> record(const storage::Database& database, qint64 customerId, Fen price, const QDate& day,
                                   const QString& store, const QString& cardNo, const QString& planName);
    static QString channel() { return QStringLiteral("card"); }
};

} // namespace clientele::core::member
