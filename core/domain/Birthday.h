#pragma once

#include <QDate>
#include <QString>

namespace clientele::core::birthday {

// Many members give their birthday as a month and day only (3月15日). Such a birthday is kept as
// that day in 1604: a leap year (29 February stays a day), long before anyone alive was born, and
// the year address books use for the same purpose, so everything that reads only the month and
// day (care rules, points in the birthday month, {birthday} in messages) works unchanged.
// Whatever shows or writes the year asks yearKnown() first.
constexpr int kYearUnknown = 1604;

inline bool yearKnown(const QDate& birthday)
{
    return birthday.isValid() && birthday.year() != kYearUnknown;
}

// For files, JSON and the CLI: "1990-03-15", or ISO 8601's "--03-15" without the year; empty when
// there is none. The import reads both back.
QString isoText(const QDate& birthday);
// As the profile form shows it for editing: "1990-03-15" or "03-15".
QString formText(const QDate& birthday);
// Two birthdays that cannot be one person's: different days of the year, or both years known and
// different. A birthday without its year agrees with any date on the same day.
bool conflict(const QDate& a, const QDate& b);

} // namespace clientele::core::birthday
