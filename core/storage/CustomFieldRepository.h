#pragma once

#include "../domain/CustomField.h"
#include "../domain/Result.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace clientele::core::storage {

class Database;

// All SQL about the shop's own customer fields: their definitions and the values per customer.
// Values are stored as given (the caller validates and normalizes them: io::CustomFieldParser).
// Same thread as the Database.
class CustomFieldRepository
{
public:
    explicit CustomFieldRepository(const Database& database);

    Result<QList<CustomField>> list();         // in the owner's order (position, then id)
    Result<std::optional<CustomField>> findByKey(const QString& key);
    Result<qint64> add(const CustomField& field);
    Status setLabel(qint64 fieldId, const QString& label);
    Status setChoices(qint64 fieldId, const QStringList& choices);
    Status remove(qint64 fieldId); // its values go with it
    Result<qint64> valueCount(qint64 fieldId);
    // Values of a choice field that are no longer among `choices` (a choice being removed).
    Result<qint64> valuesOutside(qint64 fieldId, const QStringList& choices);

    // key → value of one customer's fields.
    Result<QHash<QString, QString>> values(qint64 customerId);
    Result<std::optional<QString>> value(qint64 customerId, qint64 fieldId);
    // An empty value removes it. importBatchId > 0 marks the value as the import's (undo removes it).
    Status setValue(qint64 customerId, qint64 fieldId, const QString& value, qint64 importBatchId = 0);
    // Puts back a value an import overwrote (null: there was none); the value then belongs to no import.
    Status restoreValue(qint64 customerId, qint64 fieldId, const QVariant& value);
    Status removeImportedValues(qint64 importBatchId);

    // The import journal names a custom field's old value "custom:<field id>".
    static QString journalColumn(qint64 fieldId);
    static bool fromJournalColumn(const QString& column, qint64* fieldId);

private:
    const Database& m_database;
    QSqlQuery m_upsert;
    QSqlQuery m_delete;
};

} // namespace clientele::core::storage
