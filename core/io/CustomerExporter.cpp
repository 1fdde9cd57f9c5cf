#include "CustomerExporter.h"

#include "../storage/CustomerQueries.h"

#include <QCoreApplication>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::CustomerExporter", text);
}
} // namespace

Result<qint64> CustomerExporter::exportCsv(const storage::Database& database, const QString& path,
                                          CsvWriter::Encoding encoding, const QList<qint64>& ids)
{
    CsvWriter writer(path, encoding);
    if (auto s = writer.open(); !s)
        return s.error();
    writer.writeRow({tr("member_code"), tr("name"), tr("phone"), tr("email"), tr("gender"), tr("birthday"), tr("city"),
                     tr("address"), tr("source"), tr("joined"), tr("notes"), tr("marketing_consent"), tr("tags")});
    qint64 written = 0;
    auto status = storage::CustomerQueries::forEachForExport(database, ids, [&](const Customer& c) {
        writer.writeRow({c.memberCode, c.name, c.phone, c.email, c.gender, c.birthday.toString(Qt::ISODate), c.city,
                         c.address, c.sourceChannel, c.joinedOn.toString(Qt::ISODate), c.notes,
                         c.marketingConsent ? QStringLiteral("yes") : QStringLiteral("no"),
                         c.tags.join(QStringLiteral(";"))});
        ++written;
    });
    if (!status)
        return status.error();
    if (auto s = writer.commit(); !s)
        return s.error();
    return written;
}

Status ProblemExporter::exportCsv(const ImportReport& report, const QString& path, CsvWriter::Encoding encoding)
{
    CsvWriter writer(path, encoding, /*guardFormulas=*/true);
    if (auto s = writer.open(); !s)
        return s;
    writer.writeRow({tr("file"), tr("line"), tr("column"), tr("value"), tr("reason")});
    for (const auto* list : {&report.errors, &report.conflicts})
        for (const ImportProblem& p : *list)
            writer.writeRow({report.fileName, QString::number(p.line), p.column, p.value, p.reason});
    return writer.commit();
}

} // namespace clientele::core::io
