#include "CustomerEditor.h"

#include "../segmentation/SegmentationUpkeep.h"
#include "../io/CustomFieldParser.h"
#include "../storage/CustomFieldRepository.h"
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
    case ImportField::WechatId: return repo.findByWechat(value);
    default: return std::optional<Customer>();
    }
}
} // namespace

Result<EditOutcome> CustomerEditor::save(storage::Database& database, qint64 customerId,
                                         const CustomerForm::Values& values, const QDate& today,
                                         const QHash<QString, QString>& fieldValues)
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
    storage::CustomFieldRepository fieldRepo(database);
    QList<std::pair<qint64, QString>> shopValues;
    if (!fieldValues.isEmpty()) {
        auto defined = fieldRepo.list();
        if (!defined)
            return defined.error();
        for (const CustomField& field : *defined) {
            if (!fieldValues.contains(field.key))
                continue;
            const QString text = fieldValues.value(field.key);
            const io::CustomValue parsed = io::CustomFieldParser::parse(field, text);
            if (!parsed.ok)
                outcome.problems.append({0, field.label, text, parsed.reason});
            else if (parsed.value.isEmpty() && field.required)
                outcome.problems.append({0, field.label, QString(), tr("a value is required")});
            else
                shopValues.append({field.id, parsed.value});
        }
    }
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
                   {ImportField::Email, edited.email},
                   {ImportField::WechatId, edited.wechatId}};
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
    for (const auto& [fieldId, value] : shopValues)
        if (auto s = fieldRepo.setValue(outcome.id, fieldId, value); !s)
            return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    if (customerId == 0) // a new customer is a prospect in the list, the profile and the funnel at once
        if (auto updated = segmentation::SegmentationUpkeep::update(database, {outcome.id}); !updated)
            return updated.error();
    return outcome;
}

} // namespace clientele::core::customers
