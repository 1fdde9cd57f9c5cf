// Refunding the sale of a visit card (issue 16): the card's unused uses are cancelled (it stays in
// history) and the refund is what they were paid — price × unused ÷ uses, as the liabilities value
// them — each part of the payment back where it came from in that share. Unused: refunded whole.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "member/Liabilities.h"
#include "member/SaleService.h"
#include "member/VisitCards.h"

#include <QSqlQuery>

using namespace clientele::core;
using namespace clientele::core::member;
using namespace Qt::StringLiterals;

namespace {
qint64 addPlan(storage::Database& db, int uses, Fen price)
{
    CardPlan plan;
    plan.name = u"洗剪吹%1次"_s.arg(uses);
    plan.uses = uses;
    plan.price = price;
    plan.monthsValid = 12;
    auto id = VisitCards::addPlan(db, plan);
    REQUIRE(id.ok());
    return *id;
}

SaleOutcome sellCard(storage::Database& db, qint64 customerId, qint64 planId, Fen fromBalance)
{
    SaleRequest r;
    r.customerId = customerId;
    r.cardPlanId = planId;
    r.payBalance = fromBalance;
    r.payments = {{u"wechat"_s, 0, true}};
    auto sold = SaleService::sell(db, r);
    REQUIRE(sold.ok());
    REQUIRE(sold->cardId > 0);
    return *sold;
}
} // namespace

TEST_CASE("refunding an unused visit card's sale gives everything back and cancels the card", "[member][cards]")
{
    Clock::Pinned day(QDate(2026, 12, 1));
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"王芳"_s, u"13700137000"_s);
    REQUIRE(SaleService::topUp(*db, id, 100000, u"cash"_s).ok()); // ¥1,000 + ¥150
    const SaleOutcome sold = sellCard(*db, id, addPlan(*db, 10, 100000), 23000);
    auto preview = SaleService::previewRefund(*db, sold.orderNo);
    REQUIRE(preview.ok());
    CHECK(preview->cardCancelled == sold.cardNo);
    CHECK(preview->cardUsesCancelled == 10);
    auto done = SaleService::refund(*db, sold.orderNo);
    REQUIRE(done.ok());
    CHECK(done->voided);
    CHECK(done->otherReturned == 77000);
    CHECK(done->principalReturned + done->bonusReturned == 23000);
    CHECK(done->balance.principal == 100000);
    CHECK(done->balance.bonus == 15000);
    CHECK(done->points == 0);
    auto card = VisitCards::findCard(*db, sold.cardNo);
    REQUIRE(card.ok());
    REQUIRE(card->has_value());
    CHECK((*card)->remaining() == 0);
    CHECK_FALSE((*card)->usable(Clock::today()));
    CHECK_FALSE(VisitCards::use(*db, (*card)->id, Clock::today(), QString(), QString()).ok());
    auto owed = Liabilities::asOf(*db, Clock::today());
    REQUIRE(owed.ok());
    CHECK(owed->unusedCardUses == 0);
    // refused the second time
    CHECK_FALSE(SaleService::refund(*db, sold.orderNo).ok());
}

TEST_CASE("refunding a part-used visit card's sale refunds the unused uses in proportion", "[member][cards]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"王芳"_s, u"13700137000"_s);
    SaleOutcome sold;
    {
        Clock::Pinned day(QDate(2026, 11, 2));
        sold = sellCard(*db, id, addPlan(*db, 3, 10000), 0); // ¥100 for 3 uses, by WeChat
        CHECK(sold.pointsEarned == 100);
        REQUIRE(VisitCards::use(*db, sold.cardId, QDate(2026, 11, 2), QString(), QString()).ok());
    }
    Clock::Pinned day(QDate(2026, 12, 1));
    auto done = SaleService::refund(*db, sold.orderNo);
    REQUIRE(done.ok());
    CHECK_FALSE(done->voided);
    CHECK(done->cardUsesCancelled == 2);
    CHECK(done->otherReturned == 6667); // ¥100 × 2 ÷ 3, to the fen
    REQUIRE(done->paymentsReturned.size() == 1);
    CHECK(done->paymentsReturned.front().method == u"wechat"_s);
    CHECK(done->paymentsReturned.front().amount == 6667);
    CHECK(done->pointsTakenBack == 66); // whole points of the share
    CHECK(done->points == 34);
    auto card = VisitCards::findCard(*db, sold.cardNo);
    REQUIRE(card.ok());
    CHECK((*card)->used == 1);
    CHECK((*card)->remaining() == 0);
    // the refund's order is what came back
    QSqlQuery q = db->prepare(u"SELECT amount_fen FROM orders WHERE order_no = ?"_s);
    q.addBindValue(done->orderNo);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == -6667);
    // a used-up card's sale has nothing left to refund
    Clock::Pinned later(QDate(2026, 12, 2));
    const SaleOutcome once = sellCard(*db, id, addPlan(*db, 1, 5000), 0);
    REQUIRE(VisitCards::use(*db, once.cardId, QDate(2026, 12, 2), QString(), QString()).ok());
    auto nothing = SaleService::refund(*db, once.orderNo);
    REQUIRE_FALSE(nothing.ok());
    CHECK(nothing.error().message.contains(once.cardNo));
}
