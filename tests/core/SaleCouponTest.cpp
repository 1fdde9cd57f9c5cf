// Issue 16: a coupon in a counter sale — the discount after the tier's, its minimum spend and cap,
// one transaction with the sale, and a refund that gives the coupon back.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "member/Coupons.h"
#include "member/SaleService.h"
#include "member/VisitCards.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "stores/StoreService.h"

#include <QSqlQuery>
#include <QTemporaryDir>

using namespace clientele::core;
using namespace clientele::core::member;
using namespace Qt::StringLiterals;

namespace {
using clientele::test::addCustomer;

qint64 addType(storage::Database& db, CouponType type)
{
    type.validDays = 30;
    auto id = Coupons::addType(db, type);
    REQUIRE(id.ok());
    return *id;
}

QString issueOne(storage::Database& db, qint64 typeId, qint64 customerId)
{
    auto issued = Coupons::issue(db, typeId, {customerId}, Clock::today());
    REQUIRE(issued.ok());
    REQUIRE(issued->coupons.size() == 1);
    return issued->coupons.first().code;
}

qint64 scalar(const storage::Database& db, const QString& sql)
{
    QSqlQuery q = db.prepare(sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QList<qint64> fingerprint(const storage::Database& db)
{
    return {scalar(db, u"SELECT COUNT(*) FROM orders"_s), scalar(db, u"SELECT COUNT(*) FROM member_sales"_s),
            scalar(db, u"SELECT COUNT(*) FROM points_ledger"_s),
            scalar(db, u"SELECT COUNT(*) FROM coupon_redemptions"_s)};
}

SaleRequest saleOf(qint64 customerId, Fen amount, const QString& coupon)
{
    SaleRequest req;
    req.customerId = customerId;
    req.amount = amount;
    req.couponCode = coupon;
    return req;
}
} // namespace

TEST_CASE("a sale with an amount-off coupon: minimum spend, one transaction, refund gives it back", "[member][coupons][sale]")
{
    Clock::Pinned pin(QDate(2026, 12, 31));
    QTemporaryDir dir;
    auto opened = storage::Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    const qint64 wang = addCustomer(db, u"王芳"_s, u"13800001111"_s);
    const qint64 li = addCustomer(db, u"李雷"_s, u"13800002222"_s);
    CouponType type;
    type.name = u"满200减20"_s;
    type.kind = CouponKind::Amount;
    type.amount = 2000;
    type.minSpend = 20000;
    const QString code = issueOne(db, addType(db, type), wang);

    // a fen short of the minimum spend: refused, naming it, nothing written
    const auto before = fingerprint(db);
    auto shortSale = SaleService::sell(db, saleOf(wang, 19999, code));
    REQUIRE_FALSE(shortSale.ok());
    CHECK(shortSale.error().message.contains(u"¥200;"_s));
    CHECK(fingerprint(db) == before);
    // someone else's coupon is refused
    auto other = SaleService::sell(db, saleOf(li, 30000, code));
    REQUIRE_FALSE(other.ok());
    CHECK(fingerprint(db) == before);

    // the minimum spend met exactly; the code typed in lower case without its dash
    QString typed = code.toLower();
    typed.remove(u'-');
    auto preview = SaleService::preview(db, saleOf(wang, 20000, typed));
    REQUIRE(preview.ok());
    CHECK(preview->couponDiscount == 2000);
    CHECK(fingerprint(db) == before);
    auto sale = SaleService::sell(db, saleOf(wang, 20000, typed));
    REQUIRE(sale.ok());
    CHECK(sale->couponCode == code);
    CHECK(sale->couponDiscount == 2000);
    CHECK(sale->due() == 18000);
    CHECK(sale->paidOther == 18000);
    CHECK(sale->pointsEarned == 180); // points on money paid, not on the coupon
    // the order is what was paid for; the redemption points at the sale's order
    CHECK(scalar(db, u"SELECT amount_fen FROM orders WHERE order_no = '"_s + sale->orderNo + u"'"_s) == 18000);
    CHECK(scalar(db, u"SELECT COUNT(*) FROM coupon_redemptions r JOIN orders o ON o.id = r.order_id WHERE o.order_no = '"_s +
                         sale->orderNo + u"' AND r.discount_fen = 2000"_s) == 1);
    auto used = Coupons::find(db, code);
    REQUIRE(used.ok());
    REQUIRE(used->has_value());
    CHECK((*used)->used());
    // used once, not twice
    auto twice = SaleService::sell(db, saleOf(wang, 20000, code));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(code));

    // the void gives the coupon back and takes the points; its preview says so and writes nothing
    const auto beforeRefund = fingerprint(db);
    auto would = SaleService::previewRefund(db, sale->orderNo);
    REQUIRE(would.ok());
    CHECK(fingerprint(db) == beforeRefund);
    CHECK(would->voided);
    CHECK(would->couponsReturned == QStringList{code});
    CHECK(would->pointsTakenBack == 180);
    CHECK(would->otherReturned == 18000);
    CHECK(would->points == 0);
    auto back = SaleService::refund(db, sale->orderNo);
    REQUIRE(back.ok());
    CHECK(back->couponsReturned == QStringList{code});
    CHECK(back->otherReturned == 18000);
    CHECK(back->pointsTakenBack == 180);
    CHECK(back->points == would->points);
    auto again = Coupons::find(db, code);
    REQUIRE(again.ok());
    CHECK_FALSE((*again)->used());
    auto reused = SaleService::sell(db, saleOf(wang, 25000, code));
    REQUIRE(reused.ok());
    CHECK(reused->couponDiscount == 2000);
    CHECK(reused->paidOther == 23000);
}

TEST_CASE("a sale with a percent coupon: rounded down to the fen, at most the cap; then points", "[member][coupons][sale]")
{
    Clock::Pinned pin(QDate(2028, 2, 29));
    QTemporaryDir dir;
    auto opened = storage::Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    const qint64 zhao = addCustomer(db, u"赵敏"_s, u"13800003333"_s);
    CouponType type;
    type.name = u"85折封顶50"_s;
    type.kind = CouponKind::Percent;
    type.percent = 15;
    type.cap = 5000;
    type.perCustomer = 0;
    const qint64 typeId = addType(db, type);
    const QString small = issueOne(db, typeId, zhao);
    const QString large = issueOne(db, typeId, zhao);

    // 15% of ¥123.45 = ¥18.5175 → ¥18.51
    auto a = SaleService::sell(db, saleOf(zhao, 12345, small));
    REQUIRE(a.ok());
    CHECK(a->couponDiscount == 1851);
    CHECK(a->paidOther == 12345 - 1851);
    CHECK(a->pointsEarned == 104); // ¥104.94 paid

    // 15% of ¥500 = ¥75, capped at ¥50; points are taken after the coupon
    REQUIRE(SaleService::adjustPoints(db, zhao, 1000, u"opening"_s).ok());
    SaleRequest req = saleOf(zhao, 50000, large);
    req.redeemPoints = 1000; // ¥10
    auto b = SaleService::sell(db, req);
    REQUIRE(b.ok());
    CHECK(b->couponDiscount == 5000);
    CHECK(b->pointsValue == 1000);
    CHECK(b->paidOther == 50000 - 5000 - 1000);

    // a second coupon on one sale is refused (one coupon per sale): the request carries one code,
    // and a redemption on an order that already has one is refused by Coupons::redeem
    const QString third = issueOne(db, typeId, zhao);
    auto onOrder = Coupons::redeem(db, third, zhao,
                                   scalar(db, u"SELECT id FROM orders WHERE order_no = '"_s + b->orderNo + u"'"_s), 100,
                                   Clock::today());
    REQUIRE_FALSE(onOrder.ok());
    CHECK(onOrder.error().code == Error::Code::Conflict);
}

TEST_CASE("selling a visit card is a sale: an order with its money, points on what was paid, stored value too",
          "[member][cards][sale]")
{
    Clock::Pinned pin(QDate(2027, 1, 31));
    QTemporaryDir dir;
    auto opened = storage::Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    storage::Database& db = **opened;
    const qint64 qian = addCustomer(db, u"钱多多"_s, u"13800005555"_s);
    CardPlan plan;
    plan.name = u"洗剪吹10次"_s;
    plan.uses = 10;
    plan.price = 39900;
    plan.monthsValid = 1;
    auto planId = VisitCards::addPlan(db, plan);
    REQUIRE(planId.ok());

    // through VisitCards::sell (the CLI's cards sell and the profile): a sale by WeChat
    REQUIRE(stores::StoreService::add(db, {0, u"WD"_s, u"万达店"_s, {}}).ok());
    auto sold = VisitCards::sell(db, qian, *planId, Clock::today(), u"WD"_s, u"wechat"_s);
    REQUIRE(sold.ok());
    CHECK(sold->orderNo == u"S20270131-0001"_s);
    CHECK(sold->expiresOn == QDate(2027, 2, 28));
    CHECK(scalar(db, u"SELECT amount_fen FROM orders WHERE id = "_s + QString::number(sold->orderId)) == 39900);
    CHECK(scalar(db, u"SELECT COUNT(*) FROM orders WHERE category = '洗剪吹10次' AND source = 'counter'"_s) == 1);
    CHECK(scalar(db, u"SELECT points_earned FROM member_sales WHERE order_id = "_s + QString::number(sold->orderId)) ==
          399);
    CHECK(scalar(db, u"SELECT COUNT(*) FROM member_sales WHERE pay_method = 'wechat'"_s) == 1);

    // through the counter's sale: part from stored value (points on the principal only)
    REQUIRE(SaleService::topUp(db, qian, 50000, u"cash"_s).ok()); // + ¥50 bonus
    SaleRequest req;
    req.customerId = qian;
    req.cardPlanId = *planId;
    req.payBalanceAll = true;
    auto sale = SaleService::sell(db, req);
    REQUIRE(sale.ok());
    CHECK(sale->list == 39900);
    CHECK(sale->cardPlan == u"洗剪吹10次"_s);
    CHECK_FALSE(sale->cardNo.isEmpty());
    CHECK(sale->paidPrincipal + sale->paidBonus == 39900);
    CHECK(sale->paidPrincipal == 36273); // 399 × 500/550 = 362.727… → ¥362.73
    CHECK(sale->pointsEarned == 362);
    auto cards = VisitCards::cardsOf(db, qian);
    REQUIRE(cards.ok());
    REQUIRE(cards->size() == 2);
    CHECK(cards->first().orderId == sale->orderId);
    CHECK(cards->first().price == 39900);
    // a card's sale is refunded with the card: its unused uses are cancelled (it is no longer usable)
    // and, none used, everything comes back (tests/core/CardRefundTest: part-used cards)
    auto refunded = SaleService::refund(db, sale->orderNo);
    REQUIRE(refunded.ok());
    CHECK(refunded->cardCancelled == sale->cardNo);
    CHECK(refunded->principalReturned == 36273);
    CHECK(refunded->principalReturned + refunded->bonusReturned == 39900);
    auto after = VisitCards::cardsOf(db, qian);
    REQUIRE(after.ok());
    CHECK(after->first().remaining() == 0);
    CHECK_FALSE(after->first().usable(Clock::today()));
}
