// `rules` from the command line: the care rules listed as built-in rules, a dry run that saves
// nothing, switching off, a rule set from a file, bad input named.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::cli;
using clientele::test::Run;

TEST_CASE("rules list, dry-run, off, set and run from the command line", "[cli][automation]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"demo"_s, u"--customers"_s, u"60"_s, u"--orders"_s, u"600"_s, u"--seed"_s, u"7"_s}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"segment"_s}).exitCode == 0);

    Run r = cli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"list"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonArray rules = r.json().object()[u"rules"_s].toArray();
    REQUIRE(rules.size() == 7); // six care rules and the survey detractor call-back
    qint64 birthday = 0;
    for (const QJsonValue& v : rules)
        if (v.toObject()[u"builtin"_s].toString() == u"birthday"_s)
            birthday = v.toObject()[u"id"_s].toInteger();
    REQUIRE(birthday > 0);

    r = cli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"dry-run"_s, QString::number(birthday)});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"dry_run"_s].toBool());
    CHECK(r.json().object()[u"available"_s].toBool());
    CHECK(cli({u"--db"_s, db, u"--json"_s, u"followups"_s, u"list"_s, u"--from"_s, u"2000-01-01"_s, u"--to"_s,
               u"2100-12-31"_s})
              .json()
              .array()
              .isEmpty());

    REQUIRE(cli({u"--db"_s, db, u"rules"_s, u"off"_s, QString::number(birthday)}).exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"show"_s, QString::number(birthday)});
    CHECK_FALSE(r.json().object()[u"enabled"_s].toBool());
    CHECK(cli({u"--db"_s, db, u"rules"_s, u"show"_s, u"abc"_s}).exitCode == 2);
    CHECK(cli({u"--db"_s, db, u"rules"_s, u"show"_s, u"999"_s}).exitCode == 1);

    const QString file = dir.filePath(u"rule.json"_s);
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"积分提醒","trigger":{"kind":"points_expiring"},"action":{"kind":"follow_up"}})");
    f.close();
    r = cli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"set"_s, file});
    REQUIRE(r.exitCode == 0);
    const qint64 made = r.json().object()[u"saved"_s].toArray().first().toInteger();
    r = cli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"dry-run"_s, QString::number(made)});
    CHECK(r.json().object()[u"available"_s].toBool()); // the member program's trigger (issue 16)
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"name":"门店生日","trigger":{"kind":"birthday"},"conditions":[{"kind":"store","in":["1"]}],"action":{"kind":"follow_up"}})");
    f.close();
    r = cli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"set"_s, file});
    REQUIRE(r.exitCode == 0);
    const qint64 idle = r.json().object()[u"saved"_s].toArray().first().toInteger();
    r = cli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"dry-run"_s, QString::number(idle)});
    // The home-store condition works in every shop now (issue 15).
    CHECK(r.json().object()[u"available"_s].toBool());
    CHECK(r.json().object()[u"unavailable"_s].toString().isEmpty());

    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"trigger":{"kind":"full_moon"},"action":{"kind":"follow_up"}})");
    f.close();
    r = cli({u"--db"_s, db, u"rules"_s, u"set"_s, file});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"full_moon"_s));

    r = cli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"run"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"max_actions_per_day"_s].toInt() == 200);
    r = cli({u"--db"_s, db, u"--json"_s, u"rules"_s, u"run"_s});
    CHECK(r.json().object()[u"applied"_s].toInt() == 0); // nothing twice
}
