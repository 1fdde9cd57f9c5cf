#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

namespace clientele::core {

enum class CouponKind { Amount, Percent, Item };

// A coupon type: what it takes off, when it is valid, how many one customer may hold.
struct CouponType
{
    qint64 id = 0;
    QString name;
    CouponKind kind = CouponKind::Amount;
    Fen amount = 0;    // Amount: off the sale; Item: the free item's value (0: given beside the sale)
    Fen minSpend = 0;  // the sale must reach this (all kinds)
    int percent = 0;   // Percent: 1..100 off
    Fen cap = 0;       // Percent: at most this much off; 0 = no cap
    QString item;      // Item: what is given (text or product code)
    QDate validFrom;   // fixed window (inclusive) …
    QDate validTo;
    int validDays = 0; // … or this many days from the day of issue (the issue day is day 1)
    int perCustomer = 1; // coupons of this type one customer may hold, used or not; 0 = no limit
    bool stackable = false;
    // Filled by reads: coupons issued and coupons redeemed (net of releases).
    qint64 issued = 0;
    qint64 redeemed = 0;
};

struct Coupon
{
    qint64 id = 0;
    QString code;
    qint64 typeId = 0;
    QString typeName;
    qint64 customerId = 0;
    QString customerName;
    QDate issuedOn;
    QDate validFrom;
    QDate validTo; // inclusive
    QString issuedBy;
    int redeemed = 0;     // net ledger entries; > 0: used
    qint64 orderId = 0;   // the sale of the latest redemption
    Fen discount = 0;     // its discount
    QDate redeemedOn;

    bool used() const { return redeemed > 0; }
};

} // namespace clientele::core
