#include "CatchCompat.h"

#include "TestSupport.h"

#include "service/OpeningHours.h"
#include "service/SlaClock.h"
#include "service/SlaRules.h"

using namespace clientele::core;
using namespace clientele::core::service;
using namespace Qt::StringLiterals;

namespace {
QDateTime t(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
}
QList<StatusChange> history(std::initializer_list<std::pair<const char*, const char*>> changes)
{
    QList<StatusChange> out;
    for (const auto& [at, status] : changes)
        out.append({t(at), QString::fromLatin1(status), {}, {}});
    return out;
}
int minutes(const QString& priority)
{
    return SlaRules::defaults().resolveMinutesFor(priority);
}
} // namespace

TEST_CASE("SLA defaults: urgent 4 working hours, high 1 day, normal 3, low 5; response a quarter", "[sla]")
{
    CHECK(minutes(u"urgent"_s) == 240);
    CHECK(minutes(u"high"_s) == 660);
    CHECK(minutes(u"normal"_s) == 3 * 660);
    CHECK(minutes(u"low"_s) == 5 * 660);
    CHECK(SlaRules::firstResponseMinutes(240) == 60);
    const SlaRules back = SlaRules::fromJson(SlaRules{{{u"urgent"_s, 120}}}.toJson());
    CHECK(back.resolveMinutesFor(u"urgent"_s) == 120);
    CHECK(back.resolveMinutesFor(u"low"_s) == 5 * 660); // missing values keep the defaults
}

TEST_CASE("opening hours: open seconds across days and the next opening", "[sla]")
{
    const OpeningHours h = OpeningHours::defaults();
    CHECK(h.openSecondsBetween(t("2026-12-01 20:00"), t("2026-12-02 11:00")) == 2 * 3600);
    CHECK(h.openSecondsBetween(t("2026-12-01 22:00"), t("2026-12-02 09:00")) == 0);
    CHECK(h.openSecondsBetween(t("2026-12-02 09:00"), t("2026-12-01 22:00")) == 0);
    CHECK(h.addOpenSeconds(t("2026-12-01 08:00"), 0) == t("2026-12-01 10:00"));
    CHECK(OpeningHours::spanText(h.days[0]) == u"10:00-21:00");
    CHECK(OpeningHours::parseSpan(u"closed"_s).value() == std::nullopt);
    CHECK_FALSE(OpeningHours::parseSpan(u"21:00-10:00"_s).has_value());
    OpeningHours never;
    CHECK_FALSE(never.addOpenSeconds(t("2026-12-01 10:00"), 60).isValid());
}

TEST_CASE("a due time runs across the closing time into the next day", "[sla]")
{
    const auto s = SlaClock::evaluate(OpeningHours::defaults(), minutes(u"urgent"_s),
                                      history({{"2026-12-01 19:00", "open"}}), t("2026-12-01 19:30"));
    CHECK(s.dueAt == t("2026-12-02 12:00"));
    CHECK(s.firstResponseDueAt == t("2026-12-01 20:00"));
    CHECK_FALSE(s.breached);
    // Used up exactly at closing: due at the close, not at the next morning's opening.
    const auto atClose = SlaClock::evaluate(OpeningHours::defaults(), minutes(u"urgent"_s),
                                            history({{"2026-12-01 17:00", "open"}}), t("2026-12-01 17:00"));
    CHECK(atClose.dueAt == t("2026-12-01 21:00"));
    // Opened after hours: the clock starts at the next opening.
    const auto night = SlaClock::evaluate(OpeningHours::defaults(), minutes(u"urgent"_s),
                                          history({{"2026-12-01 23:10", "open"}}), t("2026-12-02 08:00"));
    CHECK(night.dueAt == t("2026-12-02 14:00"));
    CHECK(night.firstResponseDueAt == t("2026-12-02 11:00"));
    CHECK(night.usedSeconds == 0);
}

TEST_CASE("a weekend with other hours: Saturday short, Sunday closed", "[sla]")
{
    OpeningHours h = OpeningHours::defaults();
    h.days[5] = OpeningHours::Span{QTime(10, 0), QTime(16, 0)}; // Saturday
    h.days[6] = std::nullopt;                                    // Sunday
    REQUIRE(QDate(2026, 12, 4).dayOfWeek() == Qt::Friday);
    // High: 11 working hours from Friday 17:00 = Fri 4 h + Sat 6 h + Mon 1 h.
    const auto s = SlaClock::evaluate(h, minutes(u"high"_s), history({{"2026-12-04 17:00", "open"}}),
                                      t("2026-12-06 12:00"));
    CHECK(s.dueAt == t("2026-12-07 11:00"));
    CHECK(s.usedSeconds == 10 * 3600); // Sunday does not count
    CHECK_FALSE(s.breached);
    const auto monday = SlaClock::evaluate(h, minutes(u"high"_s), history({{"2026-12-04 17:00", "open"}}),
                                           t("2026-12-07 11:30"));
    CHECK(monday.breached);
    CHECK(SlaClock::dueBy(monday, t("2026-12-07 11:30")));
}

TEST_CASE("waiting for the customer pauses the clock; it continues where it stopped", "[sla]")
{
    const OpeningHours h = OpeningHours::defaults();
    // Normal: 33 working hours. 5 h used on Tuesday, paused until Thursday noon, then 28 h left.
    const auto changes = history({{"2026-12-01 10:00", "open"}, {"2026-12-01 15:00", "waiting"}, {"2026-12-03 12:00", "open"}});
    const auto paused = SlaClock::evaluate(h, minutes(u"normal"_s), changes.mid(0, 2), t("2026-12-02 20:00"));
    CHECK(paused.paused);
    CHECK_FALSE(paused.dueAt.isValid());
    CHECK(paused.usedSeconds == 5 * 3600);
    CHECK(paused.firstResponseAt == t("2026-12-01 15:00"));
    CHECK_FALSE(paused.responseBreached); // 5 h of 8¼ h
    CHECK_FALSE(SlaClock::dueBy(paused, t("2027-01-01 00:00")));

    const auto resumed = SlaClock::evaluate(h, minutes(u"normal"_s), changes, t("2026-12-03 13:00"));
    CHECK_FALSE(resumed.paused);
    CHECK(resumed.usedSeconds == 6 * 3600);
    CHECK(resumed.dueAt == t("2026-12-05 18:00")); // Thu 9 h, Fri 11 h, Sat 8 h
    // Without the pause it would have been due on Thursday.
    const auto straight = SlaClock::evaluate(h, minutes(u"normal"_s), changes.mid(0, 1), t("2026-12-01 10:00"));
    CHECK(straight.dueAt == t("2026-12-03 21:00"));

    auto done = changes;
    done.append({t("2026-12-05 17:00"), u"resolved"_s, {}, {}});
    const auto resolved = SlaClock::evaluate(h, minutes(u"normal"_s), done, t("2026-12-20 10:00"));
    CHECK(resolved.stopped);
    CHECK_FALSE(resolved.breached);
    CHECK(resolved.resolvedAt == t("2026-12-05 17:00"));
    CHECK(resolved.usedSeconds == 32 * 3600); // the clock stopped at resolution
    done.last().at = t("2026-12-05 19:00");
    CHECK(SlaClock::evaluate(h, minutes(u"normal"_s), done, t("2026-12-20 10:00")).breached);
}

TEST_CASE("a due time over month end and New Year", "[sla]")
{
    const OpeningHours h = OpeningHours::defaults();
    // Low: 55 working hours from 29 December 20:00 → 3 January 20:00.
    const auto s = SlaClock::evaluate(h, minutes(u"low"_s), history({{"2026-12-29 20:00", "open"}}),
                                      t("2026-12-31 23:59"));
    CHECK(s.dueAt == t("2027-01-03 20:00"));
    CHECK(s.usedSeconds == 23 * 3600);
    // Urgent from 30 November (month end) 19:00: 2 h that day, 2 h on 1 December.
    const auto monthEnd = SlaClock::evaluate(h, minutes(u"urgent"_s), history({{"2026-11-30 19:00", "open"}}),
                                             t("2026-11-30 19:00"));
    CHECK(monthEnd.dueAt == t("2026-12-01 12:00"));
    // Leap day.
    const auto leap = SlaClock::evaluate(h, minutes(u"high"_s), history({{"2028-02-28 15:00", "open"}}),
                                         t("2028-02-28 15:00"));
    CHECK(leap.dueAt == t("2028-02-29 15:00"));
}

TEST_CASE("first response within a quarter of the resolution time", "[sla]")
{
    const OpeningHours h = OpeningHours::defaults();
    // Urgent: response within 60 min: 30 min before closing, 30 min next morning.
    const auto late = SlaClock::evaluate(h, minutes(u"urgent"_s), history({{"2026-12-01 20:30", "open"}}),
                                         t("2026-12-02 10:45"));
    CHECK(late.firstResponseDueAt == t("2026-12-02 10:30"));
    CHECK(late.responseBreached);
    const auto answered = SlaClock::evaluate(
        h, minutes(u"urgent"_s), history({{"2026-12-01 20:30", "open"}, {"2026-12-02 10:15", "waiting"}}),
        t("2026-12-02 12:00"));
    CHECK(answered.firstResponseSeconds == 45 * 60);
    CHECK_FALSE(answered.responseBreached);
}

TEST_CASE("a reopened ticket continues its clock; overdue after the budget ran out", "[sla]")
{
    const OpeningHours h = OpeningHours::defaults();
    const auto s = SlaClock::evaluate(
        h, minutes(u"urgent"_s),
        history({{"2026-12-01 10:00", "open"}, {"2026-12-01 13:00", "resolved"}, {"2026-12-02 10:00", "open"}}),
        t("2026-12-02 10:30"));
    CHECK_FALSE(s.stopped);
    CHECK(s.resolvedAt.isNull());
    CHECK(s.dueAt == t("2026-12-02 11:00"));
    CHECK(s.usedSeconds == 3 * 3600 + 30 * 60);
    const auto later = SlaClock::evaluate(
        h, minutes(u"urgent"_s),
        history({{"2026-12-01 10:00", "open"}, {"2026-12-01 13:00", "resolved"}, {"2026-12-02 10:00", "open"}}),
        t("2026-12-02 12:00"));
    CHECK(later.breached);
    CHECK(later.remainingSeconds() == -3600);
}
