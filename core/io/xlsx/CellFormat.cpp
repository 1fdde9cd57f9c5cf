#include "CellFormat.h"

#include <QDate>
#include <QTime>

#include <algorithm>
#include <cmath>

namespace clientele::core::io::xlsx {

namespace {
// Decimals after the point of the first section of a format code ("0.00", "#,##0.000").
int decimalsOf(QStringView code)
{
    const qsizetype section = code.indexOf(u';');
    const QStringView first = section >= 0 ? code.left(section) : code;
    const qsizetype point = first.indexOf(u'.');
    if (point < 0)
        return 0;
    int n = 0;
    for (qsizetype i = point + 1; i < first.size() && (first[i] == u'0' || first[i] == u'#' || first[i] == u'?'); ++i)
        ++n;
    return n;
}

// The format code with quoted text, escaped characters and [..] sections (colours, locales,
// conditions) removed: what is left decides whether it shows a date.
QString bareCode(QStringView code)
{
    QString bare;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (quoted) {
            quoted = c != u'"';
            continue;
        }
        if (c == u'"') {
            quoted = true;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal (or padding)
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i);
            const QStringView inside = code.mid(i + 1, close < 0 ? 0 : close - i - 1);
            // [h], [mm], [ss]: elapsed time, still a time
            if (!inside.isEmpty() && (inside[0] == u'h' || inside[0] == u'H' || inside[0] == u'm' || inside[0] == u's'))
                bare += inside;
            if (close < 0)
                break;
            i = close;
        } else if (c == u';') {
            break; // the first section says what positive numbers look like
        } else {
            bare += c.toLower();
        }
    }
    return bare;
}
} // namespace

CellFormat CellFormat::classify(int id, QStringView formatCode)
{
    // ECMA-376 Part 1, 18.8.30: built-in formats (and the CJK date ids Chinese Excel writes).
    switch (id) {
    case 0: case 49: return {Kind::General, 0}; // General, @ (text)
    case 1: case 3: case 37: case 38: return {Kind::Fixed, 0};
    case 2: case 4: case 39: case 40: case 43: case 44: return {Kind::Fixed, 2};
    case 9: return {Kind::Percent, 0};
    case 10: return {Kind::Percent, 2};
    case 11: case 48: return {Kind::General, 0}; // scientific: shown in full instead
    case 14: case 15: case 16: case 17: case 27: case 28: case 29: case 30: case 31: case 34: case 35: case 36:
    case 50: case 51: case 52: case 53: case 54: case 57: case 58:
        return {Kind::Date, 0};
    case 22: return {Kind::DateTime, 0};
    case 18: case 19: case 20: case 21: case 32: case 33: case 45: case 46: case 47: case 55: case 56:
        return {Kind::Time, 0};
    default: break;
    }
    if (formatCode.isEmpty())
        return {Kind::General, 0};
    const QString bare = bareCode(formatCode);
    if (bare == u"general" || bare == u"@")
        return {Kind::General, 0};
    const bool date = bare.contains(u'y') || bare.contains(u'd');
    const bool time = bare.contains(u'h') || bare.contains(u's');
    const bool month = bare.contains(u'm'); // minutes beside h or s, else a month
    if (date || (month && !time))
        return {time ? Kind::DateTime : Kind::Date, 0};
    if (time)
        return {Kind::Time, 0};
    if (bare.contains(u'%'))
        return {Kind::Percent, decimalsOf(formatCode)};
    if (bare.contains(u'0') || bare.contains(u'#'))
        return {Kind::Fixed, decimalsOf(formatCode)};
    return {Kind::General, 0};
}

QString serialToText(double serial, bool date1904, bool withTime, bool timeOnly)
{
    double whole = std::floor(serial);
    qint64 seconds = std::llround((serial - whole) * 86400.0);
    if (seconds >= 86400) {
        whole += 1;
        seconds -= 86400;
    }
    const QString time = QTime(0, 0).addSecs(int(seconds)).toString(QStringLiteral("HH:mm:ss"));
    if (timeOnly)
        return time;
    QString day;
    if (date1904) {
        day = QDate(1904, 1, 1).addDays(qint64(whole)).toString(Qt::ISODate);
    } else if (whole == 60) {
        day = QStringLiteral("1900-02-29");
    } else if (whole < 1) {
        day = QStringLiteral("1900-01-00"); // Excel's day zero: not a date either
    } else {
        // Excel counts 1900-02-29, so from serial 61 on the count is one ahead of the calendar.
        day = (whole < 60 ? QDate(1899, 12, 31) : QDate(1899, 12, 30)).addDays(qint64(whole)).toString(Qt::ISODate);
    }
    return withTime && seconds != 0 ? day + u' ' + time : day;
}

QString formatNumber(QStringView raw, const CellFormat& format, bool date1904)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return raw.toString();
    switch (format.kind) {
    case CellFormat::Kind::Date:
    case CellFormat::Kind::DateTime:
        if (v >= 0 && v < 2958466) // up to 9999-12-31
            return serialToText(v, date1904, true);
        break;
    case CellFormat::Kind::Time:
        if (v >= 0 && v < 1)
            return serialToText(v, date1904, true, true);
        if (v >= 1 && v < 2958466)
            return serialToText(v, date1904, true);
        break;
    case CellFormat::Kind::Fixed:
        if (format.decimals > 0)
            return QString::number(v, 'f', format.decimals);
        break;
    case CellFormat::Kind::Percent:
        return QString::number(v * 100, 'f', format.decimals) + u'%';
    case CellFormat::Kind::General:
        break;
    }
    // An integer as all its digits (a phone, a member code), up to what a double holds exactly.
    if (v == std::floor(v) && std::fabs(v) < 1e15) {
        // Digits as stored when they are plain digits (no float round trip at all).
        bool plain = !raw.isEmpty();
        for (qsizetype i = raw.front() == u'-' ? 1 : 0; i < raw.size() && plain; ++i)
            plain = raw[i].isDigit();
        return plain ? raw.toString() : QString::number(qint64(v));
    }
    // Other numbers with Excel's 15 significant digits (0.1+0.2 shows 0.3), never with an exponent.
    const int magnitude = v == 0 ? 0 : int(std::floor(std::log10(std::fabs(v))));
    QString text = QString::number(v, 'f', std::clamp(14 - magnitude, 0, 30));
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

} // namespace clientele::core::io::xlsx
