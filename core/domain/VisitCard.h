#pragma once

#include "Money.h"

#include <QDate>
#include <QString>

namespace clientele::core {

// A visit-card plan (次卡): so many uses for a price, valid so many months from the sale.
// items: which products or services it covers (free text or product codes).
struct CardPlan
{
    qint64 id = 0;
    QString name;
    int uses = 0;
    Fen price = 0;
    int monthsValid = 0;
    QString items;
    bool active = true;
};

// A card sold to a customer. `used` is the net of its use ledger (never a stored counter);
// expiresOn is the last day it may be used (the sale day plus the plan's months, QDate::addMonths:
// Jan 31 + 1 month = Feb 28, or 29 in a leap year).
struct VisitCard
{
    qint64 id = 0;
    QString cardNo;
    qint64 customerId = 0;
    qint64 planId = 0;
    QString planName;
    QString items;
    int uses = 0;
    int used = 0;
    Fen price = 0;
    QDate soldOn;
    QDate expiresOn;
    QString store;
    QString soldBy;
    qint64 orderId = 0;
    int cancelled = 0;  // uses cancelled by the refund of the card's sale (card_cancellations)
    QDate cancelledOn;

    int remaining() const { return uses - used - cancelled; }
    bool expiredOn(const QDate& day) const { return day > expiresOn; }
    bool usable(const QDate& day) const { return remaining() > 0 && !expiredOn(day) && day >= soldOn; }
};

// One ledger entry: a use (+1) or the undoing of one (−1, undoesId names the use).
struct CardUse
{
    qint64 id = 0;
    qint64 cardId = 0;
    int delta = 1;
    QDate date;
    QString store;
    QString actor;
    qint64 orderId = 0;
    qint64 undoesId = 0;
    bool undone = false; // a use that a later entry undid
};

} // namespace clientele::core
