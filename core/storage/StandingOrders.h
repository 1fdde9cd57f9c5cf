#pragma once

#include <QString>

namespace clientele::core::storage {

// Which orders count, defined once for every figure (the list, the profile, segmentation and so the
// dashboard and reports, the CLI): a counter sale voided on its day never happened, so neither it
// nor its void is an order, a purchase date or spend. A refund (a later day) stays: the sale was a
// visit, the refund a negative amount that is not an order. `alias` names the orders table in the
// query; the condition is true for an order that counts.
inline QString standingOrder(const QString& alias)
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM member_sales vs WHERE vs.order_id = ") + alias +
           QStringLiteral(".id AND (vs.kind = 'void' OR EXISTS (SELECT 1 FROM member_sales vv "
                          "WHERE vv.reverses_id = vs.id AND vv.kind = 'void')))");
}

} // namespace clientele::core::storage
