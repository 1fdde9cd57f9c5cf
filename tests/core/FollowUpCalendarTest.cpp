// The follow-up calendar: day counts, overdue and today lists, edit, move, snooze, complete (with
// the outcome on the timeline and an optional revisit), cancel, and the iCalendar export.
#include "domain/Clock.h"
#include "CatchCompat.h"

#include "TestSupport.h"

#include "care/FollowUpCalendar.h"
#include "customers/CustomerTimeline.h"
#include "io/ICalendarExport.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"

#include <QSqlQuery>

#include <libical/ical.h>

using namespace clientele::core;
using namespace clientele::core::storage;
using namespace Qt::StringLiterals;
using care::FollowUpCalendar;

namespace {
const QDate kToday(2026, 11, 23);

qint64 addCustomer(Database& db, const QString& name)
{
    Customer c;
    c.name = name;
    auto id = CustomerRepository(db).insert(c);
    REQUIRE(id.ok());
    return *id;
}

qint64 addTask(Database& db, qint64 customerId, const QDate& due, const QString& title)
{
    auto id = FollowUpRepository(db).create(customerId, due, title);
    REQUIRE(id.ok());
    return *id;
}

FollowUp task(const Database& db, qint64 id)
{
    auto f = FollowUpRepository(db).get(id);
    REQUIRE(f.ok());
    return *f;
}
} // namespace

TEST_CASE("a calendar page counts open and closed follow-ups per day", "[calendar]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 zhang = addCustomer(*db, u"张伟"_s);
    const qint64 overdue = addTask(*db, zhang, kToday.addDays(-3), u"回访"_s);
    addTask(*db, zhang, kToday, u"Call"_s);
    addTask(*db, zhang, kToday, u"Send coupon"_s);
    const qint64 done = addTask(*db, zhang, kToday.addDays(2), u"Birthday"_s);
    addTask(*db, zhang, kToday.addDays(40), u"Next month"_s);
    REQUIRE(FollowUpRepository(*db).complete(done, u"Sent flowers"_s, Clock::nowUtc()).ok());

    const auto loads = FollowUpRepository(*db).dayLoads(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(loads.ok());
    CHECK(loads->size() == 3); // days without tasks are absent; the 40-day one is next month
    CHECK(loads->value(kToday.addDays(-3)).open == 1);
    CHECK(loads->value(kToday).open == 2);
    CHECK(loads->value(kToday.addDays(2)).open == 0);
    CHECK(loads->value(kToday.addDays(2)).done == 1);

    // Overdue and today: open ones up to today, oldest first.
    const auto due = FollowUpRepository(*db).openUntil(kToday);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 3);
    CHECK(due->at(0).id == overdue);
    CHECK(due->at(0).customerName == u"张伟"_s);
}

TEST_CASE("editing, moving and snoozing change only open follow-ups", "[calendar]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 li = addCustomer(*db, u"李娜"_s);
    const qint64 a = addTask(*db, li, kToday.addDays(-7), u"Call"_s);
    const qint64 b = addTask(*db, li, kToday.addDays(5), u"Visit"_s);
    FollowUpRepository repo(*db);

    REQUIRE(repo.edit(a, kToday, u"  Call about the new season "_s).ok());
    CHECK(task(*db, a).title == u"Call about the new season"_s);
    CHECK(task(*db, a).dueOn == kToday);
    CHECK_FALSE(repo.edit(a, kToday, u"   "_s).ok());
    CHECK(repo.edit(9999, kToday, u"x"_s).error().code == Error::Code::NotFound);

    // Snooze counts from today for overdue tasks and from their own day for later ones.
    CHECK(FollowUpCalendar::snoozedUntil(kToday.addDays(-7), kToday, 1) == kToday.addDays(1));
    CHECK(FollowUpCalendar::snoozedUntil(kToday.addDays(5), kToday, 7) == kToday.addDays(12));
    REQUIRE(FollowUpCalendar::snooze(*db, {a, b}, 3, kToday).ok());
    CHECK(task(*db, a).dueOn == kToday.addDays(3));
    CHECK(task(*db, b).dueOn == kToday.addDays(8));
    CHECK_FALSE(FollowUpCalendar::snooze(*db, {a}, 0, kToday).ok());

    // A drag of two tasks where one was closed meanwhile moves neither.
    REQUIRE(repo.cancel(b, Clock::nowUtc()).ok());
    const auto moved = FollowUpCalendar::moveTo(*db, {a, b}, kToday.addDays(20));
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().code == Error::Code::InvalidData);
    CHECK(moved.error().message.contains(u"cancelled"_s));
    CHECK(task(*db, a).dueOn == kToday.addDays(3));
    REQUIRE(FollowUpCalendar::moveTo(*db, {a}, kToday.addDays(20)).ok());
    CHECK(task(*db, a).dueOn == kToday.addDays(20));
    CHECK_FALSE(repo.moveTo(b, kToday).ok());
    CHECK(task(*db, b).status == u"cancelled"_s);
}

TEST_CASE("completing a follow-up records the outcome on the timeline and can book a revisit", "[calendar]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 wang = addCustomer(*db, u"王芳"_s);
    const qint64 id = addTask(*db, wang, kToday.addDays(-2), u"Call about the coat"_s);
    const QDateTime doneAt(kToday, QTime(10, 30), Qt::UTC);

    // A revisit without a title is refused and the completion with it: all or nothing.
    const auto refused = FollowUpCalendar::complete(*db, id, u"Will come Saturday"_s, care::Revisit{kToday.addDays(5), {}}, doneAt);
    REQUIRE_FALSE(refused.ok());
    CHECK(task(*db, id).isOpen());

    const auto next = FollowUpCalendar::complete(*db, id, u"Will come Saturday"_s,
                                                 care::Revisit{kToday.addDays(5), u"Fitting"_s}, doneAt);
    REQUIRE(next.ok());
    const FollowUp done = task(*db, id);
    CHECK(done.status == u"done"_s);
    CHECK(done.outcome == u"Will come Saturday"_s);
    CHECK(done.completedAt == doneAt);
    const FollowUp revisit = task(*db, *next);
    CHECK(revisit.customerId == wang);
    CHECK(revisit.dueOn == kToday.addDays(5));
    CHECK(revisit.reason.contains(u"Call about the coat"_s));

    // Completing twice is refused with the reason.
    const auto again = FollowUpCalendar::complete(*db, id, u"again"_s, std::nullopt, doneAt);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(u"done"_s));

    // The timeline shows it on the day it was done, with the outcome.
    const auto events = customers::CustomerTimeline::forCustomer(*db, wang);
    REQUIRE(events.ok());
    bool found = false;
    for (const auto& e : *events)
        if (e.kind == customers::TimelineEvent::Kind::FollowUp && e.title.startsWith(u"Call about the coat"_s)) {
            found = true;
            CHECK(e.date == doneAt.toLocalTime().date());
            CHECK(e.detail.contains(u"Will come Saturday"_s));
        }
    CHECK(found);
}

TEST_CASE("the agenda exports as iCalendar a phone calendar reads back", "[calendar][ical]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 zhang = addCustomer(*db, u"张伟"_s);
    const QString longTitle = u"回访：询问新款羽绒服的尺码是否合适，并邀请参加周六的会员品鉴活动，带上朋友可以享受折扣"_s;
    addTask(*db, zhang, kToday, longTitle);
    addTask(*db, zhang, QDate(2026, 12, 31), u"Year-end; thanks, call"_s);
    const auto tasks = FollowUpRepository(*db).list(kToday, QDate(2026, 12, 31), u"open"_s);
    REQUIRE(tasks.ok());
    io::ICalendarExport::Options options;
    options.uidScope = u"shop"_s;
    options.stamp = QDateTime(kToday, QTime(8, 0), Qt::UTC);
    const QByteArray ics = io::ICalendarExport::toICalendar(*tasks, options);

    // RFC 5545: CRLF lines of at most 75 octets, each still valid UTF-8 when folded.
    for (const QByteArray& line : ics.split('\n')) {
        if (line.isEmpty())
            continue;
        CHECK(line.endsWith('\r'));
        CHECK(line.size() - 1 <= 75);
    }

    icalcomponent* calendar = icalparser_parse_string(ics.constData());
    REQUIRE(calendar != nullptr);
    int events = 0;
    QStringList summaries;
    for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ++events;
        summaries.append(QString::fromUtf8(icalcomponent_get_summary(e)));
        const icaltimetype start = icalcomponent_get_dtstart(e);
        CHECK(start.is_date == 1);
        CHECK(icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT) != nullptr);
    }
    icalcomponent_free(calendar);
    CHECK(events == 2);
    CHECK(summaries.contains(u"张伟: "_s + longTitle));        // folded and unfolded intact
    CHECK(summaries.contains(u"张伟: Year-end; thanks, call"_s)); // ; and , escaped and back
    CHECK(ics.contains("DTSTART;VALUE=DATE:20261231"));
    CHECK(ics.contains("UID:clientele-followup-"));

    // Written atomically to a file.
    const QString path = clientele::test::outputPath(u"agenda.ics"_s);
    REQUIRE(io::ICalendarExport::write(path, *tasks, options).ok());
    CHECK(clientele::test::readFile(path) == ics);
    CHECK_FALSE(io::ICalendarExport::write(u"/nonexistent-dir/agenda.ics"_s, *tasks, options).ok());
}
