#include "CatchCompat.h"

#include "ChineseScope.h"
#include "TestSupport.h"

#include "io/CustomerExporter.h"
#include "io/Importer.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"

using namespace clientele::core;
using namespace clientele::core::io;
using namespace Qt::StringLiterals;

TEST_CASE("an export re-imports into an identical customer base, in every encoding", "[export]")
{
    auto db = clientele::test::memoryDatabase();
    REQUIRE(Importer::run(*db, clientele::test::dataPath(u"customers_gbk_excel.csv"_s), {}).ok());

    for (const auto encoding : {CsvWriter::Encoding::Utf8, CsvWriter::Encoding::Utf8Bom, CsvWriter::Encoding::Gb18030}) {
        const QString path = clientele::test::outputPath(u"export-%1.csv"_s.arg(int(encoding)));
        REQUIRE(CustomerExporter::exportCsv(*db, path, encoding).value() == 6);
        const QByteArray bytes = clientele::test::readFile(path);
        CHECK(bytes.startsWith("\xEF\xBB\xBF") == (encoding == CsvWriter::Encoding::Utf8Bom));

        auto copy = clientele::test::memoryDatabase();
        const auto r = Importer::run(*copy, path, {});
        REQUIRE(r.ok());
        CHECK(r->inserted == 6);
        CHECK(r->notes.isEmpty()); // every exported column maps back
        CHECK(r->droppedValues == 0); // and every value reads back
        QList<Customer> a, b;
        REQUIRE(storage::CustomerQueries::forEachForExport(*db, {}, [&](const Customer& c) { a.append(c); }).ok());
        REQUIRE(storage::CustomerQueries::forEachForExport(*copy, {}, [&](const Customer& c) { b.append(c); }).ok());
        REQUIRE(a.size() == b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            CHECK(a[i].name == b[i].name);
            CHECK(a[i].phone == b[i].phone);
            CHECK(a[i].birthday == b[i].birthday);
            CHECK(a[i].notes == b[i].notes);
            CHECK(a[i].tags == b[i].tags);
        }
    }
}

TEST_CASE("an export in Chinese says 是 / 否 for consent, as its headers, and reads back the same", "[export][i18n]")
{
    auto db = clientele::test::memoryDatabase();
    REQUIRE(Importer::run(*db, clientele::test::dataPath(u"customers_gbk_excel.csv"_s), clientele::test::consenting()).ok());
    const QString path = clientele::test::outputPath(u"export-zh.csv"_s);
    {
        clientele::test::Chinese zh;
        REQUIRE(CustomerExporter::exportCsv(*db, path, CsvWriter::Encoding::Utf8Bom).ok());
    }
    const QString text = QString::fromUtf8(clientele::test::readFile(path));
    CHECK(text.contains(u"营销同意"_s));
    CHECK(text.contains(u",是,"_s));
    CHECK_FALSE(text.contains(u",yes,"_s));
    auto copy = clientele::test::memoryDatabase();
    const auto r = Importer::run(*copy, path, {});
    REQUIRE(r.ok());
    CHECK(r->droppedValues == 0);
    QList<Customer> a, b;
    REQUIRE(storage::CustomerQueries::forEachForExport(*db, {}, [&](const Customer& c) { a.append(c); }).ok());
    REQUIRE(storage::CustomerQueries::forEachForExport(*copy, {}, [&](const Customer& c) { b.append(c); }).ok());
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        CHECK(a[i].marketingConsent == b[i].marketingConsent);
}

TEST_CASE("CSV cells that a spreadsheet would run as formulas are neutralised", "[export]")
{
    CHECK(CsvWriter::escape(u"=HYPERLINK(\"x\")"_s, true) == u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    CHECK(CsvWriter::escape(u"+86 138"_s, true) == u"'+86 138"_s);
    CHECK(CsvWriter::escape(u"-5"_s, true) == u"'-5"_s);
    CHECK(CsvWriter::escape(u"@SUM(A1)"_s, true) == u"'@SUM(A1)"_s);
    CHECK(CsvWriter::escape(u"plain"_s, true) == u"plain"_s);
    CHECK(CsvWriter::escape(u"-5"_s, false) == u"-5"_s);
}
