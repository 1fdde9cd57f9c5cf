// Excel workbooks through clientele-cli: import, inspect --sheet, export to .xlsx and back.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::cli;
using clientele::test::dataPath;
using clientele::test::Run;

TEST_CASE("clientele-cli imports a workbook's chosen sheet and says which sheets there are", "[cli][xlsx]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    const QString book = dataPath(u"xlsx/two_sheets.xlsx"_s);

    const Run shown = cli({u"--json"_s, u"inspect"_s, book, u"--sheet"_s, u"客户"_s});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject o = shown.json().object();
    CHECK(o[u"sheet"_s].toString() == u"客户"_s);
    CHECK(o[u"sheets"_s].toArray().size() == 2);
    CHECK(o[u"header"_s].toArray().first().toString() == u"会员卡号"_s);
    CHECK(o[u"encoding"_s].isNull());

    const Run imported = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"customers"_s, book, u"--sheet"_s, u"客户"_s});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().object()[u"inserted"_s].toInt() == 1);
    CHECK(imported.json().object()[u"sheet"_s].toString() == u"客户"_s);

    const Run unknown = cli({u"--db"_s, db, u"import"_s, u"customers"_s, book, u"--sheet"_s, u"Sheet3"_s});
    CHECK(unknown.exitCode != 0);
    CHECK(unknown.err.contains(u"no sheet named \"Sheet3\""_s));
    CHECK(unknown.err.contains(u"\"说明\", \"客户\""_s));

    const Run zh = cli({u"--db"_s, db, u"import"_s, u"customers"_s, book, u"--sheet"_s, u"Sheet3"_s}, u"zh_CN.UTF-8"_s);
    CHECK(zh.exitCode != 0);
    CHECK(zh.err.contains(u"Sheet3"_s));
    CHECK(!zh.err.contains(u"no sheet named"_s)); // said in Chinese
}

TEST_CASE("a damaged workbook is refused by the CLI and the shop is unchanged", "[cli][xlsx]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"customers_utf8_bom.csv"_s)}).exitCode == 0);
    const QString exported = dir.filePath(u"all.xlsx"_s);
    REQUIRE(cli({u"--db"_s, db, u"export"_s, u"customers"_s, exported}).exitCode == 0);
    const QByteArray bytes = clientele::test::readFile(exported);
    const QString broken = dir.filePath(u"broken.xlsx"_s);
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes.left(bytes.size() - 200)); // the end of the zip (its directory) is missing
    }
    const Run before = cli({u"--db"_s, db, u"--json"_s, u"imports"_s});
    const Run r = cli({u"--db"_s, db, u"import"_s, u"customers"_s, broken, u"--on-duplicate"_s, u"overwrite"_s});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"broken.xlsx is not a readable Excel workbook"_s));
    const Run after = cli({u"--db"_s, db, u"--json"_s, u"imports"_s});
    CHECK(after.out == before.out);

    // The export itself imports back whole into a new shop, as the same customers.
    const QString copy = dir.filePath(u"copy.sqlite"_s);
    const Run back = cli({u"--db"_s, copy, u"--json"_s, u"import"_s, u"customers"_s, exported});
    REQUIRE(back.exitCode == 0);
    CHECK(back.json().object()[u"notes"_s].toArray().isEmpty());
    const QString a = dir.filePath(u"a.csv"_s);
    const QString b = dir.filePath(u"b.csv"_s);
    REQUIRE(cli({u"--db"_s, db, u"export"_s, u"customers"_s, a}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, copy, u"export"_s, u"customers"_s, b}).exitCode == 0);
    CHECK(clientele::test::readFile(a) == clientele::test::readFile(b));
    CHECK(cli({u"--db"_s, db, u"export"_s, u"customers"_s, exported, u"--encoding"_s, u"gb18030"_s}).exitCode != 0);
}
