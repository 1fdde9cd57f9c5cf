// The owner's service settings (opening hours, SLA per priority, NPS warning line): validated,
// saved where the SLA clock and the NPS card read them, strict JSON for the CLI.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "service/Nps.h"
#include "service/ServiceSettings.h"
#include "service/Tickets.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/TicketRepository.h"

using namespace clientele::core;
using namespace clientele::core::service;
using namespace Qt::StringLiterals;
namespace test = clientele::test;

namespace {
QDateTime t(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm"_s);
}
} // namespace

TEST_CASE("service settings: defaults, round trip through the database, and the SLA clock follows them", "[service]")
{
    auto db = test::memoryDatabase();
    const ServiceSettings defaults = ServiceSettings::load(*db);
    CHECK(defaults.validate().ok());
    CHECK(defaults.sla.resolveMinutesFor(u"urgent"_s) == 240);
    CHECK(defaults.alert.below == 30);
    CHECK(defaults.alert.drop == 10);
    REQUIRE(defaults.hours.days[0]);
    CHECK(defaults.hours.days[0]->open == QTime(10, 0));

    Customer c;
    c.name = u"王芳"_s;
    c.phone = u"13800138000"_s;
    const auto customer = storage::CustomerRepository(*db).insert(c);
    REQUIRE(customer.ok());
    Ticket ticket;
    ticket.customerId = *customer;
    ticket.kind = u"repair"_s;
    ticket.priority = u"urgent"_s;
    ticket.subject = u"x"_s;
    // 2026-12-04 is a Friday. Defaults: 19:00 + 4 h → 2 h Friday evening, 2 h Saturday from 10:00.
    const auto id = Tickets::open(*db, ticket, t("2026-12-04 19:00"));
    REQUIRE(id.ok());
    CHECK(Tickets::get(*db, *id, t("2026-12-04 19:00"))->sla.dueAt == t("2026-12-05 12:00"));

    // Closed on Saturday, Sunday 12:00–18:00; urgent is 3 h; NPS red under 20, amber on a drop of 5.
    ServiceSettings s = defaults;
    s.hours.days[5] = std::nullopt;
    s.hours.days[6] = OpeningHours::Span{QTime(12, 0), QTime(18, 0)};
    s.sla.resolveMinutes.insert(u"urgent"_s, 180);
    s.alert.below = 20;
    s.alert.drop = 5;
    REQUIRE(s.save(*db).ok());

    const ServiceSettings loaded = ServiceSettings::load(*db);
    CHECK_FALSE(loaded.hours.days[5].has_value());
    REQUIRE(loaded.hours.days[6]);
    CHECK(loaded.hours.days[6]->open == QTime(12, 0));
    CHECK(SlaRules::load(*db).resolveMinutesFor(u"urgent"_s) == 180);
    CHECK(NpsAlert::load(*db).below == 20);
    CHECK(NpsAlert::load(*db).drop == 5);
    CHECK(loaded.toJson() == s.toJson());
    // 2 h Friday evening, Saturday closed, 1 h on Sunday from 12:00; the first response within 45 min.
    const auto v = Tickets::get(*db, *id, t("2026-12-04 19:00"));
    CHECK(v->sla.dueAt == t("2026-12-06 13:00"));
    CHECK(v->sla.firstResponseDueAt == t("2026-12-04 19:45"));
    // The ticket's day on the calendar moved with it, and the task leads back to the ticket.
    const auto task = storage::TicketRepository(*db).openFollowUp(*id);
    REQUIRE(task.ok());
    REQUIRE(*task > 0);
    const auto tasks = storage::FollowUpRepository(*db).list(QDate(2026, 12, 1), QDate(2026, 12, 31));
    REQUIRE(tasks.ok());
    REQUIRE(tasks->size() == 1);
    CHECK(tasks->first().dueOn == QDate(2026, 12, 6));
    CHECK(storage::TicketRepository(*db).ticketOfFollowUp(*task).value() == *id);
}

TEST_CASE("service settings refuse what cannot work and save nothing then", "[service]")
{
    auto db = test::memoryDatabase();
    ServiceSettings s = ServiceSettings::load(*db);
    s.sla.resolveMinutes.insert(u"high"_s, 120);

    ServiceSettings closedAlways = s;
    for (auto& day : closedAlways.hours.days)
        day = std::nullopt;
    auto status = closedAlways.save(*db);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == Error::Code::Usage);

    ServiceSettings backwards = s;
    backwards.hours.days[2] = OpeningHours::Span{QTime(18, 0), QTime(9, 0)};
    status = backwards.save(*db);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(u"18:00-09:00"_s));

    ServiceSettings tooShort = s;
    tooShort.sla.resolveMinutes.insert(u"low"_s, 3);
    status = tooShort.save(*db);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.contains(u"3"_s));

    ServiceSettings badNps = s;
    badNps.alert.below = 101;
    CHECK_FALSE(badNps.save(*db).ok());
    badNps = s;
    badNps.alert.drop = 0;
    CHECK_FALSE(badNps.save(*db).ok());

    // Nothing of the refused attempts was stored.
    CHECK(SlaRules::load(*db).resolveMinutesFor(u"high"_s) == SlaRules::kWorkingDayMinutes);
    CHECK(SlaRules::loadHours(*db).days[2]->open == QTime(10, 0));
}

TEST_CASE("service settings JSON: partial files keep the rest, bad values are named", "[service]")
{
    const ServiceSettings base;
    auto parsed = ServiceSettings::fromJson(
        QJsonObject{{u"hours"_s, QJsonObject{{u"sun"_s, u"closed"_s}, {u"mon"_s, u"9:30-18:00"_s}}},
                    {u"sla_minutes"_s, QJsonObject{{u"normal"_s, 600}}},
                    {u"nps"_s, QJsonObject{{u"below"_s, 0}}}},
        base);
    REQUIRE(parsed.ok());
    CHECK_FALSE(parsed->hours.days[6].has_value());
    CHECK(parsed->hours.days[0]->open == QTime(9, 30));
    CHECK(parsed->hours.days[1]->open == QTime(10, 0));
    CHECK(parsed->sla.resolveMinutesFor(u"normal"_s) == 600);
    CHECK(parsed->sla.resolveMinutesFor(u"urgent"_s) == 240);
    CHECK(parsed->alert.below == 0);
    CHECK(parsed->alert.drop == 10);
    CHECK(ServiceSettings::fromJson(parsed->toJson(), base)->toJson() == parsed->toJson());

    const auto refused = [&](const QJsonObject& json, const QString& named) {
        const auto r = ServiceSettings::fromJson(json, base);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::Usage);
        CHECK(r.error().message.contains(named));
    };
    refused(QJsonObject{{u"hours"_s, QJsonObject{{u"moon"_s, u"closed"_s}}}}, u"moon"_s);
    refused(QJsonObject{{u"hours"_s, QJsonObject{{u"tue"_s, u"late"_s}}}}, u"late"_s);
    refused(QJsonObject{{u"sla_minutes"_s, QJsonObject{{u"asap"_s, 10}}}}, u"asap"_s);
    refused(QJsonObject{{u"sla_minutes"_s, QJsonObject{{u"low"_s, u"lots"_s}}}}, u"lots"_s);
    refused(QJsonObject{{u"sla_minutes"_s, QJsonObject{{u"low"_s, 2.5}}}}, u"2.5"_s);
    refused(QJsonObject{{u"nps"_s, QJsonObject{{u"below"_s, -150}}}}, u"-150"_s);
    refused(QJsonObject{{u"colour"_s, u"red"_s}}, u"colour"_s);
}
