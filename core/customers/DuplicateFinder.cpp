#include "DuplicateFinder.h"

#include "../storage/CustomerRepository.h"
#include "../storage/CustomerRow.h"
#include "../storage/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::customers {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::customers::DuplicateFinder", text);
}
} // namespace

Result<QList<DuplicateCandidate>> DuplicateFinder::candidatesFor(const storage::Database& database, qint64 customerId,
                                                                 int limit)
{
    const auto found = storage::CustomerRepository(database).findById(customerId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Code::NotFound, tr("Customer %1 no longer exists.").arg(customerId));
    const Customer& self = **found;

    // Each branch can use its own index (phone, email, name).
    QSqlQuery q = database.prepare(u"SELECT "_s + storage::customerrow::kColumns +
                                   u" FROM customers WHERE id <> :id AND ("
                                   u"(:phone <> '' AND phone = :phone) OR (:email <> '' AND email = :email) "
                                   u"OR (:name <> '' AND name = :name)) ORDER BY id LIMIT :limit"_s);
    q.bindValue(u":id"_s, customerId);
    q.bindValue(u":phone"_s, storage::sqlvalue::notNull(self.phone));
    q.bindValue(u":email"_s, storage::sqlvalue::notNull(self.email));
    q.bindValue(u":name"_s, storage::sqlvalue::notNull(self.name));
    q.bindValue(u":limit"_s, limit);
    if (!q.exec())
        return storage::sqlError(q, tr("Looking for duplicates of customer %1").arg(customerId));
    QList<DuplicateCandidate> out;
    while (q.next()) {
        DuplicateCandidate candidate{storage::customerrow::fromRow(q), {}};
        const Customer& other = candidate.customer;
        if (!self.phone.isEmpty() && other.phone == self.phone)
            candidate.reasons.append(tr("same phone"));
        if (!self.email.isEmpty() && other.email == self.email)
            candidate.reasons.append(tr("same e-mail"));
        if (!self.name.isEmpty() && other.name == self.name)
            candidate.reasons.append(tr("same name"));
        out.append(candidate);
    }
    return out;
}

} // namespace clientele::core::customers
