#include "CatchCompat.h"

#include "Accounts.h"
#include "CareRulesFixture.h"
#include "SegmentationFixtures.h"
#include "TestSupport.h"
#include "TestTables.h"

#include "automation/Registry.h"
#include "automation/RuleChanges.h"
#include "automation/RuleEngine.h"
#include "care/FollowUpPlanner.h"
#include "domain/Clock.h"
#include "io/Importer.h"
#include "member/Coupons.h"
#include "security/AuditLog.h"
#include "security/UserDirectory.h"
#include "segmentation/Segmenter.h"
#include "service/Tickets.h"
#include "storage/AutomationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace clientele::core;
using namespace clientele::core::automation;
using namespace Qt::StringLiterals;

namespace {
using clientele::test::everything;
qint64 count(const storage::Database& db, const QString& sql)
{
    QSqlQuery q = db.prepare(sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

qint64 idOf(const storage::Database& db, const QString& memberCode)
{
    QSqlQuery q = db.prepare(u"SELECT id FROM customers WHERE member_code = ?"_s);
    q.addBindValue(memberCode);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

void exec(const storage::Database& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q = db.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    REQUIRE(q.exec());
}


Rule rule(const QJsonObject& trigger, const QJsonObject& action, const QJsonArray& conditions = {})
{
    Rule r;
    r.name = trigger.value(u"kind"_s).toString();
    r.trigger = trigger;
    r.action = action;
    r.conditions = conditions;
    return r;
}

qint64 add(storage::Database& db, const Rule& r)
{
    auto id = storage::AutomationRepository(db).save(r);
    REQUIRE(id.ok());
    return *id;
}

void onlyThese(storage::Database& db, const QList<qint64>& keep)
{
    auto rules = storage::AutomationRepository(db).rules();
    REQUIRE(rules.ok());
    for (const Rule& r : *rules)
        REQUIRE(storage::AutomationRepository(db).setEnabled(r.id, keep.contains(r.id)).ok());
}

const QDate kToday(2026, 11, 10);

// Three customers as of 2026-11-10: 张三 new (first purchase 11-05, birthday 11-13, Shanghai),
// 李四 dormant since a year (Beijing), 王五 a gold customer overdue (his rhythm: monthly).
std::unique_ptr<storage::Database> shop()
{
    auto db = clientele::test::memoryDatabase();
    const QString customers = clientele::test::writeTempFile(
        u"会员卡号,姓名,手机,生日,城市\nB1,张三,13800000001,1990-11-13,上海\nB2,李四,13800000002,,北京\n"
        u"B3,王五,13800000003,,上海\n"_s.toUtf8());
    const QString orders = clientele::test::writeTempFile(
        u"单号,会员卡号,日期,金额\nX1,B1,2026-11-05,100\nX2,B2,2025-11-05,50\nX3,B3,2026-06-01,20000\n"
        u"X4,B3,2026-07-01,20000\nX5,B3,2026-08-01,20000\nX6,B3,2026-09-01,20000\n"_s.toUtf8());
    REQUIRE(io::Importer::run(*db, customers, clientele::test::consenting()).ok());
    io::ImportOptions o;
    o.kind = io::ImportKind::Orders;
    REQUIRE(io::Importer::run(*db, orders, o).ok());
    REQUIRE(segmentation::Segmenter::run(*db, kToday).ok());
    return db;
}
} // namespace

TEST_CASE("the care rules become built-in automation rules, on/off and parameters kept", "[automation][db]")
{
    auto db = clientele::test::memoryDatabase();
    clientele::test::asCareRulesShop(*db, 12);
    exec(*db, u"UPDATE care_rules SET enabled = 0, params_json = '{\"days_ahead\":5}' WHERE key = 'birthday'"_s);
    exec(*db, u"UPDATE care_rules SET params_json = '{\"tiers\":[\"gold\"]}' WHERE key = 'vip_at_risk'"_s);
    exec(*db, u"INSERT INTO customers (id, name, created_at, updated_at) VALUES (7, '孙明', 'x', 'x')"_s);
    exec(*db, u"INSERT INTO follow_ups (customer_id, due_on, title, origin_rule, dedupe_key, created_at) VALUES "
              u"(7, '2026-10-01', 'Win back 孙明', 'winback', 'winback:7:2025-09-30', '2026-09-30T08:00:00Z')"_s);
    const auto migrated = storage::Migrations::migrate(*db);
    INFO((migrated.ok() ? QString() : migrated.error().message).toStdString());
    REQUIRE(migrated.ok());
    CHECK(db->schemaVersion() == storage::Migrations::kLatest);
    CHECK(!clientele::test::tableNames(*db).contains(u"care_rules"_s));

    auto rules = storage::AutomationRepository(*db).rules();
    REQUIRE(rules.ok());
    REQUIRE(rules->size() == 7); // the six care rules and the survey detractor call-back
    QHash<QString, Rule> byKey;
    for (const Rule& r : *rules)
        byKey.insert(r.builtin, r);
    CHECK_FALSE(byKey[u"birthday"_s].enabled);
    CHECK(byKey[u"birthday"_s].triggerKind() == u"birthday"_s);
    CHECK(byKey[u"birthday"_s].trigger.value(u"days_ahead"_s).toInt() == 5);
    CHECK(byKey[u"revisit"_s].enabled);
    CHECK(byKey[u"revisit"_s].trigger.value(u"days_after"_s).toInt() == 7);
    CHECK(byKey[u"winback"_s].trigger.value(u"to"_s).toString() == u"dormant"_s);
    const Rule vip = byKey[u"vip_at_risk"_s];
    CHECK(vip.trigger.value(u"to"_s).toString() == u"at_risk"_s);
    REQUIRE(vip.conditions.size() == 1);
    CHECK(vip.conditions[0].toObject().value(u"in"_s).toArray() == QJsonArray{u"gold"_s});
    CHECK(byKey[u"holidays"_s].trigger.value(u"holidays"_s).toArray().size() == 3);
    CHECK(byKey[u"replenish"_s].trigger.value(u"min_intervals"_s).toInt() == 3);
    CHECK(byKey[u"detractor"_s].triggerKind() == u"survey_detractor"_s);
    for (const Rule& r : *rules)
        CHECK(r.actionKind() == u"follow_up"_s);
    // The follow-up the win-back rule made before is its event: never made again.
    CHECK(count(*db, u"SELECT COUNT(*) FROM automation_events WHERE event_key = 'winback:7:2025-09-30'"_s) == 1);
}

TEST_CASE("each trigger fires once per event; conditions filter; tags added and removed", "[automation][db]")
{
    clientele::core::Clock::Pinned pinned(kToday);
    auto db = shop();
    const qint64 b1 = idOf(*db, u"B1"_s), b2 = idOf(*db, u"B2"_s), b3 = idOf(*db, u"B3"_s);
    exec(*db, u"UPDATE customer_metrics SET prev_tier = 'silver', tier = 'gold', p_alive = 0.2 WHERE customer_id = ?"_s,
         {b3});
    exec(*db, u"UPDATE customer_metrics SET stage = 'won_back' WHERE customer_id = ?"_s, {b1});
    REQUIRE(storage::CustomerRepository(*db).addTags(b1, {u"沉睡"_s}).ok());

    const QJsonObject followUp{{u"kind"_s, u"follow_up"_s}, {u"title"_s, u"Call {name}"_s}};
    const QList<qint64> ids{
        add(*db, rule({{u"kind"_s, u"tier_changed"_s}, {u"direction"_s, u"up"_s}},
                      {{u"kind"_s, u"add_tag"_s}, {u"tag"_s, u"升级"_s}})),
        add(*db, rule({{u"kind"_s, u"stage_changed"_s}, {u"to"_s, u"at_risk"_s}}, followUp)),
        add(*db, rule({{u"kind"_s, u"stage_changed"_s}, {u"to"_s, u"dormant"_s}}, followUp)),
        add(*db, rule({{u"kind"_s, u"stage_changed"_s}, {u"to"_s, u"won_back"_s}},
                      {{u"kind"_s, u"remove_tag"_s}, {u"tag"_s, u"沉睡"_s}})),
        add(*db, rule({{u"kind"_s, u"birthday"_s}, {u"days_ahead"_s, 2}}, followUp)),
        add(*db, rule({{u"kind"_s, u"no_purchase"_s}, {u"days"_s, 360}}, followUp,
                      {QJsonObject{{u"kind"_s, u"city"_s}, {u"in"_s, QJsonArray{u"北京"_s}}}})),
        add(*db, rule({{u"kind"_s, u"p_alive_below"_s}, {u"below"_s, 0.5}},
                      {{u"kind"_s, u"add_tag"_s}, {u"tag"_s, u"流失风险"_s}})),
        add(*db, rule({{u"kind"_s, u"first_purchase"_s}, {u"days_after"_s, 7}}, followUp)),
        add(*db, rule({{u"kind"_s, u"holiday"_s},
                       {u"days_ahead"_s, 1},
                       {u"holidays"_s, QJsonArray{QJsonObject{{u"name"_s, u"店庆"_s},
                                                              {u"dates"_s, QJsonArray{u"2026-11-12"_s}}}}}},
                      followUp)),
    };
    // Filtered out by its condition: the only customer gone 360 days lives in Beijing.
    const qint64 shanghai = add(*db, rule({{u"kind"_s, u"no_purchase"_s}, {u"days"_s, 360}}, followUp,
                                          {QJsonObject{{u"kind"_s, u"city"_s}, {u"in"_s, QJsonArray{u"上海"_s}}}}));
    onlyThese(*db, ids + QList<qint64>{shanghai});

    const auto first = RuleEngine::run(*db);
    REQUIRE(first.ok());
    for (const qint64 id : ids.mid(0, ids.size() - 1)) {
        INFO(id);
        CHECK(first->perRule.value(id) == 1);
    }
    CHECK(first->perRule.value(ids.last()) == 3); // the shop's own holiday: everyone who takes greetings
    CHECK(first->perRule.value(shanghai) == 0);
    CHECK(first->overCap == 0);
    const auto tags = [&](qint64 id) { return storage::CustomerRepository(*db).tags(id).value(); };
    CHECK(tags(b3).contains(u"升级"_s));
    CHECK(tags(b3).contains(u"流失风险"_s));
    CHECK_FALSE(tags(b1).contains(u"沉睡"_s));
    const qint64 tasks = count(*db, u"SELECT COUNT(*) FROM follow_ups"_s);
    CHECK(tasks == 8);
    // Which rule did it, and why, for the reader.
    const auto events = storage::AutomationRepository(*db).events(ids[0], 10).value();
    REQUIRE(events.size() == 1);
    CHECK(events[0].customerId == b3);
    CHECK(events[0].why.value(u"rule"_s).toString() == u"tier_changed"_s);
    const auto listed = storage::FollowUpRepository(*db).forCustomer(b2).value();
    REQUIRE(listed.size() >= 1);
    CHECK(listed.last().title == u"Call 李四"_s);
    CHECK_FALSE(listed.last().reason.isEmpty());

    // Run again (and again the next day): nothing twice, not even a tag removed by hand.
    REQUIRE(storage::CustomerRepository(*db).removeTag(b3, u"升级"_s).ok());
    const auto second = RuleEngine::run(*db);
    REQUIRE(second.ok());
    CHECK(second->applied == 0);
    CHECK(second->done == first->applied);
    clientele::core::Clock::Pinned tomorrow(kToday.addDays(1));
    REQUIRE(RuleEngine::run(*db).value().applied == 0);
    CHECK(count(*db, u"SELECT COUNT(*) FROM follow_ups"_s) == tasks);
    CHECK_FALSE(tags(b3).contains(u"升级"_s));
}

TEST_CASE("a dry run lists whom a rule would touch and writes nothing", "[automation][db]")
{
    clientele::core::Clock::Pinned pinned(kToday);
    auto db = shop();
    const qint64 b3 = idOf(*db, u"B3"_s);
    exec(*db, u"UPDATE customer_metrics SET p_alive = 0.2 WHERE customer_id = ?"_s, {b3});
    Rule r = rule({{u"kind"_s, u"p_alive_below"_s}, {u"below"_s, 0.5}}, {{u"kind"_s, u"add_tag"_s}, {u"tag"_s, u"x"_s}},
                  {QJsonObject{{u"kind"_s, u"spend"_s}, {u"min_fen"_s, 50000}}});
    r.enabled = false;
    const qint64 id = add(*db, r);
    const qint64 points = add(*db, rule({{u"kind"_s, u"points_expiring"_s}}, {{u"kind"_s, u"follow_up"_s}}));
    const qint64 store = add(*db, rule({{u"kind"_s, u"birthday"_s}}, {{u"kind"_s, u"follow_up"_s}},
                                       {QJsonObject{{u"kind"_s, u"store"_s}, {u"in"_s, QJsonArray{u"1"_s}}}}));

    const QString before = everything(*db);
    const auto dry = RuleEngine::dryRun(*db, id);
    REQUIRE(dry.ok());
    REQUIRE(dry->items.size() == 1);
    CHECK(dry->items[0].customerId == b3);
    CHECK(dry->items[0].whatText().contains(u"x"_s));
    CHECK(dry->items[0].whyText().contains(u"20"_s));
    CHECK(dry->unavailable.isEmpty());
    {
        // The store condition reads the home store (StoresTest); nobody here has store "1".
        const auto d = RuleEngine::dryRun(*db, store);
        REQUIRE(d.ok());
        CHECK(d->items.isEmpty());
        CHECK(d->unavailable.isEmpty());
    }
    {
        // points expiring is a real trigger (MemberTriggersTest); nobody here holds points
        const auto d = RuleEngine::dryRun(*db, points);
        REQUIRE(d.ok());
        CHECK(d->items.isEmpty());
        CHECK(d->unavailable.isEmpty());
    }
    for (const Rule& builtin : storage::AutomationRepository(*db).rules().value())
        REQUIRE(RuleEngine::dryRun(*db, builtin.id).ok());
    REQUIRE(care::FollowUpPlanner::plan(*db, kToday, kToday.addDays(30)).ok());
    CHECK(everything(*db) == before);

    // The condition filters: under the spend floor, nobody.
    r.id = id;
    r.conditions = {QJsonObject{{u"kind"_s, u"spend"_s}, {u"min_fen"_s, 10000000}}};
    CHECK(RuleEngine::dryRun(*db, r).value().items.isEmpty());
    r.conditions = {QJsonObject{{u"kind"_s, u"tier"_s}, {u"in"_s, QJsonArray{u"silver"_s}}}};
    CHECK(RuleEngine::dryRun(*db, r).value().items.isEmpty());
    r.conditions = {QJsonObject{{u"kind"_s, u"tags"_s}, {u"any"_s, QJsonArray{u"VIP"_s}}}};
    CHECK(RuleEngine::dryRun(*db, r).value().items.isEmpty());
    REQUIRE(storage::CustomerRepository(*db).addTags(b3, {u"VIP"_s}).ok());
    CHECK(RuleEngine::dryRun(*db, r).value().items.size() == 1);
}

TEST_CASE("the daily cap: the excess is counted and waits for the next day", "[automation][db]")
{
    clientele::core::Clock::Pinned pinned(kToday);
    auto db = shop();
    onlyThese(*db, {});
    exec(*db, u"UPDATE customer_metrics SET p_alive = 0.1"_s);
    const qint64 id = add(*db, rule({{u"kind"_s, u"p_alive_below"_s}, {u"below"_s, 0.5}},
                                    {{u"kind"_s, u"add_tag"_s}, {u"tag"_s, u"回访"_s}}));
    onlyThese(*db, {id});
    REQUIRE(RuleEngine::setDailyCap(*db, 2).ok());
    CHECK(RuleEngine::dailyCap(*db) == 2);
    const auto first = RuleEngine::run(*db);
    REQUIRE(first.ok());
    CHECK(first->applied == 2);
    CHECK(first->overCap == 1);
    CHECK(RuleEngine::lastRun(*db) == std::pair<QDate, qint64>(kToday, 1));
    const auto again = RuleEngine::run(*db);
    CHECK(again.value().applied == 0);
    CHECK(again.value().overCap == 1);
    CHECK(RuleEngine::runIfDue(*db).value() == std::nullopt); // ran today already
    clientele::core::Clock::Pinned tomorrow(kToday.addDays(1));
    const auto next = RuleEngine::runIfDue(*db);
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    CHECK((*next)->applied == 1);
    CHECK((*next)->overCap == 0);
    CHECK(count(*db, u"SELECT COUNT(*) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = '回访'"_s) == 3);
    CHECK_FALSE(RuleEngine::setDailyCap(*db, -1).ok());
}

TEST_CASE("changing rules is for owners and audited", "[automation][security]")
{
    clientele::test::SignedOut session;
    auto db = clientele::test::memoryDatabase();
    clientele::test::addAccounts(*db);
    const qint64 audited = security::AuditLog::count(*db, u"rules"_s).value();
    const auto birthday = storage::AutomationRepository(*db).rules().value().first();
    REQUIRE(security::UserDirectory(*db).signIn(u"anna"_s, u"staff-password"_s).ok());
    CHECK(RuleChanges::setEnabled(*db, birthday.id, false).error().code == Error::Code::Forbidden);
    CHECK(RuleEngine::setDailyCap(*db, 5).error().code == Error::Code::Forbidden);
    REQUIRE(security::UserDirectory(*db).signIn(u"boss"_s, u"owner-password"_s).ok());
    REQUIRE(RuleChanges::setEnabled(*db, birthday.id, false).ok());
    CHECK_FALSE(storage::AutomationRepository(*db).rule(birthday.id).value().enabled);
    auto made = Rule::fromJson(QJsonDocument::fromJson(
        R"({"name":"降级提醒","trigger":{"kind":"tier_changed","direction":"down"},
            "conditions":[{"kind":"city","in":["上海"]}],"action":{"kind":"follow_up","title":"Call {name}"}})")
                                   .object());
    REQUIRE(made.ok());
    const auto id = RuleChanges::save(*db, *made);
    REQUIRE(id.ok());
    CHECK(storage::AutomationRepository(*db).rule(*id).value().name == u"降级提醒"_s);
    CHECK(security::AuditLog::count(*db, u"rules"_s).value() == audited + 2);
    CHECK(Rule::fromJson(QJsonDocument::fromJson(R"({"trigger":{"kind":"moon"},"action":{"kind":"follow_up"}})").object())
              .error()
              .message.contains(u"moon"_s));
    CHECK_FALSE(Rule::fromJson(QJsonDocument::fromJson(R"({"trigger":{"kind":"birthday"},"action":{"kind":"add_tag"}})")
                                   .object())
                    .ok());
}

TEST_CASE("rules issue coupons and call back unhappy survey answers, once each", "[automation][db]")
{
    clientele::core::Clock::Pinned pinned(kToday);
    auto db = shop();
    const qint64 b1 = idOf(*db, u"B1"_s), b2 = idOf(*db, u"B2"_s);
    CouponType type;
    type.name = u"生日券"_s;
    type.kind = CouponKind::Amount;
    type.amount = 2000;
    type.validDays = 30;
    auto typeId = member::Coupons::addType(*db, type);
    REQUIRE(typeId.ok());
    // 张三's birthday is in 3 days: a coupon of the rule's type, once.
    const qint64 birthday = add(*db, rule({{u"kind"_s, u"birthday"_s}, {u"days_ahead"_s, 3}},
                                          {{u"kind"_s, u"issue_coupon"_s}, {u"coupon_type"_s, u"生日券"_s}}));
    // 李四 answered 3 of 10 yesterday: one call back (the built-in detractor rule is on by default).
    exec(*db, u"INSERT INTO survey_answers (customer_id, survey, answered_on, score, comment, source, created_at) "
              u"VALUES (?, 'nps', '2026-11-09', 3, '', 'hand', '2026-11-09T10:00:00')"_s,
         {b2});
    auto rules = storage::AutomationRepository(*db).rules();
    REQUIRE(rules.ok());
    qint64 detractor = 0;
    for (const Rule& r : *rules)
        if (r.builtin == u"detractor")
            detractor = r.id;
    REQUIRE(detractor > 0);
    onlyThese(*db, {birthday, detractor});

    const auto first = RuleEngine::run(*db);
    REQUIRE(first.ok());
    CHECK(first->perRule.value(birthday) == 1);
    CHECK(first->perRule.value(detractor) == 1);
    CHECK(member::Coupons::list(*db, b1).value().size() == 1);
    CHECK(storage::FollowUpRepository(*db).forCustomer(b2).value().size() == 1);
    const auto second = RuleEngine::run(*db);
    REQUIRE(second.ok());
    CHECK(second->applied == 0);
    CHECK(member::Coupons::list(*db, b1).value().size() == 1);
    CHECK(storage::FollowUpRepository(*db).forCustomer(b2).value().size() == 1);
}

TEST_CASE("an overdue service ticket fires its rule once; a dry run writes nothing", "[automation][db][service]")
{
    clientele::core::Clock::Pinned pinned(kToday); // 2026-11-10 10:00
    auto db = shop();
    const qint64 b1 = idOf(*db, u"B1"_s), b3 = idOf(*db, u"B3"_s);
    const auto open = [&](qint64 customer, const QString& priority, const QDateTime& at) {
        service::Ticket t;
        t.customerId = customer;
        t.kind = u"repair"_s;
        t.priority = priority;
        t.subject = u"拉链坏了"_s;
        auto id = service::Tickets::open(*db, t, at);
        REQUIRE(id.ok());
        return *id;
    };
    // Urgent, opened yesterday 10:00: due yesterday 14:00, overdue now. Normal, opened today: not
    // due yet. Urgent but waiting for the customer: paused, not overdue.
    const qint64 late = open(b3, u"urgent"_s, QDateTime(kToday.addDays(-1), QTime(10, 0)));
    open(b1, u"normal"_s, QDateTime(kToday, QTime(9, 0)));
    const qint64 waiting = open(b1, u"urgent"_s, QDateTime(kToday.addDays(-1), QTime(10, 0)));
    REQUIRE(service::Tickets::update(*db, waiting, u"waiting"_s, {}, QDateTime(kToday.addDays(-1), QTime(11, 0))).ok());

    CHECK(Registry::trigger(u"ticket_overdue"_s)->find);
    onlyThese(*db, {});
    const qint64 id = add(*db, rule({{u"kind"_s, u"ticket_overdue"_s}}, {{u"kind"_s, u"follow_up"_s}}));
    const qint64 lowOnly =
        add(*db, rule({{u"kind"_s, u"ticket_overdue"_s}, {u"priority"_s, u"low"_s}}, {{u"kind"_s, u"add_tag"_s}, {u"tag"_s, u"慢"_s}}));

    const QString before = everything(*db);
    const auto dry = RuleEngine::dryRun(*db, id);
    REQUIRE(dry.ok());
    CHECK(dry->unavailable.isEmpty());
    REQUIRE(dry->items.size() == 1);
    CHECK(dry->items[0].customerId == b3);
    CHECK(dry->items[0].eventKey == u"ticket_overdue:%1"_s.arg(late));
    CHECK(dry->items[0].whyText().contains(u"#%1"_s.arg(late)));
    CHECK(dry->items[0].whyText().contains(u"14:00"_s));
    CHECK(RuleEngine::dryRun(*db, lowOnly).value().items.isEmpty());
    CHECK(everything(*db) == before);

    const auto overdueTasks = [&] {
        int n = 0;
        for (const auto& f : storage::FollowUpRepository(*db).forCustomer(b3).value())
            n += f.originRule != u"ticket" ? 1 : 0;
        return n;
    };
    const auto first = RuleEngine::run(*db);
    REQUIRE(first.ok());
    CHECK(first->perRule.value(id) == 1);
    CHECK(first->perRule.value(lowOnly) == 0);
    CHECK(overdueTasks() == 1);
    const auto second = RuleEngine::run(*db);
    REQUIRE(second.ok());
    CHECK(second->applied == 0);
    CHECK(overdueTasks() == 1);

    // A day later it is still the same overdue ticket: no second task.
    {
        clientele::core::Clock::Pinned later(kToday.addDays(1));
        REQUIRE(RuleEngine::run(*db).ok());
        CHECK(overdueTasks() == 1);
    }
}

TEST_CASE("a rule for customers away N days finds those away long before it was written, once per lapse",
          "[automation]")
{
    Clock::Pinned pinned(kToday);
    auto db = shop(); // 李四 away since 2025-11-05, 王五 since 2026-09-01, 张三 bought on 11-05
    const qint64 id = add(*db, rule({{u"kind"_s, u"no_purchase"_s}, {u"days"_s, 45}},
                                    {{u"kind"_s, u"add_tag"_s}, {u"tag"_s, u"待回访"_s}}));
    onlyThese(*db, {id});
    const auto dry = RuleEngine::dryRun(*db, id);
    REQUIRE(dry.ok());
    CHECK(dry->items.size() == 2); // 李四 crossed the 45 days eleven months ago, and is still away
    const auto first = RuleEngine::run(*db);
    REQUIRE(first.ok());
    CHECK(first->perRule.value(id) == 2);
    const auto tags = [&](const QString& code) { return storage::CustomerRepository(*db).tags(idOf(*db, code)).value(); };
    CHECK(tags(u"B2"_s).contains(u"待回访"_s));
    CHECK(tags(u"B3"_s).contains(u"待回访"_s));
    CHECK_FALSE(tags(u"B1"_s).contains(u"待回访"_s));
    const auto again = RuleEngine::run(*db);
    REQUIRE(again.ok());
    CHECK(again->perRule.value(id) == 0); // the same lapse is not acted on twice
}
