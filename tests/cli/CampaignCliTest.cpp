// `campaign create|list|show|export|contacted|results` as a user runs them, on a shop imported from
// empty files.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace clientele::test;
using namespace Qt::StringLiterals;

TEST_CASE("a campaign from the command line: create, show, export, contacted, results", "[cli][campaigns]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    QByteArray customers = "会员卡号,姓名,手机,城市,营销同意\n";
    for (int i = 1; i <= 30; ++i)
        customers += "M" + QByteArray::number(100 + i) + ",客户" + QByteArray::number(i) + ",13800138" +
                     QByteArray::number(100 + i) + ",上海," + (i == 30 ? "否" : "是") + "\n";
    Run r = cli({u"--db"_s, db, u"import"_s, u"customers"_s, writeTempFile(customers)});
    REQUIRE(r.exitCode == 0);

    // Bad filter: refused, naming the key.
    r = cli({u"--db"_s, db, u"campaign"_s, u"create"_s, u"x"_s, u"--filter"_s, u"colour=red"_s});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"colour"_s));

    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"create"_s, u"Spring"_s, u"--filter"_s, u"city=上海"_s,
             u"--holdout"_s, u"20"_s, u"--seed"_s, u"99"_s, u"--message"_s, u"{name}您好，春季上新。拒收请回复R"_s});
    REQUIRE(r.exitCode == 0);
    const qint64 id = r.json().object().value(u"id"_s).toInteger();
    CHECK(id == 1);
    CHECK(r.json().object().value(u"left_out_no_consent"_s).toInt() == 1);

    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"show"_s, u"1"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonArray members = r.json().object().value(u"members"_s).toArray();
    CHECK(members.size() == 29);
    int holdout = 0;
    QStringList holdoutIds;
    for (const auto& m : members) {
        const QString group = m.toObject().value(u"group"_s).toString();
        CHECK((group == u"contacted"_s || group == u"holdout"_s));
        if (group == u"holdout"_s) {
            ++holdout;
            holdoutIds.append(QString::number(m.toObject().value(u"customer_id"_s).toInteger()));
        }
    }
    CHECK(holdout == 6); // round(29 × 20%) = 6

    // The same seed on the same audience: the same split.
    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"create"_s, u"Again"_s, u"--filter"_s, u"city=上海"_s,
             u"--holdout"_s, u"20"_s, u"--seed"_s, u"99"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"show"_s, u"2"_s});
    QStringList again;
    for (const auto& m : r.json().object().value(u"members"_s).toArray())
        if (m.toObject().value(u"group"_s).toString() == u"holdout"_s)
            again.append(QString::number(m.toObject().value(u"customer_id"_s).toInteger()));
    CHECK(again == holdoutIds);

    const QString csv = dir.filePath(u"list.csv"_s);
    r = cli({u"--db"_s, db, u"campaign"_s, u"export"_s, u"1"_s, u"-o"_s, csv});
    REQUIRE(r.exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == 24);

    // An order after the contact by a contacted member, one by a held-out member.
    r = cli({u"--db"_s, db, u"campaign"_s, u"contacted"_s, u"1"_s, u"--date"_s, u"2026-03-01"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"campaign"_s, u"contacted"_s, u"1"_s, u"--date"_s, u"2026-02-30"_s});
    CHECK(r.exitCode == 2);
    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"results"_s, u"1"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonObject results = r.json().object();
    CHECK(results.value(u"contacted"_s).toObject().value(u"customers"_s).toInt() == 23);
    CHECK(results.value(u"holdout"_s).toObject().value(u"customers"_s).toInt() == 6);
    CHECK(results.value(u"contacted"_s).toObject().value(u"buyers"_s).toInt() == 0);
    CHECK(results.value(u"contacted"_s).toObject().contains(u"revenue_fen"_s));
    CHECK(results.value(u"conversion_lift"_s).toDouble() == 0.0);
    CHECK(results.value(u"conversion_lift_ci95"_s).toArray().size() == 2);

    r = cli({u"--db"_s, db, u"campaign"_s, u"list"_s});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(u"Spring"_s));
    r = cli({u"--db"_s, db, u"campaign"_s, u"show"_s, u"9"_s});
    CHECK(r.exitCode == 1);
}

TEST_CASE("campaign coupons from the command line; a hold-out too small is warned about", "[cli][campaigns]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    QByteArray customers = "会员卡号,姓名,手机,城市,营销同意\n";
    for (int i = 1; i <= 10; ++i)
        customers += "N" + QByteArray::number(100 + i) + ",客户" + QByteArray::number(i) + ",13900139" +
                     QByteArray::number(100 + i) + ",上海,是\n";
    Run r = cli({u"--db"_s, db, u"import"_s, u"customers"_s, writeTempFile(customers)});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"coupons"_s, u"types"_s, u"add"_s, u"回店礼"_s, u"--amount-off"_s, u"10"_s,
             u"--valid-days"_s, u"30"_s});
    REQUIRE(r.exitCode == 0);

    // An unknown coupon type is refused, naming it.
    r = cli({u"--db"_s, db, u"campaign"_s, u"create"_s, u"x"_s, u"--filter"_s, u"city=上海"_s, u"--coupon"_s, u"无此券"_s});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"无此券"_s));

    // 10 customers: too few to read a lift, and the answer says so.
    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"create"_s, u"Coupons"_s, u"--filter"_s, u"city=上海"_s,
             u"--holdout"_s, u"20"_s, u"--seed"_s, u"5"_s, u"--message"_s, u"{name}，券码{coupon}。拒收请回复R"_s,
             u"--coupon"_s, u"回店礼"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object().value(u"holdout"_s).toInt() == 2);
    CHECK(r.json().object().value(u"warning"_s).toString().contains(u"Only 10 customer"_s));
    const qint64 id = r.json().object().value(u"id"_s).toInteger();
    r = cli({u"--db"_s, db, u"campaign"_s, u"create"_s, u"Tiny"_s, u"--filter"_s, u"city=上海"_s, u"--holdout"_s,
             u"0"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"No hold-out: lift cannot be measured"_s));

    // Marking contacted issues the coupons: one per contacted member, none to the hold-out, once.
    for (int twice = 0; twice < 2; ++twice) {
        r = cli({u"--db"_s, db, u"campaign"_s, u"contacted"_s, QString::number(id), u"--date"_s, u"2026-03-01"_s});
        REQUIRE(r.exitCode == 0);
    }
    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"show"_s, QString::number(id)});
    REQUIRE(r.exitCode == 0);
    QStringList codes;
    for (const auto& m : r.json().object().value(u"members"_s).toArray()) {
        const QJsonObject o = m.toObject();
        if (o.value(u"group"_s).toString() == u"holdout"_s)
            CHECK(o.value(u"coupon"_s).isNull());
        else
            codes.append(o.value(u"coupon"_s).toString());
    }
    CHECK(codes.size() == 8);
    CHECK(codes.removeDuplicates() == 0);
    CHECK_FALSE(codes.contains(QString()));
    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"list"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.count(u"\"code\""_s) == 8);
    // The exported messages carry each member's own code.
    const QString csv = dir.filePath(u"coupons.csv"_s);
    r = cli({u"--db"_s, db, u"campaign"_s, u"export"_s, QString::number(id), u"-o"_s, csv});
    REQUIRE(r.exitCode == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    for (const QString& code : std::as_const(codes))
        CHECK(text.contains(u"券码"_s + code + u"。"_s));
}

TEST_CASE("campaign results tell the contact group from those marked contacted; show says the audience in words",
          "[cli][campaigns]")
{
    const PinnedDay today("2026-12-02");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    QByteArray customers = "会员卡号,姓名,手机,城市,营销同意\n";
    for (int i = 1; i <= 8; ++i)
        customers += "P" + QByteArray::number(100 + i) + ",客户" + QByteArray::number(i) + ",13700137" +
                     QByteArray::number(100 + i) + ",杭州,是\n";
    Run r = cli({u"--db"_s, db, u"import"_s, u"customers"_s, writeTempFile(customers)});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"create"_s, u"Winter"_s, u"--filter"_s, u"city=杭州"_s,
             u"--holdout"_s, u"50"_s,
             u"--seed"_s, u"3"_s, u"--message"_s, u"{name}您好。拒收请回复R"_s});
    REQUIRE(r.exitCode == 0);
    const QString id = QString::number(r.json().object().value(u"id"_s).toInteger());

    r = cli({u"--db"_s, db, u"campaign"_s, u"show"_s, id});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Audience: in 杭州"_s)); // in words, not "city=杭州"
    CHECK_FALSE(r.out.contains(u"city="_s));
    CHECK(r.out.contains(u"0 of 4 marked contacted"_s));

    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"show"_s, id});
    QStringList group;
    for (const auto& m : r.json().object().value(u"members"_s).toArray())
        if (m.toObject().value(u"group"_s).toString() == u"contacted"_s)
            group.append(QString::number(m.toObject().value(u"customer_id"_s).toInteger()));
    REQUIRE(group.size() == 4);

    // A contact date after today is refused.
    r = cli({u"--db"_s, db, u"campaign"_s, u"contacted"_s, id, u"--date"_s, u"2026-12-11"_s});
    CHECK(r.exitCode != 0);
    CHECK(r.err.contains(u"in the future"_s));

    r = cli({u"--db"_s, db, u"campaign"_s, u"contacted"_s, id, u"--date"_s, u"2026-12-02"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"campaign"_s, u"results"_s, id});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Contact group"_s));
    CHECK(r.out.contains(u"4 of 4 marked contacted"_s));
    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"list"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().array().first().toObject().value(u"contacted"_s).toInt() == 4);
    CHECK(r.json().array().first().toObject().value(u"marked_contacted"_s).toInt() == 4);
    r = cli({u"--db"_s, db, u"campaign"_s, u"list"_s});
    CHECK(r.out.contains(u"Marked contacted"_s));
}

TEST_CASE("campaign export leaves out phones that cannot be called or texted and counts them", "[cli][campaigns]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    const QByteArray customers = "会员卡号,姓名,手机,营销同意\n"
                                 "P1,能打通,13800138001,是\n"
                                 "P2,太短,12345,是\n"
                                 "P3,没号码,,是\n";
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s, writeTempFile(customers)}).exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"campaign"_s, u"create"_s, u"回访"_s, u"--filter"_s, u"search=P"_s, u"--holdout"_s, u"0"_s,
                 u"--message"_s,
                 u"{name}您好。拒收请回复R"_s})
                .exitCode == 0);

    const QString csv = dir.filePath(u"list.csv"_s);
    Run r = cli({u"--db"_s, db, u"campaign"_s, u"export"_s, u"1"_s, u"-o"_s, csv});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"3 customers to contact"_s));
    CHECK(r.out.contains(u"2 without a phone to call or text"_s));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(u"P1,能打通,13800138001,,"_s));
    CHECK(text.contains(u"P2,太短,,not reachable by phone (not a valid mobile number),"_s));
    CHECK(text.contains(u"P3,没号码,,not reachable by phone (no number),"_s));
    CHECK_FALSE(text.contains(u"12345"_s));

    r = cli({u"--db"_s, db, u"--json"_s, u"campaign"_s, u"export"_s, u"1"_s, u"-o"_s, csv});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object().value(u"rows"_s).toInteger() == 3);
    CHECK(r.json().object().value(u"no_phone"_s).toInteger() == 2);
}
