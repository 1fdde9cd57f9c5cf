#include "DuplicateFinder.h"

#include "../domain/Birthday.h"
#include "../storage/CustomerRepository.h"
#include "../storage/CustomerRow.h"
#include "../storage/Database.h"
#include "../storage/DuplicateQueries.h"

#include <QHash>

#include <QCoreApplication>

#include <algorithm>
#include <optional>

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

    // Each branch can use its own index (phone, email, WeChat ID, name).
    QSqlQuery q = database.prepare(u"SELECT "_s + storage::customerrow::kColumns +
                                   u" FROM customers WHERE id <> :id AND ("
                                   u"(:phone <> '' AND phone = :phone) OR (:email <> '' AND email = :email) "
                                   u"OR (:wechat <> '' AND wechat_id = :wechat) "
                                   u"OR (:name <> '' AND name = :name)) ORDER BY id LIMIT :limit"_s);
    q.bindValue(u":id"_s, customerId);
    q.bindValue(u":phone"_s, storage::sqlvalue::notNull(self.phone));
    q.bindValue(u":email"_s, storage::sqlvalue::notNull(self.email));
    q.bindValue(u":wechat"_s, storage::sqlvalue::notNull(self.wechatId));
    q.bindValue(u":name"_s, storage::sqlvalue::notNull(self.name));
    q.bindValue(u":limit"_s, limit);
    if (!q.exec())
        return storage::sqlError(q, tr("Looking for duplicates of customer %1").arg(customerId));
    QList<DuplicateCandidate> out;
    while (q.next()) {
        DuplicateCandidate candidate{storage::customerrow::fromRow(q), {}, {}};
        candidate.reasons = reasons(self, candidate.customer);
        candidate.conflicts = conflicts(self, candidate.customer);
        out.append(candidate);
    }
    return out;
}

QStringList DuplicateFinder::reasons(const Customer& a, const Customer& b)
{
    QStringList out;
    if (!a.phone.isEmpty() && b.phone == a.phone)
        out.append(tr("same phone"));
    if (!a.email.isEmpty() && b.email == a.email)
        out.append(tr("same e-mail"));
    if (!a.wechatId.isEmpty() && b.wechatId == a.wechatId)
        out.append(tr("same WeChat ID"));
    if (!a.name.isEmpty() && b.name == a.name)
        out.append(tr("same name"));
    return out;
}

QStringList DuplicateFinder::conflicts(const Customer& a, const Customer& b)
{
    QStringList out;
    if (birthday::conflict(a.birthday, b.birthday))
        out.append(tr("born %1 / %2").arg(birthday::isoText(a.birthday), birthday::isoText(b.birthday)));
    if (!a.city.isEmpty() && !b.city.isEmpty() && a.city != b.city)
        out.append(tr("city %1 / %2").arg(a.city, b.city));
    if (!a.gender.isEmpty() && !b.gender.isEmpty() && a.gender != b.gender)
        out.append(tr("different gender"));
    return out;
}

Result<QList<DuplicatePair>> DuplicateFinder::allPairs(const storage::Database& database, int limit)
{
    const auto ids = storage::DuplicateQueries::pairs(database, limit);
    if (!ids)
        return ids.error();
    storage::CustomerRepository repo(database);
    QHash<qint64, Customer> known;
    const auto customer = [&](qint64 id) -> Result<std::optional<Customer>> {
        if (const auto it = known.constFind(id); it != known.cend())
            return std::optional<Customer>(*it);
        auto found = repo.findById(id);
        if (found && found->has_value())
            known.insert(id, **found);
        return found;
    };
    QList<DuplicatePair> out;
    for (const auto& [firstId, secondId] : *ids) {
        const auto first = customer(firstId);
        if (!first)
            return first.error();
        const auto second = customer(secondId);
        if (!second)
            return second.error();
        if (!first->has_value() || !second->has_value())
            continue;
        DuplicatePair pair{**first, {**second, reasons(**first, **second), conflicts(**first, **second)}};
        out.append(pair);
    }
    std::stable_partition(out.begin(), out.end(), [](const DuplicatePair& p) { return !p.second.conflicting(); });
    return out;
}

} // namespace clientele::core::customers
