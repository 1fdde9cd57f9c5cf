#pragma once

#include "../domain/Result.h"

#include <QDate>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::customers {

// One line of a customer's story: a purchase, a refund, a note or contact, a follow-up, a tier
// change or the day they joined. Texts are translated when read.
struct TimelineEvent
{
    enum class Kind { Joined, Order, Refund, Interaction, FollowUp, TierChange, Ticket, Member };
    QDate date;
    Kind kind = Kind::Order;
    QString title;  // what, without the kind: "¥120 · A1", "Silver → Gold", "Call back (open)"
    QString detail;
};

// Merges orders, interactions, follow-ups, service tickets (opened; resolved with the resolution)
// the month-end tier history and the member ledgers (points, stored value, visit cards, coupons:
// member/MemberTimeline) into one list, newest
// first (same day: follow-ups and notes above the purchases they refer to).
class CustomerTimeline
{
public:
    static Result<QList<TimelineEvent>> forCustomer(const storage::Database& database, qint64 customerId);
    static QString kindLabel(TimelineEvent::Kind kind);
};

} // namespace clientele::core::customers
