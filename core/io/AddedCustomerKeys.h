#pragma once

#include "../domain/Customer.h"
#include "../domain/Result.h"
#include "../storage/CustomerRepository.h"

#include <QHash>
#include <QString>

namespace clientele::core::io {

// The keys (member code, phone, e-mail, WeChat ID) of the customers an import has added to a shop
// that had no customers before it. In such a shop a row can only match a customer the same file
// added, so its lookups need no query: on a first import of 100,000 customers that saves four
// queries per row (on a server, four round trips). Each key answers as the database would (the
// lowest id holding it); when an update takes a key away from a customer, that key is looked up in
// the database again (rare: a repeated row changing a key). In a shop with customers it stays off
// and every lookup goes to the database.
class AddedCustomerKeys
{
public:
    using Key = storage::CustomerRepository::Key;

    explicit AddedCustomerKeys(storage::CustomerRepository& customers) : m_customers(customers) {}

    // Turns the index on when the shop has no customers (call once, before the first row).
    Status startIfShopEmpty();
    bool isOn() const { return m_on; }

    // The id of the customer holding `value` as `key` (lowest id), 0 if none.
    qint64 find(Key key, const QString& value) const;
    // A customer just inserted (its id is higher than any before it).
    void added(qint64 id, const Customer& customer);
    // A customer whose keys an update changed from `before` to `after`.
    Status changed(qint64 id, const Customer& before, const Customer& after);

private:
    static QString valueOf(Key key, const Customer& customer);

    storage::CustomerRepository& m_customers;
    bool m_on = false;
    QHash<QString, qint64> m_ids[4]; // by Key: value → lowest id
};

} // namespace clientele::core::io
