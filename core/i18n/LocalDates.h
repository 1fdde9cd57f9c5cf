#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace clientele::core::i18n {

// Every date the app shows goes through here, always with the full year and never in an order a
// reader could take the wrong way round: "2 Jun 2027" (English and any language but Chinese: day,
// month name, year — "6/2/27" is 2 June in New York and 6 February in London) and
// "2027/6/2" in tables, "2027年6月2日" in sentences (Chinese). Never ISO text in a sentence.
// Months: "September 2026" / "2026年9月"; month ends: "end of September 2026" / "2026年9月末".
// Times (QTime, QLocale::ShortFormat) are the locale's own. The default QLocale decides.
class LocalDates
{
public:
    static QString date(const QDate& date);
    // For table cells and lists: "7 Nov 2026", "2026/11/7"; with the time: "7 Nov 2026 3:04 PM".
    static QString shortDate(const QDate& date);
    static QString shortDateTime(const QDateTime& localTime);
    // A day of the year without the year (birthdays): "2 Jun", "6月2日".
    static QString dayAndMonth(const QDate& date);
    static QString month(const QDate& anyDayOfMonth);
    static QString monthEnd(const QDate& anyDayOfMonth);
    // The format of shortDate(): "d MMM yyyy", or "yyyy/M/d" in Chinese. Date editors display it
    // too (QDateEdit::setDisplayFormat), so what is typed reads as what is shown.
    static QString shortFormat();
    // shortFormat() and the locale's short time ("7 Nov 2026 3:04 PM"), for date-and-time editors.
    static QString shortDateTimeFormat();
};

} // namespace clientele::core::i18n
