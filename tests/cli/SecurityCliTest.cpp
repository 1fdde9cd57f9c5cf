// Accounts from the command line: sign-in required once accounts exist, staff refused, lock-out,
// the audit log and its check, a customer's data export and erasure, the marketing list.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using clientele::test::cli;
using clientele::test::as;
using clientele::test::Run;
using namespace Qt::StringLiterals;


TEST_CASE("with accounts the CLI signs in; staff are refused; five wrong passwords lock", "[cli][security]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"demo"_s, u"--customers"_s, u"100"_s, u"--orders"_s, u"600"_s}).exitCode == 0);
    REQUIRE(as({}, {u"--db"_s, db, u"users"_s, u"add"_s, u"boss"_s, u"--role"_s, u"owner"_s}, u"owner-password"_s).exitCode == 0);
    const QStringList asBoss{u"--db"_s, db, u"--user"_s, u"boss"_s};
    REQUIRE(as(u"owner-password"_s, asBoss + QStringList{u"users"_s, u"add"_s, u"anna"_s, u"--role"_s, u"staff"_s},
               u"staff-password"_s).exitCode == 0);

    const Run anonymous = cli({u"--db"_s, db, u"tiers"_s});
    CHECK(anonymous.exitCode == 1);
    CHECK(anonymous.err.contains(u"--user"_s));

    const QStringList asAnna{u"--db"_s, db, u"--user"_s, u"anna"_s};
    CHECK(as(u"staff-password"_s, asAnna + QStringList{u"followups"_s, u"list"_s}).exitCode == 0); // reading is fine
    const QString csv = dir.filePath(u"staff.csv"_s);
    const Run refused = as(u"staff-password"_s, asAnna + QStringList{u"export"_s, u"customers"_s, csv});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(u"Staff accounts may not export"_s));
    CHECK_FALSE(QFile::exists(csv));
    CHECK(as(u"staff-password"_s, asAnna + QStringList{u"privacy"_s, u"erase"_s, u"1"_s, u"--yes"_s}).exitCode == 1);
    CHECK(as(u"staff-password"_s, asAnna + QStringList{u"tier-rules"_s, u"use"_s, u"value"_s}).exitCode == 1);
    CHECK(as(u"staff-password"_s, asAnna + QStringList{u"audit"_s}).exitCode == 1);

    for (int i = 0; i < 5; ++i)
        CHECK(as(u"not-her-password"_s, asAnna + QStringList{u"followups"_s, u"list"_s}).err.contains(
            i < 4 ? u"Wrong user name or password"_s : u"locked"_s));
    CHECK(as(u"staff-password"_s, asAnna + QStringList{u"followups"_s, u"list"_s}).err.contains(u"locked until"_s));

    // The owner: a marketing list, a customer's data, erasure, and the audit trail of it all.
    const Run marketing = as(u"owner-password"_s, asBoss + QStringList{u"export"_s, u"customers"_s, csv, u"--marketing"_s});
    CHECK(marketing.exitCode == 0);
    const QString json = dir.filePath(u"customer-7.json"_s);
    CHECK(as(u"owner-password"_s, asBoss + QStringList{u"privacy"_s, u"export"_s, u"7"_s, u"-o"_s, json}).exitCode == 0);
    const QJsonObject everything = QJsonDocument::fromJson([&] {
                                       QFile f(json);
                                       REQUIRE(f.open(QIODevice::ReadOnly));
                                       return f.readAll();
                                   }()).object();
    CHECK(everything.value(u"customer"_s).toObject().value(u"id"_s).toInt() == 7);
    CHECK(everything.value(u"related"_s).toObject().contains(u"orders"_s));
    CHECK(as(u"owner-password"_s, asBoss + QStringList{u"privacy"_s, u"erase"_s, u"7"_s}).exitCode == 2); // needs --yes
    CHECK(as(u"owner-password"_s, asBoss + QStringList{u"privacy"_s, u"erase"_s, u"7"_s, u"--yes"_s}).exitCode == 0);

    const Run audit = as(u"owner-password"_s, asBoss + QStringList{u"--json"_s, u"audit"_s, u"--limit"_s, u"100"_s});
    REQUIRE(audit.exitCode == 0);
    QStringList actions;
    for (const QJsonValue& e : audit.json().array())
        actions.append(e.toObject().value(u"action"_s).toString());
    for (const QString& expected : {u"user-add"_s, u"sign-in-failed"_s, u"locked-out"_s, u"export"_s,
                                    u"privacy-export"_s, u"erase"_s})
        CHECK(actions.contains(expected));
    CHECK(as(u"owner-password"_s, asBoss + QStringList{u"audit"_s, u"--verify"_s}).exitCode == 0);
}

TEST_CASE("phones: staff get masked numbers from every customer command, the owner full ones", "[cli][security][phones]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"demo"_s, u"--customers"_s, u"60"_s, u"--orders"_s, u"300"_s}).exitCode == 0);
    REQUIRE(as({}, {u"--db"_s, db, u"users"_s, u"add"_s, u"boss"_s, u"--role"_s, u"owner"_s}, u"owner-password"_s).exitCode == 0);
    const QStringList asBoss{u"--db"_s, db, u"--user"_s, u"boss"_s, u"--json"_s};
    REQUIRE(as(u"owner-password"_s, QStringList{u"--db"_s, db, u"--user"_s, u"boss"_s, u"users"_s, u"add"_s, u"clerk"_s,
                                                u"--role"_s, u"staff"_s},
               u"staff-password"_s).exitCode == 0);
    const QStringList asClerk{u"--db"_s, db, u"--user"_s, u"clerk"_s, u"--json"_s};

    const Run owner = as(u"owner-password"_s, asBoss + QStringList{u"customers"_s, u"--limit"_s, u"20"_s});
    const Run staff = as(u"staff-password"_s, asClerk + QStringList{u"customers"_s, u"--limit"_s, u"20"_s});
    REQUIRE(owner.exitCode == 0);
    REQUIRE(staff.exitCode == 0);
    const QJsonArray full = owner.json().array();
    const QJsonArray masked = staff.json().array();
    REQUIRE(full.size() == masked.size());
    int phones = 0;
    for (qsizetype i = 0; i < full.size(); ++i) {
        const QString ownerPhone = full[i].toObject()[u"phone"_s].toString();
        const QString staffPhone = masked[i].toObject()[u"phone"_s].toString();
        if (ownerPhone.isEmpty())
            continue;
        ++phones;
        CHECK_FALSE(ownerPhone.contains(u'*'));
        CHECK(staffPhone.contains(u"****"_s));
        CHECK(staffPhone.right(4) == ownerPhone.right(4));
        CHECK_FALSE(staff.out.contains(ownerPhone));
    }
    CHECK(phones > 0);

    // One customer, text and JSON; the owner may ask for masked numbers too.
    const QString id = QString::number(full[0].toObject()[u"id"_s].toInteger());
    const QString ownerPhone = full[0].toObject()[u"phone"_s].toString();
    REQUIRE_FALSE(ownerPhone.isEmpty());
    CHECK_FALSE(as(u"staff-password"_s, asClerk + QStringList{u"customer"_s, id}).out.contains(ownerPhone));
    CHECK_FALSE(as(u"staff-password"_s, QStringList{u"--db"_s, db, u"--user"_s, u"clerk"_s, u"customer"_s, id})
                    .out.contains(ownerPhone));
    CHECK_FALSE(as(u"staff-password"_s, asClerk + QStringList{u"at-risk"_s}).out.contains(ownerPhone));
    CHECK(as(u"owner-password"_s, asBoss + QStringList{u"customer"_s, id}).out.contains(ownerPhone));
    CHECK_FALSE(as(u"owner-password"_s, asBoss + QStringList{u"customer"_s, id, u"--mask-phones"_s}).out.contains(ownerPhone));
}
