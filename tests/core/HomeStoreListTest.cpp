// The customer list's home store (issue 15): its column, filter, sort and per-store counts, and
// the `home_store` key of a saved audience, over a shop with two stores.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "campaigns/FilterText.h"
#include "storage/CustomerQueries.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"
#include "storage/StoreRepository.h"
#include "stores/StoreService.h"

using namespace clientele::core;
using namespace Qt::StringLiterals;

namespace {
void addOrder(storage::Database& db, qint64 customerId, const QString& no, const QDate& date, const QString& store)
{
    Order o;
    o.orderNo = no;
    o.customerId = customerId;
    o.date = date;
    o.amount = 10000;
    o.store = store;
    REQUIRE(storage::OrderRepository(db).insertIfNew(o, u"no:"_s + no, 1, 0, 0).ok());
}

// Names the filter lists, by name; count() and ids() of the same filter must agree.
QStringList names(const storage::Database& db, const storage::CustomerFilter& filter)
{
    const auto rows = storage::CustomerQueries::list(db, filter, storage::CustomerSort::Name, false, 100);
    REQUIRE(rows.ok());
    QStringList out;
    for (const auto& r : *rows)
        out.append(r.name);
    CHECK(storage::CustomerQueries::count(db, filter).value() == out.size());
    CHECK(storage::CustomerQueries::ids(db, filter, storage::CustomerSort::Name, false).value().size() == out.size());
    return out;
}

storage::CustomerFilter atStore(const QString& code)
{
    storage::CustomerFilter filter;
    filter.homeStore = code;
    return filter;
}
} // namespace

TEST_CASE("the customer list shows, filters and sorts by home store", "[stores]")
{
    auto db = clientele::test::memoryDatabase();
    REQUIRE(stores::StoreService::add(*db, {0, u"SH01"_s, u"南京路店"_s, u"南京东路 1 号"_s}).ok());
    REQUIRE(stores::StoreService::add(*db, {0, u"BJ02"_s, u"Wangfujing"_s, {}}).ok());
    const qint64 anna = clientele::test::addCustomer(*db, u"Anna"_s, u"13800000001"_s);
    const qint64 bo = clientele::test::addCustomer(*db, u"Bo"_s, u"13800000002"_s);
    const qint64 chen = clientele::test::addCustomer(*db, u"Chen"_s, u"13800000003"_s);
    addOrder(*db, anna, u"A1"_s, QDate(2026, 3, 1), u"SH01"_s); // first purchase: Nanjing Road
    addOrder(*db, anna, u"A2"_s, QDate(2026, 5, 1), u"BJ02"_s);
    addOrder(*db, bo, u"B1"_s, QDate(2026, 4, 1), u"BJ02"_s);
    REQUIRE(storage::StoreRepository(*db).fillHomeStores().ok());

    const auto row = [&](qint64 id) {
        auto r = storage::CustomerQueries::row(*db, id);
        REQUIRE(r.ok());
        REQUIRE(r->has_value());
        return **r;
    };
    CHECK(row(anna).homeStore == u"SH01"_s);
    CHECK_FALSE(row(anna).homeStoreManual);
    CHECK(row(bo).homeStore == u"BJ02"_s);
    CHECK(row(chen).homeStore.isEmpty());

    CHECK(names(*db, atStore(u"SH01"_s)) == QStringList{u"Anna"_s});
    CHECK(names(*db, atStore(u"BJ02"_s)) == QStringList{u"Bo"_s});
    CHECK(names(*db, {}) == QStringList{u"Anna"_s, u"Bo"_s, u"Chen"_s});
    CHECK_FALSE(atStore(u"SH01"_s).isEmpty());

    auto counts = storage::CustomerQueries::homeStoreCounts(*db);
    REQUIRE(counts.ok());
    CHECK(counts->value(u"SH01"_s) == 1);
    CHECK(counts->value(u"BJ02"_s) == 1);
    CHECK(counts->size() == 2); // no entry for "no home store"

    // Chen, set by hand to Wangfujing: manual, counted, found by the filter
    REQUIRE(stores::StoreService::setHomeStore(*db, chen, u"Wangfujing"_s).ok());
    CHECK(row(chen).homeStore == u"BJ02"_s);
    CHECK(row(chen).homeStoreManual);
    CHECK(names(*db, atStore(u"BJ02"_s)) == QStringList{u"Bo"_s, u"Chen"_s});
    CHECK(storage::CustomerQueries::homeStoreCounts(*db)->value(u"BJ02"_s) == 2);

    // sorted by home store: by code (BJ02 before SH01), then by id
    const auto sorted = storage::CustomerQueries::list(*db, {}, storage::CustomerSort::HomeStore, false, 10);
    REQUIRE(sorted.ok());
    QStringList order;
    for (const auto& r : *sorted)
        order.append(r.name);
    CHECK(order == QStringList{u"Bo"_s, u"Chen"_s, u"Anna"_s});
    const auto reversed = storage::CustomerQueries::list(*db, {}, storage::CustomerSort::HomeStore, true, 10);
    REQUIRE(reversed.ok());
    CHECK(reversed->first().name == u"Anna"_s);
}

TEST_CASE("an audience keeps its home store as home_store", "[stores][campaigns]")
{
    auto db = clientele::test::memoryDatabase();
    REQUIRE(stores::StoreService::add(*db, {0, u"SH01"_s, u"南京路店"_s, {}}).ok());
    // by name or by code, saved by code
    auto byName = campaigns::FilterText::parse(*db, u"home_store=南京路店;stage=active"_s);
    REQUIRE(byName.ok());
    CHECK(byName->homeStore == u"SH01"_s);
    CHECK(campaigns::FilterText::format(*db, *byName).value() == u"stage=active;home_store=SH01"_s);
    CHECK(campaigns::FilterText::parse(*db, u"home_store=sh01"_s).value().homeStore == u"SH01"_s);
    // a store that is not on the list is refused, naming the stores there are
    auto unknown = campaigns::FilterText::parse(*db, u"home_store=GZ09"_s);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains(u"GZ09"_s));
    CHECK(unknown.error().message.contains(u"SH01"_s));
}
