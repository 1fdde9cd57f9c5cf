#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace clientele::core::i18n {

// Dates inside sentences, in the default QLocale's way and always with the full year:
// "11/7/2026" (en_US), "7/11/2026" (en_GB), "2026年11月7日" (Chinese) — never "11/7/26" or ISO text
// in a sentence. Months: "September 2026" / "2026年9月"; month ends: "end of September 2026" /
// "2026年9月末".
class LocalDates
{
public:
    static QString date(const QDate& date);
    // For table cells and lists: "11/7/2026", "2026/11/7"; with the time: "11/7/2026 3:04 PM".
    static QString shortDate(const QDate& date);
    static QString shortDateTime(const QDateTime& localTime);
    static QString month(const QDate& anyDayOfMonth);
    static QString monthEnd(const QDate& anyDayOfMonth);
    // The short date format of the default locale with a four-digit year (for date editors too).
    static QString shortFormat();
};

} // namespace clientele::core::i18n
