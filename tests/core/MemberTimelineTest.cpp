// Issue 16: the member ledgers on the customer's timeline (points, stored value, visit cards,
// coupons), in the reader's language.
#include "CatchCompat.h"
#include "ChineseScope.h"

#include "TestSupport.h"

#include "customers/CustomerTimeline.h"
#include "domain/Clock.h"
#include "member/Coupons.h"
#include "member/SaleService.h"
#include "member/VisitCards.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTranslator>

using namespace clientele::core;
using namespace clientele::core::member;
using namespace Qt::StringLiterals;
using customers::TimelineEvent;

using clientele::test::Chinese;
using clientele::test::hasCjk;

namespace {

QStringList memberTitles(const storage::Database& db, qint64 customerId)
{
    auto events = customers::CustomerTimeline::forCustomer(db, customerId);
    REQUIRE(events.ok());
    QStringList titles;
    for (const auto& e : *events)
        if (e.kind == TimelineEvent::Kind::Member)
            titles << e.title;
    return titles;
}
} // namespace

TEST_CASE("the timeline shows points, stored value, visit cards and coupons in the reader's language",
          "[member][timeline][i18n]")
{
    Clock::Pinned pin(QDate(2026, 12, 31));
    QTemporaryDir dir;
    auto opened = storage::Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    Customer c;
    c.name = u"王芳"_s;
    c.phone = u"13800001111"_s;
    auto id = storage::CustomerRepository(db).insert(c);
    REQUIRE(id.ok());

    REQUIRE(SaleService::topUp(db, *id, 50000, u"wechat"_s).ok());
    CouponType type;
    type.name = u"满100减10"_s;
    type.amount = 1000;
    type.minSpend = 10000;
    type.validDays = 7;
    auto typeId = Coupons::addType(db, type);
    REQUIRE(typeId.ok());
    auto issued = Coupons::issue(db, *typeId, {*id}, Clock::today());
    REQUIRE(issued.ok());
    const QString code = issued->coupons.first().code;
    SaleRequest req;
    req.customerId = *id;
    req.amount = 20000;
    req.payBalance = 5000;
    req.couponCode = code;
    auto sale = SaleService::sell(db, req);
    REQUIRE(sale.ok());
    REQUIRE(SaleService::refund(db, sale->orderNo).ok());
    CardPlan plan;
    plan.name = u"洗剪吹10次"_s;
    plan.uses = 10;
    plan.price = 30000;
    plan.monthsValid = 12;
    auto planId = VisitCards::addPlan(db, plan);
    REQUIRE(planId.ok());
    auto card = VisitCards::sell(db, *id, *planId, Clock::today(), QString());
    REQUIRE(card.ok());
    REQUIRE(VisitCards::use(db, card->cardId, Clock::today(), QString(), u"anna"_s).ok());

    const QStringList english = memberTitles(db, *id);
    const QString all = english.join(u"\n"_s);
    INFO(all.toStdString());
    CHECK(all.contains(u"Stored value topped up ¥500, bonus ¥50"_s));
    CHECK(all.contains(u"Paid ¥50 from stored value"_s));
    CHECK(all.contains(u"¥50 back to stored value"_s));
    CHECK(all.contains(u"Points +185 earned"_s)); // ¥140 cash + ¥45.45 principal; not the bonus or coupon
    CHECK(all.contains(u"Coupon "_s + code + u" received"_s));
    CHECK(all.contains(u"Coupon "_s + code + u" used: ¥10 off"_s));
    CHECK(all.contains(u"Coupon "_s + code + u" given back"_s));
    CHECK(all.contains(u"Visit card "_s + card->cardNo + u" bought"_s));
    CHECK(all.contains(u"Visit card "_s + card->cardNo + u" used"_s));

    Chinese chinese;
    const QStringList chineseTitles = memberTitles(db, *id);
    REQUIRE(chineseTitles.size() == english.size());
    for (const QString& title : chineseTitles) {
        INFO(title.toStdString());
        CHECK(hasCjk(title));
        CHECK_FALSE(title.contains(u"Points"_s));
        CHECK_FALSE(title.contains(u"Stored value"_s));
        CHECK_FALSE(title.contains(u"Coupon"_s));
        CHECK_FALSE(title.contains(u"Visit card"_s));
    }
    auto events = customers::CustomerTimeline::forCustomer(db, *id);
    REQUIRE(events.ok());
    CHECK(customers::CustomerTimeline::kindLabel(TimelineEvent::Kind::Member) != u"Member"_s);
}
