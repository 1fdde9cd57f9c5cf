// Run Care Rules as a plan first: the dry run writes nothing, a day cap spreads a heavy day over
// the next ones (optionally skipping Sundays), and applying the plan stores exactly what it showed.
#include "CatchCompat.h"

#include "Accounts.h"
#include "SegmentationFixtures.h"
#include "TestSupport.h"

#include "care/CareLoad.h"
#include "care/FollowUpPlanner.h"
#include "io/Importer.h"
#include "segmentation/Segmenter.h"
#include "storage/FollowUpRepository.h"

using namespace clientele::core;
using namespace clientele::core::care;
using namespace Qt::StringLiterals;

namespace {
CareTask task(qint64 customer, const QDate& due)
{
    return {customer, due, u"t"_s, u"r"_s, u"birthday"_s, u"birthday:%1"_s.arg(customer), {}};
}

// Seven customers whose birthday greetings all fall on `greetOn` (birthday rule: 7 days ahead).
std::unique_ptr<storage::Database> shopWithSevenBirthdays(const QDate& greetOn)
{
    auto db = clientele::test::memoryDatabase();
    QString csv = u"会员卡号,姓名,手机,生日\n"_s;
    const QDate birthday = greetOn.addDays(7);
    for (int i = 1; i <= 7; ++i)
        csv += u"B%1,客户%1,1380000000%1,1990-%2\n"_s.arg(i).arg(birthday.toString(u"MM-dd"_s));
    REQUIRE(io::Importer::run(*db, clientele::test::writeTempFile(csv.toUtf8()), clientele::test::consenting()).ok());
    REQUIRE(segmentation::Segmenter::run(*db, day("2026-10-31")).ok());
    return db;
}
} // namespace

TEST_CASE("the day cap moves overflow to the next days, never earlier, and can skip Sundays", "[care][plan]")
{
    const QDate tuesday = day("2026-11-03");
    QList<CareTask> tasks;
    for (int i = 1; i <= 7; ++i)
        tasks.append(task(i, tuesday));
    tasks.append(task(8, tuesday.addDays(1)));

    CareLoad load;
    load.maxNewPerDay = 3;
    auto planned = CareLoad::spread(tasks, load);
    REQUIRE(planned.size() == 8);
    QMap<QDate, int> perDay;
    for (const PlannedTask& p : planned) {
        ++perDay[p.task.dueOn];
        CHECK(p.task.dueOn >= p.ruleDue);
    }
    CHECK(perDay == QMap<QDate, int>{{tuesday, 3}, {tuesday.addDays(1), 3}, {tuesday.addDays(2), 2}});
    CHECK_FALSE(planned[0].moved());
    CHECK(planned[3].moved());

    // No cap: everything stays; skipping Sundays alone moves a Sunday task to Monday.
    load.maxNewPerDay = 0;
    CHECK(CareLoad::spread(tasks, load).last().task.dueOn == tuesday.addDays(1));
    load.skipSundays = true;
    const QDate sunday = day("2026-11-08");
    REQUIRE(sunday.dayOfWeek() == Qt::Sunday);
    CHECK(CareLoad::spread({task(1, sunday)}, load).first().task.dueOn == sunday.addDays(1));

    // Capped and skipping Sundays: Saturday's overflow lands on Monday, then Tuesday.
    load.maxNewPerDay = 3;
    QList<CareTask> saturday;
    for (int i = 1; i <= 7; ++i)
        saturday.append(task(i, sunday.addDays(-1)));
    perDay.clear();
    for (const PlannedTask& p : CareLoad::spread(saturday, load))
        ++perDay[p.task.dueOn];
    CHECK(perDay == QMap<QDate, int>{{sunday.addDays(-1), 3}, {sunday.addDays(1), 3}, {sunday.addDays(2), 1}});
}

TEST_CASE("the care plan is a dry run; applying it stores what it showed, capped per day", "[care][plan][db]")
{
    clientele::test::SignedOut session;
    const QDate greetOn = day("2026-11-03");
    auto db = shopWithSevenBirthdays(greetOn);

    // The stored cap (default 20) lets all seven stay on their day.
    CHECK(CareLoad::load(*db).maxNewPerDay == CareLoad::kDefaultMaxNewPerDay);
    CareLoad load;
    load.maxNewPerDay = 3;
    REQUIRE(CareLoad::save(*db, load).ok());
    CHECK(CareLoad::load(*db).maxNewPerDay == 3);

    const auto plan = FollowUpPlanner::plan(*db, day("2026-11-01"), day("2026-11-30"));
    REQUIRE(plan.ok());
    CHECK(plan->generated == 7);
    CHECK(plan->tasks.size() == 7);
    CHECK(plan->perRule() == QMap<QString, int>{{u"birthday"_s, 7}});
    CHECK(plan->perDay() == QMap<QDate, int>{{greetOn, 3}, {greetOn.addDays(1), 3}, {greetOn.addDays(2), 1}});
    CHECK(plan->moved() == 4);
    // Nothing written by the dry run.
    CHECK(storage::FollowUpRepository(*db).list(day("2026-11-01"), day("2026-12-31")).value().isEmpty());

    // Another cap tried in the preview, without the database.
    CareLoad five;
    five.maxNewPerDay = 5;
    CHECK(plan->withLoad(five).perDay() == QMap<QDate, int>{{greetOn, 5}, {greetOn.addDays(1), 2}});

    const auto applied = FollowUpPlanner::apply(*db, *plan);
    REQUIRE(applied.ok());
    CHECK(applied->created == 7);
    QMap<QDate, int> stored;
    for (const auto& f : storage::FollowUpRepository(*db).list(day("2026-11-01"), day("2026-12-31")).value())
        ++stored[f.dueOn];
    CHECK(stored == plan->perDay());

    // Planned again: all exist, nothing new; generate() honours the cap and dedupe as well.
    const auto again = FollowUpPlanner::plan(*db, day("2026-11-01"), day("2026-11-30"));
    REQUIRE(again.ok());
    CHECK(again->generated == 7);
    CHECK(again->existing() == 7);
    CHECK(again->tasks.isEmpty());
    CHECK(FollowUpPlanner::generate(*db, day("2026-11-01"), day("2026-11-30")).value().created == 0);
}

TEST_CASE("only the owner changes the day cap, and only to a sensible number", "[care][plan][security]")
{
    clientele::test::SignedOut session;
    auto db = clientele::test::memoryDatabase();
    CareLoad load;
    load.maxNewPerDay = -1;
    CHECK_FALSE(CareLoad::save(*db, load).ok());
    clientele::test::addAccounts(*db);
    security::Session::signIn(u"anna"_s, security::Role::Staff);
    load.maxNewPerDay = 10;
    const auto refused = CareLoad::save(*db, load);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Forbidden);
    CHECK(CareLoad::load(*db).maxNewPerDay == CareLoad::kDefaultMaxNewPerDay);
}
