// Issue 16: the member program's care rules as automation triggers — points expiring, stored
// value unused for 90 days, a visit card with one use left — firing once per event; a dry run
// writes nothing.
#include "CatchCompat.h"

#include "TestSupport.h"
#include "TestTables.h"

#include "automation/RuleEngine.h"
#include "domain/Clock.h"
#include "member/SaleService.h"
#include "member/VisitCards.h"
#include "segmentation/Segmenter.h"
#include "storage/AutomationRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::automation;
using namespace Qt::StringLiterals;

namespace {
using clientele::test::everything;
using clientele::test::addCustomer;


bool tagged(const storage::Database& db, qint64 customerId, const QString& tag)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
                             u"WHERE ct.customer_id = ? AND t.name = ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(tag);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong() > 0;
}

qint64 addRule(storage::Database& db, const QJsonObject& trigger, const QString& tag)
{
    Rule r;
    r.name = trigger.value(u"kind"_s).toString();
    r.trigger = trigger;
    r.action = {{u"kind"_s, u"add_tag"_s}, {u"tag"_s, tag}};
    auto id = storage::AutomationRepository(db).save(r);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("member care rules: points expiring, stored value unused, one card use left — once each",
          "[automation][member][db]")
{
    QTemporaryDir dir;
    auto opened = storage::Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    const qint64 a = addCustomer(db, u"王芳"_s, u"13800001111"_s);
    const qint64 b = addCustomer(db, u"李雷"_s, u"13800002222"_s);
    const qint64 c = addCustomer(db, u"赵敏"_s, u"13800003333"_s);
    {
        Clock::Pinned pin(QDate(2025, 11, 20)); // 100 points, last day 2026-11-30
        member::SaleRequest req;
        req.customerId = a;
        req.amount = 10000;
        REQUIRE(member::SaleService::sell(db, req).ok());
    }
    {
        Clock::Pinned pin(QDate(2026, 1, 15)); // 200 points, last day 2027-01-31: not yet
        member::SaleRequest req;
        req.customerId = c;
        req.amount = 20000;
        REQUIRE(member::SaleService::sell(db, req).ok());
    }
    {
        Clock::Pinned pin(QDate(2026, 5, 1)); // untouched since: 90 days passed on July 30
        REQUIRE(member::SaleService::topUp(db, b, 50000, u"cash"_s).ok());
    }
    {
        Clock::Pinned pin(QDate(2026, 10, 1)); // a recent top-up: not yet 90 days
        REQUIRE(member::SaleService::topUp(db, c, 50000, u"cash"_s).ok());
    }
    qint64 cardId = 0;
    {
        Clock::Pinned pin(QDate(2026, 11, 1));
        CardPlan plan;
        plan.name = u"两次卡"_s;
        plan.uses = 2;
        plan.price = 9900;
        plan.monthsValid = 3;
        auto planId = member::VisitCards::addPlan(db, plan);
        REQUIRE(planId.ok());
        auto card = member::VisitCards::sell(db, c, *planId, Clock::today(), QString());
        REQUIRE(card.ok());
        cardId = card->cardId;
        REQUIRE(member::VisitCards::use(db, cardId, Clock::today(), QString(), u"anna"_s).ok());
    }

    Clock::Pinned pin(QDate(2026, 11, 10));
    REQUIRE(segmentation::Segmenter::run(db, Clock::today()).ok());
    auto rules = storage::AutomationRepository(db).rules();
    REQUIRE(rules.ok());
    for (const Rule& r : *rules)
        REQUIRE(storage::AutomationRepository(db).setEnabled(r.id, false).ok());
    const qint64 points = addRule(db, {{u"kind"_s, u"points_expiring"_s}, {u"days_ahead"_s, 30}}, u"积分将过期"_s);
    const qint64 unused = addRule(db, {{u"kind"_s, u"stored_value_unused"_s}, {u"days"_s, 90}}, u"储值未用"_s);
    const qint64 oneUse = addRule(db, {{u"kind"_s, u"card_one_use_left"_s}}, u"次卡剩一次"_s);

    const QString before = everything(db);
    const auto dryPoints = RuleEngine::dryRun(db, points);
    REQUIRE(dryPoints.ok());
    CHECK(dryPoints->unavailable.isEmpty());
    REQUIRE(dryPoints->items.size() == 1); // 王芳's 100 points end on Nov 30; 赵敏's in January
    CHECK(dryPoints->items[0].customerId == a);
    CHECK(dryPoints->items[0].whyText().contains(u"100"_s));
    const auto dryUnused = RuleEngine::dryRun(db, unused);
    REQUIRE(dryUnused.ok());
    REQUIRE(dryUnused->items.size() == 1);
    CHECK(dryUnused->items[0].customerId == b);
    CHECK(dryUnused->items[0].whyText().contains(u"¥550"_s));
    const auto dryCard = RuleEngine::dryRun(db, oneUse);
    REQUIRE(dryCard.ok());
    REQUIRE(dryCard->items.size() == 1);
    CHECK(dryCard->items[0].customerId == c);
    CHECK(dryCard->items[0].whyText().contains(u"两次卡"_s));
    CHECK(everything(db) == before); // dry runs write nothing

    const auto first = RuleEngine::run(db);
    REQUIRE(first.ok());
    CHECK(first->perRule.value(points) == 1);
    CHECK(first->perRule.value(unused) == 1);
    CHECK(first->perRule.value(oneUse) == 1);
    CHECK(tagged(db, a, u"积分将过期"_s));
    CHECK(tagged(db, b, u"储值未用"_s));
    CHECK(tagged(db, c, u"次卡剩一次"_s));
    CHECK_FALSE(tagged(db, c, u"积分将过期"_s));
    const auto second = RuleEngine::run(db);
    REQUIRE(second.ok());
    CHECK(second->applied == 0); // once per event

    // spending the stored value makes a new "last movement": the rule waits 90 days again
    {
        member::SaleRequest req;
        req.customerId = b;
        req.amount = 1000;
        req.payBalance = 1000;
        REQUIRE(member::SaleService::sell(db, req).ok());
    }
    const auto afterSale = RuleEngine::dryRun(db, unused);
    REQUIRE(afterSale.ok());
    CHECK(afterSale->items.isEmpty());
}
