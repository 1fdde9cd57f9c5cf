// A counter sale paid in more than one way (issue 16): points on the money actually paid, a refund
// that gives each part back to where it came from, and all or nothing when one part fails.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "member/SaleService.h"
#include "storage/MemberRepository.h"

#include <QSqlQuery>

using namespace clientele::core;
using namespace clientele::core::member;
using namespace Qt::StringLiterals;

namespace {
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
            scalar(db, u"SELECT COUNT(*) FROM sale_payments"_s), scalar(db, u"SELECT COUNT(*) FROM points_ledger"_s),
            scalar(db, u"SELECT COUNT(*) FROM stored_value_ledger"_s),
            scalar(db, u"SELECT COALESCE(SUM(principal_fen + bonus_fen), 0) FROM stored_value_ledger"_s)};
}

// ¥1,000 topped up (bonus ¥150); a ¥500 sale: ¥300 from stored value, ¥100 by card, the rest by WeChat.
SaleRequest splitSale(qint64 customerId)
{
    SaleRequest r;
    r.customerId = customerId;
    r.amount = 50000;
    r.payBalance = 30000;
    r.payments = {{u"card"_s, 10000, false}, {u"wechat"_s, 0, true}};
    return r;
}
} // namespace

TEST_CASE("split payment: points on money paid and stored-value principal, not on bonus", "[member][split]")
{
    Clock::Pinned day(QDate(2026, 12, 1));
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"李娜"_s, u"13900139000"_s);
    REQUIRE(SaleService::topUp(*db, id, 100000, u"cash"_s).ok());
    auto sale = SaleService::sell(*db, splitSale(id));
    REQUIRE(sale.ok());
    CHECK(sale->paidPrincipal == 26087); // 300 × 1000/1150, to the fen
    CHECK(sale->paidBonus == 3913);
    CHECK(sale->paidOther == 20000);
    REQUIRE(sale->payments.size() == 2);
    CHECK(sale->payments[0].method == u"card"_s);
    CHECK(sale->payments[0].amount == 10000);
    CHECK(sale->payments[1].method == u"wechat"_s);
    CHECK(sale->payments[1].amount == 10000);
    CHECK(sale->payMethod == u"card+wechat"_s);
    CHECK(sale->pointsEarned == 460); // ¥100 + ¥100 + ¥260.87 principal; the ¥39.13 bonus earns none
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM sale_payments"_s) == 2);
    CHECK(SaleService::payMethodLabel(sale->payMethod) == u"Bank card + WeChat Pay"_s);

    // cash and card, no stored value: every fen earns
    SaleRequest cashCard;
    cashCard.customerId = id;
    cashCard.amount = 12345;
    cashCard.payments = {{u"cash"_s, 2345, false}, {u"card"_s, 10000, false}};
    auto second = SaleService::sell(*db, cashCard);
    REQUIRE(second.ok());
    CHECK(second->pointsEarned == 123);
    CHECK(second->paidOther == 12345);
}

TEST_CASE("split payment: a refund gives each part back where it came from", "[member][split]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"李娜"_s, u"13900139000"_s);
    QString orderNo;
    {
        Clock::Pinned day(QDate(2026, 11, 30));
        REQUIRE(SaleService::topUp(*db, id, 100000, u"cash"_s).ok());
        auto sale = SaleService::sell(*db, splitSale(id));
        REQUIRE(sale.ok());
        orderNo = sale->orderNo;
    }
    Clock::Pinned day(QDate(2026, 12, 1)); // a refund (the owner, no accounts)
    auto preview = SaleService::previewRefund(*db, orderNo);
    REQUIRE(preview.ok());
    REQUIRE(preview->paymentsReturned.size() == 2);
    auto done = SaleService::refund(*db, orderNo);
    REQUIRE(done.ok());
    CHECK_FALSE(done->voided);
    REQUIRE(done->paymentsReturned.size() == 2);
    CHECK(done->paymentsReturned[0].method == u"card"_s);
    CHECK(done->paymentsReturned[0].amount == 10000);
    CHECK(done->paymentsReturned[1].method == u"wechat"_s);
    CHECK(done->paymentsReturned[1].amount == 10000);
    CHECK(done->otherReturned == 20000);
    CHECK(done->principalReturned == 26087);
    CHECK(done->bonusReturned == 3913);
    CHECK(done->balance.principal == 100000);
    CHECK(done->balance.bonus == 15000);
    CHECK(done->points == 0);
    // the refund's own payment rows are the parts, negative: the sale's payments net to zero
    CHECK(scalar(*db, u"SELECT COUNT(*) FROM sale_payments"_s) == 4);
    CHECK(scalar(*db, u"SELECT SUM(amount_fen) FROM sale_payments WHERE method = 'card'"_s) == 0);
    CHECK(scalar(*db, u"SELECT SUM(amount_fen) FROM sale_payments WHERE method = 'wechat'"_s) == 0);
}

// [nopg]: a part fails through SQLite's TEMP trigger with RAISE (a server has neither).
TEST_CASE("split payment: all or nothing — a refused or failing part changes nothing", "[member][split][nopg]")
{
    Clock::Pinned day(QDate(2026, 12, 1));
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"李娜"_s, u"13900139000"_s);
    REQUIRE(SaleService::topUp(*db, id, 10000, u"cash"_s).ok()); // ¥100, no bonus
    const auto before = fingerprint(*db);

    SaleRequest overBalance = splitSale(id); // ¥300 from a ¥100 balance
    auto refused = SaleService::sell(*db, overBalance);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(u"¥100"_s));
    CHECK(fingerprint(*db) == before);

    SaleRequest short_ = splitSale(id);
    short_.payBalance = 5000;
    short_.payments = {{u"card"_s, 10000, false}, {u"wechat"_s, 20000, false}}; // ¥350 of ¥500
    auto notAddingUp = SaleService::sell(*db, short_);
    REQUIRE_FALSE(notAddingUp.ok());
    CHECK(notAddingUp.error().message.contains(u"¥300"_s));
    CHECK(notAddingUp.error().message.contains(u"¥450"_s));
    CHECK(fingerprint(*db) == before);

    SaleRequest badMethod = short_;
    badMethod.payments = {{u"card"_s, 10000, false}, {u"bitcoin"_s, 0, true}};
    auto unknown = SaleService::sell(*db, badMethod);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(u"bitcoin"_s));
    CHECK(fingerprint(*db) == before);

    // The second part fails while it is written (after the sale, its first part and the stored-value
    // payment were): the whole sale goes.
    REQUIRE(db->exec(u"CREATE TEMP TRIGGER wechat_down BEFORE INSERT ON sale_payments WHEN new.method = 'wechat' "
                     u"BEGIN SELECT RAISE(ABORT, 'wechat is down'); END"_s)
                .ok());
    SaleRequest fits = short_;
    fits.payments = {{u"card"_s, 10000, false}, {u"wechat"_s, 0, true}};
    auto failed = SaleService::sell(*db, fits);
    REQUIRE_FALSE(failed.ok());
    CHECK(fingerprint(*db) == before);
    REQUIRE(db->exec(u"DROP TRIGGER wechat_down"_s).ok());
    auto works = SaleService::sell(*db, fits);
    REQUIRE(works.ok());
    CHECK(works->paidPrincipal == 5000);
    CHECK(works->payments.size() == 2);
}
