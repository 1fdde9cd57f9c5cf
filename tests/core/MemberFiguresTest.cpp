// Issue 16: the member program's monthly figures (dashboard and monthly report) on a hand-made
// month: liabilities, top-ups and their bonus, points earned/spent/expired, coupon redemption rate,
// visit-card uses, member-day sales.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "member/Coupons.h"
#include "member/MemberFigures.h"
#include "member/MemberRules.h"
#include "member/SaleService.h"
#include "member/VisitCards.h"
#include "report/MemberSection.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"

#include <QFile>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::member;
using namespace Qt::StringLiterals;

namespace {
using clientele::test::addCustomer;

SaleOutcome sell(storage::Database& db, qint64 customer, Fen amount, qint64 redeem = 0, const QString& coupon = {})
{
    SaleRequest req;
    req.customerId = customer;
    req.amount = amount;
    req.redeemPoints = redeem;
    req.couponCode = coupon;
    auto sale = SaleService::sell(db, req);
    INFO((sale.ok() ? QString() : sale.error().message).toStdString());
    REQUIRE(sale.ok());
    return *sale;
}
} // namespace

TEST_CASE("member figures of a month: liabilities, top-ups, points, coupons, card uses, member day", "[member][report]")
{
    QTemporaryDir dir;
    auto opened = storage::Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    const qint64 a = addCustomer(db, u"王芳"_s, u"13800001111"_s);
    const qint64 b = addCustomer(db, u"李雷"_s, u"13800002222"_s);
    auto rules = MemberRules::defaults();
    rules.memberDayOfMonth = 8;
    REQUIRE(MemberRules::save(db, rules).ok());

    {
        Clock::Pinned pin(QDate(2025, 10, 10)); // 100 points, last day 2026-10-31: expire on Nov 1
        sell(db, a, 10000);
    }
    QString code;
    qint64 cardId = 0;
    {
        Clock::Pinned pin(QDate(2026, 11, 1));
        CouponType type;
        type.name = u"满100减10"_s;
        type.amount = 1000;
        type.minSpend = 10000;
        type.validDays = 60;
        auto typeId = Coupons::addType(db, type);
        REQUIRE(typeId.ok());
        auto issued = Coupons::issue(db, *typeId, {a, b}, Clock::today());
        REQUIRE(issued.ok());
        code = issued->coupons.first().customerId == a ? issued->coupons.first().code : issued->coupons.last().code;
    }
    {
        Clock::Pinned pin(QDate(2026, 11, 2));
        CardPlan plan;
        plan.name = u"十次卡"_s;
        plan.uses = 10;
        plan.price = 50000;
        plan.monthsValid = 12;
        auto planId = VisitCards::addPlan(db, plan);
        REQUIRE(planId.ok());
        auto card = VisitCards::sell(db, a, *planId, Clock::today(), QString()); // 500 points
        REQUIRE(card.ok());
        cardId = card->cardId;
    }
    {
        Clock::Pinned pin(QDate(2026, 11, 3));
        REQUIRE(VisitCards::use(db, cardId, Clock::today(), QString(), u"anna"_s).ok());
        auto second = VisitCards::use(db, cardId, Clock::today(), QString(), u"anna"_s);
        REQUIRE(second.ok());
        REQUIRE(VisitCards::undoUse(db, *second, Clock::today(), u"anna"_s).ok());
    }
    {
        Clock::Pinned pin(QDate(2026, 11, 8)); // member day: ×2
        REQUIRE(SaleService::topUp(db, a, 100000, u"cash"_s).ok()); // + ¥150
        CHECK(sell(db, a, 20000).pointsEarned == 400);
    }
    {
        Clock::Pinned pin(QDate(2026, 11, 9));
        const auto voided = sell(db, a, 5000); // 50 points, voided the same day
        REQUIRE(SaleService::refund(db, voided.orderNo).ok());
    }
    {
        Clock::Pinned pin(QDate(2026, 11, 10));
        const auto sale = sell(db, a, 30000, 300, code); // ¥10 coupon, ¥3 of points, ¥287 cash
        CHECK(sale.pointsEarned == 287);
    }

    Clock::Pinned pin(QDate(2026, 12, 15));
    auto m = MemberFigures::forMonth(db, u"2026-11"_s);
    REQUIRE(m.ok());
    CHECK(m->last == QDate(2026, 11, 30));
    CHECK(m->topUps == 1);
    CHECK(m->topUpPrincipal == 100000);
    CHECK(m->topUpBonus == 15000);
    CHECK(m->pointsEarned == 500 + 400 + 50 - 50 + 287);
    CHECK(m->pointsSpent == 300);
    CHECK(m->pointsExpired == 100);
    CHECK(m->pointsAdjusted == 0);
    CHECK(m->cardUses == 1);
    CHECK(m->memberDaySales == 1);
    CHECK(m->memberDayRevenue == 20000);
    REQUIRE(m->coupons.size() == 1);
    CHECK(m->coupons[0].issued == 2);
    CHECK(m->coupons[0].redeemed == 1);
    CHECK(m->coupons[0].ratePermille() == 500);
    // the liabilities at the month's end are the ledgers' sums
    CHECK(m->owed.principal == 100000);
    CHECK(m->owed.bonus == 15000);
    CHECK(m->owed.points == 1187 - 300);
    CHECK(m->owed.pointsValue == 887);
    CHECK(m->owed.unusedCardUses == 9);
    CHECK(m->owed.unusedCardValue == 45000);
    CHECK(m->owed.total() == 100000 + 15000 + 887 + 45000);
    CHECK(m->any());

    // October: the old award's month is quiet, nothing expired yet
    auto october = MemberFigures::forMonth(db, u"2026-10"_s);
    REQUIRE(october.ok());
    CHECK(october->pointsExpired == 0);
    CHECK(october->owed.points == 100);
    CHECK(october->coupons.isEmpty());
    CHECK_FALSE(MemberFigures::forMonth(db, u"2026-13"_s).ok());

    // the same figures in the report's lines, HTML and CSV
    const auto lines = report::MemberSection::lines(*m);
    QStringList text;
    for (const auto& l : lines)
        text << l.label + u": "_s + l.value;
    const QString all = text.join(u"\n"_s);
    INFO(all.toStdString());
    CHECK(all.contains(u"¥1,150.00 (¥1,000.00 + ¥150.00)"_s));
    CHECK(all.contains(u"887, worth ¥8.87"_s));
    CHECK(all.contains(u"9, worth ¥450.00"_s));
    CHECK(all.contains(u"earned 1,187, spent 300, expired 100"_s));
    CHECK(all.contains(u"1 for ¥200.00"_s));
    const QString html = report::MemberSection::html(*m);
    CHECK(html.contains(u"满100减10"_s));
    CHECK(html.contains(u"1 of 2 used (50.0%)"_s));
    const QString path = dir.filePath(u"member.csv"_s);
    {
        io::CsvWriter csv(path, io::CsvWriter::Encoding::Utf8, false);
        REQUIRE(csv.open().ok());
        report::MemberSection::writeCsv(csv, *m);
        REQUIRE(csv.commit().ok());
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(file.readAll());
    CHECK(csvText.contains(u"member,owed_total,1608.87"_s));
    CHECK(csvText.contains(u"member,top_up_bonus,150.00"_s));
    CHECK(csvText.contains(u"coupon_type,满100减10,2,1,50.0"_s));
}
