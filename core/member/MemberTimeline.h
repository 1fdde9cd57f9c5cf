#pragma once

#include "../customers/CustomerTimeline.h"

#include <QList>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::member {

// The member ledgers as timeline lines (Kind::Member): points earned, redeemed, taken back, given
// back and adjusted; stored-value top-ups, payments and refunds; visit cards sold and used; coupons
// issued, used and given back. Texts in the reader's language (translated when read).
class MemberTimeline
{
public:
    static Status append(const storage::Database& database, qint64 customerId,
                         QList<customers::TimelineEvent>& events);
};

} // namespace clientele::core::member
