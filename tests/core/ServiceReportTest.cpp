// The monthly report's service section and the health page's figures, from hand-made tickets and
// answers whose medians, shares and NPS are worked out below.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "TestTables.h"

#include "io/Importer.h"
#include "report/MonthlyReport.h"
#include "report/ReportRenderer.h"
#include "segmentation/Segmenter.h"
#include "service/HealthFigures.h"
#include "service/Surveys.h"
#include "service/TicketFigures.h"
#include "service/Tickets.h"
#include "storage/CustomerQueries.h"
#include "storage/Migrations.h"
#include "storage/SegmentationRepository.h"

#include <QFile>

#include <algorithm>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace Qt::StringLiterals;

namespace {
QDateTime t(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
}

// tests/data/figures imported into an empty shop as a shop would, segmented at the end of March 2026.
// The 12 months to 2026-03-31, by hand: 王芳 300 + 200 − 50 = 450, 李雷 234, Bob Chen 0 + 88 = 88 bought
// in them; 张伟 bought on 2024-12-10 and was refunded ¥181.50 on 2025-06-01 — a refund in the window
// of a purchase before it: he bought nothing in the window, so he is no 12-month buyer.
std::unique_ptr<storage::Database> figuresShop()
{
    auto db = clientele::test::memoryDatabase();
    io::ImportOptions options;
    options.kind = io::ImportKind::Customers;
    REQUIRE(io::Importer::run(*db, clientele::test::dataPath(u"figures/customers.csv"_s), options).ok());
    options.kind = io::ImportKind::Orders;
    REQUIRE(io::Importer::run(*db, clientele::test::dataPath(u"figures/orders.csv"_s), options).ok());
    REQUIRE(segmentation::Segmenter::run(*db, QDate(2026, 3, 31)).ok());
    return db;
}

segmentation::MonthStats statsOf(const storage::Database& db, const QString& month)
{
    for (const auto& m : storage::SegmentationRepository(db).monthStats().value())
        if (m.month == month)
            return m;
    FAIL("no figures for " << month.toStdString());
    return {};
}
} // namespace

TEST_CASE("ticket medians: the middle value, or the mean of the two middle ones", "[service][report]")
{
    using service::TicketFigures;
    CHECK_FALSE(TicketFigures::median({}).has_value());
    CHECK(TicketFigures::median({7}) == 7);
    CHECK(TicketFigures::median({30, 10, 20}) == 20);
    CHECK(TicketFigures::median({10, 20}) == 15);
    CHECK(TicketFigures::median({660, 20, 60, 30}) == 45);
    CHECK(TicketFigures::median({1, 2}) == 2); // 1.5 rounds half up
}

TEST_CASE("the monthly report's service section: tickets, medians, share within SLA, NPS with answers",
          "[service][report]")
{
    Clock::Pinned pinned(QDateTime(QDate(2026, 11, 5), QTime(12, 0)));
    auto db = clientele::test::demoDatabase(60, 600);
    REQUIRE(segmentation::Segmenter::run(*db, QDate(2026, 10, 31)).ok());
    const auto rows = storage::CustomerQueries::list(*db, {}, storage::CustomerSort::Id, false, 12);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 12);

    const auto open = [&](int who, const char* priority, const char* at) {
        service::Ticket ticket;
        ticket.customerId = rows->at(who).id;
        ticket.kind = u"complaint"_s;
        ticket.priority = QString::fromLatin1(priority);
        ticket.subject = u"x"_s;
        const auto id = service::Tickets::open(*db, ticket, t(at));
        REQUIRE(id.ok());
        return *id;
    };
    const auto update = [&](qint64 id, const char* status, const char* at) {
        REQUIRE(service::Tickets::update(*db, id, QString::fromLatin1(status), {}, t(at)).ok());
    };
    // Opening hours 10:00–21:00. In October: A first response after 60 min, resolved after 180
    // (in time); B urgent, answered and resolved after 660 (late); C answered after 30, still
    // waiting; D answered and resolved after 20. E opened in September, resolved in October after
    // 2640 min (late).
    const qint64 a = open(0, "normal", "2026-10-05 10:00");
    update(a, "waiting", "2026-10-05 11:00");
    update(a, "open", "2026-10-06 10:00");
    update(a, "resolved", "2026-10-06 12:00");
    const qint64 b = open(1, "urgent", "2026-10-07 10:00");
    update(b, "resolved", "2026-10-08 10:00");
    const qint64 c = open(2, "high", "2026-10-20 10:00");
    update(c, "waiting", "2026-10-20 10:30");
    const qint64 d = open(3, "low", "2026-10-25 10:00");
    update(d, "resolved", "2026-10-25 10:20");
    const qint64 e = open(4, "normal", "2026-09-28 10:00");
    update(e, "resolved", "2026-10-02 10:00");
    // In November, not October's.
    open(5, "normal", "2026-11-02 10:00");

    // Ten answers in October: 5 promoters, 2 passives, 3 detractors → NPS (5 − 3) / 10 = +20.
    const int scores[] = {9, 10, 9, 10, 9, 7, 8, 0, 5, 6};
    for (int i = 0; i < 10; ++i)
        REQUIRE(service::Surveys::record(*db, rows->at(i).id, QDate(2026, 10, 10 + i), scores[i], {}).ok());
    REQUIRE(service::Surveys::record(*db, rows->at(11).id, QDate(2026, 11, 2), 0, {}).ok());

    const auto built = report::MonthlyReport::build(*db, u"2026-10"_s);
    REQUIRE(built.ok());
    const report::MonthlyReport& r = *built;
    REQUIRE(r.hasService());
    CHECK(r.tickets.opened == 4);
    CHECK(r.tickets.resolved == 4);
    CHECK(r.tickets.resolvedInSla == 2);
    CHECK(r.tickets.withinSlaPermille() == 500);
    CHECK(r.tickets.medianFirstResponseMinutes == 45);   // 20, 30, 60, 660
    CHECK(r.tickets.medianResolutionMinutes == 420);     // 20, 180, 660, 2640
    CHECK(r.nps.answers() == 10);
    CHECK(r.nps.nps() == 20);

    const QString html = report::ReportRenderer::html(r);
    CHECK(html.contains(u"Tickets opened: 4, resolved: 4, resolved within SLA: 50.0%. Median first response: 0 h 45 "
                        u"min; median resolution: 7 h 0 min"_s));
    CHECK(html.contains(u"Net promoter score: 20 (10 answers: 5 promoters, 2 passives, 3 detractors)"_s));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_s);
    REQUIRE(report::ReportRenderer::writeCsv(r, path, io::CsvWriter::Encoding::Utf8).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(u"tickets,4,4,50.0,45,420"_s));
    CHECK(csv.contains(u"nps,20,5,2,3,10"_s));

    // The health page reads the same month: its service line and cards are these figures.
    const auto health = service::HealthFigures::build(*db, u"2026-10"_s);
    REQUIRE(health.ok());
    CHECK(health->tickets.opened == r.tickets.opened);
    CHECK(health->tickets.medianResolutionMinutes == r.tickets.medianResolutionMinutes);
    CHECK(health->card(u"sla"_s)->value == 500);
    CHECK(health->card(u"sla"_s)->count == 4);
    CHECK(health->card(u"nps"_s)->value == 20);
    CHECK(health->card(u"nps"_s)->count == 10);
    // Every card is the last point of its own trend line; the CLV card is the 12-month buyers' spend per
    // buyer of the month-end figures, the same number its chart plots.
    for (const QString& key : service::HealthFigures::keys()) {
        INFO(key.toStdString());
        CHECK(health->card(key)->value == health->card(key)->trend.last());
    }
    const auto stats = storage::SegmentationRepository(*db).monthStats();
    REQUIRE(stats.ok());
    const auto october = std::find_if(stats->cbegin(), stats->cend(), [](const auto& m) { return m.month == u"2026-10"_s; });
    REQUIRE(october != stats->cend());
    REQUIRE(october->buyers12m > 0);
    const qint64 n = october->buyers12m;
    const auto clv = health->card(u"clv"_s);
    REQUIRE(clv->value.has_value());
    CHECK(*clv->value == (october->buyersRevenue12m + n / 2) / n);
    CHECK(clv->count == n);
    CHECK_FALSE(service::HealthFigures::explanation(u"clv"_s).isEmpty());
    const auto behind = service::HealthFigures::customers(*db, u"clv"_s, u"2026-10"_s);
    REQUIRE(behind.ok());
    CHECK(behind->size() == n); // the buyers it divides by
    auto late = service::HealthFigures::customers(*db, u"sla"_s, u"2026-10"_s).value();
    std::sort(late.begin(), late.end());
    QList<qint64> expected{rows->at(1).id, rows->at(4).id};
    std::sort(expected.begin(), expected.end());
    CHECK(late == expected);
}

TEST_CASE("the average customer value is the 12-month buyers' own spend per buyer: a refund to a non-buyer is out",
          "[service][health]")
{
    Clock::Pinned pinned(QDateTime(QDate(2026, 4, 1), QTime(9, 0)));
    auto db = figuresShop();
    const auto march = statsOf(*db, u"2026-03"_s);
    CHECK(march.buyers12m == 3);
    CHECK(march.revenue12m == 59050);       // 450 + 234 + 88 − 181.50: every customer's 12 months
    CHECK(march.buyersRevenue12m == 77200); // 450 + 234 + 88: the three buyers'
    // February: 王芳 450 and Bob Chen's free item (a purchase, worth ¥0); 张伟's refund again not theirs.
    const auto february = statsOf(*db, u"2026-02"_s);
    CHECK(february.buyers12m == 2);
    CHECK(february.buyersRevenue12m == 45000);

    const auto health = service::HealthFigures::build(*db, u"2026-03"_s);
    REQUIRE(health.ok());
    const auto* clv = health->card(u"clv"_s);
    REQUIRE(clv);
    CHECK(clv->value == 25733);    // ¥772.00 / 3 = ¥257.333…, not (¥590.50 / 3)
    CHECK(clv->previous == 22500); // ¥450.00 / 2
    CHECK(clv->count == 3);
    CHECK(service::HealthFigures::valueText(*clv) == u"¥257.33"_s);
    // The customers it divides by are the buyers the card opens: 张伟 is not among them.
    CHECK(service::HealthFigures::customers(*db, u"clv"_s, u"2026-03"_s).value().size() == 3);
}

TEST_CASE("step 19 gives the months already stored their buyers' 12-month spend", "[service][health][migration]")
{
    Clock::Pinned pinned(QDateTime(QDate(2026, 4, 1), QTime(9, 0)));
    auto db = figuresShop();
    QHash<QString, Fen> segmented;
    for (const auto& m : storage::SegmentationRepository(*db).monthStats().value())
        segmented.insert(m.month, m.buyersRevenue12m);
    REQUIRE(segmented.value(u"2026-03"_s) == 77200);
    const Fen januaryAll = statsOf(*db, u"2026-01"_s).revenue12m;
    // Back to a file of version 18, one month of it without its snapshot.
    REQUIRE(db->exec(u"ALTER TABLE monthly_stats DROP COLUMN buyers_revenue_12m_fen"_s).ok());
    REQUIRE(db->exec(u"DELETE FROM customer_snapshots WHERE month = '2026-01'"_s).ok());
    clientele::test::setSchemaVersion(*db, 18);

    REQUIRE(storage::Migrations::migrate(*db).ok());
    CHECK(db->schemaVersion() == storage::Migrations::kLatest);
    for (const auto& m : storage::SegmentationRepository(*db).monthStats().value()) {
        INFO(m.month.toStdString());
        // Counted again from the snapshots and the orders: what the segmentation wrote; a month without its
        // snapshot keeps the figure it was shown with until the history is rebuilt.
        CHECK(m.buyersRevenue12m == (m.month == u"2026-01"_s ? januaryAll : segmented.value(m.month)));
    }
    CHECK(service::HealthFigures::build(*db, u"2026-03"_s).value().card(u"clv"_s)->value == 25733);
}
