// Issue 16 from the command line: an empty shop sells a visit card, uses it, issues coupons.
#include "CatchCompat.h"

#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using clientele::test::cli;
using clientele::test::Run;

TEST_CASE("cards and coupons from an empty shop: plans, a sale, uses, coupons to a tier", "[cli][cards][coupons]")
{
    qputenv("CLIENTELE_TODAY", "2028-01-31");
    QTemporaryDir dir;
    const QString db = dir.filePath(u"salon.sqlite"_s);
    const QString csv = clientele::test::writeTempFile("会员卡号,姓名,手机,营销\n"
                                                       "V001,张伟,13800138000,是\n"
                                                       "V002,李娜,13900139000,否\n"
                                                       "V003,王芳,13700137000,是\n");
    Run r = cli({u"--db"_s, db, u"import"_s, u"customers"_s, csv});
    REQUIRE(r.exitCode == 0);

    r = cli({u"--db"_s, db, u"--json"_s, u"cards"_s, u"plans"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().array().isEmpty());
    r = cli({u"--db"_s, db, u"--json"_s, u"cards"_s, u"plans"_s, u"add"_s, u"洗剪吹2次"_s, u"--uses"_s, u"2"_s,
             u"--price"_s, u"99.90"_s, u"--months"_s, u"1"_s, u"--items"_s, u"洗剪吹"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"price_fen"_s].toInteger() == 9990);
    r = cli({u"--db"_s, db, u"cards"_s, u"plans"_s, u"add"_s, u"x"_s, u"--uses"_s, u"0"_s, u"--price"_s, u"1"_s,
             u"--months"_s, u"1"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--uses"_s));
    r = cli({u"--db"_s, db, u"cards"_s, u"plans"_s, u"add"_s, u"y"_s, u"--uses"_s, u"3"_s, u"--price"_s, u"abc"_s,
             u"--months"_s, u"1"_s});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"abc"_s));
    r = cli({u"--db"_s, db, u"--json"_s, u"cards"_s, u"plans"_s});
    REQUIRE(r.json().array().size() == 1);

    // Sold on Jan 31 for one month: valid through Feb 29 (2028 is a leap year).
    r = cli({u"--db"_s, db, u"stores"_s, u"add"_s, u"万达店"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"cards"_s, u"sell"_s, u"13800138000"_s, u"洗剪吹2次"_s, u"--store"_s, u"万达店"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonObject sold = r.json().object();
    CHECK(sold[u"card_no"_s].toString() == u"K000001"_s);
    CHECK(sold[u"expires_on"_s].toString() == u"2028-02-29"_s);
    r = cli({u"--db"_s, db, u"cards"_s, u"sell"_s, u"nobody"_s, u"洗剪吹2次"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"nobody"_s));
    r = cli({u"--db"_s, db, u"cards"_s, u"sell"_s, u"V002"_s, u"no such plan"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"no such plan"_s));

    // The sale is an order of the customer.
    r = cli({u"--db"_s, db, u"--json"_s, u"customer"_s, u"V001"_s});
    REQUIRE(r.exitCode == 0);
    const QJsonArray orders = r.json().object()[u"orders"_s].toArray();
    REQUIRE(orders.size() == 1);
    CHECK(orders[0].toObject()[u"amount_fen"_s].toInteger() == 9990);

    r = cli({u"--db"_s, db, u"--json"_s, u"cards"_s, u"use"_s, u"K000001"_s, u"--date"_s, u"2028-02-01"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"remaining"_s].toInt() == 1);
    r = cli({u"--db"_s, db, u"--json"_s, u"cards"_s, u"use"_s, u"k000001"_s, u"--date"_s, u"2028-02-29"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"remaining"_s].toInt() == 0);
    r = cli({u"--db"_s, db, u"cards"_s, u"use"_s, u"K000001"_s, u"--date"_s, u"2028-02-29"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"used up"_s));
    r = cli({u"--db"_s, db, u"cards"_s, u"sell"_s, u"V001"_s, u"1"_s}); // by plan id
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"cards"_s, u"use"_s, u"K000002"_s, u"--date"_s, u"2028-03-01"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"expired on 2028-02-29"_s));
    r = cli({u"--db"_s, db, u"--json"_s, u"cards"_s, u"list"_s, u"--customer"_s, u"V001"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().array().size() == 2); // used-up cards stay in history

    // Coupons to a tier: tiers come from a segmentation run over the purchases.
    r = cli({u"--db"_s, db, u"cards"_s, u"sell"_s, u"V002"_s, u"洗剪吹2次"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"segment"_s});
    REQUIRE(r.exitCode == 0);
    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"types"_s, u"add"_s, u"满200减20"_s, u"--amount-off"_s, u"20"_s,
             u"--min-spend"_s, u"200"_s, u"--valid-days"_s, u"30"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"stackable"_s].toBool() == false);
    r = cli({u"--db"_s, db, u"coupons"_s, u"types"_s, u"add"_s, u"z"_s, u"--amount-off"_s, u"5"_s, u"--percent"_s,
             u"10"_s, u"--valid-days"_s, u"3"_s});
    CHECK(r.exitCode == 2);
    r = cli({u"--db"_s, db, u"--json"_s, u"customers"_s});
    QString tier;
    for (const auto& c : r.json().array())
        if (c.toObject()[u"member_code"_s].toString() == u"V002"_s)
            tier = c.toObject()[u"tier"_s].toString();
    REQUIRE_FALSE(tier.isEmpty());
    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"issue"_s, u"满200减20"_s, u"--tier"_s, tier});
    REQUIRE(r.exitCode == 0);
    const QJsonObject issued = r.json().object();
    CHECK(issued[u"issued"_s].toInt() == 2); // V001 and V002 (opted out of marketing: a coupon is no message)
    QStringList codes;
    for (const auto& c : issued[u"coupons"_s].toArray())
        codes << c.toObject()[u"code"_s].toString();
    CHECK(codes.size() == 2);
    CHECK(codes[0] != codes[1]);
    CHECK(codes[0].contains(QRegularExpression(u"^[2-9A-Z]{4}-[2-9A-Z]{4}$"_s)));
    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"issue"_s, u"满200减20"_s, u"--tier"_s, tier});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"issued"_s].toInt() == 0); // one per customer
    CHECK(r.json().object()[u"skipped_at_limit"_s].toInt() == 2);
    r = cli({u"--db"_s, db, u"coupons"_s, u"issue"_s, u"满200减20"_s, u"--tier"_s, u"nosuchtier"_s});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"nosuchtier"_s));
    r = cli({u"--db"_s, db, u"coupons"_s, u"issue"_s, u"满200减20"_s});
    CHECK(r.exitCode == 2);
    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"issue"_s, u"满200减20"_s, u"--customer"_s, u"V003"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"issued"_s].toInt() == 1);

    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"list"_s, u"--customer"_s, u"V002"_s});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().array().size() == 1);
    const QJsonObject coupon = r.json().array()[0].toObject();
    CHECK(coupon[u"status"_s].toString() == u"unused"_s);
    CHECK(coupon[u"valid_to"_s].toString() == u"2028-02-29"_s); // 30 days from Jan 31, the issue day counted
    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"list"_s});
    CHECK(r.json().array().size() == 3);
    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"types"_s});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().array()[0].toObject()[u"issued"_s].toInt() == 3);
    CHECK(r.json().array()[0].toObject()[u"redemption_rate"_s].toDouble() == 0.0);

    // The coupon at the counter: a fen short of the minimum spend is refused naming it; ¥200 takes
    // ¥20 off; the refund gives the coupon back.
    const QString v002Coupon = coupon[u"code"_s].toString();
    r = cli({u"--db"_s, db, u"sale"_s, u"V002"_s, u"--amount"_s, u"199.99"_s, u"--coupon"_s, v002Coupon});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(u"¥200;"_s));
    r = cli({u"--db"_s, db, u"--json"_s, u"sale"_s, u"V002"_s, u"--amount"_s, u"200"_s, u"--coupon"_s,
             v002Coupon.toLower()});
    REQUIRE(r.exitCode == 0);
    const QJsonObject couponSale = r.json().object();
    CHECK(couponSale[u"coupon_code"_s].toString() == v002Coupon);
    CHECK(couponSale[u"coupon_discount_fen"_s].toInteger() == 2000);
    CHECK(couponSale[u"paid_other_fen"_s].toInteger() == 18000);
    r = cli({u"--db"_s, db, u"--json"_s, u"coupons"_s, u"types"_s});
    CHECK(r.json().array()[0].toObject()[u"redeemed"_s].toInt() == 1);
    r = cli({u"--db"_s, db, u"--json"_s, u"refund"_s, couponSale[u"order_no"_s].toString()});
    REQUIRE(r.exitCode == 0);
    CHECK(r.json().object()[u"coupons_returned"_s].toArray().size() == 1);
    r = cli({u"--db"_s, db, u"--json"_s, u"balance"_s, u"V002"_s});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().object()[u"coupons"_s].toArray().size() == 1);
    CHECK(r.json().object()[u"coupons"_s].toArray()[0].toObject()[u"usable"_s].toBool());

    // Chinese output for people at the counter.
    r = cli({u"--db"_s, db, u"coupons"_s, u"types"_s}, u"zh_CN.UTF-8"_s);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(u"满200减20"_s));
    CHECK_FALSE(r.out.contains(u"Issued"_s));
    qunsetenv("CLIENTELE_TODAY");
}
