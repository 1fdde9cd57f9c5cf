#include "Importer.h"

#include "../segmentation/SegmentationSettings.h"
#include "../storage/Database.h"
#include "../storage/ImportBatchRepository.h"
#include "../storage/SearchIndex.h"
#include "../storage/StoreRepository.h"
#include "../stores/StoreService.h"
#include "../storage/Transaction.h"
#include "CustomerImporter.h"
#include "DelimiterSniffer.h"
#include "ImportSource.h"
#include "OrderImporter.h"
#include "OrderLineImporter.h"
#include "RowPipeline.h"
#include "CustomFieldParser.h"
#include "../customers/CustomFieldCatalog.h"
#include "../security/Session.h"
#include "../storage/CustomFieldRepository.h"
#include "../storage/DeferredIndexes.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::Importer", text);
}

constexpr int kRowsBetweenChecks = 2000;

bool cancelled(const ImportHooks& hooks)
{
    return hooks.cancel && hooks.cancel->load(std::memory_order_relaxed);
}

Error cancelledError()
{
    return Error::make(Error::Code::Cancelled, tr("The import was cancelled; nothing was changed."));
}

// A key column ("17850.0" …) is read as integer codes when each of its values is an integer or
// an integral float and at least one is a float.
struct KeyColumn
{
    ImportField field;
    int column;
    bool allIntegral = true;
    bool anyFloat = false;
    void add(const QString& raw)
    {
        if (!allIntegral)
            return;
        const QString text = raw.trimmed();
        if (text.isEmpty())
            return;
        if (lineamounts::isIntegralFloat(text)) {
            anyFloat = true;
            return;
        }
        allIntegral = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    }
};

// First pass: every value of each date column votes for dd/mm or mm/dd; key columns are checked
// for codes written as floats.
Result<DateOrders> analyzeDates(ImportSource& source, const QList<ImportField>& fields,
                                const QList<ImportField>& keyFields, QList<ImportField>& integralKeys,
                                ImportReport& report, const ImportHooks& hooks)
{
    DateOrders orders;
    QList<int> columns;
    QList<ImportField> present;
    for (const ImportField f : fields)
        if (source.mapping().has(f)) {
            columns.append(source.mapping().columnOf(f));
            present.append(f);
        }
    QList<KeyColumn> keys;
    for (const ImportField f : keyFields)
        if (source.mapping().has(f))
            keys.append({f, source.mapping().columnOf(f)});
    if (present.isEmpty() && keys.isEmpty())
        return orders;

    QList<DateColumnAnalyzer> analyzers(present.size());
    CsvRecord record;
    qint64 rows = 0;
    while (source.next(record)) {
        for (qsizetype i = 0; i < present.size(); ++i)
            if (columns[i] < record.fields.size())
                analyzers[i].add(record.fields[columns[i]]);
        for (auto& k : keys)
            if (k.column < record.fields.size())
                k.add(record.fields[k.column]);
        if (++rows % kRowsBetweenChecks == 0) {
            if (cancelled(hooks))
                return cancelledError();
            if (hooks.progress)
                hooks.progress(source.bytesRead() / 4, source.size()); // first pass: a quarter of the bar
        }
    }
    if (const auto err = source.error())
        return Error::make(err->code, tr("%1: %2").arg(source.fileName(), err->message));

    for (const auto& k : keys)
        if (k.allIntegral && k.anyFloat) {
            integralKeys.append(k.field);
            report.notes.append(tr("Column \"%1\" holds whole numbers written as decimals (17850.0); read as "
                                   "whole numbers (17850).")
                                    .arg(source.mapping().header().value(k.column)));
        }
    for (qsizetype i = 0; i < present.size(); ++i) {
        const auto& a = analyzers[i];
        orders.insert(present[i], a.order());
        const QString column = source.mapping().header().value(columns[i]);
        if (a.contradictory())
            report.notes.append(tr("Column \"%1\" mixes day-first and month-first dates; read as %2, rows that "
                                      "do not fit are reported.")
                                       .arg(column, a.order() == DayMonthOrder::DayFirst ? tr("day/month/year")
                                                                                         : tr("month/day/year")));
        else if (a.ambiguous())
            report.notes.append(tr("Column \"%1\": dates like 3/4/2024 could be day/month or month/day and no "
                                      "value decides it; read as month/day/year.")
                                       .arg(column));
        else if (a.slashDates() > 0 && a.order() == DayMonthOrder::DayFirst)
            report.notes.append(tr("Column \"%1\": dates read as day/month/year.").arg(column));
    }
    return orders;
}
// Every value of the given columns (trimmed, first-seen order), for the choices of new fields.
Result<QHash<int, QStringList>> columnValues(ImportSource& source, const QList<int>& columns)
{
    QHash<int, QStringList> out;
    if (columns.isEmpty())
        return out;
    CsvRecord record;
    while (source.next(record))
        for (const int column : columns)
            if (column < record.fields.size() && !record.fields[column].trimmed().isEmpty() &&
                out[column].size() <= 1000)
                out[column].append(record.fields[column].trimmed());
    if (const auto err = source.error())
        return Error::make(err->code, tr("%1: %2").arg(source.fileName(), err->message));
    if (auto s = source.rewind(); !s)
        return s.error();
    return out;
}

int columnNamed(const ColumnMapping& mapping, const QString& name)
{
    const int exact = int(mapping.header().indexOf(name));
    if (exact >= 0)
        return exact;
    const QString wanted = ColumnMapping::normalizeHeader(name);
    for (int column = 0; column < mapping.header().size(); ++column)
        if (!wanted.isEmpty() && ColumnMapping::normalizeHeader(mapping.header()[column]) == wanted)
            return column;
    return -1;
}

// --new-field: each requested column becomes a shop field (inside the import's transaction).
Status createRequestedFields(storage::Database& database, ImportSource& source, const ImportOptions& options,
                             ImportReport& report)
{
    if (options.newFields.isEmpty())
        return {};
    if (options.kind != ImportKind::Customers)
        return Error::make(Error::Code::Usage, tr("New fields can only be made from a customer file."));
    if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
        return s;
    ColumnMapping mapping = source.mapping();
    QList<int> columns;
    QList<int> choiceColumns;
    for (const NewFieldRequest& request : options.newFields) {
        const int column = columnNamed(mapping, request.column);
        if (column < 0)
            return Error::make(Error::Code::Usage, tr("%1 has no column \"%2\". The header reads: %3")
                                                       .arg(source.fileName(), request.column,
                                                            source.header().join(QStringLiteral(" | "))));
        if (mapping.fieldOf(column) != ImportField::None)
            return Error::make(Error::Code::Usage, tr("Column \"%1\" is already imported as %2; it cannot become a "
                                                      "new field.")
                                                       .arg(mapping.header()[column], importfield::label(mapping.fieldOf(column))));
        columns.append(column);
        if (request.type == CustomField::Type::Choice)
            choiceColumns.append(column);
    }
    auto values = columnValues(source, choiceColumns);
    if (!values)
        return values.error();
    for (qsizetype i = 0; i < options.newFields.size(); ++i) {
        const int column = columns[i];
        const QString header = mapping.header()[column];
        if (const QString key = mapping.customFieldOf(column); !key.isEmpty()) {
            report.notes.append(tr("Column \"%1\" already fills the field \"%2\"; no new field was made.").arg(header, key));
            continue;
        }
        CustomField field;
        field.label = header;
        field.type = options.newFields[i].type;
        if (field.type == CustomField::Type::Choice) {
            field.choices = CustomFieldParser::proposeChoices(values->value(column));
            if (field.choices.isEmpty())
                return Error::make(Error::Code::Usage,
                                   tr("Column \"%1\" has no values or more than 20 different ones; make it a text "
                                      "field, or define the choice field first (fields add).")
                                       .arg(header));
        }
        auto key = customers::CustomFieldCatalog::keyFor(database, header);
        if (!key)
            return key.error();
        field.key = *key;
        auto made = customers::CustomFieldCatalog::define(database, field);
        if (!made)
            return made.error();
        mapping.setCustomField(column, made->key);
        report.newFields.append(made->key);
        report.notes.append(tr("New field \"%1\" (%2, key %3) made from column \"%4\".")
                                .arg(made->label, customers::CustomFieldCatalog::typeLabel(made->type), made->key, header));
    }
    source.setMapping(mapping);
    report.mapping = mapping;
    return {};
}

// Column → shop field for the columns mapped to one; a saved mapping naming a field that no
// longer exists is told, not guessed.
Result<QHash<int, CustomField>> customColumns(const storage::Database& database, const ColumnMapping& mapping,
                                              ImportReport& report)
{
    QHash<int, CustomField> out;
    if (mapping.customColumns().isEmpty())
        return out;
    auto fields = storage::CustomFieldRepository(database).list();
    if (!fields)
        return fields.error();
    for (auto it = mapping.customColumns().cbegin(); it != mapping.customColumns().cend(); ++it) {
        const auto found = std::find_if(fields->cbegin(), fields->cend(),
                                        [&](const CustomField& f) { return f.key == it.value(); });
        if (found == fields->cend())
            report.notes.append(tr("Column \"%1\": there is no field \"%2\" any more; not imported.")
                                    .arg(mapping.header().value(it.key()), it.value()));
        else
            out.insert(it.key(), *found);
    }
    return out;
}
// The stores an order file names join the store list, and its customers' home stores follow their
// first purchase (all inside the import's transaction, so a dry run or an undo leaves no store).
// The stores the inserted orders name go onto the store list; their customers get home stores.
Status adoptStores(storage::Database& database, qint64 batchId, const QSet<QString>& codes, ImportReport& report)
{
    storage::StoreRepository stores(database);
    auto added = stores.adoptCodes(batchId, codes);
    if (!added)
        return added.error();
    if (!added->isEmpty())
        report.notes.append(tr("New stores on the store list: %1").arg(added->join(tr(", "))));
    return stores.fillHomeStoresOf(report.touchedCustomers.values());
}
} // namespace

Result<ImportReport> Importer::run(storage::Database& database, const QString& path, const ImportOptions& options,
                                   const ImportHooks& hooks)
{
    auto opened = ImportSource::open(path, options);
    if (!opened)
        return opened.error();
    ImportSource& source = **opened;

    ImportReport report;
    report.fileName = source.fileName();
    report.sheet = source.sheet();
    report.encoding = source.encoding();
    report.delimiter = source.delimiter();
    report.mapping = source.mapping();
    report.dryRun = options.dryRun;

    const auto missing = source.mapping().missingRequired();
    if (!missing.isEmpty()) {
        QStringList names;
        for (const auto f : missing)
            names.append(importfield::label(f));
        return Error::make(Error::Code::InvalidData,
                           tr("%1: no column for %2. The header reads: %3. Map the columns by hand (a mapping file "
                              "or the import wizard).")
                               .arg(source.fileName(), names.join(tr(", ")), source.header().join(QStringLiteral(" | "))));
    }
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    // Shop fields: columns named like one fill it (unless the caller gave the exact mapping),
    // and --new-field turns columns into new ones.
    if (!options.mapping && options.kind == ImportKind::Customers) {
        auto fields = storage::CustomFieldRepository(database).list();
        if (!fields)
            return fields.error();
        ColumnMapping mapping = source.mapping();
        mapping.mapCustomFields(*fields);
        source.setMapping(mapping);
        report.mapping = mapping;
    }
    if (auto s = createRequestedFields(database, source, options, report); !s)
        return s.error();
    auto fieldColumns = customColumns(database, source.mapping(), report);
    if (!fieldColumns)
        return fieldColumns.error();

    const QStringList unmapped = source.mapping().unmappedColumns();
    if (!unmapped.isEmpty())
        report.notes.append(tr("Columns not imported: %1").arg(unmapped.join(tr(", "))));

    storage::ImportBatchRepository batches(database);
    storage::ImportBatch batch;
    batch.kind = importfield::kindKey(options.kind);
    // A workbook's batch names its sheet, so the import list tells two sheets of one file apart.
    batch.fileName = source.isWorkbook() ? QStringLiteral("%1 [%2]").arg(source.fileName(), source.sheet()) : source.fileName();
    batch.encoding = source.isWorkbook() ? QStringLiteral("xlsx") : source.encoding();
    batch.delimiter = source.isWorkbook() ? QStringLiteral("") : DelimiterSniffer::displayName(source.delimiter());
    auto batchId = batches.create(batch);
    if (!batchId)
        return batchId.error();
    batch.id = *batchId;
    // Row-by-row search-index triggers would cost more than the import itself: reindex at the end.
    if (auto s = storage::SearchIndex::pause(database); !s)
        return s.error();

    std::unique_ptr<RowImporter> rows;
    if (options.kind == ImportKind::Customers)
        rows = std::make_unique<CustomerImporter>(database, batch.id, options, *fieldColumns);
    else if (source.mapping().isLineItems())
        rows = std::make_unique<OrderLineImporter>(database, batch.id, options, source.fileName());
    else
        rows = std::make_unique<OrderImporter>(database, batch.id, options);
    report.lineItems = source.mapping().isLineItems();
    // A shop's first order file (often its whole history) loads without the secondary indexes.
    auto deferred = storage::DeferredIndexes::dropIfEmpty(database, rows->bulkTable());
    if (!deferred)
        return deferred.error();
    if (auto* orders = dynamic_cast<OrderImporter*>(rows.get())) {
        QString fileStore;
        if (!options.store.trimmed().isEmpty()) {
            auto store = stores::StoreService::resolve(database, options.store);
            if (!store)
                return store.error();
            fileStore = store->code;
        }
        auto codes = StoreCodes::load(database, fileStore);
        if (!codes)
            return codes.error();
        orders->setStoreCodes(std::move(*codes));
    }

    QList<ImportField> integralKeys;
    auto dateOrders = analyzeDates(source, rows->dateFields(), rows->keyFields(), integralKeys, report, hooks);
    if (!dateOrders)
        return dateOrders.error();
    rows->setDateOrders(*dateOrders);
    rows->setDateSystem(source.date1904() ? DateSystem::Excel1904 : DateSystem::Excel1900);
    rows->setIntegralKeyFields(integralKeys);
    if (auto s = source.rewind(); !s)
        return s.error();

    // Read and prepared on a second thread, written on this one (the transaction's).
    RowPipeline pipeline(source, *rows);
    while (RowPipeline::Row* item = pipeline.next()) {
        if (pipeline.startedBatch())
            if (auto s = rows->prefetch(pipeline.preparedOfBatch()); !s)
                return s.error();
        if (item->blank)
            continue;
        const RowView row(source.mapping(), item->record);
        ++report.rows;
        if (item->extraCells > 0) {
            rows->skipRow(report, {{item->record.line, QString(), QString(),
                                    tr("the row has more values than the header has columns (%1 extra)")
                                        .arg(item->extraCells)}});
        } else if (auto s = rows->importPrepared(row, item->prepared.get(), report); !s) {
            return s.error();
        }
        if (report.rows % kRowsBetweenChecks == 0) {
            if (cancelled(hooks))
                return cancelledError();
            if (hooks.progress)
                hooks.progress(source.size() / 4 + pipeline.bytesRead() * 3 / 4, source.size());
        }
    }
    pipeline.finish(); // the source's error() is this thread's again
    if (const auto err = source.error())
        return Error::make(err->code, tr("%1 was refused, nothing was imported: %2").arg(source.fileName(), err->message));
    if (cancelled(hooks))
        return cancelledError();
    if (auto s = rows->finish(report); !s)
        return s.error();
    if (auto s = deferred->restore(); !s)
        return s.error();
    if (const auto* orders = dynamic_cast<OrderImporter*>(rows.get()))
        if (auto s = adoptStores(database, batch.id, orders->storesOfInserted(), report); !s)
            return s.error();

    // Strict: nothing may be lost silently, neither a skipped row nor a value left out of an
    // imported one. (A phone kept as written loses nothing and does not count.)
    if (const qint64 bad = report.errorRows + report.conflictCount; options.strict && bad + report.droppedValues > 0) {
        report.refused = true;
        report.refusal = tr("%1: rows that would be skipped: %2; values that would be left out: %3. In strict mode "
                            "nothing was imported.")
                             .arg(source.fileName())
                             .arg(bad)
                             .arg(report.droppedValues);
        return report; // the transaction rolls back
    }
    if (options.dryRun)
        return report; // validated everything inside the transaction; roll it back

    batch.rowsRead = report.rows;
    batch.inserted = report.inserted;
    batch.updated = report.updated;
    batch.skipped = report.skipped;
    batch.errors = report.errorRows + report.conflictCount;
    if (auto s = batches.finish(batch); !s)
        return s.error();
    if (auto s = storage::SearchIndex::reindexBatch(database, batch.id); !s)
        return s.error();
    if (const auto* orders = dynamic_cast<OrderImporter*>(rows.get()); orders && orders->earliestInserted().isValid())
        if (auto s = segmentation::SegmentationSettings::markHistoryDirty(
                database, orders->earliestInserted().toString(QStringLiteral("yyyy-MM")));
            !s)
            return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    report.batchId = batch.id;
    if (hooks.progress)
        hooks.progress(source.size(), source.size());
    return report;
}

} // namespace clientele::core::io
