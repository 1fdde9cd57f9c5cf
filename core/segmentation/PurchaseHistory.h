#pragma once

#include "../domain/Money.h"

#include <QDate>
#include <QtGlobal>

#include <vector>

namespace clientele::core::segmentation {

// One order reduced to what segmentation needs. Days are Julian day numbers.
struct Purchase
{
    qint64 day = 0;
    Fen amount = 0;
};

// A customer's orders, oldest first (as the storage layer loads them).
struct CustomerHistory
{
    qint64 customerId = 0;
    std::vector<Purchase> purchases;
};

// Every customer of the shop (prospects included, with no purchases), by customer id.
using ShopHistory = std::vector<CustomerHistory>;

} // namespace clientele::core::segmentation
