// Issue 18 from the command line, from an empty shop: tickets with their SLA, survey answers, NPS.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::cli;
using clientele::test::Run;

TEST_CASE("tickets: open, list with due_at and breached, update with a pause, overdue", "[cli][service]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    const QString customers = clientele::test::writeTempFile("会员卡号,姓名,手机\nV001,张伟,13800138000\nV002,李娜,13900139000\n");
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, customers}).exitCode == 0);

    // Urgent at 19:00 on a Monday: 2 h that evening, 2 h the next morning.
    Run r = cli({u"--db"_s, db, u"--json"_s, u"ticket"_s, u"open"_s, u"13800138000"_s, u"--kind"_s, u"repair"_s,
                 u"--priority"_s, u"urgent"_s, u"--subject"_s, u"拉链坏了"_s, u"--at"_s, u"2020-01-06 19:00"_s});
    REQUIRE(r.exitCode == 0);
    QJsonObject t = r.json().object();
    const int first = t[u"id"_s].toInt();
    CHECK(t[u"due_at"_s].toString() == u"2020-01-07T12:00:00");
    CHECK(t[u"first_response_due_at"_s].toString() == u"2020-01-06T20:00:00");
    CHECK(t[u"breached"_s].toBool() == false);
    CHECK(t[u"customer"_s].toString() == u"张伟");

    r = cli({u"--db"_s, db, u"--json"_s, u"ticket"_s, u"open"_s, u"V002"_s, u"--kind"_s, u"complaint"_s,
             u"--priority"_s, u"high"_s, u"--subject"_s, u"late delivery"_s, u"--at"_s, u"2020-01-06 10:00"_s});
    REQUIRE(r.exitCode == 0);
    const int second = r.json().object()[u"id"_s].toInt();

    // Bad values are named; unknown customers refused.
    r = cli({u"--db"_s, db, u"ticket"_s, u"open"_s, u"V001"_s, u"--kind"_s, u"refund"_s, u"--subject"_s, u"x"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"refund"_s));
    r = cli({u"--db"_s, db, u"ticket"_s, u"open"_s, u"V999"_s, u"--subject"_s, u"x"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"V999"_s));
    r = cli({u"--db"_s, db, u"ticket"_s, u"open"_s, u"V001"_s, u"--subject"_s, u"x"_s, u"--at"_s, u"yesterday"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"yesterday"_s));

    // Waiting pauses the clock (no due time); back open, then resolved in time.
    r = cli({u"--db"_s, db, u"--json"_s, u"ticket"_s, u"update"_s, QString::number(first), u"--status"_s, u"waiting"_s,
             u"--at"_s, u"2020-01-06 20:00"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"due_at"_s].isNull());
    CHECK(r.json().object()[u"paused"_s].toBool());
    r = cli({u"--db"_s, db, u"--json"_s, u"ticket"_s, u"update"_s, QString::number(first), u"--status"_s, u"open"_s,
             u"--at"_s, u"2020-01-08 10:00"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"due_at"_s].toString() == u"2020-01-08T13:00:00");
    r = cli({u"--db"_s, db, u"ticket"_s, u"update"_s, QString::number(first), u"--status"_s, u"resolved"_s,
             u"--note"_s, u"换了拉链"_s, u"--at"_s, u"2020-01-08 12:00"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"ticket"_s, u"update"_s, QString::number(first), u"--status"_s, u"done"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"done"_s));

    // The plain text shows the ticket and its history as text (no stray pointers between fields).
    r = cli({u"--db"_s, db, u"ticket"_s, u"show"_s, QString::number(first)});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(u"#%1  拉链坏了\n"_s.arg(first)));
    CHECK(r.out.contains(u"  2020-01-08 12:00  "_s));
    CHECK(r.out.contains(u"换了拉链"_s));
    CHECK_FALSE(r.out.contains(u"0x"_s));

    r = cli({u"--db"_s, db, u"--json"_s, u"ticket"_s, u"list"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonArray all = r.json().array();
    REQUIRE(all.size() == 2);
    for (const QJsonValue& v : all) {
        const QJsonObject o = v.toObject();
        if (o[u"id"_s].toInt() == first) {
            CHECK(o[u"status"_s].toString() == u"resolved");
            CHECK(o[u"resolution"_s].toString() == u"换了拉链");
            CHECK(o[u"breached"_s].toBool() == false);
            CHECK(o[u"history"_s].toArray().size() == 4);
        } else {
            // High from Monday 10:00: due at Monday's close, long past by any clock now.
            CHECK(o[u"due_at"_s].toString() == u"2020-01-06T21:00:00");
            CHECK(o[u"breached"_s].toBool() == true);
        }
    }
    r = cli({u"--db"_s, db, u"--json"_s, u"ticket"_s, u"list"_s, u"--overdue"_s});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array().first().toObject()[u"id"_s].toInt() == second);
    r = cli({u"--db"_s, db, u"ticket"_s, u"list"_s, u"--overdue"_s});
    CHECK(r.out.contains(u"late delivery"_s));

    r = cli({u"--db"_s, db, u"--json"_s, u"ticket"_s, u"stats"_s, u"--month"_s, u"2020-01"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonObject stats = r.json().object();
    CHECK(stats[u"opened"_s].toInt() == 2);
    CHECK(stats[u"resolved"_s].toInt() == 1);
    CHECK(stats[u"within_sla_permille"_s].toInt() == 1000);
}

TEST_CASE("survey import and nps: bad rows named, idempotent, null under 10 answers", "[cli][nps]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    QByteArray people = "会员卡号,姓名,手机\n";
    for (int i = 0; i < 12; ++i)
        people += QStringLiteral("V%1,客户%1,1380013%2\n").arg(i, 3, 10, QLatin1Char('0')).arg(8000 + i).toUtf8();
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, clientele::test::writeTempFile(people)}).exitCode == 0);

    const QString bad = clientele::test::writeTempFile("手机,日期,评分,备注\n13800138000,2026-10-03,12,\n");
    Run r = cli({u"--db"_s, db, u"survey"_s, u"import"_s, bad});
    CHECK(r.exitCode == 1);
    CHECK(r.out.contains(u"2"_s));
    CHECK(r.out.contains(u"评分"_s));
    CHECK(r.out.contains(u"12"_s));

    // Nine answers: counted, no score.
    QByteArray answers = "Member code,Date,Score,Comment\n";
    const int scores[] = {10, 10, 9, 9, 9, 8, 7, 3, 0, 10, 6};
    for (int i = 0; i < 9; ++i)
        answers += QStringLiteral("V%1,2026-10-%2,%3,\n").arg(i, 3, 10, QLatin1Char('0')).arg(i + 1, 2, 10, QLatin1Char('0')).arg(scores[i]).toUtf8();
    const QString nine = clientele::test::writeTempFile(answers);
    r = cli({u"--db"_s, db, u"--json"_s, u"survey"_s, u"import"_s, nine});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"inserted"_s].toInt() == 9);
    r = cli({u"--db"_s, db, u"--json"_s, u"nps"_s, u"--month"_s, u"2026-10"_s});
    REQUIRE(r.exitCode == 0);
    QJsonObject n = r.json().object();
    CHECK(n[u"nps"_s].isNull());
    CHECK(n[u"answers"_s].toInt() == 9);
    CHECK(n[u"promoters"_s].toInt() == 5);
    CHECK(n[u"passives"_s].toInt() == 2);
    CHECK(n[u"detractors"_s].toInt() == 2);

    // The same file again changes nothing; two more answers make 11 and a figure: (6 − 3) / 11 = 27.
    r = cli({u"--db"_s, db, u"--json"_s, u"survey"_s, u"import"_s, nine});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"inserted"_s].toInt() == 0);
    CHECK(r.json().object()[u"unchanged"_s].toInt() == 9);
    answers += "V009,2026-10-20,10,\nV010,2026-10-21,6,slow\n";
    r = cli({u"--db"_s, db, u"--json"_s, u"survey"_s, u"import"_s, clientele::test::writeTempFile(answers)});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"inserted"_s].toInt() == 2);
    r = cli({u"--db"_s, db, u"--json"_s, u"nps"_s, u"--month"_s, u"2026-10"_s});
    n = r.json().object();
    CHECK(n[u"nps"_s].toInt() == 27);
    CHECK(n[u"answers"_s].toInt() == 11);
    r = cli({u"--db"_s, db, u"--json"_s, u"nps"_s, u"--month"_s, u"2026-10"_s, u"--by"_s, u"tier"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"groups"_s].toArray().size() == 1); // no segmentation run yet: one group without a tier
    r = cli({u"--db"_s, db, u"nps"_s, u"--month"_s, u"2026-13"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"2026-13"_s));
    r = cli({u"--db"_s, db, u"nps"_s, u"--by"_s, u"city"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"city"_s));
}

TEST_CASE("ticket sla show and set: hours, SLA minutes and the NPS line as JSON", "[cli][service]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    Run r = cli({u"--db"_s, db, u"ticket"_s, u"sla"_s, u"show"_s});
    REQUIRE(r.exitCode == 0);
    QJsonObject shown = r.json().object();
    CHECK(shown[u"sla_minutes"_s].toObject()[u"urgent"_s].toInt() == 240);
    CHECK(shown[u"hours"_s].toObject()[u"sun"_s].toString() == u"10:00-21:00");
    CHECK(shown[u"nps"_s].toObject()[u"below"_s].toInt() == 30);

    const QString file = clientele::test::writeTempFile(
        "{\"hours\": {\"sun\": \"closed\", \"sat\": \"12:00-18:00\"}, \"sla_minutes\": {\"urgent\": 120},"
        " \"nps\": {\"drop\": 5}}");
    r = cli({u"--db"_s, db, u"ticket"_s, u"sla"_s, u"set"_s, file});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"ticket"_s, u"sla"_s, u"show"_s});
    shown = r.json().object();
    CHECK(shown[u"hours"_s].toObject()[u"sun"_s].toString() == u"closed");
    CHECK(shown[u"hours"_s].toObject()[u"sat"_s].toString() == u"12:00-18:00");
    CHECK(shown[u"hours"_s].toObject()[u"mon"_s].toString() == u"10:00-21:00");
    CHECK(shown[u"sla_minutes"_s].toObject()[u"urgent"_s].toInt() == 120);
    CHECK(shown[u"sla_minutes"_s].toObject()[u"high"_s].toInt() == 660);
    CHECK(shown[u"nps"_s].toObject()[u"drop"_s].toInt() == 5);
    CHECK(shown[u"nps"_s].toObject()[u"below"_s].toInt() == 30);

    // A bad value is named and nothing changes.
    const QString bad = clientele::test::writeTempFile("{\"hours\": {\"mon\": \"21:00-10:00\"}}");
    r = cli({u"--db"_s, db, u"ticket"_s, u"sla"_s, u"set"_s, bad});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"21:00-10:00"_s));
    const QString notJson = clientele::test::writeTempFile("hours: closed");
    r = cli({u"--db"_s, db, u"ticket"_s, u"sla"_s, u"set"_s, notJson});
    CHECK(r.exitCode == 1);
    r = cli({u"--db"_s, db, u"ticket"_s, u"sla"_s, u"show"_s});
    CHECK(r.json().object()[u"hours"_s].toObject()[u"mon"_s].toString() == u"10:00-21:00");

    // The SLA clock uses them: urgent 2 h from Friday 20:00 → 1 h Friday, 1 h Saturday from 12:00.
    const QString customers = clientele::test::writeTempFile("会员卡号,姓名,手机\nV001,张伟,13800138000\n");
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, customers}).exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"ticket"_s, u"open"_s, u"V001"_s, u"--priority"_s, u"urgent"_s,
             u"--subject"_s, u"x"_s, u"--at"_s, u"2026-12-04 20:00"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"due_at"_s].toString() == u"2026-12-05T13:00:00");
}

TEST_CASE("health: the average customer value leaves out a refund to a customer who bought nothing in the year",
          "[cli][service][health]")
{
    // tests/data/figures: the 12 months to 2026-03-31 have three buyers (¥450 + ¥234 + ¥88); 张伟's
    // refund of ¥181.50 in them is of a purchase made before, and he bought nothing in them.
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, clientele::test::dataPath(u"figures/customers.csv"_s)}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"orders"_s, clientele::test::dataPath(u"figures/orders.csv"_s)}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"segment"_s, u"--as-of"_s, u"2026-03-31"_s}).exitCode == 0);
    const Run r = cli({u"--db"_s, db, u"--json"_s, u"health"_s, u"--month"_s, u"2026-03"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonObject clv = r.json().object()[u"cards"_s].toObject()[u"clv"_s].toObject();
    CHECK(clv[u"value"_s].toInteger() == 25733); // ¥772.00 / 3
    CHECK(clv[u"text"_s].toString() == u"¥257.33");
    CHECK(clv[u"count"_s].toInteger() == 3);
    CHECK(clv[u"previous"_s].toInteger() == 22500); // February: ¥450.00 / 2
    CHECK(clv[u"label"_s].toString() == u"Average customer value");

    // The help and the table use the page's name and definition, not "average CLV".
    const Run help = cli({u"help"_s, u"health"_s});
    REQUIRE(help.exitCode == 0);
    CHECK_FALSE(help.out.contains(u"CLV"_s));
    CHECK(help.out.contains(u"average customer value"_s));
    const Run text = cli({u"--db"_s, db, u"health"_s, u"--month"_s, u"2026-03"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Average customer value"_s));
    CHECK(text.out.contains(u"the customers who bought in the 12 months"_s));
    CHECK_FALSE(text.out.contains(u"CLV"_s));
}
