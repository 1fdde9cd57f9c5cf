// Issue 16 from the command line, from an empty shop: import members, top up, ring up, refund,
// balances, points adjustments, liabilities and the member rules.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::cli;
using clientele::test::PinnedDay;
using clientele::test::Run;

TEST_CASE("the counter from the command line: top-up, sale, refused payment, refund, liabilities", "[cli][member]")
{
    PinnedDay day("2026-12-01");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    const QString csv = clientele::test::writeTempFile("姓名,手机,会员卡号\n张伟,13800138000,V001\n李娜,13900139000,\n");
    Run r = cli({u"--db"_s, db, u"import"_s, u"customers"_s, csv});
    REQUIRE(r.exitCode == 0);

    r = cli({u"--db"_s, db, u"--json"_s, u"topup"_s, u"13900139000"_s, u"1000"_s, u"--pay"_s, u"wechat"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"principal_fen"_s].toInteger() == 100000);
    CHECK(r.json()[u"bonus_fen"_s].toInteger() == 15000);

    r = cli({u"--db"_s, db, u"stores"_s, u"add"_s, u"QJ"_s, u"--name"_s, u"旗舰店"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"300"_s, u"--pay-balance"_s,
             u"100"_s, u"--pay"_s, u"card"_s, u"--store"_s, u"旗舰店"_s});
    REQUIRE(r.exitCode == 0);
    QJsonObject sale = r.json().object();
    CHECK(sale[u"order_no"_s].toString() == u"S20261201-0001"_s);
    CHECK(sale[u"member_code"_s].toString() == u"M000001"_s); // the imported one without a code got one
    CHECK(sale[u"paid_principal_fen"_s].toInteger() == 8696);
    CHECK(sale[u"paid_bonus_fen"_s].toInteger() == 1304);
    CHECK(sale[u"paid_other_fen"_s].toInteger() == 20000);
    CHECK(sale[u"points_earned"_s].toInteger() == 286); // ¥200 + ¥86.96 → 286
    CHECK(sale[u"points_redeemed"_s].toInteger() == 0);

    // over the balance: refused naming it, exit 1, nothing changed
    r = cli({u"--db"_s, db, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"2000"_s, u"--pay-balance"_s, u"1500"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"¥1,050"_s));
    r = cli({u"--db"_s, db, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"abc"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"abc"_s));
    r = cli({u"--db"_s, db, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"10"_s, u"--coupon"_s, u"NEW10"_s});
    CHECK(r.exitCode == 1); // no such coupon, named
    CHECK(r.err.contains(u"NEW10"_s));

    r = cli({u"--db"_s, db, u"--json"_s, u"balance"_s, u"M000001"_s});
    REQUIRE(r.exitCode == 0);
    QJsonObject bal = r.json().object();
    CHECK(bal[u"principal_fen"_s].toInteger() == 100000 - 8696);
    CHECK(bal[u"bonus_fen"_s].toInteger() == 15000 - 1304);
    CHECK(bal[u"points"_s].toInteger() == 286);
    CHECK(bal[u"points_expiring"_s].toInteger() == 0);
    CHECK(bal[u"cards"_s].isArray());
    CHECK(bal[u"coupons"_s].isArray());

    r = cli({u"--db"_s, db, u"--json"_s, u"sale"_s, u"V001"_s, u"--amount"_s, u"50"_s, u"--redeem-points"_s, u"100"_s});
    CHECK(r.exitCode == 1); // V001 has no points yet

    r = cli({u"--db"_s, db, u"--json"_s, u"liabilities"_s});
    REQUIRE(r.exitCode == 0);
    QJsonObject owed = r.json().object();
    CHECK(owed[u"principal_fen"_s].toInteger() == bal[u"principal_fen"_s].toInteger());
    CHECK(owed[u"bonus_fen"_s].toInteger() == bal[u"bonus_fen"_s].toInteger());
    CHECK(owed[u"points"_s].toInteger() == 286);
    CHECK(owed[u"points_value_fen"_s].toInteger() == 286);

    r = cli({u"--db"_s, db, u"--json"_s, u"refund"_s, u"S20261201-0001"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"voided"_s].toBool());
    CHECK(r.json()[u"principal_fen"_s].toInteger() == 100000);
    CHECK(r.json()[u"bonus_fen"_s].toInteger() == 15000);
    CHECK(r.json()[u"points"_s].toInteger() == 0);
    r = cli({u"--db"_s, db, u"refund"_s, u"S20261201-0001"_s});
    CHECK(r.exitCode == 1);

    // The ledgers name the store of each row and the kind of sale it belongs to.
    r = cli({u"--db"_s, db, u"--json"_s, u"balance"_s, u"M000001"_s, u"--history"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonArray pointsHistory = r.json()[u"points_history"_s].toArray();
    REQUIRE(pointsHistory.size() == 2); // earned, then taken back by the void
    CHECK(pointsHistory[0][u"sale_kind"_s].toString() == u"sale"_s);
    CHECK(pointsHistory[1][u"sale_kind"_s].toString() == u"void"_s);
    for (const QJsonValue row : pointsHistory)
        CHECK(row[u"store"_s].toString() == u"QJ"_s);
    const QJsonArray valueHistory = r.json()[u"stored_value_history"_s].toArray();
    REQUIRE(valueHistory.size() == 3); // top-up, paid at the sale, given back by the void
    CHECK(valueHistory[0][u"sale_kind"_s].toString().isEmpty()); // a top-up belongs to no sale
    CHECK(valueHistory[1][u"store"_s].toString() == u"QJ"_s);
    CHECK(valueHistory[2][u"sale_kind"_s].toString() == u"void"_s);
    r = cli({u"--db"_s, db, u"balance"_s, u"M000001"_s, u"--history"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Store"_s));
    CHECK(r.out.count(u"QJ"_s) == 4);

    r = cli({u"--db"_s, db, u"--json"_s, u"points"_s, u"adjust"_s, u"V001"_s, u"--reason"_s, u"opening"_s, u"--"_s,
             u"-20"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"points"_s].toInteger() == -20);
    r = cli({u"--db"_s, db, u"points"_s, u"adjust"_s, u"V001"_s, u"20"_s});
    CHECK(r.exitCode == 2); // a reason is required
    r = cli({u"--db"_s, db, u"--json"_s, u"liabilities"_s, u"--as-of"_s, u"2026-11-30"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"principal_fen"_s].toInteger() == 0);
}

TEST_CASE("member-rules show and set: a new version; bad files named", "[cli][member]")
{
    PinnedDay day("2026-12-01");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    Run r = cli({u"--db"_s, db, u"--json"_s, u"member-rules"_s, u"show"_s});
    REQUIRE(r.exitCode == 0);
    QJsonObject rules = r.json().object();
    CHECK(rules[u"version"_s].toInt() == 0);
    CHECK(rules[u"topup_steps"_s].toArray().size() == 3);
    rules[u"member_day_weekday"_s] = 2;
    rules[u"payment_split"_s] = u"principal_first"_s;
    const QString file = clientele::test::writeTempFile(QJsonDocument(rules).toJson(), u".json"_s);
    r = cli({u"--db"_s, db, u"member-rules"_s, u"set"_s, file});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"member-rules"_s, u"show"_s});
    CHECK(r.json()[u"version"_s].toInt() == 1);
    CHECK(r.json()[u"member_day_weekday"_s].toInt() == 2);
    const QString bad = clientele::test::writeTempFile("{\"payment_split\": \"bonus_first\"}", u".json"_s);
    r = cli({u"--db"_s, db, u"member-rules"_s, u"set"_s, bad});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"bonus_first"_s));
    r = cli({u"--db"_s, db, u"--json"_s, u"audit"_s});
    CHECK(r.out.contains(u"member rules"_s));
}

TEST_CASE("a sale voided from the command line is no order in the list, customer and its profile figures",
          "[cli][member][figures]")
{
    PinnedDay day("2026-12-01");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s,
                 clientele::test::writeTempFile("姓名,手机\n王芳,13700137000\n")})
                .exitCode == 0);
    Run r = cli({u"--db"_s, db, u"--json"_s, u"sale"_s, u"13700137000"_s, u"--amount"_s, u"300"_s});
    REQUIRE(r.exitCode == 0);
    const QString orderNo = r.json()[u"order_no"_s].toString();
    const auto figures = [&](qint64 orders, qint64 spend) {
        Run list = cli({u"--db"_s, db, u"--json"_s, u"customers"_s});
        REQUIRE(list.exitCode == 0);
        const QJsonObject row = list.json().array().at(0).toObject();
        CHECK(row[u"orders"_s].toInteger() == orders);
        CHECK(row[u"total_spend_fen"_s].toInteger() == spend);
        Run show = cli({u"--db"_s, db, u"--json"_s, u"customer"_s, u"13700137000"_s});
        REQUIRE(show.exitCode == 0);
        CHECK(show.json()[u"order_count"_s].toInteger() == orders);
        CHECK(show.json()[u"total_spend_fen"_s].toInteger() == spend);
        CHECK(show.json()[u"average_order_fen"_s].toInteger() == (orders > 0 ? spend / orders : 0));
        const QJsonValue seg = show.json()[u"segmentation"_s];
        CHECK((seg.isNull() ? 0 : seg[u"frequency"_s].toInteger()) == orders);
        Run text = cli({u"--db"_s, db, u"customer"_s, u"13700137000"_s});
        CHECK(text.out.contains(u"Orders: %1, total"_s.arg(orders)));
        CHECK_FALSE(text.out.contains(u"refunds deducted"_s));
    };
    figures(1, 30000);
    r = cli({u"--db"_s, db, u"--json"_s, u"refund"_s, orderNo});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json()[u"voided"_s].toBool());
    figures(0, 0);
}

TEST_CASE("sale with split payments from the command line: --pay METHOD:AMOUNT, the old form still works",
          "[cli][member][split]")
{
    PinnedDay day("2026-12-01");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s,
                 clientele::test::writeTempFile("姓名,手机\n李娜,13900139000\n")})
                .exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"topup"_s, u"13900139000"_s, u"1000"_s}).exitCode == 0);
    Run r = cli({u"--db"_s, db, u"--json"_s, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"500"_s, u"--pay"_s,
                 u"balance:300"_s, u"--pay"_s, u"card:100"_s, u"--pay"_s, u"wechat"_s});
    REQUIRE(r.exitCode == 0);
    QJsonObject sale = r.json().object();
    CHECK(sale[u"paid_principal_fen"_s].toInteger() == 26087);
    CHECK(sale[u"paid_bonus_fen"_s].toInteger() == 3913);
    CHECK(sale[u"paid_other_fen"_s].toInteger() == 20000);
    CHECK(sale[u"paid_total_fen"_s].toInteger() == 50000);
    CHECK(sale[u"points_earned"_s].toInteger() == 460);
    const QJsonArray parts = sale[u"payments"_s].toArray();
    REQUIRE(parts.size() == 2);
    CHECK(parts[0][u"method"_s].toString() == u"card"_s);
    CHECK(parts[1][u"method"_s].toString() == u"wechat"_s);
    CHECK(parts[1][u"amount_fen"_s].toInteger() == 10000);

    r = cli({u"--db"_s, db, u"--json"_s, u"refund"_s, sale[u"order_no"_s].toString()});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"payments_returned"_s].toArray().size() == 2);
    CHECK(r.json()[u"principal_returned_fen"_s].toInteger() == 26087);

    // the text receipt lists every part and the total paid
    r = cli({u"--db"_s, db, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"88"_s, u"--pay"_s, u"cash:8"_s, u"--pay"_s,
             u"alipay:80"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"Cash"_s));
    CHECK(r.out.contains(u"Alipay"_s));
    CHECK(r.out.contains(u"Total paid"_s));
    // the old single form
    r = cli({u"--db"_s, db, u"--json"_s, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"10"_s, u"--pay"_s, u"card"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"pay_method"_s].toString() == u"card"_s);
    CHECK(r.json()[u"payments"_s].toArray().size() == 1);

    // parts that do not add up, a bad method, stored value twice: refused, named, nothing written
    r = cli({u"--db"_s, db, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"100"_s, u"--pay"_s, u"cash:30"_s, u"--pay"_s,
             u"card:30"_s});
    CHECK(r.exitCode == 1); // well-formed, refused against what is due (after discounts): not a usage error
    CHECK(r.err.contains(u"¥60"_s));
    r = cli({u"--db"_s, db, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"100"_s, u"--pay"_s, u"gold:30"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"gold:30"_s));
    r = cli({u"--db"_s, db, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"100"_s, u"--pay"_s, u"balance:30"_s,
             u"--pay-balance"_s, u"20"_s, u"--pay"_s, u"cash"_s});
    CHECK(r.exitCode == 2);
    r = cli({u"--db"_s, db, u"sale"_s, u"13900139000"_s, u"--amount"_s, u"2000"_s, u"--pay"_s, u"balance:1500"_s,
             u"--pay"_s, u"cash"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"¥1,150"_s));
    r = cli({u"--db"_s, db, u"--json"_s, u"balance"_s, u"13900139000"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"principal_fen"_s].toInteger() == 100000);
}

TEST_CASE("a counter action the accounts refuse exits 1 with its message on stderr; 2 is for usage errors",
          "[cli][member][exit]")
{
    PinnedDay day("2026-12-01");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.sqlite"_s);
    REQUIRE(cli({u"--db"_s, db, u"import"_s, u"customers"_s,
                 clientele::test::writeTempFile("姓名,手机,会员卡号\n张伟,13800138000,V001\n无号,,\n")})
                .exitCode == 0);
    REQUIRE(cli({u"--db"_s, db, u"topup"_s, u"V001"_s, u"50"_s}).exitCode == 0);
    const auto refused = [&](const QStringList& args, const QString& message) {
        const Run r = cli(QStringList{u"--db"_s, db} + args);
        INFO(args.join(u' ').toStdString() << "\nstderr: " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(message));
        CHECK(r.out.isEmpty());
        CHECK_FALSE(r.err.contains(u"--help"_s)); // not told how to call it: it was called right
    };

    // stored value: more than the balance (¥50), also when it is more than the sale
    refused({u"sale"_s, u"V001"_s, u"--amount"_s, u"100"_s, u"--pay-balance"_s, u"80"_s}, u"¥50"_s);
    refused({u"sale"_s, u"V001"_s, u"--amount"_s, u"100"_s, u"--pay-balance"_s, u"200"_s}, u"¥200"_s);
    refused({u"sale"_s, u"V001"_s, u"--amount"_s, u"40"_s, u"--pay"_s, u"balance:60"_s, u"--pay"_s, u"cash"_s},
            u"¥60"_s);
    // points: more than held, worth more than the sale
    refused({u"sale"_s, u"V001"_s, u"--amount"_s, u"10"_s, u"--redeem-points"_s, u"500"_s}, u"500"_s);
    Run r = cli({u"--db"_s, db, u"--json"_s, u"sale"_s, u"V001"_s, u"--amount"_s, u"300"_s});
    REQUIRE(r.exitCode == 0);
    const QString sold = r.json()[u"order_no"_s].toString();
    refused({u"sale"_s, u"V001"_s, u"--amount"_s, u"1"_s, u"--redeem-points"_s, u"200"_s}, u"¥2"_s);
    // a coupon the sale does not reach
    r = cli({u"--db"_s, db, u"coupons"_s, u"types"_s, u"add"_s, u"满100减10"_s, u"--amount-off"_s, u"10"_s,
             u"--min-spend"_s, u"100"_s, u"--valid-days"_s, u"7"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"issue"_s, u"满100减10"_s, u"--customer"_s, u"V001"_s});
    REQUIRE(r.exitCode == 0);
    const QString coupon = r.json()[u"coupons"_s][0][u"code"_s].toString();
    REQUIRE_FALSE(coupon.isEmpty());
    refused({u"sale"_s, u"V001"_s, u"--amount"_s, u"50"_s, u"--coupon"_s, coupon}, u"¥100"_s);
    // a top-up for a customer who is no member (neither phone nor code)
    refused({u"topup"_s, u"2"_s, u"100"_s}, u"无号"_s);
    // a visit card used up
    REQUIRE(cli({u"--db"_s, db, u"cards"_s, u"plans"_s, u"add"_s, u"洗头1次"_s, u"--uses"_s, u"1"_s, u"--price"_s,
                 u"10"_s, u"--months"_s, u"1"_s})
                .exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"cards"_s, u"sell"_s, u"V001"_s, u"洗头1次"_s});
    REQUIRE(r.exitCode == 0);
    const QString card = r.json()[u"card_no"_s].toString();
    REQUIRE(cli({u"--db"_s, db, u"cards"_s, u"use"_s, card}).exitCode == 0);
    refused({u"cards"_s, u"use"_s, card}, card);
    // a void voided again, a void refunded
    r = cli({u"--db"_s, db, u"--json"_s, u"refund"_s, sold});
    REQUIRE(r.exitCode == 0);
    const QString voidNo = r.json()[u"order_no"_s].toString();
    refused({u"refund"_s, sold}, u"Sale %1 was already voided (%2)."_s.arg(sold, voidNo));
    refused({u"refund"_s, voidNo}, voidNo + u" is itself a void"_s);

    // --json: the message as {"error": …}, the same exit status
    r = cli({u"--db"_s, db, u"--json"_s, u"topup"_s, u"2"_s, u"100"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.json()[u"error"_s].toString().contains(u"无号"_s));

    // what stays a usage error: the command line itself is wrong
    for (const QStringList& args : {QStringList{u"sale"_s, u"V001"_s, u"--amount"_s, u"abc"_s},
                                    QStringList{u"sale"_s, u"V001"_s, u"--amount"_s, u"10"_s, u"--pay"_s, u"gold"_s},
                                    QStringList{u"topup"_s, u"V001"_s, u"-5"_s}, QStringList{u"refund"_s}}) {
        r = cli(QStringList{u"--db"_s, db} + args);
        INFO(args.join(u' ').toStdString());
        CHECK(r.exitCode == 2);
    }
    // nothing of the refused actions was written
    r = cli({u"--db"_s, db, u"--json"_s, u"balance"_s, u"V001"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json()[u"principal_fen"_s].toInteger() == 5000);
}
