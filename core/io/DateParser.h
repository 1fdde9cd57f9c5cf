#pragma once

#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>

#include <optional>

namespace clientele::core::io {

// Field order for numeric dates written as a/b/yyyy, decided per column (see DateColumnAnalyzer).
enum class DayMonthOrder { MonthFirst, DayFirst };

// How a workbook counts its serial day numbers: from 1900 (Excel's default) or from 1904 (Mac
// Excel's old default, kept in workbookPr date1904="1"). Text files use the 1900 system.
enum class DateSystem { Excel1900, Excel1904 };

struct ParsedDate
{
    QDate date;
    QTime time; // invalid when the text had no time of day
};

// Dates as they appear in exports: 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日, 20240501,
// Excel serial numbers (1900 system, or 1904 when the workbook says so), 5/1/2024 or 1/5/2024 (order given by the
// caller), each optionally followed by a time "13:45[:07]". Years 1900..2200 only.
class DateParser
{
public:
    static std::optional<ParsedDate> parse(QStringView text, DayMonthOrder order = DayMonthOrder::MonthFirst,
                                           DateSystem system = DateSystem::Excel1900);

    // A day of the year written without the year, as birthdays often are: 3月15日, 3月15号, 03-15,
    // 3.15, 3/15 (15/3 when `order` says day first, or when the first number cannot be a month),
    // and ISO 8601's --03-15. The date is that day in `year` (29 February needs a leap year).
    static std::optional<QDate> parseMonthDay(QStringView text, DayMonthOrder order, int year);

    // A text shaped like a date whose day does not exist (1990年2月29日, 2024-04-31, 31/4/2024):
    // its year, month and the days that month has, so a message can say so. nullopt for anything
    // else (a real date, or not a date at all).
    struct MissingDay
    {
        int year = 0;
        int month = 0;
        int daysInMonth = 0;
    };
    static std::optional<MissingDay> missingDay(QStringView text, DayMonthOrder order = DayMonthOrder::MonthFirst);

    // For a/b/yyyy values: which positions could be the day. Used to decide the column's order.
    struct SlashEvidence
    {
        bool isSlashDate = false;     // a/b/yyyy shape
        bool firstMustBeDay = false;  // a > 12
        bool secondMustBeDay = false; // b > 12
    };
    static SlashEvidence slashEvidence(QStringView text);
};

// Collects evidence over every value of a date column to choose dd/mm or mm/dd.
class DateColumnAnalyzer
{
public:
    void add(QStringView value);
    DayMonthOrder order() const;
    // True when no value settles the question (every a/b ≤ 12): the import reports it.
    bool ambiguous() const;
    // True when some values need dd/mm and others mm/dd: the column is inconsistent.
    bool contradictory() const { return m_dayFirstVotes > 0 && m_monthFirstVotes > 0; }
    int slashDates() const { return m_slashDates; }

private:
    int m_slashDates = 0;
    int m_dayFirstVotes = 0;
    int m_monthFirstVotes = 0;
};

} // namespace clientele::core::io
