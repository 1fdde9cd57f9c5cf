#pragma once

#include "../domain/CustomField.h"
#include "../domain/Result.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::customers {

// The owner's changes to the shop's own customer fields (Tools ▸ Customer Fields…, `clientele-cli
// fields`, a new field made from an import column). Each checks what it is given, needs the
// ChangeRules permission (owners) and is written to the audit log ("fields"). Part of the
// caller's transaction when there is one.
class CustomFieldCatalog
{
public:
    // Key: a-z, 0-9 and _, starting with a letter, at most 40, not a built-in field's key;
    // label: not empty and not another field's; a choice field needs at least one choice.
    static Result<CustomField> define(const storage::Database& database, CustomField field);
    static Status rename(const storage::Database& database, const QString& key, const QString& label);
    // Refused when a customer holds a value that is no longer a choice (the message says how many).
    static Status setChoices(const storage::Database& database, const QString& key, const QStringList& choices);
    // Removes the field and every customer's value of it; returns how many values went.
    static Result<qint64> remove(const storage::Database& database, const QString& key);

    // A free key for a field labelled `label`: the label itself when it is already a key, else
    // its pinyin ("肤质" → "fuzhi"), else "field"; "_2", "_3" … appended when taken.
    static Result<QString> keyFor(const storage::Database& database, const QString& label);
    static QString typeLabel(CustomField::Type type); // translated
};

} // namespace clientele::core::customers
