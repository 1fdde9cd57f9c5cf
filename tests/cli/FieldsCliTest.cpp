// Issue 14 from the command line: `fields` and `--new-field`, an empty shop, a salon's CSV.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::cli;
using clientele::test::Run;

TEST_CASE("fields are defined, filled by an import with --new-field, exported and removed", "[cli][fields]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"salon.sqlite"_s);
    const QString csv = clientele::test::writeTempFile("会员卡号,姓名,手机,微信号,肤质,尺码,积分\n"
                                                       "V001,张伟,13800138000,zhangwei_88,干性,M,abc\n"
                                                       "V002,李娜,13900139000,lina-2024,油性,L,120\n");
    Run r = cli({u"--db"_s, db, u"fields"_s, u"add"_s, u"size"_s, u"--label"_s, u"尺码"_s, u"--type"_s, u"choice"_s,
                 u"--choices"_s, u"S,M,L"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"fields"_s, u"add"_s, u"bad key"_s, u"--label"_s, u"x"_s, u"--type"_s, u"text"_s});
    CHECK(r.exitCode == 2); // a key that cannot be one: usage
    r = cli({u"--db"_s, db, u"fields"_s, u"add"_s, u"size"_s, u"--label"_s, u"Size"_s, u"--type"_s, u"text"_s});
    CHECK(r.exitCode == 1); // taken: refused
    CHECK(r.err.contains(u"size"_s));
    r = cli({u"--db"_s, db, u"fields"_s, u"add"_s, u"x"_s, u"--label"_s, u"x"_s, u"--type"_s, u"colour"_s});
    CHECK(r.exitCode == 2);

    // inspect says what --new-field would make, and makes nothing.
    r = cli({u"--db"_s, db, u"--json"_s, u"inspect"_s, csv, u"--new-field"_s, u"肤质:choice"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonObject inspected = r.json().object();
    CHECK(inspected[u"mapping"_s].toObject()[u"尺码"_s].toString() == u"custom:size"_s);
    CHECK(inspected[u"mapping"_s].toObject()[u"微信号"_s].toString() == u"wechat_id"_s);
    CHECK(inspected[u"new_fields"_s].toArray().first().toObject()[u"choices"_s].toArray().size() == 2);

    r = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"customers"_s, csv, u"--new-field"_s, u"肤质:choice"_s,
             u"--new-field"_s, u"积分:number"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonObject report = r.json().object();
    CHECK(report[u"inserted"_s].toInt() == 2);
    CHECK(report[u"new_fields"_s].toArray().size() == 2);
    const QJsonArray warnings = report[u"warnings"_s].toArray();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].toObject()[u"line"_s].toInt() == 2);
    CHECK(warnings[0].toObject()[u"column"_s].toString() == u"积分"_s);
    CHECK(warnings[0].toObject()[u"value"_s].toString() == u"abc"_s);

    r = cli({u"--db"_s, db, u"--json"_s, u"customer"_s, u"V001"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"wechat_id"_s].toString() == u"zhangwei_88"_s);
    CHECK(r.json().object()[u"fields"_s].toObject()[u"fuzhi"_s].toString() == u"干性"_s);

    r = cli({u"--db"_s, db, u"--json"_s, u"fields"_s, u"list"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonArray fields = r.json().object()[u"fields"_s].toArray();
    REQUIRE(fields.size() == 3);
    CHECK(fields[1].toObject()[u"label"_s].toString() == u"肤质"_s);
    CHECK(fields[1].toObject()[u"values"_s].toInt() == 2);

    const QString exported = dir.filePath(u"out.csv"_s);
    REQUIRE(cli({u"--db"_s, db, u"export"_s, u"customers"_s, exported, u"--encoding"_s, u"utf-8"_s}).exitCode == 0);
    const QString text = QString::fromUtf8(clientele::test::readFile(exported));
    CHECK(text.section(u'\n', 0, 0).trimmed().endsWith(u",尺码,肤质,积分"_s));
    CHECK(text.contains(u"zhangwei_88"_s));

    // Removing a field with values needs --yes, and says how many went.
    r = cli({u"--db"_s, db, u"fields"_s, u"remove"_s, u"fuzhi"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"2"_s));
    r = cli({u"--db"_s, db, u"--json"_s, u"fields"_s, u"remove"_s, u"fuzhi"_s, u"--yes"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"values_removed"_s].toInt() == 2);
}
