// When checked copies are made (the day's first import, every change that cannot be undone, never
// for an empty shop) and which ones the owner's budget keeps (7 daily + 4 weekly by default).
#include "CatchCompat.h"

#include "domain/Clock.h"
#include "storage/Backups.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::storage;
using namespace Qt::StringLiterals;

namespace {
BackupInfo copyAt(const QDate& day, int hour)
{
    return {u"/b/%1-%2.sqlite"_s.arg(day.toString(Qt::ISODate)).arg(hour), QDateTime(day, QTime(hour, 0)), u"x"_s, 1};
}
} // namespace

TEST_CASE("the backup budget keeps the newest copy of the last 7 days and of 4 weeks before them", "[backup]")
{
    const QDate newest(2027, 3, 31); // a Wednesday
    QList<BackupInfo> all;           // newest first, two copies a day for 60 days
    for (int d = 0; d < 60; ++d) {
        all.append(copyAt(newest.addDays(-d), 18));
        all.append(copyAt(newest.addDays(-d), 9));
    }
    const QList<BackupInfo> kept = Backups::keptBy(all, {});
    REQUIRE(kept.size() == 7 + 4);
    for (int d = 0; d < 7; ++d)
        CHECK(kept[d].path == copyAt(newest.addDays(-d), 18).path); // each day's newest
    // Weekly: the newest copy of each of the four weeks before 2027-03-25 (the oldest daily one).
    CHECK(kept[7].created.date() == QDate(2027, 3, 24));
    CHECK(kept[8].created.date() == QDate(2027, 3, 21)); // Sunday: the newest of the week before
    CHECK(kept[9].created.date() == QDate(2027, 3, 14));
    CHECK(kept[10].created.date() == QDate(2027, 3, 7));
    for (int i = 7; i < 11; ++i)
        CHECK(kept[i].created.time() == QTime(18, 0));

    CHECK(Backups::keptBy(all, {3, 0}).size() == 3);
    // Copies only every tenth day: seven days that have one reach back 60 days.
    QList<BackupInfo> sparse;
    for (int d = 0; d < 100; d += 10)
        sparse.append(copyAt(newest.addDays(-d), 12));
    const auto sparseKept = Backups::keptBy(sparse, {7, 2});
    REQUIRE(sparseKept.size() == 9);
    CHECK(sparseKept[6].created.date() == newest.addDays(-60));
    CHECK(sparseKept[8].created.date() == newest.addDays(-80));
    CHECK(Backups::keptBy({}, {}).isEmpty());
}

TEST_CASE("a copy before the day's first import only, always before what cannot be undone, never of an empty shop",
          "[backup]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.sqlite"_s);
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    Database& db = **opened;
    const auto at = [](int day, int hour) { return QDateTime(QDate(2027, 3, day), QTime(hour, 0)); };
    {
        Clock::Pinned now(at(1, 9));
        CHECK(Backups::dailyBefore(db, u"before-import"_s)->path.isEmpty()); // nothing to lose
        CHECK(Backups::beforeIrreversible(db, u"before-merge"_s)->path.isEmpty());
        CHECK(Backups::list(path)->isEmpty());
        Customer c;
        c.name = u"张三"_s;
        c.phone = u"13800138000"_s;
        REQUIRE(CustomerRepository(db).insert(c).ok());
    }
    {
        Clock::Pinned now(at(1, 10));
        CHECK_FALSE(Backups::dailyBefore(db, u"before-import"_s)->path.isEmpty());
        CHECK(Backups::list(path)->size() == 1);
    }
    {
        Clock::Pinned now(at(1, 11)); // the day's second import: its journal is enough
        CHECK(Backups::dailyBefore(db, u"before-import"_s)->path.isEmpty());
        CHECK(Backups::list(path)->size() == 1);
    }
    {
        Clock::Pinned now(at(1, 12)); // a merge cannot be undone from a journal: a copy, the day's newest
        CHECK_FALSE(Backups::beforeIrreversible(db, u"before-merge"_s)->path.isEmpty());
        const auto list = Backups::list(path);
        REQUIRE(list->size() == 1);
        CHECK(list->first().reason == u"before-merge"_s);
        CHECK(Backups::check(list->first().path, true).value() == u"ok"_s);
    }
    {
        Clock::Pinned now(at(2, 9)); // the next day's first import
        CHECK_FALSE(Backups::dailyBefore(db, u"before-import"_s)->path.isEmpty());
        CHECK(Backups::list(path)->size() == 2);
    }
}

TEST_CASE("a second copy in the same millisecond is made, not refused, and is the newest", "[backup]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(opened.ok());
    Database& db = **opened;
    const Clock::Pinned moment(QDate(2027, 2, 28)); // a pinned clock stands still
    const auto first = Backups::create(db, u"before-rule-change"_s);
    REQUIRE(first.ok());
    Customer wang;
    wang.name = u"王芳"_s;
    REQUIRE(CustomerRepository(db).insert(wang).ok());
    const auto second = Backups::create(db, u"before-rule-change"_s);
    REQUIRE(second.ok());
    CHECK(first->path != second->path);
    const auto all = Backups::list(db.path()).value();
    REQUIRE_FALSE(all.isEmpty()); // the day's budget keeps one copy of the day: this one
    CHECK(all[0].path == second->path);
}
