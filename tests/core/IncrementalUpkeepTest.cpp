// The daily import into a large shop: a few customers' orders of the open month are recomputed
// on their own (against the latest full run's reference values) and come out as a full run
// would; many customers, or orders of a past month, still bring a full run; an import waits for
// no copy of the file when a recent one exists. Real SQLite files, fed through the import path.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "io/ImportService.h"
#include "segmentation/SegmentationSettings.h"
#include "segmentation/SegmentationUpkeep.h"
#include "segmentation/Segmenter.h"
#include "storage/Backups.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/SegmentationRepository.h"
#include "storage/SettingsRepository.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace clientele::core;
using namespace clientele::core::segmentation;
using namespace Qt::StringLiterals;

namespace {
using Work = SegmentationUpkeep::Work;

Result<io::ImportService::Outcome> importText(storage::Database& db, const QString& text, io::ImportKind kind)
{
    io::ImportOptions options;
    options.kind = kind;
    return io::ImportService::run(db, clientele::test::writeTempFile(text.toUtf8()), options);
}

// 300 members with 1 to 5 orders each over the year before 2026-11-01 (deterministic).
void feedShop(storage::Database& db)
{
    QString customers = u"会员卡号,姓名,手机\n"_s;
    QString orders = u"订单号,会员卡号,下单日期,实付金额\n"_s;
    const QDate first(2025, 11, 3);
    for (int i = 0; i < 300; ++i) {
        customers += u"M%1,顾客%1,139%2\n"_s.arg(i, 4, 10, QLatin1Char('0')).arg(10000000 + i);
        for (int k = 0; k <= i % 5; ++k) {
            const QDate day = first.addDays((i * 37 + k * 53) % 360);
            orders += u"O%1-%2,M%3,%4,%5\n"_s.arg(i)
                          .arg(k)
                          .arg(i, 4, 10, QLatin1Char('0'))
                          .arg(day.toString(Qt::ISODate))
                          .arg(50 + (i * 13 + k * 7) % 900);
        }
    }
    REQUIRE(importText(db, customers, io::ImportKind::Customers).ok());
    REQUIRE(importText(db, orders, io::ImportKind::Orders).ok());
}

// Orders dated `day` for these members (M0000 is 0).
QString ordersFor(const QList<int>& members, const QDate& day, const QString& prefix)
{
    QString text = u"订单号,会员卡号,下单日期,实付金额\n"_s;
    for (const int i : members)
        text += u"%1%2,M%3,%4,%5\n"_s.arg(prefix)
                    .arg(i)
                    .arg(i, 4, 10, QLatin1Char('0'))
                    .arg(day.toString(Qt::ISODate))
                    .arg(20 + i % 30);
    return text;
}

// Orders dated `day` for members M`from` … M`from + count - 1`.
QString ordersOf(int from, int count, const QDate& day, const QString& prefix)
{
    QList<int> members;
    for (int i = from; i < from + count; ++i)
        members.append(i);
    return ordersFor(members, day, prefix);
}

// Everything stored about these customers and the month's figures, as text to compare.
QString stored(const storage::Database& db, const QList<qint64>& ids, const QString& month)
{
    storage::SegmentationRepository repo(db);
    QString out;
    const auto rows = repo.storedEvaluations(ids).value();
    for (const qint64 id : ids) {
        const Evaluation& e = rows.value(id);
        const RfmMetrics& m = e.metrics;
        out += u"%1: %2 %3 %4%5%6 %7 %8 | R%9 F%10/%11 M%12/%13 %14..%15 gap %16 | %17 %18 clv%19 p%20\n"_s.arg(id)
                   .arg(e.tier, Lifecycle::key(e.stage))
                   .arg(e.scores.r)
                   .arg(e.scores.f)
                   .arg(e.scores.m)
                   .arg(e.segmentCn8, e.segmentScores)
                   .arg(m.recencyDays)
                   .arg(m.frequency)
                   .arg(m.frequency12m)
                   .arg(m.monetary)
                   .arg(m.monetary12m)
                   .arg(m.firstPurchase.toString(Qt::ISODate), m.lastPurchase.toString(Qt::ISODate))
                   .arg(m.medianGapDays)
                   .arg(e.tierMonthsBelow)
                   .arg(e.valueAtStake)
                   .arg(e.clvScore)
                   .arg(e.pAlivePercent);
    }
    const auto states = repo.snapshotStates(month).value();
    for (const qint64 id : ids) {
        const PreviousState s = states.value(id);
        out += u"snapshot %1: %2 %3 %4 %5\n"_s.arg(id).arg(s.tier, s.stage).arg(s.metrics.frequency).arg(s.metrics.monetary12m);
    }
    out += u"snapshot rows %1\n"_s.arg(states.size());
    for (const MonthStats& m : repo.monthStats().value())
        out += u"%1 %2 customers %3 buyers %4 repeat %5 orders %6 revenue %7 12m %8 new %9 lost %10 buyers' 12m "_s.arg(m.month)
                   .arg(m.asOf.toString(Qt::ISODate))
                   .arg(m.customers)
                   .arg(m.buyers12m)
                   .arg(m.repeatBuyers12m)
                   .arg(m.ordersMonth)
                   .arg(m.revenueMonth)
                   .arg(m.revenue12m)
                   .arg(m.newCustomers)
                   .arg(m.lostCustomers) +
               QString::number(m.buyersRevenue12m) + u'\n';
    return out;
}

QList<qint64> idsOf(const storage::Database& db, int from, int count)
{
    QList<qint64> ids;
    for (int i = from; i < from + count; ++i)
        ids.append(storage::CustomerRepository(db)
                       .findByMemberCode(u"M%1"_s.arg(i, 4, 10, QLatin1Char('0')))
                       .value()
                       .value()
                       .id);
    return ids;
}

std::unique_ptr<storage::Database> openShop(const QTemporaryDir& dir)
{
    auto opened = storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(opened.ok());
    return std::move(*opened);
}
} // namespace

TEST_CASE("a few customers' orders of today are recomputed on their own, as a full run would", "[upkeep][incremental]")
{
    const Clock::Pinned today(QDate(2026, 11, 20));
    QTemporaryDir dir;
    auto db = openShop(dir);
    // Exact comparison needs the same reference values: purchase models off (a full run refits them).
    REQUIRE(storage::SettingsRepository(*db)
                .setValue(SegmentationSettings::kModelSettings, u"{\"minRepeatBuyers\": 100000}"_s)
                .ok());
    feedShop(*db);
    REQUIRE(SegmentationUpkeep::due(*db, 0).value() == Work::Nothing);
    CHECK(SegmentationUpkeep::refreshLimit(300) == 3);

    // Today's three orders, for members already in the top fifth on R, F and M: the quintile cut
    // points cannot move (with 300 customers a cut point moves by a day when anyone crosses it).
    const QList<qint64> all = idsOf(*db, 0, 300);
    const auto rows = storage::SegmentationRepository(*db).storedEvaluations(all).value();
    QList<int> members;
    QList<qint64> touched;
    for (int i = 0; i < 300 && members.size() < 3; ++i) {
        const RfmScores& s = rows.value(all[i]).scores;
        if (s.r == 5 && s.f == 5 && s.m == 5) {
            members.append(i);
            touched.append(all[i]);
        }
    }
    REQUIRE(members.size() == 3);
    const auto imported = importText(*db, ordersFor(members, QDate(2026, 11, 20), u"T"_s), io::ImportKind::Orders);
    REQUIRE(imported.ok());
    CHECK(imported->segmentation.work == Work::Refresh);
    CHECK(imported->segmentation.customers == 3);
    CHECK(SegmentationUpkeep::due(*db, 0).value() == Work::Nothing); // the open month is current again

    const ScoringBasis before = SegmentationSettings::loadBasis(*db).value();
    const QString refreshed = stored(*db, touched, u"2026-11"_s);
    CHECK(refreshed.contains(u"2026-11 2026-11-20"_s));
    REQUIRE(SegmentationUpkeep::recalculate(*db).ok());
    const ScoringBasis after = SegmentationSettings::loadBasis(*db).value();
    // The quintile cut points did not move with three orders (otherwise the comparison means
    // nothing); the averages moved a little (their sums are exact), not across these customers.
    REQUIRE(after.cuts.recencyDays == before.cuts.recencyDays);
    REQUIRE(after.cuts.frequency == before.cuts.frequency);
    REQUIRE(after.cuts.monetaryFen == before.cuts.monetaryFen);
    CHECK(stored(*db, touched, u"2026-11"_s) == refreshed);
}

TEST_CASE("many customers' orders, or orders of a past month, still bring a full run", "[upkeep][incremental]")
{
    const Clock::Pinned today(QDate(2026, 11, 20));
    QTemporaryDir dir;
    auto db = openShop(dir);
    feedShop(*db);

    // Four customers in a 300-customer shop: over the 1% limit.
    auto many = importText(*db, ordersOf(20, 4, QDate(2026, 11, 20), u"A"_s), io::ImportKind::Orders);
    REQUIRE(many.ok());
    CHECK(many->segmentation.work == Work::FullRun);
    CHECK(many->segmentation.customers == 300);

    // One customer, but an order of October: October's month end is rebuilt.
    auto past = importText(*db, ordersOf(30, 1, QDate(2026, 10, 15), u"B"_s), io::ImportKind::Orders);
    REQUIRE(past.ok());
    CHECK(past->segmentation.work == Work::FullRun);

    // One customer today: a refresh; undoing it (a removal of today's order) refreshes too.
    auto one = importText(*db, ordersOf(40, 1, QDate(2026, 11, 20), u"C"_s), io::ImportKind::Orders);
    REQUIRE(one.ok());
    CHECK(one->segmentation.work == Work::Refresh);
    const QList<qint64> ids = idsOf(*db, 40, 1);
    const QString withOrder = stored(*db, ids, u"2026-11"_s);
    auto undone = io::ImportService::undo(*db, one->report.batchId);
    REQUIRE(undone.ok());
    CHECK(undone->segmentation.work == Work::Refresh);
    const QString afterUndo = stored(*db, ids, u"2026-11"_s);
    CHECK(afterUndo != withOrder);
    REQUIRE(SegmentationUpkeep::recalculate(*db).ok());
    CHECK(stored(*db, ids, u"2026-11"_s) == afterUndo);

    // A new day: the first change runs over everyone again.
    const Clock::Pinned tomorrow(QDate(2026, 11, 21));
    CHECK(SegmentationUpkeep::due(*db, 1).value() == Work::FullRun);
}

TEST_CASE("an import makes a copy before the day's first import only", "[backup][incremental]")
{
    QTemporaryDir dir;
    auto db = openShop(dir);
    const QString path = dir.filePath(u"shop.sqlite"_s);
    const auto on = [](int day) { return QDateTime(QDate(2026, 11, day), QTime(9, 0)); };
    {
        const Clock::Pinned now(on(1));
        // Customers into an empty shop: nothing to lose, no copy. Their orders: the shop has no
        // copy yet, so the import makes one first; later imports that day make none (their
        // journals are the protection).
        feedShop(*db);
        REQUIRE(storage::Backups::list(path)->size() == 1);
        CHECK(storage::Backups::list(path)->first().reason == u"before-import"_s);
        for (int n = 1; n <= 3; ++n)
            REQUIRE(importText(*db, ordersOf(n, 1, QDate(2026, 11, 1), u"D"_s + QString::number(n)),
                               io::ImportKind::Orders).ok());
        CHECK(storage::Backups::list(path)->size() == 1);
    }
    {
        const Clock::Pinned now(on(2)); // a new day: a copy before its first import
        auto second = importText(*db, ordersOf(2, 1, QDate(2026, 11, 2), u"F"_s), io::ImportKind::Orders);
        REQUIRE(second.ok());
        const auto copies = storage::Backups::list(path);
        REQUIRE(copies->size() == 2);
        CHECK(copies->first().created.date() == QDate(2026, 11, 2));
        CHECK(storage::Backups::check(copies->first().path, true).value() == u"ok"_s);
        REQUIRE(importText(*db, ordersOf(3, 1, QDate(2026, 11, 2), u"G"_s), io::ImportKind::Orders).ok());
        CHECK(storage::Backups::list(path)->size() == 2);
        // Undoing an import cannot itself be undone: always a copy first.
        REQUIRE(io::ImportService::undo(*db, second->report.batchId).ok());
        CHECK(storage::Backups::list(path)->first().reason == u"before-undo"_s);
    }
}
