#include "CustomerEditor.h"

#include "../segmentation/SegmentationUpkeep.h"
#include "../storage/CustomerRepository.h"
#include "../storage/Database.h"
#include "../storage/Transaction.h"

#include <QCoreApplication>

namespace clientele::core::customers {

using io::ImportField;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::customers::CustomerEditor", text);
}

// Another customer already holding this value of a unique-ish field.
Result<std::optional<Customer>> holderOf(storage::CustomerRepository& repo, ImportField field, const QString& value)
{
    if (value.isEmpty())
        return std::optional<Customer>();
    switch (field) {
    case ImportField::MemberCode: return repo.findByMemberCode(value);
    case ImportField::Phone: return repo.findByPhone(value);
    case ImportField::Email: return repo.findByEmail(value);
    default: return std::optional<Customer>();
    }
}
} // namespace

Result<EditOutcome> CustomerEditor::save(storage::Database& database, qint64 customerId,
                                         const CustomerForm::Values& values, const QDate& today)
{
    io::ParsedCustomer parsed = CustomerForm::parse(values, today);
    EditOutcome outcome;
    outcome.problems = parsed.problems;
    Customer edited = parsed.customer;
    edited.id = customerId;

    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    storage::CustomerRepository repo(database);
    if (customerId > 0) {
        auto existing = repo.findById(customerId);
        if (!existing)
            return existing.error();
        if (!existing->has_value())
            return Error::make(Error::Code::NotFound, tr("Customer %1 no longer exists.").arg(customerId));
        edited.createdAt = (*existing)->createdAt;
    }
    const struct
    {
        ImportField field;
        QString value;
    } uniques[] = {{ImportField::MemberCode, edited.memberCode},
                   {ImportField::Phone, edited.phone},
                   {ImportField::Email, edited.email}};
    for (const auto& unique : uniques) {
        auto holder = holderOf(repo, unique.field, unique.value);
        if (!holder)
            return holder.error();
        if (holder->has_value() && (*holder)->id != customerId)
            outcome.problems.append({0, io::importfield::label(unique.field), unique.value,
                                     tr("already belongs to %1 (customer %2); merge the two instead")
                                         .arg((*holder)->name)
                                         .arg((*holder)->id)});
    }
    if (!outcome.problems.isEmpty())
        return outcome;

    if (customerId > 0) {
        if (auto s = repo.update(edited); !s)
            return s.error();
        if (auto s = repo.setTags(customerId, edited.tags); !s)
            return s.error();
        outcome.id = customerId;
    } else {
        auto id = repo.insert(edited);
        if (!id)
            return id.error();
        outcome.id = *id;
    }
    if (auto s = transaction.commit(); !s)
        return s.error();
    if (customerId == 0) // a new customer is a prospect in the list, the profile and the funnel at once
        if (auto updated = segmentation::SegmentationUpkeep::update(database, {outcome.id}); !updated)
            return updated.error();
    return outcome;
}

} // namespace clientele::core::customers
