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

int digitAt(QStringView s, qsizetype i)
{
    return i < s.size() && s[i] >= u'0' && s[i] <= u'9' ? s[i].unicode() - u'0' : -1;
}

// "H:mm", "H:mm:ss" or "H:mm:ss.zzz", by hand: QTime::fromString is far too slow per row.
std::optional<QTime> parseTimeOfDay(QStringView t)
{
    qsizetype i = 0;
    int fields[3] = {0, 0, 0};
    int count = 0;
    while (count < 3) {
        int value = 0;
        int digits = 0;
        while (digitAt(t, i) >= 0 && digits < 2) {
            value = value * 10 + digitAt(t, i++);
            ++digits;
        }
        if (digits == 0 || (count > 0 && digits != 2))
            return std::nullopt;
        fields[count++] = value;
        if (i < t.size() && t[i] == u':' && count < 3) {
            ++i;
            continue;
        }
        break;
    }
    if (count < 2)
        return std::nullopt;
    int msec = 0;
    if (count == 3 && i < t.size() && t[i] == u'.') {
        ++i;
        int scale = 100;
        while (digitAt(t, i) >= 0) {
            msec += digitAt(t, i++) * scale;
            scale /= 10;
        }
    }
    if (i != t.size())
        return std::nullopt;
    const QTime time(fields[0], fields[1], fields[2], msec);
    if (!time.isValid())
        return std::nullopt;
    return time;
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
    return parseTimeOfDay(timePart);
}

bool isAscii(QStringView s)
{
    for (const QChar c : s)
        if (c.unicode() > 0x7F)
            return false;
    return true;
}

// The common export form "YYYY-MM-DD[( |T)time]" without allocating; nullopt means "use the
// general parser", not "invalid".
std::optional<std::optional<ParsedDate>> parseIsoFast(QStringView s)
{
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    int v[8];
    const int positions[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int k = 0; k < 8; ++k)
        if ((v[k] = digitAt(s, positions[k])) < 0)
            return std::nullopt;
    QTime time;
    if (s.size() > 10) {
        if (s[10] != u' ' && s[10] != u'T')
            return std::nullopt;
        const auto t = parseTimeOfDay(s.mid(11).trimmed());
        if (!t)
            return std::nullopt;
        time = *t;
    }
    const int year = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    const QDate date(year, v[4] * 10 + v[5], v[6] * 10 + v[7]);
    if (!date.isValid() || year < 1900 || year > 2200)
        return std::optional<ParsedDate>();
    return std::optional<ParsedDate>(ParsedDate{date, time});
}

// Half-width and trimmed, 2024年5月1日 [13:45] written as 2024-5-1 [13:45].
QString normalizedText(QStringView raw)
{
    QString text = TextNormalizer::toHalfWidth(raw).trimmed();
    if (text.contains(u'年')) {
        text.replace(u'年', u'-').replace(u'月', u'-');
        text.remove(u'日').remove(u'号');
    }
    return text;
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

std::optional<DateParser::MissingDay> DateParser::missingDay(QStringView raw, DayMonthOrder order)
{
    const QString text = normalizedText(raw);
    QStringList parts;
    if (allDigits(text) && text.size() == 8)
        parts = {text.left(4), text.mid(4, 2), text.right(2)};
    for (const QChar separator : {u'-', u'/', u'.'})
        if (parts.isEmpty() && text.count(separator) == 2)
            parts = text.split(separator);
    if (parts.size() != 3 || !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]))
        return std::nullopt;
    int year = 0, month = 0, day = 0;
    if (parts[0].size() == 4) {
        year = parts[0].toInt();
        month = parts[1].toInt();
        day = parts[2].toInt();
    } else if (parts[2].size() == 4) {
        year = parts[2].toInt();
        month = parts[order == DayMonthOrder::DayFirst ? 1 : 0].toInt();
        day = parts[order == DayMonthOrder::DayFirst ? 0 : 1].toInt();
    } else {
        return std::nullopt;
    }
    if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1 || day > 31 ||
        QDate(year, month, day).isValid())
        return std::nullopt;
    return MissingDay{year, month, QDate(year, month, 1).daysInMonth()};
}

std::optional<QDate> DateParser::parseMonthDay(QStringView raw, DayMonthOrder order, int year)
{
    QString text = TextNormalizer::toHalfWidth(raw).trimmed();
    if (text.startsWith(u"'--")) // the export's --MM-DD behind its formula guard (CsvWriter)
        text.remove(0, 1);
    if (text.startsWith(u"--"))
        text.remove(0, 2);
    QList<QStringView> parts;
    if (text.contains(u'月')) { // 3月15日
        if (!(text.endsWith(u'日') || text.endsWith(u'号')))
            return std::nullopt;
        text.chop(1);
        const QStringView view(text);
        const qsizetype at = view.indexOf(u'月');
        parts = {view.left(at), view.mid(at + 1)};
        order = DayMonthOrder::MonthFirst;
    } else {
        for (const QChar separator : {u'-', u'/', u'.'})
            if (text.count(separator) == 1) {
                const QStringView view(text);
                const qsizetype at = view.indexOf(separator);
                parts = {view.left(at), view.mid(at + 1)};
                if (separator == u'-')
                    order = DayMonthOrder::MonthFirst; // --MM-DD and MM-DD, as ISO writes them
                break;
            }
    }
    if (parts.size() != 2)
        return std::nullopt;
    for (const QStringView part : parts)
        if (part.isEmpty() || part.size() > 2 || !allDigits(part))
            return std::nullopt;
    int month = parts[0].toInt();
    int day = parts[1].toInt();
    if (order == DayMonthOrder::DayFirst || month > 12)
        std::swap(month, day);
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<ParsedDate> DateParser::parse(QStringView raw, DayMonthOrder order, DateSystem system)
{
    if (const auto fast = parseIsoFast(raw.trimmed()))
        return *fast;
    QString text = normalizedText(raw);
    if (text.isEmpty())
        return std::nullopt;
    const auto time = splitTime(text);
    if (!time)
        return std::nullopt;

    // Excel serial day number: 1900 date system (with Lotus's phantom 29 Feb 1900 accounted for),
    // or the 1904 system, whose day 0 is 1904-01-01.
    const QDate epoch = system == DateSystem::Excel1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    if (allDigits(text) && text.size() <= 5) {
        const int serial = text.toInt();
        if (serial < 1)
            return std::nullopt;
        const QDate date = epoch.addDays(serial);
        if (date.year() < kMinYear || date.year() > kMaxYear)
            return std::nullopt;
        return ParsedDate{date, *time};
    }
    // Excel serial with a fraction of a day for the time: 45413.5
    if (text.count(u'.') == 1 && allDigits(text.section(u'.', 0, 0)) && allDigits(text.section(u'.', 1)) &&
        text.section(u'.', 0, 0).size() == 5) {
        const QString whole = text.section(u'.', 0, 0);
        const QString frac = text.section(u'.', 1).left(6).leftJustified(6, u'0');
        const QDate date = epoch.addDays(whole.toInt());
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
    if (!isAscii(raw)) {
        const QString half = TextNormalizer::toHalfWidth(raw);
        return isAscii(half) ? slashEvidence(half) : SlashEvidence{};
    }
    // a{1,2} sep b{1,2} sep yyyy [ time ], scanned without allocating (runs on every value).
    const QStringView s = raw.trimmed();
    qsizetype i = 0;
    int parts[2] = {0, 0};
    QChar separator;
    for (int k = 0; k < 2; ++k) {
        int digits = 0;
        while (digitAt(s, i) >= 0 && digits < 3) {
            parts[k] = parts[k] * 10 + digitAt(s, i++);
            ++digits;
        }
        if (digits == 0 || digits > 2 || i >= s.size())
            return {};
        if (k == 0) {
            separator = s[i];
            if (separator != u'/' && separator != u'.' && separator != u'-')
                return {};
        } else if (s[i] != separator) {
            return {};
        }
        ++i;
    }
    for (int k = 0; k < 4; ++k)
        if (digitAt(s, i++) < 0)
            return {};
    if (i < s.size() && s[i] != u' ' && s[i] != u'T')
        return {};
    return SlashEvidence{true, parts[0] > 12, parts[1] > 12};
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
