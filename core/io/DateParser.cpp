#include "DateParser.h"

#include "TextNormalizer.h"

#include <QList>

namespace clientele::core::io {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

// Splits "2024-05-01 13:45:07" / "2024-05-01T13:45" into date and time parts.
std::optional<QTime> splitTime(QString& text)
{
    qsizetype cut = text.indexOf(u'T');
    if (cut < 0)
        cut = text.indexOf(u' ');
    if (cut < 0)
        return QTime();
    const QString timePart = text.mid(cut + 1).trimmed();
    text.truncate(cut);
    if (timePart.isEmpty())
        return QTime();
    for (const QString& format : {QStringLiteral("H:mm:ss"), QStringLiteral("H:mm"), QStringLiteral("H:mm:ss.zzz")}) {
        const QTime t = QTime::fromString(timePart, format);
        if (t.isValid())
            return t;
    }
    return std::nullopt;
}

std::optional<QDate> makeDate(int y, int m, int d)
{
    if (y < kMinYear || y > kMaxYear)
        return std::nullopt;
    const QDate date(y, m, d);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

std::optional<ParsedDate> DateParser::parse(QStringView raw, DayMonthOrder order)
{
    QString text = TextNormalizer::toHalfWidth(raw).trimmed();
    if (text.isEmpty())
        return std::nullopt;

    // 2024年5月1日 [13:45]
    if (text.contains(u'年')) {
        text.replace(u'年', u'-').replace(u'月', u'-');
        text.remove(u'日').remove(u'号');
    }
    const auto time = splitTime(text);
    if (!time)
        return std::nullopt;

    // Excel serial day number (1900 date system, with Lotus's phantom 29 Feb 1900 accounted for).
    if (allDigits(text) && text.size() <= 5) {
        const int serial = text.toInt();
        if (serial < 1)
            return std::nullopt;
        const QDate date = QDate(1899, 12, 30).addDays(serial);
        if (date.year() < kMinYear || date.year() > kMaxYear)
            return std::nullopt;
        return ParsedDate{date, *time};
    }
    // Excel serial with a fraction of a day for the time: 45413.5
    if (text.count(u'.') == 1 && allDigits(text.section(u'.', 0, 0)) && allDigits(text.section(u'.', 1)) &&
        text.section(u'.', 0, 0).size() == 5) {
        const QString whole = text.section(u'.', 0, 0);
        const QString frac = text.section(u'.', 1).left(6).leftJustified(6, u'0');
        const QDate date = QDate(1899, 12, 30).addDays(whole.toInt());
        const int seconds = int((frac.toLongLong() * 86400 + 500000) / 1000000);
        return ParsedDate{date, QTime(0, 0).addSecs(qMin(seconds, 86399))};
    }
    // 20240501
    if (allDigits(text) && text.size() == 8) {
        const auto d = makeDate(text.left(4).toInt(), text.mid(4, 2).toInt(), text.right(2).toInt());
        if (!d)
            return std::nullopt;
        return ParsedDate{*d, *time};
    }

    QChar separator;
    for (const QChar candidate : {u'-', u'/', u'.'}) {
        if (text.count(candidate) == 2) {
            separator = candidate;
            break;
        }
    }
    if (separator.isNull())
        return std::nullopt;
    const QStringList parts = text.split(separator);
    if (parts.size() != 3 || !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]))
        return std::nullopt;
    std::optional<QDate> date;
    if (parts[0].size() == 4) { // y-m-d
        date = makeDate(parts[0].toInt(), parts[1].toInt(), parts[2].toInt());
    } else if (parts[2].size() == 4) { // a/b/yyyy
        const int a = parts[0].toInt();
        const int b = parts[1].toInt();
        date = order == DayMonthOrder::DayFirst ? makeDate(parts[2].toInt(), b, a) : makeDate(parts[2].toInt(), a, b);
    }
    if (!date)
        return std::nullopt;
    return ParsedDate{*date, *time};
}

DateParser::SlashEvidence DateParser::slashEvidence(QStringView raw)
{
    QString text = TextNormalizer::toHalfWidth(raw).trimmed();
    (void)splitTime(text);
    SlashEvidence evidence;
    for (const QChar separator : {u'/', u'.', u'-'}) {
        const QStringList parts = text.split(separator);
        if (parts.size() == 3 && parts[2].size() == 4 && parts[0].size() <= 2 && parts[1].size() <= 2 &&
            allDigits(parts[0]) && allDigits(parts[1]) && allDigits(parts[2])) {
            evidence.isSlashDate = true;
            evidence.firstMustBeDay = parts[0].toInt() > 12;
            evidence.secondMustBeDay = parts[1].toInt() > 12;
            break;
        }
    }
    return evidence;
}

void DateColumnAnalyzer::add(QStringView value)
{
    const auto evidence = DateParser::slashEvidence(value);
    if (!evidence.isSlashDate)
        return;
    ++m_slashDates;
    if (evidence.firstMustBeDay && !evidence.secondMustBeDay)
        ++m_dayFirstVotes;
    else if (evidence.secondMustBeDay && !evidence.firstMustBeDay)
        ++m_monthFirstVotes;
}

DayMonthOrder DateColumnAnalyzer::order() const
{
    return m_dayFirstVotes > m_monthFirstVotes ? DayMonthOrder::DayFirst : DayMonthOrder::MonthFirst;
}

bool DateColumnAnalyzer::ambiguous() const
{
    return m_slashDates > 0 && m_dayFirstVotes == 0 && m_monthFirstVotes == 0;
}

} // namespace clientele::core::io
