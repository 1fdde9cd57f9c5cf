#include "CatchCompat.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::dataPath;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run cli(const QStringList& args, const QString& lang = u"C"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, lang);
    env.insert(u"LC_ALL"_s, lang);
    env.insert(u"LANGUAGE"_s, lang);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLIENTELE_CLI), args);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}
} // namespace

TEST_CASE("inspect shows encoding, delimiter, header, mapping and rows exactly as parsed", "[cli]")
{
    const Run r = cli({u"--json"_s, u"inspect"_s, dataPath(u"customers_gbk_excel.csv"_s), u"--rows"_s, u"4"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonObject o = r.json().object();
    CHECK(o[u"encoding"_s].toString() == u"GB18030"_s);
    CHECK(o[u"delimiter"_s].toString() == u","_s);
    CHECK(o[u"kind"_s].toString() == u"customers"_s);
    CHECK(o[u"header"_s].toArray().first().toString() == u"会员卡号"_s);
    CHECK(o[u"mapping"_s].toObject()[u"手机"_s].toString() == u"phone"_s);
    const QJsonArray rows = o[u"rows"_s].toArray();
    REQUIRE(rows.size() == 4);
    CHECK(rows[1].toArray()[8].toString() == u"喜欢\"小众\"品牌, 尺码M"_s);
    CHECK(rows[3].toArray()[8].toString() == u"多行备注\n第二行"_s);

    const Run semi = cli({u"--json"_s, u"inspect"_s, dataPath(u"orders_semicolon.csv"_s)});
    CHECK(semi.json().object()[u"delimiter"_s].toString() == u";"_s);
    CHECK(semi.json().object()[u"kind"_s].toString() == u"orders"_s);

    const Run text = cli({u"inspect"_s, dataPath(u"customers_utf8_bom.csv"_s)});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(u"UTF-8 (with BOM)"_s));
    CHECK(text.out.contains(u"Loyalty Points"_s));
}

TEST_CASE("import, list, undo and export through the CLI", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);

    const Run dry = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"customers"_s, dataPath(u"customers_errors.csv"_s),
                         u"--dry-run"_s});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json().object()[u"batch"_s].isNull());
    CHECK(dry.json().object()[u"inserted"_s].toInt() == 2);

    const Run imported = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"customers"_s,
                              dataPath(u"customers_errors.csv"_s), u"--errors"_s, dir.filePath(u"errors.csv"_s)});
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = imported.json().object();
    CHECK(report[u"batch"_s].toInt() == 1);
    CHECK(report[u"rows"_s].toInt() == 11);
    CHECK(report[u"inserted"_s].toInt() == 2);
    CHECK(report[u"updated"_s].toInt() == 0);
    CHECK(report[u"skipped"_s].toInt() == 9);
    const QJsonArray errors = report[u"errors"_s].toArray();
    REQUIRE(errors.size() == 7);
    const QJsonObject first = errors[0].toObject();
    CHECK(first[u"line"_s].toInt() == 3);
    CHECK(first[u"column"_s].toString() == u"手机号"_s);
    CHECK(first[u"value"_s].toString() == u"电话待补"_s);
    CHECK(first[u"reason"_s].toString() == u"not a phone number"_s);
    CHECK(QString::fromUtf8(clientele::test::readFile(dir.filePath(u"errors.csv"_s))).contains(u"电话待补"_s));

    const Run orders = cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"orders_errors.csv"_s)});
    CHECK(orders.exitCode == 0);
    CHECK(orders.out.contains(u"inserted: 3"_s));
    CHECK(orders.out.contains(u"order number already used"_s));

    const Run list = cli({u"--db"_s, db, u"--json"_s, u"imports"_s});
    REQUIRE(list.json().array().size() == 2);

    const Run customers = cli({u"--db"_s, db, u"--json"_s, u"customers"_s, u"--search"_s, u"赵"_s});
    REQUIRE(customers.json().array().size() == 1);
    CHECK(customers.json().array()[0].toObject()[u"total_spend_fen"_s].toInteger() == 103450);

    const Run one = cli({u"--db"_s, db, u"customer"_s, u"13800000001"_s});
    CHECK(one.exitCode == 0);
    CHECK(one.out.contains(u"赵一"_s));
    CHECK(one.out.contains(u"¥1,234.50"_s));

    const Run refused = cli({u"--db"_s, db, u"undo-import"_s, u"1"_s});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"Undo those imports first"_s));
    CHECK(cli({u"--db"_s, db, u"undo-import"_s, u"2"_s}).exitCode == 0);
    CHECK(cli({u"--db"_s, db, u"undo-import"_s, u"1"_s}).exitCode == 0);
    CHECK(cli({u"--db"_s, db, u"--json"_s, u"customers"_s}).json().array().isEmpty());

    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"customers_gbk_excel.csv"_s)}).exitCode == 0);
    const QString exported = dir.filePath(u"out.csv"_s);
    REQUIRE(cli({u"--db"_s, db, u"export"_s, u"customers"_s, exported, u"--encoding"_s, u"gb18030"_s}).exitCode == 0);
    const Run back = cli({u"--json"_s, u"inspect"_s, exported});
    CHECK(back.json().object()[u"encoding"_s].toString() == u"GB18030"_s);
}

TEST_CASE("exit status: 1 for refused input, 2 for usage", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    const Run strict = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"customers"_s,
                            dataPath(u"customers_errors.csv"_s), u"--strict"_s});
    CHECK(strict.exitCode == 1);
    CHECK(strict.json().object()[u"refused"_s].toBool());

    const Run broken = cli({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"unterminated_quote.csv"_s)});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(u"Line 3"_s));

    CHECK(cli({u"--db"_s, db, u"import"_s, u"customers"_s, dataPath(u"not_csv.png"_s)}).exitCode == 1);
    CHECK(cli({u"--db"_s, db, u"import"_s, u"people"_s, u"x.csv"_s}).exitCode == 2);
    CHECK(cli({u"--db"_s, db, u"import"_s, u"customers"_s, u"x.csv"_s, u"--on-duplicate"_s, u"merge"_s}).exitCode == 2);
    CHECK(cli({u"--db"_s, db, u"frobnicate"_s}).exitCode == 2);
    CHECK(cli({u"--db"_s, db, u"customers"_s, u"--limit"_s, u"zero"_s}).exitCode == 2);
    CHECK(cli({}).exitCode == 2);
    const Run help = cli({u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(u"undo-import"_s));
}

TEST_CASE("demo writes a deterministic shop, as a database or as CSV", "[cli][demo]")
{
    QTemporaryDir dir;
    const QStringList args{u"demo"_s, u"--customers"_s, u"300"_s, u"--orders"_s, u"3000"_s, u"--seed"_s, u"7"_s,
                           u"--end-date"_s, u"2026-10-31"_s};
    REQUIRE(cli(QStringList{u"--db"_s, dir.filePath(u"a.sqlite"_s), u"--json"_s} + args).exitCode == 0);
    const Run made = cli({u"--db"_s, dir.filePath(u"a.sqlite"_s), u"--json"_s, u"imports"_s});
    REQUIRE(made.json().array().size() == 2);
    CHECK(made.json().array()[0].toObject()[u"inserted"_s].toInt() == 3000);
    CHECK(made.json().array()[1].toObject()[u"inserted"_s].toInt() == 300);

    // Refuses to pour a demo into a database that has customers.
    CHECK(cli(QStringList{u"--db"_s, dir.filePath(u"a.sqlite"_s)} + args).exitCode == 1);

    REQUIRE(cli(args + QStringList{u"--csv"_s, dir.filePath(u"one"_s)}).exitCode == 0);
    REQUIRE(cli(args + QStringList{u"--csv"_s, dir.filePath(u"two"_s)}).exitCode == 0);
    const QByteArray one = clientele::test::readFile(dir.filePath(u"one/orders.csv"_s));
    CHECK(one.size() > 100000);
    CHECK(one == clientele::test::readFile(dir.filePath(u"two/orders.csv"_s)));
    CHECK(QString::fromUtf8(clientele::test::readFile(dir.filePath(u"one/customers.csv"_s))).contains(u"会员卡号"_s));
}
