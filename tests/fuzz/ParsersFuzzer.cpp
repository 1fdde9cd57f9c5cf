// libFuzzer target over everything that reads untrusted bytes: encoding detection, the streaming
// CSV reader (both with the detected encoding and as GB18030), the delimiter sniffer and the
// value parsers (dates, amounts, phones). Any crash, sanitizer report or broken invariant
// (a record line that goes backwards, a field beyond the limit) is a finding.
#include "domain/Money.h"
#include "io/CsvReader.h"
#include "io/DateParser.h"
#include "io/DelimiterSniffer.h"
#include "io/PhoneNormalizer.h"
#include "io/TextDecoding.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>

#include <cstdlib>

using namespace clientele::core;

namespace {
void readAll(const QByteArray& bytes, const QString& encoding, QChar delimiter)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    constexpr qsizetype kMaxField = 4096;
    io::CsvReader reader(&buffer, encoding, delimiter, kMaxField);
    io::CsvRecord record;
    qint64 lastLine = 0;
    while (reader.next(record)) {
        if (record.line < lastLine) // lines only move forward
            std::abort();
        lastLine = record.line;
        for (const QString& field : record.fields)
            if (field.size() > kMaxField) // the limit holds
                std::abort();
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static int argc = 1;
    static char name[] = "clientele-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv); // QStringDecoder by name needs ICU set up by Qt
    (void)app;

    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto detected = io::TextDecoding::detect(bytes)) {
        readAll(bytes, detected->name, QChar());
        QStringDecoder decoder = io::TextDecoding::decoder(detected->name);
        const QString text = decoder.decode(bytes);
        readAll(bytes, detected->name, io::DelimiterSniffer::sniff(text));
        // Each line as a value: the parsers must refuse garbage, never crash.
        for (const QString& line : text.left(4096).split(u'\n')) {
            (void)io::DateParser::parse(line, io::DayMonthOrder::DayFirst);
            (void)io::DateParser::parse(line, io::DayMonthOrder::MonthFirst);
            (void)io::DateParser::slashEvidence(line);
            (void)money::parse(line);
            (void)io::PhoneNormalizer::normalize(line);
        }
    }
    readAll(bytes, QStringLiteral("GB18030"), QChar(u';'));
    return 0;
}
