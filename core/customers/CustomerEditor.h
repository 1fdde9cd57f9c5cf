#pragma once

#include "CustomerForm.h"

#include "../domain/Result.h"
#include "../io/ImportReport.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::customers {

// What saving the profile form did: the customer's id, or the problems that stopped it.
struct EditOutcome
{
    qint64 id = 0;
    QList<io::ImportProblem> problems; // empty when saved
    bool saved() const { return problems.isEmpty() && id > 0; }
};

// Creates or updates one customer from the profile form, fields and tags in one transaction.
// A member code, phone or e-mail that already belongs to someone else is a problem naming that
// customer (merge them instead), never a silent second record.
class CustomerEditor
{
public:
    // customerId 0 creates a customer. fieldValues: the shop's own fields as typed, by key (only
    // the keys given are changed; empty removes the value), each checked by its type
    // (io::CustomFieldParser) and refused with the reason, a required one refused when empty.
    static Result<EditOutcome> save(storage::Database& database, qint64 customerId, const CustomerForm::Values& values,
                                    const QDate& today, const QHash<QString, QString>& fieldValues = {});
};

} // namespace clientele::core::customers
