// The member program at the counter (issue 16): rules, the points and stored-value ledgers, sales,
// refunds, two tills at once, member codes and the liabilities — on hand-made cases.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "member/Liabilities.h"
#include "member/MemberCodes.h"
#include "member/MemberRules.h"
#include "member/PointsLedger.h"
#include "member/SaleService.h"
#include "member/StoredValueLedger.h"
#include "security/Session.h"
#include "segmentation/SegmentationUpkeep.h"
#include "storage/CustomerRepository.h"
#include "storage/MemberRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SettingsRepository.h"
#include "stores/StoreService.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <atomic>
#include <thread>

using namespace clientele::core;
using namespace clientele::core::member;
using namespace clientele::core::storage;
using namespace Qt::StringLiterals;

namespace {
struct Staff
{
    Staff() { security::Session::signIn(u"anna"_s, security::Role::Staff); }
    ~Staff() { security::Session::signOut(); }
};

qint64 addCustomer(Database& db, const QString& name, const QString& phone, const QString& code = {},
                   const QDate& birthday = {})
{
    Customer c;
    c.name = name;
    c.phone = phone;
    c.memberCode = code;
    c.birthday = birthday;
    auto id = CustomerRepository(db).insert(c);
    REQUIRE(id.ok());
    return *id;
}

qint64 scalar(const Database& db, const QString& sql)
{
    QSqlQuery q = db.prepare(sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

// Every ledger and order table as counts and sums: "nothing changed" compares two of these.
QList<qint64> fingerprint(const Database& db)
{
    return {scalar(db, u"SELECT COUNT(*) FROM orders"_s), scalar(db, u"SELECT COUNT(*) FROM member_sales"_s),
            scalar(db, u"SELECT COUNT(*) FROM points_ledger"_s), scalar(db, u"SELECT COUNT(*) FROM stored_value_ledger"_s),
            scalar(db, u"SELECT COALESCE(SUM(principal_fen), 0) FROM stored_value_ledger"_s),
            scalar(db, u"SELECT COALESCE(SUM(bonus_fen), 0) FROM stored_value_ledger"_s),
            scalar(db, u"SELECT COALESCE(SUM(points), 0) FROM points_ledger"_s)};
}

PointsRow award(qint64 id, const QDate& on, qint64 points, const MemberRules& rules)
{
    PointsRow r;
    r.id = id;
    r.kind = u"earn"_s;
    r.points = points;
    r.occurredOn = on;
    r.expiresOn = rules.expiryOf(on);
    return r;
}

PointsRow spend(qint64 id, const QDate& on, qint64 points, qint64 lot = 0)
{
    PointsRow r;
    r.id = id;
    r.kind = u"redeem"_s;
    r.points = -points;
    r.occurredOn = on;
    r.lotId = lot;
    return r;
}
} // namespace

TEST_CASE("member rules: defaults from the issue, JSON round trip, bad values named", "[member][rules]")
{
    const MemberRules d = MemberRules::defaults();
    CHECK(d.pointsPerYuanOff == 100);
    CHECK(d.benefitFor(u"diamond"_s).pointsMultiplierPercent == 200);
    CHECK(d.benefitFor(u"gold"_s).pointsMultiplierPercent == 150);
    CHECK(d.benefitFor(u"silver"_s).pointsMultiplierPercent == 100);
    CHECK(d.memberDayWeekday == 0);
    CHECK_FALSE(d.birthdayMonthDouble);
    CHECK_FALSE(d.programStart.isValid());
    auto back = MemberRules::fromJson(d.toJson());
    REQUIRE(back.ok());
    CHECK(back->toJson() == d.toJson());
    auto bad = MemberRules::fromJson(QJsonObject{{u"payment_split"_s, u"bonus_first"_s}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(u"bonus_first"_s));
    CHECK_FALSE(MemberRules::fromJson(QJsonObject{{u"member_day_weekday"_s, 8}}).ok());
    CHECK_FALSE(MemberRules::fromJson(QJsonObject{{u"program_start"_s, u"soon"_s}}).ok());
}

TEST_CASE("member rules are versioned, owner-only and audited", "[member][rules]")
{
    auto db = clientele::test::memoryDatabase();
    auto loaded = MemberRules::load(*db);
    REQUIRE(loaded.ok());
    CHECK(loaded->version == 0);
    MemberRules rules = *loaded;
    rules.memberDayWeekday = 3;
    {
        Staff staff;
        auto refused = MemberRules::save(*db, rules);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Forbidden);
    }
    auto v1 = MemberRules::save(*db, rules);
    REQUIRE(v1.ok());
    CHECK(*v1 == 1);
    rules.memberDayWeekday = 5;
    REQUIRE(MemberRules::save(*db, rules).ok());
    auto now = MemberRules::load(*db);
    REQUIRE(now.ok());
    CHECK(now->version == 2);
    CHECK(now->memberDayWeekday == 5);
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'rules' AND subject = 'member rules'"_s) == 2);
}

TEST_CASE("top-up bonus steps at ¥499.99, ¥500, ¥1,000 and ¥3,000", "[member][stored-value]")
{
    const MemberRules r = MemberRules::defaults();
    CHECK(r.topUpBonus(49999) == 0);
    CHECK(r.topUpBonus(50000) == 5000);
    CHECK(r.topUpBonus(99999) == 5000);
    CHECK(r.topUpBonus(100000) == 15000);
    CHECK(r.topUpBonus(299999) == 15000);
    CHECK(r.topUpBonus(300000) == 60000);
    CHECK(r.topUpBonus(1000000) == 60000); // the highest step reached, not a sum
}

TEST_CASE("stored value: proportional payment rounds principal's share to the fen", "[member][stored-value]")
{
    using S = MemberRules::Split;
    const StoredValue held{100000, 15000}; // ¥1,000 + ¥150 bonus
    // 100.00 × 1000/1150 = 86.9565… → 86.96, bonus the rest 13.04
    auto a = StoredValueLedger::split(held, 10000, S::Proportional);
    CHECK(a.principal == 8696);
    CHECK(a.bonus == 1304);
    // 0.01: principal's share 0.0087 rounds up to 0.01, bonus pays nothing
    auto b = StoredValueLedger::split(held, 1, S::Proportional);
    CHECK(b.principal == 1);
    CHECK(b.bonus == 0);
    // 3.33 × 1000/1150 = 2.8956… → 2.90; bonus 0.43
    auto c = StoredValueLedger::split(held, 333, S::Proportional);
    CHECK(c.principal == 290);
    CHECK(c.bonus == 43);
    // exactly half a fen rounds up: 0.03 × 50/100 = 0.015 → 0.02
    auto h = StoredValueLedger::split({50, 50}, 3, S::Proportional);
    CHECK(h.principal == 2);
    CHECK(h.bonus == 1);
    // the whole balance takes each part whole
    auto all = StoredValueLedger::split(held, 115000, S::Proportional);
    CHECK(all.principal == 100000);
    CHECK(all.bonus == 15000);
    // principal first
    auto p = StoredValueLedger::split(held, 10000, S::PrincipalFirst);
    CHECK(p.principal == 10000);
    CHECK(p.bonus == 0);
    auto q = StoredValueLedger::split(held, 114000, S::PrincipalFirst);
    CHECK(q.principal == 100000);
    CHECK(q.bonus == 14000);
}

TEST_CASE("points: whole yuan × tier multiplier, rounded down per sale; member day and birthday ×2", "[member][points]")
{
    MemberRules r = MemberRules::defaults();
    const QDate tuesday(2026, 12, 1);
    CHECK(r.pointsEarned(9999, u"silver"_s, tuesday, {}) == 99);  // ¥99.99 → 99 whole yuan
    CHECK(r.pointsEarned(9999, u"gold"_s, tuesday, {}) == 148);   // 99 × 1.5 = 148.5 → 148
    CHECK(r.pointsEarned(9999, u"diamond"_s, tuesday, {}) == 198);
    CHECK(r.pointsEarned(10100, u"gold"_s, tuesday, {}) == 151);  // 101 × 1.5 = 151.5 → 151
    CHECK(r.pointsEarned(99, u"gold"_s, tuesday, {}) == 0);       // under ¥1
    CHECK(r.pointsEarned(0, u"gold"_s, tuesday, {}) == 0);
    CHECK(r.pointsEarned(9999, u""_s, tuesday, QDate(1990, 12, 5)) == 99); // birthday month off by default
    r.birthdayMonthDouble = true;
    CHECK(r.pointsEarned(9999, u"gold"_s, tuesday, QDate(1990, 12, 5)) == 297); // 99 × 1.5 × 2
    CHECK(r.pointsEarned(9999, u"gold"_s, tuesday, QDate(1990, 11, 5)) == 148);
    r.memberDayWeekday = 2; // Tuesdays
    CHECK(r.isMemberDay(tuesday));
    CHECK(r.pointsEarned(9999, u"silver"_s, tuesday, {}) == 198);
    CHECK(r.pointsEarned(9999, u"silver"_s, tuesday, QDate(1990, 12, 5)) == 198); // ×2 once, not ×4
    CHECK(r.pointsEarned(9999, u"silver"_s, tuesday.addDays(1), {}) == 99);
    CHECK(r.pointsValue(100) == 100); // 100 points = ¥1
    CHECK(r.pointsValue(150) == 150);
}

TEST_CASE("points expire at the end of the 12th month after the month earned, spent oldest first", "[member][points]")
{
    const MemberRules r = MemberRules::defaults();
    CHECK(r.expiryOf(QDate(2025, 11, 10)) == QDate(2026, 11, 30));
    CHECK(r.expiryOf(QDate(2025, 12, 31)) == QDate(2026, 12, 31));
    CHECK(r.expiryOf(QDate(2024, 2, 29)) == QDate(2025, 2, 28));
    CHECK(r.expiryOf(QDate(2025, 1, 1)) == QDate(2026, 1, 31));

    // Across the year end: 100 in November, 200 in January, 150 spent in March.
    QList<PointsRow> rows{award(1, QDate(2025, 11, 10), 100, r), award(2, QDate(2026, 1, 5), 200, r),
                          spend(3, QDate(2026, 3, 1), 150)};
    auto st = PointsLedger::evaluate(rows, QDate(2026, 11, 30)); // the November lot's last day
    CHECK(st.balance == 150);
    CHECK(st.expired == 0);
    REQUIRE(st.lots.size() == 1); // the November lot is used up first
    CHECK(st.lots[0].rowId == 2);
    CHECK(st.lots[0].remaining == 150);
    st = PointsLedger::evaluate(rows, QDate(2027, 2, 1)); // January's lot ended 2027-01-31
    CHECK(st.balance == 0);
    CHECK(st.expired == 150);

    // Only 50 spent: 50 of November's lot are left and expire on 2026-12-01, January's keep.
    rows[2] = spend(3, QDate(2026, 3, 1), 50);
    st = PointsLedger::evaluate(rows, QDate(2026, 11, 30));
    CHECK(st.balance == 250);
    CHECK(st.expiringWithin(QDate(2026, 11, 30), 30) == 50);
    st = PointsLedger::evaluate(rows, QDate(2026, 12, 1));
    CHECK(st.balance == 200);
    CHECK(st.expired == 50);
    CHECK(st.earned - st.spent - st.expired == st.balance);
    // Spending after an expiry takes from what is left, not from the expired lot.
    rows.append(spend(4, QDate(2026, 12, 15), 120));
    st = PointsLedger::evaluate(rows, QDate(2026, 12, 31));
    CHECK(st.balance == 80);
    CHECK(st.expired == 50);

    // A take-back names its lot; more than is left makes the balance negative, the next award pays it.
    QList<PointsRow> neg{award(1, QDate(2026, 1, 5), 100, r), spend(2, QDate(2026, 1, 6), 80),
                         spend(3, QDate(2026, 1, 7), 100, 1)};
    st = PointsLedger::evaluate(neg, QDate(2026, 1, 8));
    CHECK(st.balance == -80);
    neg.append(award(4, QDate(2026, 2, 1), 100, r));
    st = PointsLedger::evaluate(neg, QDate(2026, 2, 2));
    CHECK(st.balance == 20);
    REQUIRE(st.lots.size() == 1);
    CHECK(st.lots[0].remaining == 20);
}

TEST_CASE("a sale, its receipt and the ledgers agree; a refund restores every ledger", "[member][sale]")
{
    Clock::Pinned pin(QDate(2026, 3, 10));
    QTemporaryDir dir;
    auto opened = Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    Database& db = **opened;
    const qint64 wang = addCustomer(db, u"王芳"_s, u"13800001111"_s);

    auto top = SaleService::topUp(db, wang, 100000, u"wechat"_s);
    REQUIRE(top.ok());
    CHECK(top->principal == 100000);
    CHECK(top->bonus == 15000);
    auto code = CustomerRepository(db).findById(wang);
    REQUIRE(code.ok());
    CHECK((**code).memberCode == u"M000001"_s); // a member code from the sequence

    REQUIRE(SaleService::adjustPoints(db, wang, 500, u"opening balance"_s).ok());

    SaleRequest req;
    req.customerId = wang;
    req.amount = 30000;      // ¥300
    req.redeemPoints = 300;  // ¥3 off
    req.payBalance = 10000;  // ¥100 from stored value
    req.payMethod = u"cash"_s;
    req.store = u"旗舰店"_s; // a store's name finds its code
    REQUIRE(stores::StoreService::add(db, {0, u"QJ"_s, u"旗舰店"_s, {}}).ok());
    auto preview = SaleService::preview(db, req);
    REQUIRE(preview.ok());
    const auto before = fingerprint(db);
    CHECK(fingerprint(db) == before); // a preview writes nothing
    auto sale = SaleService::sell(db, req);
    REQUIRE(sale.ok());
    CHECK(sale->orderNo == u"S20260310-0001"_s);
    CHECK(sale->pointsValue == 300);
    CHECK(sale->paidPrincipal == 8696);
    CHECK(sale->paidBonus == 1304);
    CHECK(sale->paidOther == 30000 - 300 - 10000);
    // points on money actually paid: cash 197.00 + principal 86.96 = 283.96 → 283 (not the bonus 13.04)
    CHECK(sale->pointsEarned == 283);
    CHECK(sale->pointsEarned == preview->pointsEarned);
    CHECK(sale->balance.principal == 100000 - 8696);
    CHECK(sale->balance.bonus == 15000 - 1304);
    CHECK(sale->points == 500 - 300 + 283);

    // the ledgers say what the receipt said
    auto held = SaleService::balance(db, wang);
    REQUIRE(held.ok());
    CHECK(held->principal == sale->balance.principal);
    CHECK(held->bonus == sale->balance.bonus);
    auto rows = MemberRepository(db).pointsOf(wang);
    REQUIRE(rows.ok());
    CHECK(PointsLedger::evaluate(*rows, Clock::today()).balance == sale->points);
    // the order counts like an imported one: the customer's orders and the segmentation see it
    CHECK(scalar(db, u"SELECT amount_fen FROM orders WHERE order_no = 'S20260310-0001' AND source = 'counter'"_s) == 30000);
    CHECK(scalar(db, u"SELECT frequency FROM customer_metrics WHERE customer_id = "_s + QString::number(wang)) == 1);

    // the void (same day) puts everything back
    auto back = SaleService::refund(db, sale->orderNo);
    REQUIRE(back.ok());
    CHECK(back->voided);
    CHECK(back->pointsTakenBack == 283);
    CHECK(back->pointsReturned == 300);
    CHECK(back->principalReturned == 8696);
    CHECK(back->bonusReturned == 1304);
    CHECK(back->balance.principal == 100000);
    CHECK(back->balance.bonus == 15000);
    CHECK(back->points == 500);
    CHECK(scalar(db, u"SELECT COALESCE(SUM(amount_fen), 0) FROM orders WHERE customer_id = "_s + QString::number(wang)) == 0);
    auto again = SaleService::refund(db, sale->orderNo);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Conflict);
    // ledgers refuse to be edited
    CHECK_FALSE(db.exec(u"UPDATE stored_value_ledger SET principal_fen = 0"_s).ok());
    CHECK_FALSE(db.exec(u"DELETE FROM points_ledger"_s).ok());
}

TEST_CASE("a refund after the day: owners only; spent points make the balance negative", "[member][sale]")
{
    QTemporaryDir dir;
    auto opened = Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    Database& db = **opened;
    const qint64 li = addCustomer(db, u"李雷"_s, u"13800002222"_s);
    QString orderNo;
    {
        Clock::Pinned pin(QDate(2026, 5, 2));
        Staff staff; // staff may ring up
        SaleRequest req;
        req.customerId = li;
        req.amount = 50000;
        auto sale = SaleService::sell(db, req);
        REQUIRE(sale.ok());
        CHECK(sale->pointsEarned == 500);
        orderNo = sale->orderNo;
        req.amount = 40000;
        req.redeemPoints = 400; // the earned points spent at once
        REQUIRE(SaleService::sell(db, req).ok());
    }
    Clock::Pinned pin(QDate(2026, 5, 3));
    {
        Staff staff;
        auto refused = SaleService::refund(db, orderNo);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Forbidden);
    }
    auto back = SaleService::refund(db, orderNo);
    REQUIRE(back.ok());
    CHECK_FALSE(back->voided);
    CHECK(back->pointsTakenBack == 500);
    // 500 earned − 400 spent + 396 earned on ¥396 − 500 taken back
    CHECK(back->points == 500 - 400 + 396 - 500);
    CHECK(scalar(db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'sale-refund'"_s) == 1);
    {
        Staff staff;
        CHECK(SaleService::adjustPoints(db, li, 10, u"goodwill"_s).error().code == Error::Code::Forbidden);
    }
}

TEST_CASE("a payment over the balance is refused naming it, and nothing changes", "[member][stored-value]")
{
    Clock::Pinned pin(QDate(2026, 6, 1));
    QTemporaryDir dir;
    auto opened = Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    Database& db = **opened;
    const qint64 id = addCustomer(db, u"赵敏"_s, u"13800003333"_s);
    REQUIRE(SaleService::topUp(db, id, 49999, u"cash"_s).ok()); // ¥499.99: no bonus
    CHECK(SaleService::balance(db, id)->bonus == 0);
    const auto before = fingerprint(db);
    SaleRequest req;
    req.customerId = id;
    req.amount = 60000;
    req.payBalance = 50000;
    auto refused = SaleService::sell(db, req);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"¥499.99"_s));
    CHECK(fingerprint(db) == before);
    req.payBalance = 0;
    req.redeemPoints = 1;
    CHECK_FALSE(SaleService::sell(db, req).ok());
    CHECK(fingerprint(db) == before);
    req.redeemPoints = 0;
    req.couponCode = u"WELCOME1"_s;
    auto coupon = SaleService::sell(db, req);
    REQUIRE_FALSE(coupon.ok());
    CHECK(coupon.error().code == Error::Code::NotFound);
    CHECK(coupon.error().message.contains(u"WELCOME1"_s));
    CHECK(fingerprint(db) == before);

    // only members with a phone or a member code may hold a balance
    const qint64 anonymous = addCustomer(db, u"路人"_s, {});
    CHECK_FALSE(SaleService::topUp(db, anonymous, 50000, u"cash"_s).ok());
}

TEST_CASE("two tills paying from one balance at once: one succeeds, never negative", "[member][stored-value][concurrency]")
{
    Clock::Pinned pin(QDate(2026, 7, 1));
    QTemporaryDir dir;
    const QString path = clientele::test::shopLocation(dir.path());
    qint64 id = 0;
    {
        auto opened = Database::open(path);
        REQUIRE(opened.ok());
        id = addCustomer(**opened, u"孙丽"_s, u"13800004444"_s);
        REQUIRE(SaleService::topUp(**opened, id, 10000, u"cash"_s).ok()); // ¥100
    }
    std::atomic<int> ready{0};
    std::atomic<int> succeeded{0};
    std::atomic<int> refused{0};
    auto till = [&](const QString& name) {
        auto opened = Database::open(path); // each till its own connection
        if (!opened.ok())
            return;
        SaleRequest req;
        req.customerId = id;
        req.amount = 8000;
        req.payBalance = 8000; // ¥80 of the ¥100, twice
        req.till = name;
        ++ready;
        while (ready.load() < 2) {
        }
        auto sale = SaleService::sell(**opened, req);
        if (sale.ok())
            ++succeeded;
        else
            ++refused;
    };
    std::thread a(till, u"till-1"_s);
    std::thread b(till, u"till-2"_s);
    a.join();
    b.join();
    CHECK(succeeded.load() == 1);
    CHECK(refused.load() == 1);
    auto opened = Database::open(path);
    REQUIRE(opened.ok());
    auto held = SaleService::balance(**opened, id);
    REQUIRE(held.ok());
    CHECK(held->total() == 2000);
    CHECK(scalar(**opened, u"SELECT COUNT(*) FROM stored_value_ledger WHERE kind = 'payment'"_s) == 1);
}

TEST_CASE("member codes: the shop's prefix, a sequence, imported codes kept", "[member][codes]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 imported = addCustomer(*db, u"甲"_s, u"13800005555"_s, u"VIP000002"_s);
    REQUIRE(MemberCodes::setPrefix(*db, u"VIP"_s).ok());
    auto first = MemberCodes::next(*db);
    REQUIRE(first.ok());
    CHECK(*first == u"VIP000001"_s);
    auto second = MemberCodes::next(*db);
    REQUIRE(second.ok());
    CHECK(*second == u"VIP000003"_s); // 000002 was imported
    auto kept = MemberCodes::ensure(*db, imported);
    REQUIRE(kept.ok());
    CHECK(*kept == u"VIP000002"_s);
    CHECK_FALSE(MemberCodes::setPrefix(*db, u"TOO LONG PREFIX"_s).ok());
}

TEST_CASE("imported history earns points only from the program's start; tiers multiply", "[member][points]")
{
    Clock::Pinned pin(QDate(2026, 8, 20));
    QTemporaryDir dir;
    auto opened = Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    Database& db = **opened;
    const qint64 id = addCustomer(db, u"周杰"_s, u"13800006666"_s);
    for (const auto& [no, day, fen] : {std::tuple{u"A1"_s, QDate(2026, 1, 5), Fen(1000000)},
                                       std::tuple{u"A2"_s, QDate(2026, 7, 5), Fen(20050)}}) {
        Order o;
        o.orderNo = no;
        o.customerId = id;
        o.date = day;
        o.amount = fen;
        REQUIRE(OrderRepository(db).insertIfNew(o, u"no:"_s + no, 1, 0, 0).ok());
    }
    REQUIRE(clientele::core::segmentation::SegmentationUpkeep::update(db, {id}).ok());
    CHECK(MemberRepository(db).tierOf(id).value() == u"gold"_s); // ¥10,200.50 in 12 months
    auto none = SaleService::awardImportedHistory(db);
    REQUIRE(none.ok());
    CHECK(*none == 0);
    MemberRules rules = MemberRules::load(db).value();
    rules.programStart = QDate(2026, 7, 1);
    REQUIRE(MemberRules::save(db, rules).ok());
    auto awarded = SaleService::awardImportedHistory(db);
    REQUIRE(awarded.ok());
    CHECK(*awarded == 1);                                      // only A2
    CHECK(SaleService::awardImportedHistory(db).value() == 0); // once
    auto rows = MemberRepository(db).pointsOf(id);
    REQUIRE(rows.ok());
    CHECK(PointsLedger::evaluate(*rows, Clock::today()).balance == 300); // 200 × 1.5

    SaleRequest req;
    req.customerId = id;
    req.amount = 9999;
    auto sale = SaleService::sell(db, req);
    REQUIRE(sale.ok());
    CHECK(sale->tier == u"gold"_s);
    CHECK(sale->pointsEarned == 148);
}

TEST_CASE("liabilities equal the sums of the ledgers, as of any day", "[member][liabilities]")
{
    QTemporaryDir dir;
    auto opened = Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    Database& db = **opened;
    const qint64 a = addCustomer(db, u"甲"_s, u"13800007777"_s);
    const qint64 b = addCustomer(db, u"乙"_s, u"13800008888"_s);
    {
        Clock::Pinned pin(QDate(2025, 12, 20));
        REQUIRE(SaleService::topUp(db, a, 300000, u"card"_s).ok()); // + ¥600 bonus
        SaleRequest req;
        req.customerId = b;
        req.amount = 12345;
        REQUIRE(SaleService::sell(db, req).ok()); // 123 points
    }
    Clock::Pinned pin(QDate(2026, 1, 10));
    SaleRequest req;
    req.customerId = a;
    req.amount = 20000;
    req.payBalanceAll = true;
    auto sale = SaleService::sell(db, req);
    REQUIRE(sale.ok());
    CHECK(sale->paidOther == 0);

    auto before = Liabilities::asOf(db, QDate(2025, 12, 31));
    REQUIRE(before.ok());
    CHECK(before->principal == 300000);
    CHECK(before->bonus == 60000);
    CHECK(before->points == 123);
    auto now = Liabilities::asOf(db, QDate(2026, 1, 10));
    REQUIRE(now.ok());
    CHECK(now->principal + now->bonus == 360000 - 20000);
    CHECK(now->principal == scalar(db, u"SELECT SUM(principal_fen) FROM stored_value_ledger"_s));
    CHECK(now->bonus == scalar(db, u"SELECT SUM(bonus_fen) FROM stored_value_ledger"_s));
    CHECK(now->points == scalar(db, u"SELECT SUM(points) FROM points_ledger"_s));
    CHECK(now->pointsValue == now->points); // 100 points = ¥1: one fen a point
    // b's 123 points expire after 2026-12-31
    auto later = Liabilities::asOf(db, QDate(2027, 1, 1));
    REQUIRE(later.ok());
    CHECK(later->points == now->points - 123);
}

#include "customers/CustomerMerger.h"

TEST_CASE("a member holding points or stored value is not merged away", "[member][merge]")
{
    QTemporaryDir dir;
    auto opened = Database::open(clientele::test::shopLocation(dir.path()));
    REQUIRE(opened.ok());
    Database& db = **opened;
    const qint64 member = addCustomer(db, u"钱多"_s, u"13800009999"_s);
    const qint64 other = addCustomer(db, u"钱多多"_s, u"13800009998"_s);
    {
        Clock::Pinned pin(QDateTime(QDate(2026, 9, 1), QTime(10, 0)));
        REQUIRE(SaleService::topUp(db, member, 50000, u"cash"_s).ok());
        auto survivor = CustomerRepository(db).findById(other);
        REQUIRE(survivor.ok());
        auto refused = customers::CustomerMerger::merge(db, other, member, **survivor);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == Error::Code::Conflict);
        CHECK(SaleService::balance(db, member)->total() == 55000);
    }
    Clock::Pinned pin(QDateTime(QDate(2026, 9, 1), QTime(11, 0))); // its own backup file
    auto kept = CustomerRepository(db).findById(member);
    REQUIRE(kept.ok());
    auto merged = customers::CustomerMerger::merge(db, member, other, **kept); // the other way round
    INFO((merged.ok() ? QString() : merged.error().message).toStdString());
    CHECK(merged.ok());
    CHECK(SaleService::balance(db, member)->total() == 55000);
}
