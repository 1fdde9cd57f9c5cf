#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QDir>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::dataPath;

using clientele::test::cli;
using clientele::test::Run;

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

    // A CRLF inside a quoted cell is a CRLF, in JSON and (escaped, so the table stays whole) in text.
    QTemporaryDir dir;
    const QString crlf = dir.filePath(u"crlf.csv"_s);
    {
        QFile f(crlf);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name,notes\r\nZhang,\"line one\r\nline two\"\r\nLi,\"lf\nonly\"\r\n");
    }
    const Run cells = cli({u"--json"_s, u"inspect"_s, crlf});
    REQUIRE(cells.exitCode == 0);
    const QJsonArray crlfRows = cells.json().object()[u"rows"_s].toArray();
    REQUIRE(crlfRows.size() == 2);
    CHECK(crlfRows[0].toArray()[1].toString() == u"line one\r\nline two"_s);
    CHECK(crlfRows[1].toArray()[1].toString() == u"lf\nonly"_s);
    const Run crlfText = cli({u"inspect"_s, crlf});
    CHECK(crlfText.out.contains(u"line one\\r\\nline two"_s));
    CHECK(crlfText.out.contains(u"lf\\nonly"_s));
}

TEST_CASE("the import summary's counts are disjoint and add up to the rows read", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    const QString file = dataPath(u"customers_errors.csv"_s);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, file}).exitCode == 0);
    // The same file again: the customers it added are unchanged now, the bad rows skipped again —
    // an unchanged row is not also "skipped".
    const Run again = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"customers"_s, file});
    REQUIRE(again.exitCode == 0);
    const QJsonObject o = again.json().object();
    CHECK(o[u"rows"_s].toInt() == 11);
    CHECK(o[u"unchanged"_s].toInt() == 7); // the repeated line matches a customer in the database now
    CHECK(o[u"skipped"_s].toInt() == 4);
    CHECK(o[u"inserted"_s].toInt() + o[u"updated"_s].toInt() + o[u"unchanged"_s].toInt() +
              o[u"repeated_in_file"_s].toInt() + o[u"skipped"_s].toInt() ==
          o[u"rows"_s].toInt());
    const Run text = cli({u"--db"_s, db, u"import"_s, u"customers"_s, file});
    CHECK(text.out.contains(
        u"11 rows read = 0 added + 0 updated + 7 unchanged + 0 repeated in the file + 4 skipped"_s));
    const Run dry = cli({u"--db"_s, db, u"import"_s, u"customers"_s, file, u"--dry-run"_s});
    CHECK(dry.out.contains(u"11 rows read = 0 to add + 0 to update + 7 unchanged + 0 repeated in the file + 4 to skip"_s));
    const Run chinese = cli({u"--db"_s, db, u"import"_s, u"customers"_s, file, u"--dry-run"_s}, u"zh_CN.UTF-8"_s);
    CHECK(chinese.out.contains(u"读取 11 行 = 将新增 0 + 将更新 0 + 未变 7 + 文件内重复 0 + 将跳过 4"_s));
}

TEST_CASE("import, list, undo and export through the CLI", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);

    const Run dry = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"customers"_s, dataPath(u"customers_errors.csv"_s),
                         u"--dry-run"_s});
    REQUIRE(dry.exitCode == 0);
    CHECK(dry.json().object()[u"batch"_s].isNull());
    CHECK(dry.json().object()[u"inserted"_s].toInt() == 6);

    const Run imported = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"customers"_s,
                              dataPath(u"customers_errors.csv"_s), u"--errors"_s, dir.filePath(u"errors.csv"_s)});
    REQUIRE(imported.exitCode == 0);
    const QJsonObject report = imported.json().object();
    CHECK(report[u"batch"_s].toInt() == 1);
    CHECK(report[u"rows"_s].toInt() == 11);
    CHECK(report[u"inserted"_s].toInt() == 6);
    CHECK(report[u"updated"_s].toInt() == 0);
    CHECK(report[u"skipped"_s].toInt() == 4);
    CHECK(report[u"duplicates"_s].toInt() == 0);
    CHECK(report[u"repeated_in_file"_s].toInt() == 1);
    CHECK(report[u"error_rows"_s].toInt() == 3);
    CHECK(report[u"warning_rows"_s].toInt() == 4);
    // Warnings are listed like errors: line, column, value, reason.
    const QJsonArray warnings = report[u"warnings"_s].toArray();
    REQUIRE(warnings.size() == 4);
    CHECK(warnings[0].toObject()[u"line"_s].toInt() == 4); // a bad e-mail is left out, the customer kept
    CHECK(warnings[0].toObject()[u"column"_s].toString() == u"邮箱"_s);
    CHECK(warnings[1].toObject()[u"line"_s].toInt() == 5);
    CHECK(warnings[1].toObject()[u"column"_s].toString() == u"生日"_s);
    CHECK(warnings[1].toObject()[u"value"_s].toString() == u"1990-02-30"_s);
    CHECK(report[u"notes"_s].toArray().isEmpty());
    const QJsonArray errors = report[u"errors"_s].toArray();
    REQUIRE(errors.size() == 3);
    const QJsonObject first = errors[0].toObject();
    CHECK(first[u"line"_s].toInt() == 3);
    CHECK(first[u"column"_s].toString() == u"手机号"_s);
    CHECK(first[u"value"_s].toString() == u"电话待补"_s);
    CHECK(first[u"reason"_s].toString() == u"not a phone number"_s);
    const QString errorsCsv = QString::fromUtf8(clientele::test::readFile(dir.filePath(u"errors.csv"_s)));
    CHECK(errorsCsv.contains(u"电话待补"_s));
    CHECK(errorsCsv.contains(u",1990-02-30,"_s)); // warnings are in the exported list too
    CHECK(errorsCsv.contains(u",imported"_s));

    const Run orders = cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"orders_errors.csv"_s)});
    CHECK(orders.exitCode == 0);
    CHECK(orders.out.contains(u"= 3 added + 0 unchanged + 1 repeated in the file + "_s));
    CHECK(orders.out.contains(u"Rows skipped because of a problem: 4"_s));
    CHECK(orders.out.contains(u"order number already used"_s));
    // The CLI's own words for creating unknown customers.
    CHECK(orders.out.contains(u"1 of them name a customer who is not in the database"_s));
    CHECK(orders.out.contains(u"--create-customers"_s));

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

namespace {
// CLIENTELE_TODAY for the clientele-cli runs of one test; whatever was set before comes back.
struct PinnedToday
{
    explicit PinnedToday(const char* day) : m_had(qEnvironmentVariableIsSet("CLIENTELE_TODAY")),
                                            m_before(qgetenv("CLIENTELE_TODAY"))
    {
        qputenv("CLIENTELE_TODAY", day);
    }
    ~PinnedToday()
    {
        if (m_had)
            qputenv("CLIENTELE_TODAY", m_before);
        else
            qunsetenv("CLIENTELE_TODAY");
    }
    PinnedToday(const PinnedToday&) = delete;
    PinnedToday& operator=(const PinnedToday&) = delete;

private:
    bool m_had;
    QByteArray m_before;
};

QHash<QString, QJsonObject> byMemberCode(const Run& run)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue& v : run.json().array())
        out.insert(v.toObject()[u"member_code"_s].toString(), v.toObject());
    return out;
}
} // namespace

TEST_CASE("import into a new database: customers list tiers and stages with no segment command", "[cli][upkeep]")
{
    const PinnedToday today("2026-11-20");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    const Run customers =
        cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"customers"_s, dataPath(u"customers_gbk_excel.csv"_s)});
    REQUIRE(customers.exitCode == 0);
    CHECK(customers.json().object()[u"segmentation"_s].toObject()[u"work"_s].toString() == u"full"_s);
    for (const QJsonObject& c : byMemberCode(cli({u"--db"_s, db, u"--json"_s, u"customers"_s})))
        CHECK(c[u"stage"_s].toString() == u"prospect"_s);

    const Run orders = cli({u"--db"_s, db, u"import"_s, u"orders"_s, dataPath(u"orders_vip.csv"_s)});
    REQUIRE(orders.exitCode == 0);
    CHECK(orders.out.contains(u"Tiers, stages and month-end figures recalculated for all 6 customers."_s));
    const auto list = byMemberCode(cli({u"--db"_s, db, u"--json"_s, u"customers"_s}));
    REQUIRE(list.size() == 6);
    CHECK(list[u"VIP0001"_s][u"tier"_s].toString() == u"diamond"_s);
    CHECK(list[u"VIP0001"_s][u"stage"_s].toString() == u"active"_s);
    CHECK(list[u"VIP0001"_s][u"r"_s].toInt() > 0);
    CHECK(list[u"VIP0001"_s][u"tier_reason"_s].toString().startsWith(u"Diamond"_s));
    CHECK(list[u"VIP0002"_s][u"tier"_s].toString() == u"gold"_s);
    CHECK(list[u"VIP0003"_s][u"stage"_s].toString() == u"new"_s);
    CHECK(list[u"VIP0005"_s][u"stage"_s].toString() == u"prospect"_s);
    CHECK(list[u"VIP0005"_s][u"stage_reason"_s].toString() == u"No purchases yet"_s);
    const Run table = cli({u"--db"_s, db, u"customers"_s});
    CHECK(table.out.contains(u"Prospect"_s));
    CHECK(table.out.contains(u"Diamond"_s));
    const Run tiers = cli({u"--db"_s, db, u"--json"_s, u"tiers"_s}); // the latest month, without a segment run
    REQUIRE(tiers.exitCode == 0);
    CHECK(tiers.json().object()[u"month"_s].toString() == u"2026-11"_s);
    CHECK(tiers.json().object()[u"customers"_s].toInt() == 4); // those with purchases

    // Undo the orders: everyone a prospect again.
    const Run undone = cli({u"--db"_s, db, u"--json"_s, u"undo-import"_s, u"2"_s});
    REQUIRE(undone.exitCode == 0);
    CHECK(undone.json().object()[u"segmentation"_s].toObject()[u"work"_s].toString() == u"full"_s);
    for (const QJsonObject& c : byMemberCode(cli({u"--db"_s, db, u"--json"_s, u"customers"_s}))) {
        CHECK(c[u"stage"_s].toString() == u"prospect"_s);
        CHECK(c[u"tier"_s].toString() == u"none"_s);
    }
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
    const Run demo = cli(QStringList{u"--db"_s, dir.filePath(u"a.sqlite"_s), u"--json"_s} + args);
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.json().object()[u"segmented"_s].toBool()); // tiers without asking, as after an import
    CHECK(cli({u"--db"_s, dir.filePath(u"a.sqlite"_s), u"tiers"_s}).exitCode == 0);
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

TEST_CASE("segment, tiers, migration, at-risk, rfm, tier-rules and follow-ups through the CLI", "[cli][segment]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"demo"_s, u"--customers"_s, u"300"_s, u"--orders"_s, u"3000"_s, u"--seed"_s, u"7"_s,
                 u"--end-date"_s, u"2026-10-31"_s})
                .exitCode == 0);
    const Run seg = cli({u"--db"_s, db, u"--json"_s, u"segment"_s, u"--as-of"_s, u"2026-10-31"_s});
    REQUIRE(seg.exitCode == 0);
    const QJsonObject summary = seg.json().object();
    CHECK(summary[u"customers"_s].toInt() == 300);
    qint64 sum = 0;
    for (const auto& v : summary[u"stages"_s].toObject())
        sum += v.toInteger();
    CHECK(sum == 300);
    // The demo was segmented when it was made (as of today); this run as of an earlier day writes
    // the month ends it changes.
    CHECK(summary[u"months"_s].toArray().size() >= 1);

    const Run tiers = cli({u"--db"_s, db, u"--json"_s, u"tiers"_s, u"--month"_s, u"2026-10"_s});
    REQUIRE(tiers.exitCode == 0);
    double share = 0;
    qint64 customers = 0;
    for (const auto& t : tiers.json().object()[u"tiers"_s].toArray()) {
        share += t.toObject()[u"revenue_share"_s].toDouble();
        customers += t.toObject()[u"customers"_s].toInteger();
    }
    CHECK(std::abs(share - 1.0) < 0.001);
    CHECK(customers == tiers.json().object()[u"customers"_s].toInteger());
    CHECK(cli({u"--db"_s, db, u"tiers"_s}).out.contains(u"Revenue share"_s));

    const Run matrix = cli({u"--db"_s, db, u"--json"_s, u"migration"_s, u"--from"_s, u"2025-10"_s, u"--to"_s, u"2026-10"_s});
    REQUIRE(matrix.exitCode == 0);
    qint64 moved = 0;
    for (const auto& c : matrix.json().object()[u"cells"_s].toArray())
        moved += c.toObject()[u"customers"_s].toInteger();
    CHECK(moved == customers);
    CHECK(cli({u"--db"_s, db, u"migration"_s, u"--from"_s, u"2025-13"_s, u"--to"_s, u"2026-10"_s}).exitCode == 2);

    const Run risk = cli({u"--db"_s, db, u"--json"_s, u"at-risk"_s, u"--limit"_s, u"5"_s});
    REQUIRE(risk.exitCode == 0);
    const QJsonArray atRisk = risk.json().array();
    REQUIRE(atRisk.size() == 5);
    for (qsizetype i = 1; i < atRisk.size(); ++i)
        CHECK(atRisk[i - 1].toObject()[u"value_at_stake_fen"_s].toInteger() >=
              atRisk[i].toObject()[u"value_at_stake_fen"_s].toInteger());
    CHECK(atRisk[0].toObject()[u"stage_reason"_s].toString().contains(u"overdue after"_s));

    const Run cn8 = cli({u"--db"_s, db, u"rfm"_s, u"--limit"_s, u"3"_s});
    // The 8-class model's names in the reader's language (重要价值客户 … only in Chinese).
    CHECK((cn8.out.contains(u"Important "_s) || cn8.out.contains(u"General "_s)));
    CHECK_FALSE(cn8.out.contains(u"价值客户"_s));
    const Run scores = cli({u"--db"_s, db, u"--json"_s, u"rfm"_s, u"--model"_s, u"scores"_s});
    CHECK_FALSE(scores.json().array().first().toObject()[u"segment_scores"_s].toString().isEmpty());

    const Run rules = cli({u"--db"_s, db, u"--json"_s, u"tier-rules"_s, u"show"_s});
    CHECK(rules.json().object()[u"levels"_s].toArray().size() == 3);
    QJsonObject edited = rules.json().object();
    QJsonArray levels = edited[u"levels"_s].toArray();
    QJsonObject gold = levels[1].toObject();
    gold[u"min_spend_fen"_s] = 300000;
    levels[1] = gold;
    edited[u"levels"_s] = levels;
    const QString rulesFile = dir.filePath(u"rules.json"_s);
    QFile f(rulesFile);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(edited).toJson());
    f.close();
    CHECK(cli({u"--db"_s, db, u"tier-rules"_s, u"set"_s, rulesFile}).out.contains(u"version 2"_s));
    const Run again = cli({u"--db"_s, db, u"--json"_s, u"segment"_s, u"--as-of"_s, u"2026-10-31"_s, u"--history"_s});
    CHECK(again.json().object()[u"tier_rules_version"_s].toInt() == 2);
    CHECK(again.json().object()[u"tiers"_s].toObject()[u"gold"_s].toInt() >
          summary[u"tiers"_s].toObject()[u"gold"_s].toInt());

    // A dry run shows the plan (per rule, per day, capped) and saves nothing.
    const Run dry = cli({u"--db"_s, db, u"--json"_s, u"followups"_s, u"generate"_s, u"--dry-run"_s, u"--from"_s,
                         u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s});
    REQUIRE(dry.exitCode == 0);
    const QJsonObject plan = dry.json().object();
    CHECK(plan[u"dry_run"_s].toBool());
    CHECK(plan[u"max_new_per_day"_s].toInt() == 20);
    CHECK(plan[u"tasks"_s].toArray().size() == plan[u"new"_s].toInt());
    int planned = 0;
    for (const QJsonValue n : plan[u"per_day"_s].toObject()) {
        CHECK(n.toInt() <= 20);
        planned += n.toInt();
    }
    CHECK(planned == plan[u"new"_s].toInt());
    CHECK(cli({u"--db"_s, db, u"--json"_s, u"followups"_s, u"list"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
               u"2027-12-31"_s})
              .json()
              .array()
              .isEmpty());
    CHECK(cli({u"--db"_s, db, u"followups"_s, u"generate"_s, u"--dry-run"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
               u"2026-11-30"_s})
              .out.contains(u"nothing was saved"_s));
    // A tighter cap, stored, spreads the same tasks over more days; then back to the default.
    REQUIRE(cli({u"--db"_s, db, u"followups"_s, u"limit"_s, u"3"_s, u"--sundays"_s, u"skip"_s}).exitCode == 0);
    CHECK(cli({u"--db"_s, db, u"--json"_s, u"followups"_s, u"limit"_s}).json().object()[u"max_new_per_day"_s].toInt() == 3);
    const QJsonObject tight = cli({u"--db"_s, db, u"--json"_s, u"followups"_s, u"generate"_s, u"--dry-run"_s, u"--from"_s,
                                   u"2026-11-01"_s, u"--to"_s, u"2026-11-30"_s})
                                  .json()
                                  .object();
    CHECK(tight[u"new"_s].toInt() == plan[u"new"_s].toInt());
    const QJsonObject tightDays = tight[u"per_day"_s].toObject();
    for (auto it = tightDays.constBegin(); it != tightDays.constEnd(); ++it) {
        CHECK(it.value().toInt() <= 3);
        CHECK(QDate::fromString(it.key(), Qt::ISODate).dayOfWeek() != Qt::Sunday);
    }
    CHECK(cli({u"--db"_s, db, u"followups"_s, u"limit"_s, u"600"_s}).exitCode != 0);
    REQUIRE(cli({u"--db"_s, db, u"followups"_s, u"limit"_s, u"20"_s, u"--sundays"_s, u"keep"_s}).exitCode == 0);

    const Run gen = cli({u"--db"_s, db, u"--json"_s, u"followups"_s, u"generate"_s, u"--from"_s, u"2026-11-01"_s,
                         u"--to"_s, u"2026-11-30"_s});
    REQUIRE(gen.exitCode == 0);
    const qint64 created = gen.json().object()[u"created"_s].toInteger();
    CHECK(created > 0);
    CHECK(created == plan[u"new"_s].toInt());
    CHECK(cli({u"--db"_s, db, u"--json"_s, u"followups"_s, u"generate"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
               u"2026-11-30"_s})
              .json()
              .object()[u"created"_s]
              .toInteger() == 0);
    // The day cap may move tasks past the window's end: list far enough to see them all.
    const Run list = cli({u"--db"_s, db, u"--json"_s, u"followups"_s, u"list"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
                          u"2027-12-31"_s});
    CHECK(list.json().array().size() == created);

    // An import makes the customers it touched current (here by a full run as of today: the last
    // run was as of an earlier day).
    const QString more = clientele::test::writeTempFile(u"单号,会员卡号,日期,金额\nN-1,VIP100003,2026-10-30,100\n"_s.toUtf8());
    const Run imported = cli({u"--db"_s, db, u"--json"_s, u"import"_s, u"orders"_s, more});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.json().object()[u"resegmented"_s].toInt() == 1);
    CHECK_FALSE(list.json().array().first().toObject()[u"reason"_s].toString().isEmpty());
}

TEST_CASE("clv fit, clv customers and forecast through the CLI", "[cli][analytics]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"demo"_s, u"--customers"_s, u"400"_s, u"--orders"_s, u"4000"_s, u"--seed"_s, u"5"_s,
                 u"--end-date"_s, u"2026-10-31"_s})
                .exitCode == 0);
    CHECK(cli({u"--db"_s, dir.filePath(u"empty.sqlite"_s), u"clv"_s, u"customers"_s}).exitCode == 1); // not fitted: says so
    REQUIRE(cli({u"--db"_s, db, u"segment"_s, u"--as-of"_s, u"2026-10-31"_s}).exitCode == 0);

    const Run fit = cli({u"--db"_s, db, u"--json"_s, u"clv"_s, u"fit"_s, u"--unit"_s, u"weeks"_s});
    REQUIRE(fit.exitCode == 0);
    const QJsonObject params = fit.json().object();
    for (const auto* key : {"r", "alpha", "a", "b", "log_likelihood", "p", "q", "gamma"}) {
        INFO(key);
        CHECK(params[QString::fromLatin1(key)].toDouble() != 0.0);
    }
    CHECK(params[u"log_likelihood"_s].toDouble() < 0);
    CHECK(cli({u"--db"_s, db, u"clv"_s, u"fit"_s, u"--unit"_s, u"months"_s}).exitCode == 2);

    const Run top = cli({u"--db"_s, db, u"--json"_s, u"clv"_s, u"customers"_s, u"--limit"_s, u"3"_s});
    REQUIRE(top.json().array().size() == 3);
    CHECK(top.json().array()[0].toObject()[u"explanation"_s].toString().contains(u"likely still active"_s));

    const Run forecast = cli({u"--db"_s, db, u"--json"_s, u"forecast"_s});
    REQUIRE(forecast.exitCode == 0);
    const QJsonObject f = forecast.json().object();
    CHECK(f[u"purchases_next_quarter"_s].toDouble() > f[u"purchases_next_month"_s].toDouble());
    CHECK(f[u"backtest"_s].toObject()[u"available"_s].toBool());
    CHECK(f[u"backtest"_s].toObject()[u"purchase_accuracy_percent"_s].toDouble() > 50.0);

    const Run one = cli({u"--db"_s, db, u"--json"_s, u"customer"_s, u"VIP100001"_s});
    CHECK(one.json().object()[u"prediction"_s].toObject()[u"clv_fen"_s].toInteger() >= 0);
}

TEST_CASE("messages follow the locale: Chinese under zh_CN", "[cli][i18n]")
{
    const Run zh = cli({u"inspect"_s, dataPath(u"customers_gbk_excel.csv"_s)}, u"zh_CN.UTF-8"_s);
    REQUIRE(zh.exitCode == 0);
    CHECK(zh.out.contains(u"编码"_s));
    CHECK(zh.out.contains(u"会员卡号"_s));
    QTemporaryDir dir;
    const Run refused = cli({u"import"_s, u"customers"_s, dataPath(u"unterminated_quote.csv"_s), u"--db"_s,
                             dir.filePath(u"shop.sqlite"_s)},
                            u"zh_CN.UTF-8"_s);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"第 3 行"_s));
    CHECK(refused.err.contains(u"错误"_s));
    const Run en = cli({u"inspect"_s, dataPath(u"customers_gbk_excel.csv"_s)}, u"en_US.UTF-8"_s);
    CHECK(en.out.contains(u"Encoding"_s));
}

TEST_CASE("the Chinese translation is complete", "[i18n]")
{
    const QString ts = QString::fromUtf8(clientele::test::readFile(QStringLiteral(CLIENTELE_SOURCE_DIR "/translations/clientele_zh_CN.ts")));
    REQUIRE(ts.contains(u"<message>"_s));
    CHECK(ts.count(u"type=\"unfinished\""_s) == 0);
    CHECK(ts.count(u"<translation />"_s) == 0);
}

TEST_CASE("--version and info name project(VERSION), and the file says which version wrote it", "[cli][version]")
{
    const QString version = QStringLiteral(CLIENTELE_VERSION);
    const Run v = cli({u"--version"_s});
    CHECK(v.exitCode == 0);
    CHECK(v.out.trimmed() == u"clientele-cli "_s + version);

    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    CHECK(cli({u"--db"_s, db, u"info"_s}).exitCode == 1); // no file yet, and info does not make one
    CHECK_FALSE(QFileInfo::exists(db));
    REQUIRE(cli({u"--db"_s, db, u"customers"_s}).exitCode == 0);
    const Run info = cli({u"--db"_s, db, u"--json"_s, u"info"_s});
    REQUIRE(info.exitCode == 0);
    const QJsonObject o = info.json().object();
    CHECK(o[u"app_version"_s].toString() == version);
    CHECK(o[u"written_by_version"_s].toString() == version);
    CHECK(o[u"schema_version"_s].toInt() > 0);
    const Run zh = cli({u"--db"_s, db, u"info"_s}, u"zh_CN.UTF-8"_s);
    CHECK(zh.exitCode == 0);
    CHECK(zh.out.contains(u"Clientele "_s + version));
}
