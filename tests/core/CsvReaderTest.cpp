#include "CatchCompat.h"

#include "io/CsvReader.h"

#include <QBuffer>

using namespace clientele::core::io;
using namespace Qt::StringLiterals;

namespace {
struct Parsed
{
    QList<CsvRecord> records;
    std::optional<clientele::core::Error> error;
};

Parsed parse(const QByteArray& bytes, QChar delimiter = u',', const QString& encoding = QStringLiteral("UTF-8"),
             qsizetype maxField = 1 << 20)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding, delimiter, maxField);
    Parsed out;
    CsvRecord record;
    while (reader.next(record))
        out.records.append(record);
    out.error = reader.error();
    return out;
}

// A device that produces an endless stream of CSV lines without holding them, to show the
// reader's memory does not depend on the file size.
class GeneratedCsv : public QIODevice
{
public:
    explicit GeneratedCsv(qint64 lines) : m_lines(lines) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        qint64 written = 0;
        while (written < max && m_produced < m_lines) {
            if (m_pending.isEmpty())
                m_pending = QByteArray("12345,\"a \"\"quoted\"\" name\",13800138000,2024-05-01,\"x\ny\"\n");
            const qint64 n = qMin<qint64>(max - written, m_pending.size());
            memcpy(data + written, m_pending.constData(), size_t(n));
            m_pending.remove(0, n);
            written += n;
            if (m_pending.isEmpty())
                ++m_produced;
        }
        return written == 0 && m_produced >= m_lines ? -1 : written;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_lines;
    qint64 m_produced = 0;
    QByteArray m_pending;
};
} // namespace

TEST_CASE("RFC 4180 fields: quotes, doubled quotes, delimiters and newlines inside quotes", "[csv]")
{
    const auto p = parse("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nnext,row\r\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0].fields == QStringList{u"a"_s, u"b,c"_s, u"say \"hi\""_s, u"two\nlines"_s});
    CHECK(p.records[0].line == 1);
    CHECK(p.records[1].line == 3); // the quoted newline moved the physical line
    CHECK(p.records[1].fields == QStringList{u"next"_s, u"row"_s});
}

TEST_CASE("line breaks inside quoted fields are kept exactly as written", "[csv]")
{
    const auto p = parse("note,n\r\n\"one\r\ntwo\",1\r\n\"lf\nonly\",2\r\n\"lone\rcr\",3\r\nend,4\r\n");
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 5);
    CHECK(p.records[1].fields[0] == u"one\r\ntwo"_s); // CRLF stays CRLF, not LF
    CHECK(p.records[2].fields[0] == u"lf\nonly"_s);
    CHECK(p.records[3].fields[0] == u"lone\rcr"_s);
    CHECK(p.records[1].line == 2);
    CHECK(p.records[2].line == 4);
    CHECK(p.records[3].line == 6);
    CHECK(p.records[4].line == 8);
}

TEST_CASE("line endings CRLF, LF and lone CR all count as lines", "[csv]")
{
    const auto p = parse("h1,h2\r1,2\n3,4\r\n5,6");
    REQUIRE(p.records.size() == 4);
    CHECK(p.records[3].line == 4);
    CHECK(p.records[3].fields == QStringList{u"5"_s, u"6"_s}); // last line without newline
}

TEST_CASE("blank lines are skipped, ragged rows kept as read, empty fields preserved", "[csv]")
{
    const auto p = parse("a,b,c\n\n\n1,2\n,,\n1,2,3,4\n\"\"\n");
    REQUIRE(p.records.size() == 5);
    CHECK(p.records[1].line == 4);
    CHECK(p.records[1].fields.size() == 2);
    CHECK(p.records[2].fields == QStringList{QString(), QString(), QString()});
    CHECK(p.records[3].fields.size() == 4);
    CHECK(p.records[4].fields == QStringList{QString()});
}

TEST_CASE("a UTF-8 BOM is not part of the first header", "[csv]")
{
    const auto p = parse("\xEF\xBB\xBF姓名,手机\n张三,1\n");
    REQUIRE(p.records.size() == 2);
    CHECK(p.records[0].fields[0] == u"姓名"_s);
}

TEST_CASE("other delimiters", "[csv]")
{
    CHECK(parse("a;b;\"c;d\"\n", u';').records[0].fields == QStringList{u"a"_s, u"b"_s, u"c;d"_s});
    CHECK(parse("a\tb\n", u'\t').records[0].fields == QStringList{u"a"_s, u"b"_s});
    CHECK(parse("a|b\n", u'|').records[0].fields == QStringList{u"a"_s, u"b"_s});
}

TEST_CASE("stray quotes inside unquoted fields are kept as written", "[csv]")
{
    const auto p = parse("5\" screen,\"ok\"x\n");
    REQUIRE_FALSE(p.error);
    CHECK(p.records[0].fields == QStringList{u"5\" screen"_s, u"okx"_s});
}

TEST_CASE("an unterminated quote refuses the file naming the line it opened on", "[csv]")
{
    const auto p = parse("name,phone\nA,1\n\"B,2\nC,3\n");
    REQUIRE(p.error);
    CHECK(p.error->message.contains(u"Line 3"_s));
    CHECK(p.error->message.contains(u"unterminated"_s));
}

TEST_CASE("undecodable bytes refuse the file naming the line", "[csv]")
{
    const auto p = parse(QByteArray("a,b\nok,1\n") + QByteArray("\xD5\xC5\xC8\xFD,2\n"));
    REQUIRE(p.error);
    CHECK(p.error->message.contains(u"Line 3"_s));
    CHECK(p.error->code == clientele::core::Error::Code::NotCsv);
}

TEST_CASE("NUL bytes and giant fields fail cleanly", "[csv]")
{
    const auto nul = parse(QByteArray("a,b\n1,", 6) + QByteArray(1, '\0') + QByteArray("\n"));
    REQUIRE(nul.error);
    CHECK(nul.error->message.contains(u"NUL"_s));

    const auto giant = parse("a\n\"" + QByteArray(5000, 'x') + "\n", u',', QStringLiteral("UTF-8"), 1000);
    REQUIRE(giant.error);
    CHECK(giant.error->message.contains(u"longer than 1000"_s));
}

TEST_CASE("records that straddle read chunks parse the same", "[csv]")
{
    // 256 KiB chunks: put a quoted multi-line field and a CRLF pair across the boundary.
    QByteArray bytes = "h\r\n" + QByteArray(256 * 1024 - 4, 'x') + "\r\n\"multi\r\nline\"\r\nlast\r\n";
    const auto p = parse(bytes);
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == 4);
    CHECK(p.records[2].fields[0] == u"multi\r\nline"_s);
    CHECK(p.records[3].line == 5);

    // A CRLF inside quotes split between two chunks stays one CRLF and one line.
    QByteArray split = "h\n\"" + QByteArray(256 * 1024 - 4, 'y') + "\r\nz\"\nlast\n";
    REQUIRE(split.indexOf('\r') == 256 * 1024 - 1);
    const auto q = parse(split);
    REQUIRE_FALSE(q.error);
    REQUIRE(q.records.size() == 3);
    CHECK(q.records[1].fields[0] == QString(256 * 1024 - 4, u'y') + u"\r\nz"_s);
    CHECK(q.records[2].line == 4);
}

TEST_CASE("GB18030 text decodes through the reader", "[csv]")
{
    const QByteArray gbk("\xD0\xD5\xC3\xFB,\xCA\xD6\xBB\xFA\r\n\xD5\xC5\xC8\xFD,1\r\n"); // 姓名,手机 / 张三,1
    const auto p = parse(gbk, u',', QStringLiteral("GB18030"));
    REQUIRE_FALSE(p.error);
    CHECK(p.records[0].fields == QStringList{u"姓名"_s, u"手机"_s});
    CHECK(p.records[1].fields[0] == u"张三"_s);
}

TEST_CASE("streaming: a million lines pass through without being held", "[csv][stream]")
{
    GeneratedCsv device(1'000'000);
    CsvReader reader(&device, QStringLiteral("UTF-8"), u',');
    CsvRecord record;
    qint64 count = 0;
    qint64 lastLine = 0;
    QStringList lastFields;
    while (reader.next(record)) {
        ++count;
        lastLine = record.line;
        lastFields = record.fields;
    }
    CHECK_FALSE(reader.error());
    CHECK(count == 1'000'000);
    CHECK(lastLine == 1'999'999); // each record spans two physical lines
    REQUIRE(lastFields.size() == 5);
    CHECK(lastFields[4] == u"x\ny"_s);
}
