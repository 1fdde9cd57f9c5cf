#include "CatchCompat.h"

#include "TestSupport.h"

#include "io/DelimiterSniffer.h"
#include "io/TextDecoding.h"

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;

TEST_CASE("encodings are detected from the bytes", "[encoding]")
{
    CHECK(TextDecoding::detect("\xEF\xBB\xBFname\n")->name == u"UTF-8"_s);
    CHECK(TextDecoding::detect("\xEF\xBB\xBFname\n")->bom);
    CHECK(TextDecoding::detect("\xFF\xFEn\0a\0")->name == u"UTF-16LE"_s);
    CHECK(TextDecoding::detect("\xFE\xFF\0n\0a")->name == u"UTF-16BE"_s);
    CHECK(TextDecoding::detect("plain ascii,1\n")->name == u"UTF-8"_s);
    CHECK(TextDecoding::detect(u"姓名,张三\n"_s.toUtf8())->name == u"UTF-8"_s);
    CHECK(TextDecoding::detect(clientele::test::readFile(clientele::test::dataPath(u"customers_gbk_excel.csv"_s)))->name ==
          u"GB18030"_s);
    // A sample cut in the middle of a UTF-8 character is still UTF-8.
    const QByteArray cut = u"张三李四"_s.toUtf8().left(7);
    CHECK(TextDecoding::detect(cut)->name == u"UTF-8"_s);
}

TEST_CASE("empty and binary input is refused with a message", "[encoding]")
{
    auto empty = TextDecoding::detect({});
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message.contains(u"empty"_s));
    auto binary = TextDecoding::detect(clientele::test::readFile(clientele::test::dataPath(u"not_csv.png"_s)));
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().code == Error::Code::NotCsv);
}

TEST_CASE("user encoding names map to canonical names; GB18030 and Big5 decoders exist", "[encoding]")
{
    bool ok = false;
    CHECK(TextDecoding::canonicalName(u"gbk"_s, &ok) == u"GB18030"_s);
    CHECK(TextDecoding::canonicalName(u"GB2312"_s, &ok) == u"GB18030"_s);
    CHECK(TextDecoding::canonicalName(u"utf8"_s, &ok) == u"UTF-8"_s);
    CHECK(TextDecoding::canonicalName(u"Big5"_s, &ok) == u"Big5"_s);
    CHECK(TextDecoding::canonicalName(u"auto"_s, &ok).isEmpty());
    CHECK(ok);
    TextDecoding::canonicalName(u"klingon"_s, &ok);
    CHECK_FALSE(ok);
    CHECK(TextDecoding::isAvailable(u"GB18030"_s));
    CHECK(TextDecoding::isAvailable(u"Big5"_s));
    QStringDecoder big5 = TextDecoding::decoder(u"Big5"_s);
    CHECK(QString(big5.decode(QByteArray("\xA4\xA4\xA4\xE5"))) == u"中文"_s);
}

TEST_CASE("delimiters are sniffed, quotes respected", "[delimiter]")
{
    CHECK(DelimiterSniffer::sniff(u"a,b,c\n1,2,3\n4,5,6\n") == u',');
    CHECK(DelimiterSniffer::sniff(u"a;b;c\n1;2,5;3\n4;5;6\n") == u';');
    CHECK(DelimiterSniffer::sniff(u"a\tb\n1\t2\n") == u'\t');
    CHECK(DelimiterSniffer::sniff(u"a|b|c\n1|2|3\n") == u'|');
    CHECK(DelimiterSniffer::sniff(u"name;note\n\"x\";\"a, b, c, d\"\n\"y\";\"e, f\"\n") == u';');
    CHECK(DelimiterSniffer::sniff(u"single\nvalue\n") == u',');
    CHECK(DelimiterSniffer::fromUserText(u"tab"_s) == u'\t');
    CHECK(DelimiterSniffer::fromUserText(u";"_s) == u';');
    CHECK(DelimiterSniffer::fromUserText(u"x"_s).isNull());
}
