// inspect, import, imports, undo-import and export.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "customers/CustomFieldCatalog.h"
#include "io/CustomFieldParser.h"
#include "io/CustomerExporter.h"
#include "storage/CustomFieldRepository.h"
#include "io/DelimiterSniffer.h"
#include "io/ImportCounts.h"
#include "io/ImportSource.h"
#include "io/ImportService.h"
#include "io/TextDecoding.h"
#include "segmentation/Segmenter.h"
#include "storage/Backups.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportBatchRepository.h"

#include <QFileInfo>

#include <algorithm>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using core::Error;
using namespace core::io;

QCommandLineOption encodingOption()
{
    return {u"encoding"_s, tr("Text encoding: auto, utf-8, gb18030 (GBK), big5, utf-16le, utf-16be."), tr("NAME"),
            u"auto"_s};
}
QCommandLineOption delimiterOption()
{
    return {u"delimiter"_s, tr("Field delimiter: , ; tab | (default: detected)."), tr("C")};
}
QCommandLineOption sheetOption()
{
    return {u"sheet"_s, tr("Excel workbooks (.xlsx): the sheet to read (default: the first)."), tr("NAME")};
}
QCommandLineOption mappingOption()
{
    return {u"mapping"_s, tr("Saved column mapping (JSON) to apply."), tr("FILE")};
}

// Reads --encoding, --delimiter, --sheet and --mapping into options; prints and returns false on error.
bool readSourceOptions(CliContext& ctx, ImportOptions& options, int* exitCode)
{
    bool ok = false;
    options.encoding = TextDecoding::canonicalName(ctx.parser.value(u"encoding"_s), &ok);
    if (!ok) {
        *exitCode = ctx.usage(tr("Unknown encoding \"%1\".").arg(ctx.parser.value(u"encoding"_s)));
        return false;
    }
    if (ctx.parser.isSet(u"delimiter"_s)) {
        options.delimiter = DelimiterSniffer::fromUserText(ctx.parser.value(u"delimiter"_s));
        if (options.delimiter.isNull()) {
            *exitCode = ctx.usage(tr("Unknown delimiter \"%1\"; use , ; tab or |.").arg(ctx.parser.value(u"delimiter"_s)));
            return false;
        }
    }
    if (ctx.parser.isSet(u"sheet"_s))
        options.sheet = ctx.parser.value(u"sheet"_s);
    if (ctx.parser.isSet(u"mapping"_s)) {
        auto saved = ColumnMapping::loadFile(ctx.parser.value(u"mapping"_s));
        if (!saved) {
            *exitCode = ctx.fail(saved.error());
            return false;
        }
        options.savedMapping = *saved;
    }
    return true;
}

QJsonObject mappingJson(const ColumnMapping& mapping)
{
    QJsonObject columns;
    for (int i = 0; i < mapping.header().size(); ++i) {
        const ImportField f = mapping.fieldOf(i);
        if (const QString key = mapping.customFieldOf(i); !key.isEmpty())
            columns.insert(mapping.header()[i], QString(u"custom:"_s + key));
        else
            columns.insert(mapping.header()[i], f == ImportField::None ? QJsonValue() : QJsonValue(importfield::key(f)));
    }
    return columns;
}

// What the import or undo did to the segmentation (SegmentationUpkeep).
QJsonObject segmentationJson(const core::segmentation::SegmentationUpkeep::Outcome& outcome)
{
    using Work = core::segmentation::SegmentationUpkeep::Work;
    return {{u"work"_s, outcome.work == Work::FullRun ? u"full"_s : outcome.work == Work::Refresh ? u"refresh"_s : u"none"_s},
            {u"customers"_s, outcome.customers},
            {u"problem"_s, outcome.problem}};
}

// The line saying so, or nothing when there was nothing to do.
void printSegmentation(QTextStream& out, const core::segmentation::SegmentationUpkeep::Outcome& outcome, qint64 touched)
{
    using Work = core::segmentation::SegmentationUpkeep::Work;
    if (!outcome.problem.isEmpty())
        out << tr("The change is saved, but tiers and stages could not be recalculated: %1. Run `segment` to "
                  "catch up.").arg(outcome.problem) << '\n';
    else if (outcome.work == Work::FullRun)
        out << tr("Tiers, stages and month-end figures recalculated for all %1 customers.").arg(outcome.customers) << '\n';
    else if (touched > 0)
        out << tr("Tiers and stages refreshed for the %1 customers this import touched.").arg(touched) << '\n';
}

QCommandLineOption newFieldOption()
{
    return {u"new-field"_s,
            tr("Make the column a new customer field (label: its header) instead of leaving it out; TYPE is text "
               "(default), choice (its values, at most 20), number or date. Repeatable."),
            tr("COLUMN[:TYPE]")};
}

// --new-field values: "COLUMN" or "COLUMN:TYPE" (a column whose name has a colon keeps it).
bool readNewFields(CliContext& ctx, ImportOptions& options, int* exitCode)
{
    for (const QString& value : ctx.parser.values(u"new-field"_s)) {
        NewFieldRequest request;
        request.column = value;
        const qsizetype colon = value.lastIndexOf(u':');
        if (colon > 0) {
            core::CustomField::Type type = core::CustomField::Type::Text;
            if (core::CustomField::typeFromKey(value.mid(colon + 1).trimmed(), &type)) {
                request.column = value.left(colon);
                request.type = type;
            } else if (!value.mid(colon + 1).contains(u' ')) {
                *exitCode = ctx.usage(tr("--new-field %1: the type is text, choice, number or date.").arg(value));
                return false;
            }
        }
        if (request.column.trimmed().isEmpty()) {
            *exitCode = ctx.usage(tr("--new-field needs a column name."));
            return false;
        }
        options.newFields.append(request);
    }
    return true;
}

QJsonArray problemsJson(const QList<ImportProblem>& problems)
{
    QJsonArray array;
    for (const auto& p : problems)
        array.append(QJsonObject{{u"line"_s, p.line}, {u"column"_s, p.column}, {u"value"_s, p.value},
                                 {u"reason"_s, p.reason}});
    return array;
}

int inspect(CliContext& ctx)
{
    if (ctx.positional.size() != 1)
        return ctx.usage(tr("Usage: clientele-cli inspect FILE [--rows N]"));
    int rows = 0;
    if (!ctx.intOption(u"rows"_s, 5, 0, &rows))
        return ExitUsage;
    ImportOptions options;
    int exitCode = ExitOk;
    if (!readSourceOptions(ctx, options, &exitCode))
        return exitCode;

    // Decide the kind from the header unless told.
    if (ctx.parser.isSet(u"kind"_s)) {
        const QString kind = ctx.parser.value(u"kind"_s);
        if (kind != u"customers" && kind != u"orders")
            return ctx.usage(tr("--kind is customers or orders."));
        options.kind = kind == u"orders" ? ImportKind::Orders : ImportKind::Customers;
    } else {
        auto probe = ImportSource::open(ctx.positional[0], options);
        if (!probe)
            return ctx.fail(probe.error());
        options.kind = ImportSource::guessKind((*probe)->header());
    }
    if (!readNewFields(ctx, options, &exitCode))
        return exitCode;
    auto opened = ImportSource::open(ctx.positional[0], options);
    if (!opened)
        return ctx.fail(opened.error());
    ImportSource& source = **opened;
    // Columns named like one of the shop's fields fill it (an existing database only: inspect
    // creates none).
    QList<core::CustomField> shopFields;
    if (options.kind == ImportKind::Customers &&
        (core::storage::DatabaseLocation::looksLikeUrl(ctx.databasePath()) || QFileInfo::exists(ctx.databasePath()))) {
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.fail(db.error());
        auto listed = core::storage::CustomFieldRepository(**db).list();
        if (!listed)
            return ctx.fail(listed.error());
        shopFields = *listed;
        ColumnMapping mapping = source.mapping();
        mapping.mapCustomFields(shopFields);
        source.setMapping(mapping);
    }
    // --new-field: what the import would make of each column (nothing is written here).
    QHash<int, QString> proposed;
    QJsonArray proposedJson;
    if (!options.newFields.isEmpty()) {
        if (options.kind != ImportKind::Customers)
            return ctx.usage(tr("New fields can only be made from a customer file."));
        QHash<int, QStringList> values;
        CsvRecord row;
        while (source.next(row))
            for (int column = 0; column < row.fields.size(); ++column)
                if (values[column].size() <= 1000 && !row.fields[column].trimmed().isEmpty())
                    values[column].append(row.fields[column].trimmed());
        if (const auto err = source.error())
            return ctx.fail(*err);
        if (auto s = source.rewind(); !s)
            return ctx.fail(s.error());
        for (const NewFieldRequest& request : options.newFields) {
            const int column = int(source.header().indexOf(request.column));
            if (column < 0)
                return ctx.fail(Error::make(Error::Code::Usage, tr("%1 has no column \"%2\". The header reads: %3")
                                                                    .arg(source.fileName(), request.column,
                                                                         source.header().join(u" | "_s))));
            const QStringList choices = request.type == core::CustomField::Type::Choice
                                            ? CustomFieldParser::proposeChoices(values.value(column))
                                            : QStringList();
            QString text = tr("new field (%1)").arg(core::customers::CustomFieldCatalog::typeLabel(request.type));
            if (!choices.isEmpty())
                text = tr("new field (%1: %2)")
                           .arg(core::customers::CustomFieldCatalog::typeLabel(request.type), choices.join(tr(", ")));
            else if (request.type == core::CustomField::Type::Choice)
                text = tr("no choice field: no values or more than 20 different ones");
            proposed.insert(column, text);
            proposedJson.append(QJsonObject{{u"column"_s, request.column},
                                            {u"type"_s, core::CustomField::typeKey(request.type)},
                                            {u"choices"_s, QJsonArray::fromStringList(choices)}});
        }
    }

    QList<QStringList> records;
    CsvRecord record;
    while (records.size() < rows && source.next(record))
        records.append(record.fields);
    if (const auto err = source.error())
        return ctx.fail(*err);

    if (ctx.parser.isSet(u"save-mapping"_s))
        if (auto s = source.mapping().saveFile(ctx.parser.value(u"save-mapping"_s)); !s)
            return ctx.fail(s.error());

    if (ctx.json) {
        QJsonArray rowsJson;
        for (const auto& r : records)
            rowsJson.append(QJsonArray::fromStringList(r));
        const bool book = source.isWorkbook();
        ctx.printJson(QJsonObject{
            {u"file"_s, source.fileName()},
            {u"sheet"_s, book ? QJsonValue(source.sheet()) : QJsonValue()},
            {u"sheets"_s, QJsonArray::fromStringList(source.sheets())},
            {u"header_row"_s, source.headerLine()},
            {u"encoding"_s, book ? QJsonValue() : QJsonValue(source.encoding())},
            {u"bom"_s, source.hadBom()},
            {u"delimiter"_s, book ? QJsonValue() : QJsonValue(QString(source.delimiter()))},
            {u"kind"_s, importfield::kindKey(options.kind)},
            {u"header"_s, QJsonArray::fromStringList(source.header())},
            {u"mapping"_s, mappingJson(source.mapping())},
            {u"unmapped"_s, QJsonArray::fromStringList(source.mapping().unmappedColumns())},
            {u"new_fields"_s, proposedJson},
            {u"rows"_s, rowsJson},
        });
        return ExitOk;
    }
    auto& out = ctx.out();
    out << tr("File:      %1").arg(source.fileName()) << '\n';
    if (source.isWorkbook())
        out << tr("Sheet:     %1 (the workbook's sheets: %2)").arg(source.sheet(), source.sheets().join(tr(", "))) << '\n'
            << tr("Header:    row %1").arg(source.headerLine()) << '\n';
    else
        out << tr("Encoding:  %1%2").arg(source.encoding(), source.hadBom() ? tr(" (with BOM)") : QString()) << '\n'
            << tr("Delimiter: %1").arg(DelimiterSniffer::label(source.delimiter())) << '\n';
    out << tr("Looks like: %1").arg(importfield::kindKey(options.kind)) << "\n\n";
    TextTable mapping({tr("Column"), tr("Imported as")});
    for (int i = 0; i < source.header().size(); ++i) {
        const ImportField f = source.mapping().fieldOf(i);
        QString as = f == ImportField::None ? tr("(not imported)") : importfield::label(f);
        if (const QString key = source.mapping().customFieldOf(i); !key.isEmpty()) {
            const auto field = std::find_if(shopFields.cbegin(), shopFields.cend(),
                                            [&](const core::CustomField& s) { return s.key == key; });
            as = field != shopFields.cend() ? tr("%1 (shop field)").arg(field->label) : key;
        }
        if (proposed.contains(i))
            as = proposed.value(i);
        mapping.addRow({source.header()[i], as});
    }
    mapping.print(out);
    if (!records.isEmpty()) {
        out << '\n';
        TextTable preview(source.header());
        for (const auto& r : records) {
            // Cells as parsed; line breaks inside a cell shown as \r and \n so the table stays a table.
            QStringList cells;
            for (const QString& cell : r)
                cells.append(QString(cell).replace(u'\r', u"\\r"_s).replace(u'\n', u"\\n"_s));
            preview.addRow(cells);
        }
        preview.print(out);
    }
    return ExitOk;
}

int importFile(CliContext& ctx)
{
    if (ctx.positional.size() != 2 || (ctx.positional[0] != u"customers" && ctx.positional[0] != u"orders"))
        return ctx.usage(tr("Usage: clientele-cli import customers|orders FILE [options]"));
    ImportOptions options;
    options.kind = ctx.positional[0] == u"orders" ? ImportKind::Orders : ImportKind::Customers;
    int exitCode = ExitOk;
    if (!readSourceOptions(ctx, options, &exitCode))
        return exitCode;
    const QString policy = ctx.parser.value(u"on-duplicate"_s);
    if (policy == u"skip")
        options.onDuplicate = DuplicatePolicy::Skip;
    else if (policy == u"fill")
        options.onDuplicate = DuplicatePolicy::Fill;
    else if (policy == u"overwrite")
        options.onDuplicate = DuplicatePolicy::Overwrite;
    else
        return ctx.usage(tr("--on-duplicate is skip, fill or overwrite."));
    options.dryRun = ctx.parser.isSet(u"dry-run"_s);
    options.strict = ctx.parser.isSet(u"strict"_s);
    options.createCustomers = ctx.parser.isSet(u"create-customers"_s);
    options.store = ctx.parser.value(u"store"_s);
    if (!options.store.isEmpty() && options.kind == ImportKind::Customers)
        return ctx.usage(tr("--store is for order files: a customer's home store is where they first bought."));
    options.consentGiven = ctx.parser.isSet(u"consent-given"_s);
    if (!readNewFields(ctx, options, &exitCode))
        return exitCode;

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto result = ImportService::run(**db, ctx.positional[1], options);
    if (!result)
        return ctx.fail(result.error());
    const ImportReport& report = result->report;
    const qint64 refreshed = result->resegmented;
    if (ctx.parser.isSet(u"errors"_s))
        if (auto s = ProblemExporter::exportCsv(report, ctx.parser.value(u"errors"_s)); !s)
            return ctx.fail(s.error());

    if (ctx.json) {
        ctx.printJson(QJsonObject{
            {u"batch"_s, report.batchId > 0 ? QJsonValue(report.batchId) : QJsonValue()},
            {u"file"_s, report.fileName},
            {u"sheet"_s, report.sheet.isEmpty() ? QJsonValue() : QJsonValue(report.sheet)},
            {u"encoding"_s, report.sheet.isEmpty() ? QJsonValue(report.encoding) : QJsonValue()},
            {u"delimiter"_s, report.sheet.isEmpty() ? QJsonValue(QString(report.delimiter)) : QJsonValue()},
            {u"dry_run"_s, report.dryRun},
            {u"refused"_s, report.refused},
            {u"refusal"_s, report.refused ? QJsonValue(report.refusal) : QJsonValue()},
            {u"rows"_s, report.rows},
            {u"inserted"_s, report.inserted},
            {u"updated"_s, report.updated},
            {u"unchanged"_s, report.unchanged},
            {u"skipped"_s, report.skipped},
            {u"duplicates"_s, report.duplicates},
            {u"repeated_in_file"_s, report.repeatedInFile},
            {u"customers_created"_s, report.customersCreated},
            {u"flagged_phones"_s, report.flaggedPhones},
            {u"dropped_values"_s, report.droppedValues},
            {u"unknown_customers"_s, report.unknownCustomers},
            {u"resegmented"_s, refreshed},
            {u"error_rows"_s, report.errorRows},
            {u"segmentation"_s, segmentationJson(result->segmentation)},
            {u"error_count"_s, report.errorCount},
            {u"conflict_count"_s, report.conflictCount},
            {u"warning_rows"_s, report.warningRows},
            {u"warning_count"_s, report.warningCount},
            {u"errors"_s, problemsJson(report.errors)},
            {u"conflicts"_s, problemsJson(report.conflicts)},
            {u"warnings"_s, problemsJson(report.warnings)},
            {u"notes"_s, QJsonArray::fromStringList(report.notes)},
            {u"new_fields"_s, QJsonArray::fromStringList(report.newFields)},
            {u"field_values"_s, report.fieldValues},
            {u"mapping"_s, mappingJson(report.mapping)},
            {u"line_items"_s, report.lineItems},
            {u"lines_imported"_s, report.linesImported},
            {u"guest_lines"_s, report.guestLines},
            {u"charge_lines"_s, report.chargeLines},
            {u"guest_orders"_s, report.guestOrders},
            {u"refunds"_s, report.refunds},
            {u"refunds_linked"_s, report.refundsLinked},
            {u"orders_extended"_s, report.ordersExtended},
            {u"timings"_s, QJsonObject{{u"backup_ms"_s, result->timings.backupMs},
                                       {u"import_ms"_s, result->timings.importMs},
                                       {u"recalculate_ms"_s, result->timings.recalculateMs}}},
        });
    } else {
        auto& out = ctx.out();
        if (report.refused)
            out << report.refusal << '\n';
        else if (report.dryRun)
            out << tr("Dry run of %1: nothing was written.").arg(report.fileName) << '\n';
        else
            out << tr("Imported %1 as import #%2.").arg(report.fileName).arg(report.batchId) << '\n';
        if (report.sheet.isEmpty())
            out << tr("Encoding %1, delimiter %2.").arg(report.encoding, DelimiterSniffer::label(report.delimiter))
                << '\n';
        else
            out << tr("Sheet \"%1\"; lines below are the sheet's row numbers.").arg(report.sheet) << '\n';
        out << ImportCounts::text(report) << '\n';
        if (report.warningRows > 0)
            out << tr("Rows imported with a warning: %1").arg(report.warningRows) << '\n';
        if (report.lineItems) {
            const QLocale locale;
            out << tr("Order lines imported: %1, making %2 orders (refunds among them: %3; linked to their "
                      "original order: %4).")
                       .arg(locale.toString(report.linesImported), locale.toString(report.inserted),
                            locale.toString(report.refunds), locale.toString(report.refundsLinked))
                << '\n';
            if (report.chargeLines > 0)
                out << tr("Shipping, fee and discount lines among them: %1 (counted in their orders' amounts, not as "
                          "products or categories).")
                           .arg(locale.toString(report.chargeLines))
                    << '\n';
            if (report.guestLines > 0)
                out << tr("Guest lines (no member code, phone or e-mail), not imported: %1.")
                           .arg(locale.toString(report.guestLines))
                    << '\n';
            if (report.ordersExtended > 0)
                out << tr("Orders imported earlier that get more lines in this file: %1. Those lines were not "
                          "added (listed below).")
                           .arg(locale.toString(report.ordersExtended))
                    << '\n';
        }
        if (report.customersCreated > 0)
            out << tr("Customers created from orders: %1").arg(report.customersCreated) << '\n';
        printSegmentation(out, result->segmentation, refreshed);
        for (const auto& note : report.notes)
            out << tr("Note: %1").arg(note) << '\n';
        // Each heading counts the rows listed under it (a row with two bad values has two lines).
        constexpr int kShown = 20;
        const auto section = [&](const QString& heading, const QList<ImportProblem>& problems, qint64 entries) {
            if (entries == 0)
                return;
            out << '\n' << heading << '\n';
            TextTable table({report.sheet.isEmpty() ? tr("Line") : tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
            for (const auto& p : problems.mid(0, kShown))
                table.addRow({QString::number(p.line), p.column, p.value, p.reason});
            table.print(out);
            if (entries > kShown)
                out << tr("… and %1 more; use --errors FILE.csv for the full list.").arg(entries - kShown) << '\n';
        };
        section(tr("Rows skipped because of a problem: %1").arg(report.errorRows), report.errors, report.errorCount);
        if (report.unknownCustomers > 0)
            out << tr("%1 of them name a customer who is not in the database: import the customers first, or use "
                      "--create-customers.")
                       .arg(report.unknownCustomers)
                << '\n';
        section(tr("Rows skipped because they disagree with the customer they match: %1").arg(report.conflictCount),
                report.conflicts, report.conflictCount);
        section(tr("Rows imported with a warning: %1").arg(report.warningRows), report.warnings, report.warningCount);
        out.flush();
    }
    return report.refused ? ExitRefused : ExitOk;
}

int listImports(CliContext& ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    core::storage::ImportBatchRepository batches(**db);
    auto list = batches.list();
    if (!list)
        return ctx.fail(list.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& b : *list)
            array.append(QJsonObject{{u"id"_s, b.id},
                                     {u"kind"_s, b.kind},
                                     {u"file"_s, b.fileName},
                                     {u"started_at"_s, b.startedAt.toString(Qt::ISODate)},
                                     {u"rows"_s, b.rowsRead},
                                     {u"inserted"_s, b.inserted},
                                     {u"updated"_s, b.updated},
                                     {u"skipped"_s, b.skipped},
                                     {u"errors"_s, b.errors},
                                     {u"undone"_s, b.undoneAt.isValid()}});
        ctx.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("#"), tr("Kind"), tr("File"), tr("When"), tr("Rows"), tr("Inserted"), tr("Updated"),
                     tr("Skipped"), tr("Errors"), tr("State")});
    for (const auto& b : *list)
        table.addRow({QString::number(b.id), b.kind, b.fileName,
                      b.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), QString::number(b.rowsRead),
                      QString::number(b.inserted), QString::number(b.updated), QString::number(b.skipped),
                      QString::number(b.errors), b.undoneAt.isValid() ? tr("undone") : tr("in effect")});
    table.print(ctx.out());
    return ExitOk;
}

int undoImport(CliContext& ctx)
{
    bool ok = false;
    const qint64 id = ctx.positional.value(0).toLongLong(&ok);
    if (ctx.positional.size() != 1 || !ok)
        return ctx.usage(tr("Usage: clientele-cli undo-import ID"));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto undone = ImportService::undo(**db, id);
    if (!undone)
        return ctx.fail(undone.error());
    const auto* summary = &undone->summary;
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"batch"_s, id},
                                  {u"customers_removed"_s, summary->customersRemoved},
                                  {u"orders_removed"_s, summary->ordersRemoved},
                                  {u"fields_restored"_s, summary->fieldsRestored},
                                  {u"lines_removed"_s, summary->linesRemoved},
                                  {u"products_removed"_s, summary->productsRemoved},
                                  {u"segmentation"_s, segmentationJson(undone->segmentation)}});
    else {
        ctx.out() << tr("Import #%1 undone: %2 customers and %3 orders removed, %4 fields restored.")
                         .arg(id)
                         .arg(summary->customersRemoved)
                         .arg(summary->ordersRemoved)
                         .arg(summary->fieldsRestored)
                  << '\n';
        if (summary->linesRemoved > 0)
            ctx.out() << tr("The orders' %1 lines went with them; %2 products no other order names were removed.")
                             .arg(summary->linesRemoved)
                             .arg(summary->productsRemoved)
                      << '\n';
        if (undone->segmentation.work == core::segmentation::SegmentationUpkeep::Work::FullRun)
            printSegmentation(ctx.out(), undone->segmentation, 0);
        ctx.out().flush();
    }
    return ExitOk;
}

int exportCustomers(CliContext& ctx)
{
    if (ctx.positional.size() != 2 || ctx.positional[0] != u"customers")
        return ctx.usage(tr("Usage: clientele-cli export customers FILE [--encoding utf-8|utf-8-bom|gb18030] [--marketing]"));
    CsvWriter::Encoding encoding = CsvWriter::Encoding::Utf8Bom;
    const bool xlsx = CustomerExporter::isXlsxPath(ctx.positional[1]);
    if (xlsx && ctx.parser.isSet(u"encoding"_s))
        return ctx.usage(tr("--encoding is for CSV files; an .xlsx workbook has no encoding to choose."));
    if (ctx.parser.isSet(u"encoding"_s) && !CsvWriter::parseEncoding(ctx.parser.value(u"encoding"_s), &encoding))
        return ctx.usage(tr("--encoding for export is utf-8, utf-8-bom or gb18030."));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    const auto purpose = ctx.parser.isSet(u"marketing"_s) ? CustomerExporter::Purpose::Marketing
                                                          : CustomerExporter::Purpose::Records;
    auto written = xlsx ? CustomerExporter::exportXlsx(**db, ctx.positional[1], {}, purpose)
                        : CustomerExporter::exportCsv(**db, ctx.positional[1], encoding, {}, purpose);
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"file"_s, ctx.positional[1]}, {u"customers"_s, *written}});
    else
        ctx.out() << tr("Exported %1 customers to %2.").arg(*written).arg(ctx.positional[1]) << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> importCommands()
{
    return {
        {u"inspect"_s, u"inspect FILE [--rows N] [--kind customers|orders] [--sheet NAME] [--save-mapping FILE] [--new-field COLUMN[:TYPE]]"_s,
         tr("How Clientele reads a file: encoding, delimiter, header, column mapping, first rows."),
         {QCommandLineOption(u"rows"_s, tr("Rows to show (default 5)."), tr("N")),
          QCommandLineOption(u"kind"_s, tr("customers or orders (default: guessed from the header)."), tr("KIND")),
          QCommandLineOption(u"save-mapping"_s, tr("Write the column mapping to a JSON file to reuse."), tr("FILE")),
          encodingOption(), delimiterOption(), sheetOption(), mappingOption(), newFieldOption()},
         inspect},
        {u"import"_s,
         u"import customers|orders FILE [--dry-run] [--sheet NAME] [--encoding E] [--delimiter C] [--mapping FILE] "
         u"[--on-duplicate skip|fill|overwrite] [--create-customers] [--consent-given] [--strict] [--errors OUT.csv] "
         u"[--new-field COLUMN[:TYPE]] [--store CODE]"_s,
         tr("Import a customer or order CSV or Excel workbook (.xlsx) as one undoable batch."),
         {QCommandLineOption(u"dry-run"_s, tr("Validate and report only; write nothing.")),
          QCommandLineOption(u"on-duplicate"_s, tr("For customers already known: skip, fill empty fields, overwrite."),
                             tr("POLICY"), u"skip"_s),
          QCommandLineOption(u"create-customers"_s, tr("Orders for unknown customers create them.")),
          QCommandLineOption(u"store"_s, tr("Orders: the store (code or name on the store list) of rows that name "
                                            "none, or of the whole file when it has no store column."),
                             tr("CODE")),
          QCommandLineOption(u"consent-given"_s, tr("The customers in the file agreed to marketing messages (used "
                                                    "where a row has no consent value; otherwise none is recorded).")),
          QCommandLineOption(u"strict"_s, tr("Write nothing if any row would be skipped or any value left out "
                                             "(a warning that a value was not imported); a phone kept as written "
                                             "does not count.")),
          QCommandLineOption(u"errors"_s, tr("Write the skipped rows and the warnings (file, line, column, value, "
                                             "reason, outcome) as CSV."),
                             tr("FILE")),
          encodingOption(), delimiterOption(), sheetOption(), mappingOption(), newFieldOption()},
         importFile},
        {u"imports"_s, u"imports"_s, tr("List import batches."), {}, listImports},
        {u"undo-import"_s, u"undo-import ID"_s, tr("Undo an import: remove what it added, restore what it changed."),
         {}, undoImport},
        {u"export"_s, u"export customers FILE [--encoding utf-8|utf-8-bom|gb18030] [--marketing]"_s,
         tr("Export customers as CSV (UTF-8 with BOM for Excel by default), or as an Excel workbook when FILE ends "
            "in .xlsx."),
         {QCommandLineOption(u"encoding"_s, tr("utf-8, utf-8-bom or gb18030."), tr("NAME")),
          QCommandLineOption(u"marketing"_s, tr("A campaign list: leaves out customers who opted out of marketing."))},
         exportCustomers},
    };
}

} // namespace clientele::cli
