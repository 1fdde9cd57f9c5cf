// A sale voided on its day never happened: in an empty shop, a sale rung up and voided leaves no
// order in the list row, the profile's figures, segmentation (the dashboard's month) or the
// purchases counted in the status bar (storage::standingOrder, defined once). A refund on a later
// day is different: the sale stays an order.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "member/SaleService.h"
#include "report/Figures.h"
#include "segmentation/Segmenter.h"
#include "storage/CustomerQueries.h"
#include "storage/OrderRepository.h"
#include "storage/SegmentationRepository.h"

#include <QSqlQuery>

using namespace clientele::core;
using namespace Qt::StringLiterals;

namespace {
struct Figures
{
    qint64 listOrders = -1;
    Fen listSpend = -1;
    bool hasLastPurchase = true;
    qint64 segmentedFrequency = -1;
    qint64 purchasesRecorded = -1;
    qint64 ordersMonth = -1;
};

Figures figuresOf(storage::Database& db, qint64 customerId)
{
    REQUIRE(segmentation::Segmenter::run(db, Clock::today()).ok());
    Figures f;
    auto row = storage::CustomerQueries::row(db, customerId);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    f.listOrders = (*row)->orders;
    f.listSpend = (*row)->totalSpend;
    f.hasLastPurchase = (*row)->lastPurchase.isValid();
    auto list = storage::CustomerQueries::list(db, {}, storage::CustomerSort::Name, false, 10);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    CHECK(list->front().orders == f.listOrders); // the list row and the profile read one definition
    auto segment = storage::SegmentationRepository(db).segmentRow(customerId);
    REQUIRE(segment.ok());
    f.segmentedFrequency = segment->has_value() ? (*segment)->evaluation.metrics.frequency : 0;
    auto purchases = storage::OrderRepository(db).countPurchases();
    REQUIRE(purchases.ok());
    f.purchasesRecorded = *purchases;
    QSqlQuery q = db.prepare(u"SELECT orders_month FROM monthly_stats WHERE month = ?"_s);
    q.addBindValue(Clock::today().toString(u"yyyy-MM"_s));
    REQUIRE(q.exec());
    f.ordersMonth = q.next() ? q.value(0).toLongLong() : 0;
    return f;
}
} // namespace

TEST_CASE("a voided counter sale is no order in the list, the profile, segmentation or the dashboard",
          "[member][figures]")
{
    Clock::Pinned day(QDate(2026, 12, 1));
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"张伟"_s, u"13800138000"_s);
    member::SaleRequest request;
    request.customerId = id;
    request.amount = 30000;
    auto sale = member::SaleService::sell(*db, request);
    REQUIRE(sale.ok());

    Figures before = figuresOf(*db, id);
    CHECK(before.listOrders == 1);
    CHECK(before.listSpend == 30000);
    CHECK(before.segmentedFrequency == 1);
    CHECK(before.purchasesRecorded == 1);
    CHECK(before.ordersMonth == 1);
    CHECK(report::Figures::averageOrder(before.listSpend, before.listOrders) == 30000);

    auto voided = member::SaleService::refund(*db, sale->orderNo);
    REQUIRE(voided.ok());
    REQUIRE(voided->voided);
    Figures after = figuresOf(*db, id);
    CHECK(after.listOrders == 0);
    CHECK(after.listSpend == 0);
    CHECK_FALSE(after.hasLastPurchase);
    CHECK(after.segmentedFrequency == 0);
    CHECK(after.purchasesRecorded == 0);
    CHECK(after.ordersMonth == 0);
    CHECK(report::Figures::averageOrder(after.listSpend, after.listOrders) == 0);
}

TEST_CASE("a counter sale refunded on a later day stays an order; the refund is not one", "[member][figures]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"李娜"_s, u"13900139000"_s);
    QString orderNo;
    {
        Clock::Pinned day(QDate(2026, 11, 30));
        member::SaleRequest request;
        request.customerId = id;
        request.amount = 20000;
        auto sale = member::SaleService::sell(*db, request);
        REQUIRE(sale.ok());
        orderNo = sale->orderNo;
    }
    Clock::Pinned day(QDate(2026, 12, 1));
    auto refunded = member::SaleService::refund(*db, orderNo);
    REQUIRE(refunded.ok());
    REQUIRE_FALSE(refunded->voided);
    Figures after = figuresOf(*db, id);
    CHECK(after.listOrders == 1);
    CHECK(after.listSpend == 0);
    CHECK(after.segmentedFrequency == 1);
    CHECK(after.purchasesRecorded == 1);
}

TEST_CASE("each order row says how it counts, as the list row counts it (storage::standingOrder)",
          "[member][figures]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"张伟"_s, u"13800138000"_s);
    const auto sell = [&](Fen amount) {
        member::SaleRequest request;
        request.customerId = id;
        request.amount = amount;
        auto sale = member::SaleService::sell(*db, request);
        REQUIRE(sale.ok());
        return sale->orderNo;
    };
    QString later;
    {
        Clock::Pinned day(QDate(2026, 11, 30));
        later = sell(30000);
    }
    Clock::Pinned day(QDate(2026, 12, 1));
    const QString voided = sell(50000);
    REQUIRE(member::SaleService::refund(*db, voided).ok());   // on its day: a void
    sell(20000);
    REQUIRE(member::SaleService::refund(*db, later).ok());    // a later day: a refund

    auto orders = storage::OrderRepository(*db).forCustomer(id);
    REQUIRE(orders.ok());
    REQUIRE(orders->size() == 5);
    const auto count = [&](bool (Order::*is)() const) {
        return std::count_if(orders->begin(), orders->end(), [&](const Order& o) { return (o.*is)(); });
    };
    CHECK(count(&Order::isOrder) == 2);      // the one refunded later and the one standing
    CHECK(count(&Order::isRefund) == 1);
    CHECK(count(&Order::isVoidedSale) == 1);
    CHECK(count(&Order::isVoid) == 1);
    for (const Order& o : *orders)
        if (o.orderNo == voided)
            CHECK(o.isVoidedSale());
    auto row = storage::CustomerQueries::row(*db, id);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK((*row)->orders == count(&Order::isOrder));
}
