// The sample import templates the desktop app saves (resources/templates), imported the way a
// user scripting Clientele would: clientele-cli import, customers first, then orders.
#include "CatchCompat.h"

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::cli;
using clientele::test::Run;

TEST_CASE("clientele-cli imports both sample templates of each language with no error or warning", "[cli][templates]")
{
    for (const QString& language : {u"en"_s, u"zh_CN"_s}) {
        INFO(language.toStdString());
        QTemporaryDir dir;
        const QString db = dir.filePath(u"shop.sqlite"_s);
        const QString templates = QStringLiteral(CLIENTELE_SOURCE_DIR) + u"/resources/templates/"_s;
        const struct
        {
            QString kind;
            int rows;
        } files[] = {{u"customers"_s, 5}, {u"orders"_s, 8}};
        for (const auto& [kind, rows] : files) {
            INFO(kind.toStdString());
            const Run run = cli({u"--db"_s, db, u"--json"_s, u"import"_s, kind,
                                 templates + kind + u'_' + language + u".csv"_s, u"--strict"_s});
            INFO(run.err.toStdString());
            REQUIRE(run.exitCode == 0);
            const QJsonObject report = run.json().object();
            CHECK(report[u"rows"_s].toInt() == rows);
            CHECK(report[u"inserted"_s].toInt() == rows);
            CHECK(report[u"error_rows"_s].toInt() == 0);
            CHECK(report[u"warning_rows"_s].toInt() == 0);
            CHECK(report[u"unknown_customers"_s].toInt() == 0);
            // No unmapped column, no ambiguous date; the order file's stores join the store list.
            const QJsonArray notes = report[u"notes"_s].toArray();
            CHECK(notes.size() == (kind == u"orders" ? 1 : 0));
            if (kind == u"orders")
                CHECK(notes.first().toString().contains(language == u"en" ? u"Flagship"_s : u"总店"_s));
        }
        const Run customer = cli({u"--db"_s, db, u"--json"_s, u"customer"_s, u"M0001"_s, u"--mask-phones"_s});
        REQUIRE(customer.exitCode == 0);
        CHECK(customer.out.contains(language == u"en" ? u"Li Na"_s : u"李娜"_s));
    }
}
