// Issue 16: visit cards (次卡) and coupons — hand-made cases for the arithmetic, the boundaries and
// the ledgers.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "member/Coupons.h"
#include "member/VisitCards.h"
#include "security/Session.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/Transaction.h"
#include "stores/StoreService.h"

#include <QSqlQuery>

using namespace clientele::core;
using namespace clientele::core::member;
using namespace Qt::StringLiterals;

namespace {

using clientele::test::addCustomer;

qint64 addPlan(storage::Database& db, const QString& name, int uses, Fen price, int months)
{
    CardPlan plan;
    plan.name = name;
    plan.uses = uses;
    plan.price = price;
    plan.monthsValid = months;
    plan.items = u"洗剪吹"_s;
    auto id = VisitCards::addPlan(db, plan);
    REQUIRE(id.ok());
    return *id;
}

qint64 addType(storage::Database& db, CouponType type)
{
    if (!type.validTo.isValid() && type.validDays == 0)
        type.validDays = 30;
    auto id = Coupons::addType(db, type);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

CouponType amountOff(const QString& name, Fen off, Fen minSpend)
{
    CouponType t;
    t.name = name;
    t.kind = CouponKind::Amount;
    t.amount = off;
    t.minSpend = minSpend;
    return t;
}

QString issueOne(storage::Database& db, qint64 typeId, qint64 customerId, const QDate& day)
{
    auto issued = Coupons::issue(db, typeId, {customerId}, day);
    REQUIRE(issued.ok());
    REQUIRE(issued->coupons.size() == 1);
    return issued->coupons.first().code;
}

Coupons::Quote quoteOf(storage::Database& db, const QString& code, qint64 customerId, Fen amount, const QDate& day,
                       const QStringList& others = {})
{
    auto q = Coupons::quote(db, code, customerId, amount, day, others);
    REQUIRE(q.ok());
    return *q;
}

int ledgerNet(storage::Database& db, qint64 cardId)
{
    QSqlQuery q = db.prepare(u"SELECT COALESCE(SUM(delta), 0) FROM card_uses WHERE card_id = ?"_s);
    q.addBindValue(cardId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("coupon arithmetic: minimum spend met exactly or a fen short, percent with a cap, a free item",
          "[member][coupons]")
{
    auto db = clientele::test::memoryDatabase();
    const QDate day(2026, 3, 10);
    const qint64 zhang = addCustomer(*db, u"张伟"_s, u"13800138000"_s);

    const qint64 twentyOff = addType(*db, amountOff(u"满200减20"_s, 2000, 20000));
    const QString code = issueOne(*db, twentyOff, zhang, day);
    CHECK(code.size() == 9);
    CHECK(code[4] == u'-');
    Coupons::Quote met = quoteOf(*db, code, zhang, 20000, day);
    CHECK(met.ok());
    CHECK(met.discount == 2000);
    Coupons::Quote shortBy1 = quoteOf(*db, code, zhang, 19999, day);
    CHECK(shortBy1.refusal == Coupons::Refusal::MinimumSpend);
    CHECK(shortBy1.discount == 0);
    CHECK(shortBy1.message.contains(u"¥200"_s));
    CHECK(shortBy1.message.contains(u"¥199.99"_s));
    // Codes are read in any case, with or without the dash.
    CHECK(quoteOf(*db, code.toLower().remove(u'-'), zhang, 30000, day).discount == 2000);

    CouponType percent;
    percent.name = u"85折封顶50"_s;
    percent.kind = CouponKind::Percent;
    percent.percent = 15;
    percent.cap = 5000;
    CHECK(Coupons::discountFor(percent, 10000) == 1500);
    CHECK(Coupons::discountFor(percent, 33333) == 4999); // 4999.95 rounded down
    CHECK(Coupons::discountFor(percent, 33334) == 5000);
    CHECK(Coupons::discountFor(percent, 50000) == 5000); // 7500 capped
    percent.cap = 0;
    CHECK(Coupons::discountFor(percent, 50000) == 7500);
    percent.cap = 5000;
    const qint64 percentType = addType(*db, percent);
    CHECK(quoteOf(*db, issueOne(*db, percentType, zhang, day), zhang, 99999, day).discount == 5000);

    CouponType item;
    item.name = u"送护发素"_s;
    item.kind = CouponKind::Item;
    item.item = u"P-088 护发素"_s;
    item.amount = 3000;
    const qint64 itemType = addType(*db, item);
    const QString itemCode = issueOne(*db, itemType, zhang, day);
    Coupons::Quote free = quoteOf(*db, itemCode, zhang, 10000, day);
    CHECK(free.discount == 3000);
    CHECK(free.freeItem == u"P-088 护发素"_s);
    CHECK(quoteOf(*db, itemCode, zhang, 2000, day).discount == 2000); // never more than the sale
    CHECK(Coupons::discountFor(amountOff(u"x"_s, 5000, 0), 1200) == 1200);

    // Types that cannot work are refused with a reason.
    CouponType bad = amountOff(u"nothing"_s, 0, 0);
    bad.validDays = 10;
    CHECK(Coupons::validateType(bad).error().code == Error::Code::Usage);
    CouponType noValidity = amountOff(u"forever"_s, 100, 0);
    CHECK_FALSE(Coupons::validateType(noValidity).ok());
    CHECK_FALSE(Coupons::addType(*db, amountOff(u"满200减20"_s, 100, 0)).ok()); // name taken (and no validity)
}

TEST_CASE("coupon validity: fixed dates and days after issue, across a year end and a leap day", "[member][coupons]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 li = addCustomer(*db, u"李娜"_s, u"13900139000"_s);
    const qint64 wang = addCustomer(*db, u"王芳"_s, u"13700137000"_s);

    CouponType oneDay = amountOff(u"当天有效"_s, 500, 0);
    oneDay.validDays = 1;
    const qint64 oneDayType = addType(*db, oneDay);
    const QString code = issueOne(*db, oneDayType, li, QDate(2026, 12, 31));
    CHECK(quoteOf(*db, code, li, 1000, QDate(2026, 12, 31)).ok());
    Coupons::Quote late = quoteOf(*db, code, li, 1000, QDate(2027, 1, 1));
    CHECK(late.refusal == Coupons::Refusal::Expired);
    CHECK(late.message.contains(u"2026-12-31"_s));
    CHECK(quoteOf(*db, code, wang, 1000, QDate(2026, 12, 31)).refusal == Coupons::Refusal::OtherCustomer);
    CHECK(quoteOf(*db, u"ZZZZ-ZZZZ"_s, li, 1000, QDate(2026, 12, 31)).refusal == Coupons::Refusal::NotFound);

    CouponType month = amountOff(u"30天"_s, 500, 0);
    month.validDays = 30;
    CHECK(Coupons::validityFor(month, QDate(2028, 2, 1)).second == QDate(2028, 3, 1)); // 29 days in February
    CHECK(Coupons::validityFor(month, QDate(2027, 2, 1)).second == QDate(2027, 3, 2));

    CouponType window = amountOff(u"春节"_s, 1000, 0);
    window.validFrom = QDate(2028, 2, 1);
    window.validTo = QDate(2028, 2, 29);
    const qint64 windowType = addType(*db, window);
    const QString early = issueOne(*db, windowType, li, QDate(2028, 1, 20));
    CHECK(quoteOf(*db, early, li, 1000, QDate(2028, 1, 31)).refusal == Coupons::Refusal::NotYetValid);
    CHECK(quoteOf(*db, early, li, 1000, QDate(2028, 2, 29)).ok());
    CHECK(quoteOf(*db, early, li, 1000, QDate(2028, 3, 1)).refusal == Coupons::Refusal::Expired);
    // After the window nothing is issued.
    auto none = Coupons::issue(*db, windowType, {wang}, QDate(2028, 3, 1));
    CHECK_FALSE(none.ok());
}

TEST_CASE("coupons per customer, one coupon per sale, release on refund, redemption rate", "[member][coupons]")
{
    auto db = clientele::test::memoryDatabase();
    const QDate day(2026, 6, 1);
    const qint64 a = addCustomer(*db, u"A"_s, u"13800000001"_s);
    const qint64 b = addCustomer(*db, u"B"_s, u"13800000002"_s);

    CouponType twice = amountOff(u"每人两张"_s, 1000, 0);
    twice.perCustomer = 2;
    const qint64 twiceType = addType(*db, twice);
    auto first = Coupons::issue(*db, twiceType, {a, b}, day);
    REQUIRE(first.ok());
    CHECK(first->coupons.size() == 2);
    auto second = Coupons::issue(*db, twiceType, {a}, day);
    REQUIRE(second.ok());
    CHECK(second->coupons.size() == 1);
    auto third = Coupons::issue(*db, twiceType, {a, b}, day);
    REQUIRE(third.ok());
    CHECK(third->coupons.size() == 1); // b's second
    CHECK(third->skippedAtLimit == 1); // a holds two already
    CHECK(Coupons::list(*db, a).value().size() == 2);

    const QString a1 = first->coupons[0].customerId == a ? first->coupons[0].code : first->coupons[1].code;
    const QString a2 = second->coupons.first().code;
    // One coupon per sale: the second is refused at the quote and at the redemption.
    CHECK(quoteOf(*db, a2, a, 5000, day, {a1}).refusal == Coupons::Refusal::OnePerSale);
    CHECK(quoteOf(*db, a1, a, 5000, day, {a1}).refusal == Coupons::Refusal::OnePerSale);
    auto redeemed = Coupons::redeem(*db, a1, a, 501, 1000, day);
    REQUIRE(redeemed.ok());
    CHECK(redeemed->discount == 1000);
    auto again = Coupons::redeem(*db, a2, a, 501, 1000, day);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(a1));
    CHECK_FALSE(Coupons::find(*db, a2).value()->used());
    // Used once: refused everywhere with the day it was used.
    Coupons::Quote used = quoteOf(*db, a1, a, 5000, day);
    CHECK(used.refusal == Coupons::Refusal::Used);
    CHECK(used.message.contains(u"2026-06-01"_s));
    CHECK_FALSE(Coupons::redeem(*db, a1, a, 502, 1000, day).ok());

    auto type = Coupons::findType(*db, u"每人两张"_s);
    REQUIRE(type.ok());
    CHECK((*type)->issued == 4);
    CHECK((*type)->redeemed == 1);
    CHECK(Coupons::redemptionRate(**type) == 0.25);

    // The refund gives it back: usable again, the rate falls back, the ledger keeps both entries.
    auto released = Coupons::release(*db, 501, day.addDays(1));
    REQUIRE(released.ok());
    CHECK(*released == 1);
    CHECK(quoteOf(*db, a1, a, 5000, day.addDays(1)).ok());
    CHECK(Coupons::findType(*db, u"每人两张"_s).value()->redeemed == 0);
    CHECK(Coupons::release(*db, 501, day.addDays(1)).value() == 0); // twice: nothing more
    QSqlQuery q = db->prepare(u"SELECT COUNT(*) FROM coupon_redemptions"_s);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);

    // Stackable types go together.
    CouponType stack = amountOff(u"可叠加"_s, 300, 0);
    stack.stackable = true;
    stack.perCustomer = 0;
    const qint64 stackType = addType(*db, stack);
    const QString s1 = issueOne(*db, stackType, b, day);
    const QString s2 = issueOne(*db, stackType, b, day);
    CHECK(quoteOf(*db, s2, b, 5000, day, {s1}).ok());
    REQUIRE(Coupons::redeem(*db, s1, b, 600, 300, day).ok());
    REQUIRE(Coupons::redeem(*db, s2, b, 600, 300, day).ok());
    CHECK(Coupons::release(*db, 600, day).value() == 2);
}

TEST_CASE("visit cards: expiry at month ends and leap days, uses down to zero, expired refused", "[member][cards]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 zhao = addCustomer(*db, u"赵敏"_s, u"13600136000"_s);
    CHECK(VisitCards::expiryFor(QDate(2026, 1, 31), 1) == QDate(2026, 2, 28));
    CHECK(VisitCards::expiryFor(QDate(2028, 1, 31), 1) == QDate(2028, 2, 29));
    CHECK(VisitCards::expiryFor(QDate(2028, 2, 29), 12) == QDate(2029, 2, 28));
    CHECK(VisitCards::expiryFor(QDate(2026, 11, 30), 3) == QDate(2027, 2, 28));

    const qint64 plan = addPlan(*db, u"洗剪吹3次"_s, 3, 30000, 1);
    REQUIRE(stores::StoreService::add(*db, {0, u"WD"_s, u"万达店"_s, {}}).ok());
    auto sold = VisitCards::sell(*db, zhao, plan, QDate(2028, 1, 31), u"万达店"_s); // by name
    REQUIRE(sold.ok());
    CHECK(sold->cardNo == u"K000001"_s);
    CHECK(sold->expiresOn == QDate(2028, 2, 29));
    // The sale is an order of the customer at the card's price.
    auto orders = storage::OrderRepository(*db).forCustomer(zhao);
    REQUIRE(orders.ok());
    REQUIRE(orders->size() == 1);
    CHECK(orders->first().amount == 30000);
    CHECK(orders->first().id == sold->orderId);
    CHECK(orders->first().store == u"WD"_s);

    const QDate day(2028, 2, 1);
    auto use1 = VisitCards::use(*db, sold->cardId, day, u"WD"_s, u"小李"_s);
    REQUIRE(use1.ok());
    REQUIRE(VisitCards::use(*db, sold->cardId, day, u"WD"_s, u"小李"_s).ok());
    auto card = VisitCards::findCard(*db, u"k000001"_s);
    REQUIRE(card.ok());
    CHECK((*card)->remaining() == 1);
    CHECK(VisitCards::withOneUseLeft(*db, day).value().size() == 1);
    REQUIRE(VisitCards::use(*db, sold->cardId, QDate(2028, 2, 29), u""_s, u"小李"_s).ok()); // the last day
    auto usedUp = VisitCards::use(*db, sold->cardId, QDate(2028, 2, 29), u""_s, u"小李"_s);
    REQUIRE_FALSE(usedUp.ok());
    CHECK(usedUp.error().code == Error::Code::Conflict);
    CHECK(usedUp.error().message.contains(u"used up"_s));
    CHECK(VisitCards::withOneUseLeft(*db, day).value().isEmpty());
    CHECK(ledgerNet(*db, sold->cardId) == 3);

    // Undoing a use gives it back through a new entry; undoing twice is refused.
    REQUIRE(VisitCards::undoUse(*db, *use1, QDate(2028, 2, 29), u"店长"_s).ok());
    CHECK_FALSE(VisitCards::undoUse(*db, *use1, QDate(2028, 2, 29), u"店长"_s).ok());
    CHECK(VisitCards::findCard(*db, u"K000001"_s).value()->remaining() == 1);
    CHECK(VisitCards::uses(*db, sold->cardId).value().size() == 4);

    // The day after the last day: refused, naming the day it expired; the card stays in history.
    auto expired = VisitCards::use(*db, sold->cardId, QDate(2028, 3, 1), u""_s, u"小李"_s);
    REQUIRE_FALSE(expired.ok());
    CHECK(expired.error().message.contains(u"2028-02-29"_s));
    CHECK(VisitCards::cardsOf(*db, zhao).value().size() == 1);
    auto beforeSale = VisitCards::use(*db, sold->cardId, QDate(2028, 1, 30), u""_s, u"小李"_s);
    CHECK_FALSE(beforeSale.ok());

    // A refund of a sale undoes the uses it recorded.
    auto second = VisitCards::sell(*db, zhao, plan, QDate(2028, 3, 1), u""_s);
    REQUIRE(second.ok());
    CHECK(second->cardNo == u"K000002"_s);
    REQUIRE(VisitCards::use(*db, second->cardId, QDate(2028, 3, 2), u""_s, u"小李"_s, 777).ok());
    CHECK(VisitCards::undoUsesOfOrder(*db, 777, QDate(2028, 3, 3), u"店长"_s).value() == 1);
    CHECK(VisitCards::findCard(*db, u"K000002"_s).value()->remaining() == 3);
}

TEST_CASE("card liabilities equal the use ledgers, as of any day", "[member][cards]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 c1 = addCustomer(*db, u"甲"_s, u"13500000001"_s);
    const qint64 c2 = addCustomer(*db, u"乙"_s, u"13500000002"_s);
    const qint64 ten = addPlan(*db, u"十次卡"_s, 10, 100000, 12); // ¥100 a use
    const qint64 three = addPlan(*db, u"三次卡"_s, 3, 10000, 2);  // ¥33.33… a use
    auto a = VisitCards::sell(*db, c1, ten, QDate(2026, 1, 15), u""_s);
    auto b = VisitCards::sell(*db, c2, three, QDate(2026, 1, 20), u""_s);
    auto c = VisitCards::sell(*db, c2, ten, QDate(2026, 5, 1), u""_s);
    REQUIRE((a.ok() && b.ok() && c.ok()));
    for (int i = 0; i < 4; ++i)
        REQUIRE(VisitCards::use(*db, a->cardId, QDate(2026, 2, 1 + i), u""_s, u"x"_s).ok());
    REQUIRE(VisitCards::use(*db, b->cardId, QDate(2026, 2, 10), u""_s, u"x"_s).ok());
    auto undone = VisitCards::use(*db, c->cardId, QDate(2026, 5, 2), u""_s, u"x"_s);
    REQUIRE(undone.ok());
    REQUIRE(VisitCards::undoUse(*db, *undone, QDate(2026, 5, 3), u"x"_s).ok());

    // 2026-03-01: a has 6 left (¥600), b 2 left (¥66.67), c not sold yet.
    auto march = VisitCards::liability(*db, QDate(2026, 3, 1));
    REQUIRE(march.ok());
    CHECK(march->cards == 2);
    CHECK(march->unusedUses == 8);
    CHECK(march->value == 60000 + 6667);
    // 2026-02-02: a's first two uses only.
    CHECK(VisitCards::liability(*db, QDate(2026, 2, 2)).value().unusedUses == 8 + 3);
    // 2026-06-01: b expired on 2026-03-20 (its two uses are no longer owed); c full again.
    auto june = VisitCards::liability(*db, QDate(2026, 6, 1));
    REQUIRE(june.ok());
    CHECK(june->unusedUses == 6 + 10);
    CHECK(june->value == 60000 + 100000);
    // The same from the ledgers directly.
    qint64 fromLedger = 0;
    for (const auto& card : {*a, *c})
        fromLedger += VisitCards::findCard(*db, card.cardNo).value()->uses - ledgerNet(*db, card.cardId);
    CHECK(june->unusedUses == fromLedger);
}

TEST_CASE("card and coupon writes join a caller's transaction and roll back with it", "[member][cards][coupons]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 c = addCustomer(*db, u"钱"_s, u"13400000001"_s);
    const qint64 plan = addPlan(*db, u"五次卡"_s, 5, 50000, 6);
    auto card = VisitCards::sell(*db, c, plan, QDate(2026, 7, 1), u""_s);
    REQUIRE(card.ok());
    const qint64 type = addType(*db, amountOff(u"减5"_s, 500, 0));
    const QString code = issueOne(*db, type, c, QDate(2026, 7, 1));
    {
        storage::Transaction sale(*db);
        REQUIRE(sale.isActive());
        REQUIRE(VisitCards::use(*db, card->cardId, QDate(2026, 7, 2), u""_s, u"x"_s, 900).ok());
        REQUIRE(Coupons::redeem(*db, code, c, 900, 500, QDate(2026, 7, 2)).ok());
        // A refusal inside the sale leaves the sale's earlier writes alone.
        CHECK_FALSE(Coupons::redeem(*db, code, c, 900, 500, QDate(2026, 7, 2)).ok());
        CHECK(VisitCards::findCard(*db, card->cardNo).value()->remaining() == 4);
        sale.rollback();
    }
    CHECK(VisitCards::findCard(*db, card->cardNo).value()->remaining() == 5);
    CHECK_FALSE(Coupons::find(*db, code).value()->used());
    {
        storage::Transaction sale(*db);
        REQUIRE(VisitCards::use(*db, card->cardId, QDate(2026, 7, 2), u""_s, u"x"_s, 901).ok());
        REQUIRE(Coupons::redeem(*db, code, c, 901, 500, QDate(2026, 7, 2)).ok());
        REQUIRE(sale.commit().ok());
    }
    CHECK(VisitCards::findCard(*db, card->cardNo).value()->remaining() == 4);
    CHECK(Coupons::find(*db, code).value()->orderId == 901);
    // The ledgers cannot be edited.
    CHECK_FALSE(db->exec(u"UPDATE card_uses SET delta = -1"_s).ok());
    CHECK_FALSE(db->exec(u"UPDATE coupon_redemptions SET discount_fen = 0"_s).ok());
}

TEST_CASE("care hooks: coupons expiring soon; staff may not change plans or types", "[member][coupons]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 c = addCustomer(*db, u"孙"_s, u"13300000001"_s);
    CouponType week = amountOff(u"七天"_s, 500, 0);
    week.validDays = 7;
    const qint64 type = addType(*db, week);
    const QString code = issueOne(*db, type, c, QDate(2026, 12, 28)); // valid to 2027-01-03
    CHECK(Coupons::expiringSoon(*db, QDate(2026, 12, 20), 7).value().isEmpty());
    CHECK(Coupons::expiringSoon(*db, QDate(2026, 12, 28), 7).value().size() == 1);
    CHECK(Coupons::expiringSoon(*db, QDate(2027, 1, 3), 0).value().size() == 1);
    CHECK(Coupons::expiringSoon(*db, QDate(2027, 1, 4), 30).value().isEmpty());
    REQUIRE(Coupons::redeem(*db, code, c, 0, 500, QDate(2026, 12, 29)).ok());
    CHECK(Coupons::expiringSoon(*db, QDate(2026, 12, 28), 7).value().isEmpty());

    security::Session::signIn(u"staff1"_s, security::Role::Staff);
    CardPlan plan;
    plan.name = u"x"_s;
    plan.uses = 1;
    plan.monthsValid = 1;
    auto refused = VisitCards::addPlan(*db, plan);
    CHECK(refused.ok() == false);
    CHECK(Coupons::addType(*db, amountOff(u"y"_s, 100, 0)).ok() == false);
    security::Session::signOut();
}
