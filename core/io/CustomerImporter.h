#pragma once

#include "../storage/CustomFieldRepository.h"
#include "../storage/CustomerRepository.h"
#include "../storage/ImportBatchRepository.h"
#include "AddedCustomerKeys.h"
#include "CustomFieldParser.h"
#include "CustomerRowParser.h"
#include "RowImporter.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace clientele::core::io {

// Customer rows: normalize, find the existing customer (member code, then phone, then e-mail;
// earlier rows of the same file included, since they are already in the transaction), report
// conflicts, then insert or apply the duplicate policy, journaling old values for undo.
class CustomerImporter final : public RowImporter
{
public:
    // fieldOfColumn: the columns that fill shop-defined fields. A bad value of such a field is left
    // out with a warning, like a bad birthday.
    CustomerImporter(const storage::Database& database, qint64 batchId, const ImportOptions& options,
                     QHash<int, CustomField> fieldOfColumn = {});
    Status importRow(const RowView& row, ImportReport& report) override;
    // The row parsed, its shop-field values read and the name's pinyin worked out (the reading
    // thread's share: measured, the pinyin alone was a fifth of a 100,000-customer import).
    std::unique_ptr<Prepared> prepare(const RowView& row) override;
    Status importPrepared(const RowView& row, Prepared* prepared, ImportReport& report) override;
    QList<ImportField> dateFields() const override { return {ImportField::Birthday, ImportField::JoinedOn}; }
    // Writes the customers still waiting to be sent (a first import on a server).
    Status finish(ImportReport& report) override;
    // Into an empty shop its keys are looked up in memory (AddedCustomerKeys), not by index.
    QString bulkTable() const override { return QStringLiteral("customers"); }

private:
    struct PreparedCustomer : Prepared
    {
        ParsedCustomer parsed;
        CustomFieldParser::RowValues fieldValues;
        i18n::PinyinForms nameForms;
    };

    // The customer holding `key` as `field` (member code, phone, e-mail, WeChat ID), if any.
    Result<std::optional<Customer>> findBy(ImportField field, const QString& key);
    Status applyDuplicate(const Customer& existing, const Customer& incoming, bool consentStated,
                          const QList<std::pair<qint64, QString>>& fieldValues, ImportReport& report, bool repeat);
    // Fill/overwrite of shop-field values; old values journaled. Returns how many changed.
    Result<int> applyFieldValues(qint64 customerId, const QList<std::pair<qint64, QString>>& values);

    storage::CustomerRepository m_customers;
    storage::ImportBatchRepository m_batches;
    storage::CustomFieldRepository m_fields;
    AddedCustomerKeys m_addedKeys{m_customers}; // lookups without queries on a first import
    bool m_keysStarted = false;
    QHash<int, CustomField> m_fieldOfColumn;
    qint64 m_batchId;
    DuplicatePolicy m_policy;
    bool m_consentGiven = false;
    QDate m_today;
    QHash<qint64, qint64> m_lineOfCustomer; // customers this file touched → first line
    QSet<qint64> m_addedByFile;             // customers this file added
};

} // namespace clientele::core::io
