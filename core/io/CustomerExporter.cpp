#include "CustomerExporter.h"

#include "../domain/Birthday.h"
#include "../security/AuditLog.h"
#include "../security/Session.h"
#include "../storage/CustomFieldRepository.h"
#include "../storage/CustomerQueries.h"
#include "xlsx/XlsxWriter.h"

#include <QFileInfo>

#include <algorithm>
#include <functional>

#include <QCoreApplication>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::CustomerExporter", text);
}

// The built-in columns, then the shop's own fields headed by their labels (which an import maps back).
QStringList exportHeader(const QList<CustomField>& fields)
{
    // Headers a person reads, in the reader's language; every one maps back on import (ColumnMapping).
    QStringList header = {tr("Member code"),       tr("Name"),   tr("Phone"),    tr("E-mail"),
                          tr("WeChat ID"),         tr("Gender"), tr("Birthday"), tr("City"),
                          tr("Address"),           tr("Source"), tr("Joined"),   tr("Notes"),
                          tr("Marketing consent"), tr("Tags")};
    for (const CustomField& field : fields)
        header.append(field.label);
    return header;
}

// Every customer asked for, to `write`, then the audit entry; the count written.
Result<qint64> exportRows(const storage::Database& database, const QString& path, const QList<qint64>& ids,
                          CustomerExporter::Purpose purpose, const std::function<void(const Customer&)>& write,
                          const std::function<Status()>& commit)
{
    qint64 written = 0;
    qint64 withheld = 0;
    auto status = storage::CustomerQueries::forEachForExport(database, ids, [&](const Customer& c) {
        if (purpose == CustomerExporter::Purpose::Marketing && !c.marketingConsent) {
            ++withheld; // opted out of marketing: never on a campaign list
            return;
        }
        write(c);
        ++written;
    });
    if (!status)
        return status.error();
    if (auto s = commit(); !s)
        return s.error();
    const QString detail =
        purpose == CustomerExporter::Purpose::Marketing
            ? QStringLiteral("%1 customers (marketing list; %2 opted out left out)").arg(written).arg(withheld)
            : QStringLiteral("%1 customers").arg(written);
    if (auto s = security::AuditLog::record(database, QStringLiteral("export"), QFileInfo(path).fileName(), detail); !s)
        return s.error();
    return written;
}
// In the reader's language like the headers (是 / 否); the import reads both languages back.
QString consentText(bool consent)
{
    return consent ? QCoreApplication::translate("clientele::core::io::CustomerExporter", "yes", "marketing consent")
                   : QCoreApplication::translate("clientele::core::io::CustomerExporter", "no", "marketing consent");
}
} // namespace

bool CustomerExporter::isXlsxPath(const QString& path)
{
    return path.endsWith(u".xlsx", Qt::CaseInsensitive);
}

Result<qint64> CustomerExporter::exportCsv(const storage::Database& database, const QString& path,
                                           CsvWriter::Encoding encoding, const QList<qint64>& ids, Purpose purpose)
{
    if (auto s = security::Session::require(security::Permission::Export); !s)
        return s.error();
    CsvWriter writer(path, encoding);
    if (auto s = writer.open(); !s)
        return s.error();
    auto fields = storage::CustomFieldRepository(database).list();
    if (!fields)
        return fields.error();
    writer.writeRow(exportHeader(*fields));
    return exportRows(
        database, path, ids, purpose,
        [&](const Customer& c) {
            QStringList row = {c.memberCode,
                               c.name,
                               c.phone,
                               c.email,
                               c.wechatId,
                               c.gender,
                               birthday::isoText(c.birthday),
                               c.city,
                               c.address,
                               c.sourceChannel,
                               c.joinedOn.toString(Qt::ISODate),
                               c.notes,
                               consentText(c.marketingConsent),
                               c.tags.join(QStringLiteral(";"))};
            for (const CustomField& field : *fields)
                row.append(c.fields.value(field.key));
            writer.writeRow(row);
        },
        [&] { return writer.commit(); });
}

Result<qint64> CustomerExporter::exportXlsx(const storage::Database& database, const QString& path,
                                            const QList<qint64>& ids, Purpose purpose)
{
    if (auto s = security::Session::require(security::Permission::Export); !s)
        return s.error();
    auto fields = storage::CustomFieldRepository(database).list();
    if (!fields)
        return fields.error();
    xlsx::XlsxWriter writer(path);
    if (auto s = writer.open(); !s)
        return s.error();
    if (auto s = writer.addSheet(tr("Customers")); !s)
        return s.error();
    const QList<double> widths{14, 12, 16, 24, 16, 8, 12, 10, 28, 12, 12, 30, 10, 20};
    for (qsizetype i = 0; i < widths.size(); ++i)
        writer.setColumnWidth(int(i), widths[i]);
    writer.header(exportHeader(*fields));
    return exportRows(
        database, path, ids, purpose,
        [&](const Customer& c) {
            const QStringList text{c.memberCode, c.name, c.phone, c.email, c.wechatId, c.gender};
            for (qsizetype i = 0; i < text.size(); ++i)
                writer.text(int(i), text[i]);
            if (birthday::yearKnown(c.birthday))
                writer.date(6, c.birthday);
            else
                writer.text(6, birthday::isoText(c.birthday)); // no year: not a date to Excel
            writer.text(7, c.city);
            writer.text(8, c.address);
            writer.text(9, c.sourceChannel);
            writer.date(10, c.joinedOn);
            writer.text(11, c.notes);
            writer.text(12, consentText(c.marketingConsent));
            writer.text(13, c.tags.join(QStringLiteral(";")));
            int column = 14;
            for (const CustomField& field : *fields)
                writer.text(column++, c.fields.value(field.key)); // as stored, like the CSV
            writer.endRow();
        },
        [&] { return writer.commit(); });
}

Status ProblemExporter::exportCsv(const ImportReport& report, const QString& path, CsvWriter::Encoding encoding)
{
    CsvWriter writer(path, encoding, /*guardFormulas=*/true);
    if (auto s = writer.open(); !s)
        return s;
    // A workbook's problems name the sheet, and their numbers are the sheet's rows.
    const bool sheet = !report.sheet.isEmpty();
    writer.writeRow(
        sheet ? QStringList{tr("file"), tr("sheet"), tr("row"), tr("column"), tr("value"), tr("reason"), tr("outcome")}
              : QStringList{tr("file"), tr("line"), tr("column"), tr("value"), tr("reason"), tr("outcome")});
    // In file order, so the list reads alongside the file; each line says what became of its row.
    struct Entry
    {
        const ImportProblem* problem;
        QString outcome;
    };
    QList<Entry> entries;
    for (const ImportProblem& p : report.errors)
        entries.append({&p, tr("skipped")});
    for (const ImportProblem& p : report.conflicts)
        entries.append({&p, tr("skipped (conflict)")});
    for (const ImportProblem& p : report.warnings)
        entries.append({&p, tr("imported")});
    for (const ImportProblem& p : report.guests)
        entries.append({&p, tr("not imported (guest sale)")});
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.problem->line < b.problem->line; });
    for (const Entry& e : entries)
        writer.writeRow(sheet ? QStringList{report.fileName, report.sheet, QString::number(e.problem->line),
                                            e.problem->column, e.problem->value, e.problem->reason, e.outcome}
                              : QStringList{report.fileName, QString::number(e.problem->line), e.problem->column,
                                            e.problem->value, e.problem->reason, e.outcome});
    return writer.commit();
}

} // namespace clientele::core::io
