// Service tickets in the database (follow-up on the calendar, timeline), survey answers, NPS and
// the detractor care rule.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "customers/CustomerTimeline.h"
#include "service/Nps.h"
#include "service/Surveys.h"
#include "service/Tickets.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"

#include <QSqlQuery>

using namespace clientele::core;
using namespace clientele::core::service;
using namespace Qt::StringLiterals;
namespace test = clientele::test;

namespace {
qint64 addCustomer(storage::Database& db, const QString& code, const QString& phone)
{
    Customer c;
    c.memberCode = code;
    c.name = u"客户"_s + code;
    c.phone = phone;
    auto id = storage::CustomerRepository(db).insert(c);
    REQUIRE(id.ok());
    return *id;
}
QDateTime t(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
}
QList<storage::FollowUp> ticketTasks(storage::Database& db)
{
    QList<storage::FollowUp> out;
    for (const auto& f : storage::FollowUpRepository(db).list(QDate(2000, 1, 1), QDate(2100, 1, 1)).value())
        if (f.originRule == u"ticket")
            out.append(f);
    return out;
}
int detractorTasks(storage::Database& db)
{
    int n = 0;
    for (const auto& f : storage::FollowUpRepository(db).list(QDate(2000, 1, 1), QDate(2100, 1, 1)).value())
        n += f.originRule == u"detractor" ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("a ticket's due day is a follow-up that moves with the SLA and closes with it", "[service]")
{
    auto db = test::memoryDatabase();
    const qint64 c = addCustomer(*db, u"A1"_s, u"13800138000"_s);
    Ticket ticket;
    ticket.customerId = c;
    ticket.kind = u"repair"_s;
    ticket.priority = u"urgent"_s;
    ticket.subject = u"拉链坏了"_s;
    const auto id = Tickets::open(*db, ticket, t("2026-12-01 19:00"));
    REQUIRE(id.ok());
    auto v = Tickets::get(*db, *id, t("2026-12-01 19:30"));
    REQUIRE(v.ok());
    CHECK(v->sla.dueAt == t("2026-12-02 12:00"));
    auto tasks = ticketTasks(*db);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == QDate(2026, 12, 2));
    CHECK(tasks[0].customerId == c);

    // Waiting from 20:00 (1 h used) until Friday 10:00: then due Friday 13:00.
    REQUIRE(Tickets::update(*db, *id, u"waiting"_s, u"asked for a photo"_s, t("2026-12-01 20:00")).ok());
    CHECK(Tickets::update(*db, *id, u"waiting"_s, {}, t("2026-12-01 20:30")).error().code == Error::Code::Usage);
    CHECK(Tickets::update(*db, *id, u"open"_s, {}, t("2026-12-01 19:30")).error().code == Error::Code::Usage);
    CHECK(Tickets::update(*db, *id, u"lost"_s, {}, t("2026-12-03 10:00")).error().message.contains(u"lost"_s));
    REQUIRE(Tickets::update(*db, *id, u"open"_s, {}, t("2026-12-04 10:00")).ok());
    v = Tickets::get(*db, *id, t("2026-12-04 10:00"));
    CHECK(v->sla.dueAt == t("2026-12-04 13:00"));
    tasks = ticketTasks(*db);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].dueOn == QDate(2026, 12, 4));

    REQUIRE(Tickets::update(*db, *id, u"resolved"_s, u"换了新拉链"_s, t("2026-12-04 12:00")).ok());
    v = Tickets::get(*db, *id, t("2026-12-10 10:00"));
    CHECK(v->ticket.resolution == u"换了新拉链");
    CHECK_FALSE(v->sla.breached);
    CHECK(v->ticket.history.size() == 4);
    tasks = ticketTasks(*db);
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].status == u"done");

    // The resolution is on the customer's timeline.
    const auto timeline = customers::CustomerTimeline::forCustomer(*db, c);
    REQUIRE(timeline.ok());
    bool found = false;
    for (const auto& e : *timeline)
        found = found || (e.kind == customers::TimelineEvent::Kind::Ticket && e.detail == u"换了新拉链" &&
                          e.date == QDate(2026, 12, 4));
    CHECK(found);

    // Overdue filter.
    Ticket late = ticket;
    late.priority = u"high"_s;
    const auto lateId = Tickets::open(*db, late, t("2026-12-01 10:00"));
    REQUIRE(lateId.ok());
    const auto overdue = Tickets::list(*db, TicketFilter::Overdue, {}, t("2026-12-02 11:00"));
    REQUIRE(overdue.ok());
    REQUIRE(overdue->size() == 1);
    CHECK(overdue->first().ticket.id == *lateId);
    CHECK(Tickets::list(*db, TicketFilter::All, {}, t("2026-12-02 11:00"))->size() == 2);
    CHECK(Tickets::list(*db, TicketFilter::Open, {}, t("2026-12-02 11:00"))->size() == 1);
}

TEST_CASE("NPS arithmetic: promoters minus detractors, no figure under 10 answers", "[nps]")
{
    // 5 promoters, 3 passives, 2 detractors of 10: 50 % − 20 % = 30.
    const NpsFigure ten = NpsFigure::of({10, 9, 9, 10, 9, 8, 7, 7, 6, 0});
    CHECK(ten.promoters == 5);
    CHECK(ten.passives == 3);
    CHECK(ten.detractors == 2);
    CHECK(ten.nps() == 30);
    // Nine answers: counted, but no figure.
    const NpsFigure nine = NpsFigure::of({10, 10, 10, 10, 10, 10, 10, 10, 10});
    CHECK(nine.answers() == 9);
    CHECK_FALSE(nine.nps().has_value());
    CHECK(NpsFigure::of(QList<int>(10, 0)).nps() == -100);
    CHECK(NpsFigure::of(QList<int>(12, 10)).nps() == 100);
    CHECK(NpsFigure::of(QList<int>(10, 7)).nps() == 0);
    // 1 promoter, 2 detractors of 11: −9.09 → −9; 4 − 0 of 11: 36.36 → 36; 1 of 8… rounding half away from zero:
    CHECK(NpsFigure::of({10, 6, 6, 7, 7, 7, 7, 7, 7, 7, 7}).nps() == -9);
    CHECK(NpsFigure::of({10, 10, 10, 10, 8, 8, 8, 8, 8, 8, 8}).nps() == 36);
    // 3 of 40 promoters: 7.5 → 8; 3 of 40 detractors: −7.5 → −8.
    QList<int> scores(37, 8);
    CHECK(NpsFigure::of(scores + QList<int>{10, 10, 10}).nps() == 8);
    CHECK(NpsFigure::of(scores + QList<int>{1, 2, 3}).nps() == -8);

    NpsAlert alert;
    CHECK(alert.level(29, std::nullopt) == NpsAlert::Level::Red);
    CHECK(alert.level(30, std::nullopt) == NpsAlert::Level::Normal);
    CHECK(alert.level(45, 55) == NpsAlert::Level::Amber);
    CHECK(alert.level(46, 55) == NpsAlert::Level::Normal);
    CHECK(alert.level(std::nullopt, 55) == NpsAlert::Level::Normal);
}

TEST_CASE("survey import: bad rows named, re-import idempotent, one call-back per detractor", "[nps]")
{
    auto db = test::memoryDatabase();
    Clock::Pinned today(QDate(2026, 11, 20));
    const qint64 a = addCustomer(*db, u"M001"_s, u"13800138001"_s);
    addCustomer(*db, u"M002"_s, u"13800138002"_s);

    const QString bad = test::writeTempFile(
        u"手机,日期,评分,备注\n13800138001,2026-11-18,11,太贵\n13900000000,2026-11-18,5,\n138 0013 8002,昨天,9,\n"_s.toUtf8());
    const auto refused = Surveys::importFile(*db, bad);
    REQUIRE(refused.ok());
    REQUIRE(refused->errors.size() == 3);
    CHECK(refused->errors[0].line == 2);
    CHECK(refused->errors[0].column == u"评分");
    CHECK(refused->errors[0].value == u"11");
    CHECK(refused->errors[1].line == 3);
    CHECK(refused->errors[1].column == u"手机");
    CHECK(refused->errors[2].column == u"日期");
    CHECK(refused->errors[2].value == u"昨天");
    CHECK(refused->inserted == 0);

    const QString good = test::writeTempFile(
        "Member code,Date,Score,Comment\nM001,2026-11-18,3,too slow\nM002,2026-11-19,10,great\n");
    const auto first = Surveys::importFile(*db, good);
    REQUIRE(first.ok());
    CHECK(first->errors.isEmpty());
    CHECK(first->inserted == 2);
    CHECK(first->followUps == 1);
    CHECK(detractorTasks(*db) == 1);

    const auto again = Surveys::importFile(*db, good);
    REQUIRE(again.ok());
    CHECK(again->inserted == 0);
    CHECK(again->unchanged == 2);
    CHECK(again->followUps == 0);
    CHECK(detractorTasks(*db) == 1);
    // The regular care-rule run finds the same task stored.
    CHECK(Surveys::planDetractorCalls(*db, QDate(2026, 11, 21)).value() == 0);

    // By hand and by reply code.
    REQUIRE(Surveys::record(*db, a, QDate(2026, 11, 20), 9, u"better now"_s).ok());
    const auto code = Surveys::issueCode(*db, a, QDate(2026, 11, 20));
    REQUIRE(code.ok());
    CHECK(code->size() == 6);
    REQUIRE(Surveys::answerByCode(*db, code->toLower(), 2, {}, QDate(2026, 11, 21)).ok());
    CHECK(Surveys::answerByCode(*db, *code, 2, {}, QDate(2026, 11, 21)).error().code == Error::Code::Conflict);
    CHECK(Surveys::answerByCode(*db, u"ZZZZZZ"_s, 2, {}).error().code == Error::Code::NotFound);
    CHECK(detractorTasks(*db) == 2);

    const auto month = Nps::shopMonth(*db, u"2026-11"_s);
    REQUIRE(month.ok());
    CHECK(month->answers() == 4);
    CHECK(month->detractors == 2);
    CHECK_FALSE(month->nps().has_value());
}
