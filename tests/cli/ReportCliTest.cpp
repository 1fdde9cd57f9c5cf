// report monthly through the CLI, with no display: the PDF is read back with pdftotext and must
// hold the Chinese headings as text and the right figures.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using clientele::test::cli;
using clientele::test::Run;

namespace {
Run run(const QString& program, const QStringList& args)
{
    return clientele::test::runProgram(program, args);
}
} // namespace

TEST_CASE("report monthly writes PDF, HTML and CSV without a display; the PDF holds real Chinese text", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"demo"_s, u"--customers"_s, u"300"_s, u"--orders"_s, u"3000"_s, u"--seed"_s, u"7"_s,
                 u"--end-date"_s, u"2026-10-31"_s})
                .exitCode == 0);
    // The demo is segmented like any shop after an import; a shop never segmented has nothing to
    // report: said so, exit 1.
    CHECK(cli({u"--db"_s, db, u"--json"_s, u"tiers"_s, u"--month"_s, u"2026-10"_s}).exitCode == 0);
    CHECK(cli({u"--db"_s, dir.filePath(u"empty.sqlite"_s), u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s,
               dir.filePath(u"x.pdf"_s)})
              .exitCode == 1);
    REQUIRE(cli({u"--db"_s, db, u"segment"_s, u"--as-of"_s, u"2026-10-31"_s}).exitCode == 0);
    CHECK(cli({u"--db"_s, db, u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s, dir.filePath(u"x.doc"_s)})
              .exitCode == 2);

    const QJsonObject tiers =
        QJsonDocument::fromJson(cli({u"--db"_s, db, u"--json"_s, u"tiers"_s, u"--month"_s, u"2026-10"_s}).out.toUtf8()).object();
    const qint64 customers = tiers[u"customers"_s].toInteger();
    REQUIRE(customers > 0);

    const QString pdf = dir.filePath(u"report.pdf"_s);
    const Run made = cli({u"--db"_s, db, u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s, pdf},
                         u"zh_CN.UTF-8"_s);
    REQUIRE(made.exitCode == 0);
    const Run text = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.exitCode == 0); // poppler-utils is installed by packaging/linux/install-deps.sh
    CHECK(text.out.contains(u"月度等级报告"_s));
    CHECK(text.out.contains(u"2026年10月"_s));
    CHECK(text.out.contains(u"关键指标"_s));
    CHECK(text.out.contains(u"有流失风险的客户"_s));
    CHECK(text.out.contains(u"有购买的客户"_s));
    CHECK(text.out.contains(QLocale(QLocale::Chinese, QLocale::China).toString(customers)));
    const Run info = run(u"pdfinfo"_s, {pdf});
    CHECK(info.out.contains(u"A4"_s));

    const QString letter = dir.filePath(u"letter.pdf"_s);
    REQUIRE(cli({u"--db"_s, db, u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s, letter, u"--page"_s,
                 u"letter"_s})
                .exitCode == 0);
    CHECK(run(u"pdfinfo"_s, {letter}).out.contains(u"612 x 792"_s));

    const QString html = dir.filePath(u"report.html"_s);
    REQUIRE(cli({u"--db"_s, db, u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s, html}).exitCode == 0);
    CHECK(QString::fromUtf8(clientele::test::readFile(html)).contains(u"Monthly tier report"_s));
    const QString csv = dir.filePath(u"report.csv"_s);
    REQUIRE(cli({u"--db"_s, db, u"report"_s, u"monthly"_s, u"--month"_s, u"2026-10"_s, u"-o"_s, csv}).exitCode == 0);
    CHECK(QString::fromUtf8(clientele::test::readFile(csv)).contains(u"kpi,customers,"_s));
}
