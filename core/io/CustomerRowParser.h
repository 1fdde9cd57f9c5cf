#pragma once

#include "../domain/Customer.h"
#include "RowView.h"

namespace clientele::core::io {

// Turns a row into a normalized Customer, collecting one problem per bad value. Used by the
// customer import and by order imports that create customers.
struct ParsedCustomer
{
    Customer customer;
    QList<ImportProblem> problems;
    bool phoneFlagged = false; // a phone kept as written that is not a mainland mobile
};

class CustomerRowParser
{
public:
    static ParsedCustomer parse(const RowView& row, const DateOrders& orders, const QDate& today);
    static QStringList splitTags(const QString& text);
};

} // namespace clientele::core::io
