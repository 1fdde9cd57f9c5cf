// Issue 16: what a void gives back (points, stored value, a coupon) reads as a void in the member
// ledgers and on the timeline, not as a refund; a refund on a later day still reads as a refund.
// The ledgers keep their kinds (append-only): the row's counter sale says which it was.
#include "CatchCompat.h"
#include "ChineseScope.h"

#include "TestSupport.h"

#include "customers/CustomerTimeline.h"
#include "domain/Clock.h"
#include "member/Coupons.h"
#include "member/SaleService.h"
#include "storage/MemberRepository.h"

#include <QMap>

using namespace clientele::core;
using namespace clientele::core::member;
using namespace Qt::StringLiterals;

namespace {

// The label of every row of both ledgers that a reversal wrote, by "how/kind" (how: the kind of
// the reversing counter sale, void or refund).
QMap<QString, QString> reversalLabels(const storage::Database& db, qint64 customerId)
{
    storage::MemberRepository members(db);
    auto points = members.pointsOf(customerId);
    auto value = members.storedValueOf(customerId);
    REQUIRE(points.ok());
    REQUIRE(value.ok());
    QMap<QString, QString> labels;
    for (const auto& r : *points)
        if (r.kind == u"earn_reversal" || r.kind == u"redeem_return")
            labels.insert(r.saleKind + u'/' + r.kind, SaleService::kindLabel(r.kind, r.saleKind));
    for (const auto& r : *value)
        if (r.kind == u"refund")
            labels.insert(r.saleKind + u'/' + r.kind, SaleService::kindLabel(r.kind, r.saleKind));
    return labels;
}

QString memberTimeline(const storage::Database& db, qint64 customerId)
{
    auto events = customers::CustomerTimeline::forCustomer(db, customerId);
    REQUIRE(events.ok());
    QStringList titles;
    for (const auto& e : *events)
        if (e.kind == customers::TimelineEvent::Kind::Member)
            titles << e.title;
    return titles.join(u'\n');
}
} // namespace

TEST_CASE("a void's points, stored value and coupon read as a void, a later refund's as a refund",
          "[member][ledger][i18n]")
{
    Clock::Pinned pin(QDate(2026, 12, 31));
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"王芳"_s, u"13800001111"_s);
    REQUIRE(SaleService::topUp(*db, id, 50000, u"wechat"_s).ok());

    // Rung up on the 1st (earns points), refunded today.
    SaleRequest earlier;
    earlier.customerId = id;
    earlier.amount = 30000;
    earlier.payBalance = 10000;
    earlier.date = QDate(2026, 12, 1);
    auto refunded = SaleService::sell(*db, earlier);
    REQUIRE(refunded.ok());
    REQUIRE(refunded->pointsEarned > 0);

    // Rung up today with points, stored value and a coupon, and voided today.
    CouponType type;
    type.name = u"满100减10"_s;
    type.amount = 1000;
    type.minSpend = 10000;
    type.validDays = 7;
    auto typeId = Coupons::addType(*db, type);
    REQUIRE(typeId.ok());
    auto issued = Coupons::issue(*db, *typeId, {id}, Clock::today());
    REQUIRE(issued.ok());
    const QString code = issued->coupons.first().code;
    SaleRequest today;
    today.customerId = id;
    today.amount = 20000;
    today.payBalance = 5000;
    today.redeemPoints = 100;
    today.couponCode = code;
    auto voided = SaleService::sell(*db, today);
    REQUIRE(voided.ok());
    REQUIRE(voided->pointsEarned > 0);
    auto voiding = SaleService::refund(*db, voided->orderNo);
    REQUIRE(voiding.ok());
    REQUIRE(voiding->voided);

    using Labels = QMap<QString, QString>;
    CHECK(reversalLabels(*db, id) == Labels{{u"void/earn_reversal"_s, u"Taken back (void)"_s},
                                            {u"void/redeem_return"_s, u"Returned (void)"_s},
                                            {u"void/refund"_s, u"Void"_s}});
    QString timeline = memberTimeline(*db, id);
    INFO(timeline.toStdString());
    CHECK(timeline.contains(u"Points -%1 taken back (void)"_s.arg(voided->pointsEarned)));
    CHECK(timeline.contains(u"Points +100 given back (void)"_s));
    CHECK(timeline.contains(u"Coupon "_s + code + u" given back (void)"_s));
    CHECK_FALSE(timeline.contains(u"(refund)"_s));

    auto back = SaleService::refund(*db, refunded->orderNo);
    REQUIRE(back.ok());
    REQUIRE_FALSE(back->voided);
    CHECK(reversalLabels(*db, id) == Labels{{u"void/earn_reversal"_s, u"Taken back (void)"_s},
                                            {u"void/redeem_return"_s, u"Returned (void)"_s},
                                            {u"void/refund"_s, u"Void"_s},
                                            {u"refund/earn_reversal"_s, u"Taken back (refund)"_s},
                                            {u"refund/refund"_s, u"Refund"_s}});
    timeline = memberTimeline(*db, id);
    CHECK(timeline.contains(u"Points -%1 taken back (refund)"_s.arg(back->pointsTakenBack)));

    // The sales themselves keep their words.
    CHECK(SaleService::kindLabel(u"void"_s) == u"Void"_s);
    CHECK(SaleService::kindLabel(u"refund"_s) == u"Refund"_s);
    CHECK(SaleService::kindLabel(u"refund"_s, u"refund"_s) == u"Refund"_s);

    clientele::test::Chinese chinese;
    const Labels chineseLabels = reversalLabels(*db, id);
    REQUIRE(chineseLabels.size() == 5);
    for (auto it = chineseLabels.cbegin(); it != chineseLabels.cend(); ++it) {
        INFO(it.key().toStdString() << ": " << it.value().toStdString());
        const bool isVoid = it.key().startsWith(u"void/"_s);
        CHECK(it.value().contains(isVoid ? u"作废"_s : u"退款"_s));
        CHECK_FALSE(it.value().contains(isVoid ? u"退款"_s : u"作废"_s));
    }
    const QString chineseTimeline = memberTimeline(*db, id);
    INFO(chineseTimeline.toStdString());
    CHECK(chineseTimeline.contains(u"积分收回 -%1（作废）"_s.arg(voided->pointsEarned)));
    CHECK(chineseTimeline.contains(u"积分收回 -%1（退款）"_s.arg(back->pointsTakenBack)));
    CHECK(chineseTimeline.contains(u"优惠券 "_s + code + u" 已退回（作废）"_s));
}

TEST_CASE("what a sale with a coupon and points paid is one figure; its void adds the redeemed points back",
          "[member][ledger][paid]")
{
    Clock::Pinned pin(QDate(2026, 12, 2));
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"张伟"_s, u"13800138000"_s);
    SaleRequest first; // the points to redeem
    first.customerId = id;
    first.amount = 60000;
    REQUIRE(SaleService::sell(*db, first).ok());
    CouponType type;
    type.name = u"满100减20"_s;
    type.amount = 2000;
    type.minSpend = 10000;
    type.validDays = 30;
    auto typeId = Coupons::addType(*db, type);
    REQUIRE(typeId.ok());
    auto issued = Coupons::issue(*db, *typeId, {id}, Clock::today());
    REQUIRE(issued.ok());

    // ¥150, coupon -¥20, 400 points = -¥4: ¥126 paid (the receipt's "Total paid"), ¥130 due.
    SaleRequest request;
    request.customerId = id;
    request.amount = 15000;
    request.redeemPoints = 400;
    request.couponCode = issued->coupons.first().code;
    auto sale = SaleService::sell(*db, request);
    REQUIRE(sale.ok());
    CHECK(sale->list == 15000);
    CHECK(sale->due() == 13000);
    CHECK(sale->pointsValue == 400);
    CHECK(sale->paid() == 12600);
    CHECK(sale->paid() == sale->paidPrincipal + sale->paidBonus + sale->paidOther);
    const qint64 pointsAfterSale = sale->points;

    auto voiding = SaleService::refund(*db, sale->orderNo);
    REQUIRE(voiding.ok());
    REQUIRE(voiding->voided);
    CHECK(voiding->pointsReturned == 400);

    // The points ledger (append-only) adds the 400 back and takes the sale's earned points away;
    // the -400 a member saw is the void's own counter-sale row, the sale's figures negated.
    storage::MemberRepository members(*db);
    auto points = members.pointsOf(id);
    REQUIRE(points.ok());
    bool returned = false;
    for (const auto& r : *points)
        if (r.kind == u"redeem_return") {
            CHECK(r.points == 400);
            CHECK(r.saleKind == u"void"_s);
            returned = true;
        }
    CHECK(returned);
    CHECK(voiding->points == pointsAfterSale + 400 - sale->pointsEarned);
    auto sales = members.salesOf(id);
    REQUIRE(sales.ok());
    bool voidRow = false;
    for (const auto& s : *sales)
        if (s.kind == u"void") {
            CHECK(s.pointsRedeemed == -400);
            CHECK(s.orderNo == voiding->orderNo);
            voidRow = true;
        }
    CHECK(voidRow);
}
