#include "CatchCompat.h"

#include "io/DateParser.h"

using namespace clientele::core::io;

static QDate d(QStringView text, DayMonthOrder order = DayMonthOrder::MonthFirst)
{
    const auto parsed = DateParser::parse(text, order);
    return parsed ? parsed->date : QDate();
}

TEST_CASE("dates in the forms shop exports use", "[date]")
{
    const QDate may1(2024, 5, 1);
    CHECK(d(u"2024-05-01") == may1);
    CHECK(d(u"2024/5/1") == may1);
    CHECK(d(u"2024.5.1") == may1);
    CHECK(d(u"2024年5月1日") == may1);
    CHECK(d(u"2024年05月01号") == may1);
    CHECK(d(u"20240501") == may1);
    CHECK(d(u"45413") == may1); // Excel serial
    CHECK(d(u"２０２４－０５－０１") == may1);
    CHECK(d(u"5/1/2024") == may1);
    CHECK(d(u"1/5/2024", DayMonthOrder::DayFirst) == may1);
}

TEST_CASE("times of day are kept", "[date]")
{
    auto p = DateParser::parse(u"2024-05-01 13:45:07");
    REQUIRE(p);
    CHECK(p->time == QTime(13, 45, 7));
    p = DateParser::parse(u"2024-05-01T08:05");
    REQUIRE(p);
    CHECK(p->time == QTime(8, 5));
    p = DateParser::parse(u"45413.5");
    REQUIRE(p);
    CHECK(p->date == QDate(2024, 5, 1));
    CHECK(p->time == QTime(12, 0));
    CHECK_FALSE(DateParser::parse(u"2024-05-01 25:99").has_value());
}

TEST_CASE("impossible and out-of-range dates are refused", "[date]")
{
    CHECK_FALSE(DateParser::parse(u"1990-02-30").has_value());
    CHECK_FALSE(DateParser::parse(u"13/13/2024").has_value());
    CHECK_FALSE(DateParser::parse(u"9999-12-31").has_value()); // beyond 2200
    CHECK_FALSE(DateParser::parse(u"yesterday").has_value());
    CHECK_FALSE(DateParser::parse(u"").has_value());
    CHECK_FALSE(DateParser::parse(u"0").has_value());
}

TEST_CASE("a date-shaped text whose day does not exist is told apart from one that is no date", "[date]")
{
    const auto feb29 = DateParser::missingDay(u"1990年2月29日");
    REQUIRE(feb29);
    CHECK(feb29->year == 1990);
    CHECK(feb29->month == 2);
    CHECK(feb29->daysInMonth == 28);
    CHECK(DateParser::missingDay(u"2024-04-31")->daysInMonth == 30);
    CHECK(DateParser::missingDay(u"19900230")->month == 2);
    CHECK(DateParser::missingDay(u"31/4/2024", DayMonthOrder::DayFirst)->month == 4);
    CHECK_FALSE(DateParser::missingDay(u"31/4/2024")); // month 31: not a date at all
    CHECK_FALSE(DateParser::missingDay(u"1992-02-29")); // a real day
    CHECK_FALSE(DateParser::missingDay(u"2024-13-01"));
    CHECK_FALSE(DateParser::missingDay(u"2024-02-32"));
    CHECK_FALSE(DateParser::missingDay(u"yesterday"));
    CHECK_FALSE(DateParser::missingDay(u"9999-02-30")); // beyond 2200: out of range, not a missing day
}

TEST_CASE("day/month order is decided per column from all values", "[date]")
{
    DateColumnAnalyzer dayFirst;
    for (auto v : {u"01/02/2024", u"05/04/2024", u"25/03/1990"})
        dayFirst.add(v);
    CHECK(dayFirst.order() == DayMonthOrder::DayFirst);
    CHECK_FALSE(dayFirst.ambiguous());

    DateColumnAnalyzer monthFirst;
    for (auto v : {u"01/02/2024", u"12/31/2024"})
        monthFirst.add(v);
    CHECK(monthFirst.order() == DayMonthOrder::MonthFirst);

    DateColumnAnalyzer unsure;
    for (auto v : {u"01/02/2024", u"03/04/2024", u"2024-05-01"})
        unsure.add(v);
    CHECK(unsure.ambiguous());

    DateColumnAnalyzer mixed;
    for (auto v : {u"25/01/2024", u"01/25/2024"})
        mixed.add(v);
    CHECK(mixed.contradictory());

    DateColumnAnalyzer iso;
    iso.add(u"2024-05-01");
    CHECK_FALSE(iso.ambiguous());
    CHECK(iso.slashDates() == 0);
}
