#include "CatchCompat.h"

#include "io/PhoneNormalizer.h"
#include "io/TextNormalizer.h"

using namespace clientele::core::io;
using Kind = NormalizedPhone::Kind;

TEST_CASE("mainland mobiles in every written form normalize to 11 digits", "[normalize][phone]")
{
    for (const auto* text : {u"13800138000", u"138 0013 8000", u"138-0013-8000", u"(138)00138000", u"+86 138 0013 8000",
                             u"+8613800138000", u"0086 13800138000", u"8613800138000", u"１３８００１３８０００",
                             u"　13800138000　"}) {
        const auto phone = PhoneNormalizer::normalize(text);
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(phone.kind == Kind::Mobile);
        CHECK(phone.digits == QStringLiteral("13800138000"));
    }
}

TEST_CASE("other numbers are kept and flagged, garbage is invalid", "[normalize][phone]")
{
    auto landline = PhoneNormalizer::normalize(u"(021) 6234-5678");
    CHECK(landline.kind == Kind::Other);
    CHECK(landline.digits == QStringLiteral("02162345678"));
    auto hk = PhoneNormalizer::normalize(u"+852 9123 4567");
    CHECK(hk.kind == Kind::Other);
    CHECK(hk.digits == QStringLiteral("+85291234567"));
    CHECK(PhoneNormalizer::normalize(u"12345678901").kind == Kind::Other); // 1[2] is not a mobile prefix
    CHECK(PhoneNormalizer::normalize(u"电话待补").kind == Kind::Invalid);
    CHECK(PhoneNormalizer::normalize(u"138001380001234567").kind == Kind::Invalid);
    CHECK(PhoneNormalizer::normalize(u"").kind == Kind::Empty);
    CHECK(PhoneNormalizer::mask(QStringLiteral("13800138000")) == QStringLiteral("138****8000"));
}

TEST_CASE("names, e-mails, genders and yes/no", "[normalize]")
{
    CHECK(TextNormalizer::cleanName(u"  Ｃａｔ　 Zhou ") == QStringLiteral("Cat Zhou"));
    CHECK(TextNormalizer::toHalfWidth(u"ＡＢＣ１２３！") == QStringLiteral("ABC123!"));
    bool ok = false;
    CHECK(TextNormalizer::normalizeEmail(u" Alice@Example.COM ", &ok) == QStringLiteral("alice@example.com"));
    CHECK(ok);
    CHECK(TextNormalizer::normalizeEmail(u"not-an-email", &ok).isEmpty());
    CHECK_FALSE(ok);
    CHECK(TextNormalizer::normalizeGender(u"女", &ok) == QStringLiteral("F"));
    CHECK(TextNormalizer::normalizeGender(u"Male", &ok) == QStringLiteral("M"));
    CHECK(TextNormalizer::normalizeGender(u"未知", &ok).isEmpty());
    CHECK(ok);
    CHECK(TextNormalizer::normalizeGender(u"不详x", &ok).isEmpty());
    CHECK_FALSE(ok);
    CHECK(TextNormalizer::parseYesNo(u"是", &ok));
    CHECK(ok);
    CHECK_FALSE(TextNormalizer::parseYesNo(u"退订", &ok));
    CHECK(ok);
    TextNormalizer::parseYesNo(u"maybe", &ok);
    CHECK_FALSE(ok);
}
