#pragma once

#include "../domain/Customer.h"
#include "../io/CustomerRowParser.h"
#include "../io/ImportField.h"

#include <QHash>

namespace clientele::core::customers {

// The customer fields a person edits on the profile, as text, validated and normalized by the
// very parser the import uses — a phone typed "+86 138-0013-8000" is stored as an import would
// store it, and a bad value gets the import's message.
class CustomerForm
{
public:
    using Values = QHash<io::ImportField, QString>;

    static QList<io::ImportField> fields();
    static Values valuesOf(const Customer& customer);
    // Problems name the field (its label) and the value; `customer` is filled from what parsed.
    static io::ParsedCustomer parse(const Values& values, const QDate& today);
};

} // namespace clientele::core::customers
