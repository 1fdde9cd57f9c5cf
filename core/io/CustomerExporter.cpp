#include "CustomerExporter.h"

#include "../security/AuditLog.h"
#include "../security/Session.h"
#include "../storage/CustomFieldRepository.h"
#include "../storage/CustomerQueries.h"

#include <QFileInfo>

#include <algorithm>

#include <QCoreApplication>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::CustomerExporter", text);
}
} // namespace

Result<qint64> CustomerExporter::exportCsv(const storage::Database& database, const QString& path,
                                          CsvWriter::Encoding encoding, const QList<qint64>& ids, Purpose purpose)
{
    if (auto s = security::Session::require(security::Permission::Export); !s)
        return s.error();
    CsvWriter writer(path, encoding);
    if (auto s = writer.open(); !s)
        return s.error();
    // The shop's own fields follow as extra columns headed by their labels, which an import maps back.
    auto fields = storage::CustomFieldRepository(database).list();
    if (!fields)
        return fields.error();
    QStringList header = {tr("member_code"), tr("name"), tr("phone"), tr("email"), tr("wechat_id"), tr("gender"),
                          tr("birthday"), tr("city"), tr("address"), tr("source"), tr("joined"), tr("notes"),
                          tr("marketing_consent"), tr("tags")};
    for (const CustomField& field : *fields)
        header.append(field.label);
    writer.writeRow(header);
    qint64 written = 0;
    qint64 withheld = 0;
    auto status = storage::CustomerQueries::forEachForExport(database, ids, [&](const Customer& c) {
        if (purpose == Purpose::Marketing && !c.marketingConsent) {
            ++withheld; // opted out of marketing: never on a campaign list
            return;
        }
        QStringList row = {c.memberCode, c.name, c.phone, c.email, c.wechatId, c.gender,
                           c.birthday.toString(Qt::ISODate), c.city, c.address, c.sourceChannel,
                           c.joinedOn.toString(Qt::ISODate), c.notes,
                           c.marketingConsent ? QStringLiteral("yes") : QStringLiteral("no"),
                           c.tags.join(QStringLiteral(";"))};
        for (const CustomField& field : *fields)
            row.append(c.fields.value(field.key));
        writer.writeRow(row);
        ++written;
    });
    if (!status)
        return status.error();
    if (auto s = writer.commit(); !s)
        return s.error();
    const QString detail = purpose == Purpose::Marketing
                               ? QStringLiteral("%1 customers (marketing list; %2 opted out left out)").arg(written).arg(withheld)
                               : QStringLiteral("%1 customers").arg(written);
    if (auto s = security::AuditLog::record(database, QStringLiteral("export"), QFileInfo(path).fileName(), detail); !s)
        return s.error();
    return written;
}

Status ProblemExporter::exportCsv(const ImportReport& report, const QString& path, CsvWriter::Encoding encoding)
{
    CsvWriter writer(path, encoding, /*guardFormulas=*/true);
    if (auto s = writer.open(); !s)
        return s;
    writer.writeRow({tr("file"), tr("line"), tr("column"), tr("value"), tr("reason"), tr("outcome")});
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
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.problem->line < b.problem->line; });
    for (const Entry& e : entries)
        writer.writeRow({report.fileName, QString::number(e.problem->line), e.problem->column, e.problem->value,
                         e.problem->reason, e.outcome});
    return writer.commit();
}

} // namespace clientele::core::io
