// report monthly: the monthly tier report as HTML, CSV or (with the desktop libraries) PDF.
#include "CliContext.h"
#include "CommandRegistry.h"

#include "report/MonthlyReport.h"
#include "report/ReportRenderer.h"

#ifdef CLIENTELE_HAVE_PDF
#include "report/ReportDocument.h"
#endif

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

Status writeText(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(text.toUtf8());
    if (!file.commit())
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

int reportMonthly(CliContext& ctx)
{
    const QString usage = tr("Usage: clientele-cli report monthly --month YYYY-MM -o FILE.pdf|.html|.csv [--page a4|letter] "
                             "[--store CODE[,CODE…]|all]");
    if (ctx.positional.size() != 1 || ctx.positional[0] != u"monthly" || !ctx.parser.isSet(u"month"_s) ||
        !ctx.parser.isSet(u"output"_s))
        return ctx.usage(usage);
    const QString month = ctx.parser.value(u"month"_s);
    if (!QDate::fromString(month + u"-01"_s, Qt::ISODate).isValid())
        return ctx.usage(tr("--month needs a month like 2026-10."));
    const QString path = ctx.parser.value(u"output"_s);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"pdf" && suffix != u"html" && suffix != u"htm" && suffix != u"csv")
        return ctx.usage(tr("The output file must end in .pdf, .html or .csv."));

    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto scope = ctx.storeScope(**db);
    if (!scope)
        return ctx.fail(scope.error());
    auto report = report::MonthlyReport::build(**db, month, *scope);
    if (!report)
        return ctx.fail(report.error());

    Status written;
    if (suffix == u"csv") {
        written = report::ReportRenderer::writeCsv(*report, path);
    } else if (suffix == u"pdf") {
#ifdef CLIENTELE_HAVE_PDF
        QPageSize::PageSizeId page = QPageSize::A4;
        if (!ui::ReportDocument::parsePageSize(ctx.parser.value(u"page"_s), &page))
            return ctx.usage(tr("--page is a4 or letter."));
        written = ui::ReportDocument::writePdf(report::ReportRenderer::html(*report), path, page);
#else
        return ctx.fail(Error::make(Error::Code::Usage,
                                    tr("This build has no PDF output (built without the desktop libraries); use .html.")));
#endif
    } else {
        written = writeText(path, report::ReportRenderer::html(*report));
    }
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"month"_s, month},
                                  {u"output"_s, path},
                                  {u"stores"_s, QJsonArray::fromStringList(scope->codes())}});
    else if (scope->isChain())
        ctx.out() << tr("Monthly tier report for %1 written to %2.").arg(month, path) << Qt::endl;
    else
        ctx.out() << tr("Monthly tier report of %1 for %2 written to %3.")
                         .arg(report::ReportRenderer::storeNames(report->stores), month, path)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {u"report"_s, u"report monthly --month YYYY-MM -o FILE.pdf|.html|.csv [--page a4|letter] [--store CODE[,CODE…]|all]"_s,
         tr("Write the monthly tier report (KPIs, tiers, migration, top and at-risk customers, follow-ups), for the "
            "chain or some stores (a store's figures: its home customers')."),
         {QCommandLineOption(u"month"_s, tr("The month, like 2026-10."), tr("YYYY-MM")),
          QCommandLineOption({u"o"_s, u"output"_s}, tr("Where to write it; the ending picks the format."), tr("FILE")),
          QCommandLineOption(u"page"_s, tr("Paper for PDF: a4 or letter."), tr("SIZE"), u"a4"_s), storeScopeOption()},
         reportMonthly},
    };
}

} // namespace clientele::cli
