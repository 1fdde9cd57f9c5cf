#include "CatchCompat.h"

#include "TestSupport.h"

#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"

using namespace clientele::core;
using namespace clientele::core::storage;
using namespace Qt::StringLiterals;

static Customer customer(const QString& code, const QString& name, const QString& phone)
{
    Customer c;
    c.memberCode = code;
    c.name = name;
    c.phone = phone;
    return c;
}

TEST_CASE("customers are stored, found by each key, updated and tagged", "[repo]")
{
    auto db = clientele::test::memoryDatabase();
    CustomerRepository repo(*db);
    Customer c = customer(u"M1"_s, u"张三"_s, u"13800138000"_s);
    c.email = u"zhang@example.com"_s;
    c.birthday = QDate(1990, 5, 1);
    c.tags = {u"老客"_s, u"宝妈"_s};
    auto id = repo.insert(c);
    REQUIRE(id.ok());

    CHECK(repo.findByMemberCode(u"M1"_s).value()->id == *id);
    CHECK(repo.findByPhone(u"13800138000"_s).value()->name == u"张三"_s);
    CHECK(repo.findByEmail(u"zhang@example.com"_s).value()->birthday == QDate(1990, 5, 1));
    CHECK_FALSE(repo.findByPhone(u"13900000000"_s).value().has_value());
    CHECK(repo.findByAnyKey(QString::number(*id)).value()->memberCode == u"M1"_s);
    CHECK(repo.tags(*id).value() == QStringList{u"宝妈"_s, u"老客"_s});

    Customer stored = *repo.findById(*id).value();
    stored.city = u"上海"_s;
    stored.birthday = QDate();
    REQUIRE(repo.update(stored).ok());
    const Customer reread = *repo.findById(*id).value();
    CHECK(reread.city == u"上海"_s);
    CHECK_FALSE(reread.birthday.isValid());

    // Member codes are unique.
    CHECK_FALSE(repo.insert(customer(u"M1"_s, u"李四"_s, QString())).ok());
}

TEST_CASE("search matches name, phone fragments, e-mail, code and tags; SQL wildcards are literal", "[repo]")
{
    auto db = clientele::test::memoryDatabase();
    CustomerRepository repo(*db);
    Customer a = customer(u"A1"_s, u"王小明"_s, u"13800138000"_s);
    a.tags = {u"学生"_s};
    REQUIRE(repo.insert(a).ok());
    REQUIRE(repo.insert(customer(u"B2"_s, u"100%_Li"_s, u"13900139000"_s)).ok());
    REQUIRE(repo.insert(customer(u"C3"_s, u"Zhou"_s, u"13700137000"_s)).ok());

    CHECK(repo.search(u"小明"_s, 10).value().size() == 1);
    CHECK(repo.search(u"0138"_s, 10).value().size() == 1);
    CHECK(repo.search(u"学生"_s, 10).value().size() == 1);
    CHECK(repo.search(u"%_"_s, 10).value().size() == 1);
    CHECK(repo.search(QString(), 10).value().size() == 3);

    CustomerFilter filter;
    filter.search = u"139"_s;
    CHECK(CustomerQueries::count(*db, filter).value() == 1);
    auto sorted = CustomerQueries::list(*db, {}, CustomerSort::Phone, true, 2);
    REQUIRE(sorted.ok());
    REQUIRE(sorted->size() == 2);
    CHECK(sorted->at(0).phone == u"13900139000"_s);
    CHECK(CustomerQueries::list(*db, {}, CustomerSort::Name, false, 10, 2).value().size() == 1);
}

TEST_CASE("orders insert once per key and report the existing order", "[repo]")
{
    auto db = clientele::test::memoryDatabase();
    CustomerRepository customers(*db);
    const qint64 cid = customers.insert(customer(u"M1"_s, u"张三"_s, QString())).value();
    OrderRepository orders(*db);
    Order o;
    o.orderNo = u"A1"_s;
    o.customerId = cid;
    o.date = QDate(2024, 5, 1);
    o.amount = 12345;
    auto first = orders.insertIfNew(o, u"no:A1"_s, 42, 0, 2);
    REQUIRE(first.ok());
    CHECK_FALSE(first->has_value());
    auto second = orders.insertIfNew(o, u"no:A1"_s, 43, 0, 9);
    REQUIRE(second.ok());
    REQUIRE(second->has_value());
    CHECK((*second)->contentHash == 42);
    CHECK((*second)->sourceLine == 2);
    CHECK(orders.count().value() == 1);
    CHECK(orders.forCustomer(cid).value().at(0).amount == 12345);

    // Deleting a customer removes their orders (foreign key cascade).
    REQUIRE(customers.remove(cid).ok());
    CHECK(orders.count().value() == 0);
}
