#include "CatchCompat.h"

#include "domain/Money.h"

using namespace clientele::core;

TEST_CASE("amounts parse to exact fen", "[money]")
{
    CHECK(money::parse(u"1234.5") == 123450);
    CHECK(money::parse(u"¥1,234.50") == 123450);
    CHECK(money::parse(u"￥1,234.50") == 123450);
    CHECK(money::parse(u"1234.5元") == 123450);
    CHECK(money::parse(u"RMB 12") == 1200);
    CHECK(money::parse(u"１２３．４５") == 12345); // full-width digits and point
    CHECK(money::parse(u"-12.00") == -1200);
    CHECK(money::parse(u"(12.00)") == -1200); // accounting refund
    CHECK(money::parse(u"-¥12") == -1200);
    CHECK(money::parse(u"12,50") == 1250);       // decimal comma
    CHECK(money::parse(u"1.234,50") == 123450);  // European grouping
    CHECK(money::parse(u"1,234") == 123400);     // grouping, not decimals
    CHECK(money::parse(u"0.105") == 11);         // third decimal rounds half away from zero
    CHECK(money::parse(u"0.104") == 10);
    CHECK(money::parse(u"0.1") == 10);
    CHECK(money::parse(u"19.99") == 1999);       // no binary floating point error
}

TEST_CASE("non-amounts are refused", "[money]")
{
    CHECK_FALSE(money::parse(u"").has_value());
    CHECK_FALSE(money::parse(u"五十元").has_value());
    CHECK_FALSE(money::parse(u"12.3.4").has_value());
    CHECK_FALSE(money::parse(u"abc").has_value());
    CHECK_FALSE(money::parse(u"¥").has_value());
    CHECK_FALSE(money::parse(u"99999999999999999999").has_value());
}

TEST_CASE("money formats for reasons and reports", "[money]")
{
    CHECK(money::format(2340000) == QStringLiteral("¥23,400"));
    CHECK(money::format(123450) == QStringLiteral("¥1,234.50"));
    CHECK(money::format(5) == QStringLiteral("¥0.05"));
    CHECK(money::format(-1200) == QStringLiteral("-¥12"));
    CHECK(money::toDecimalString(-5) == QStringLiteral("-0.05"));
    CHECK(money::toDecimalString(123450) == QStringLiteral("1234.50"));
}
