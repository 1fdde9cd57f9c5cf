// Duplicate finder: conflicting birthdays, cities or genders flag a pair as probably two people,
// shop-wide pairs list those last. Phone visibility: one core rule for owners and staff.
#include "CatchCompat.h"

#include "Accounts.h"
#include "TestSupport.h"

#include "customers/CustomerMerger.h"
#include "customers/DuplicateFinder.h"
#include "security/AuditLog.h"
#include "security/PhoneVisibility.h"
#include "storage/CustomerRepository.h"

using namespace clientele::core;
using namespace Qt::StringLiterals;

namespace {
qint64 add(storage::Database& db, const QString& name, const QString& phone, const QDate& birthday, const QString& city)
{
    Customer c;
    c.name = name;
    c.phone = phone;
    c.birthday = birthday;
    c.city = city;
    const auto id = storage::CustomerRepository(db).insert(c);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("four people called 谢秀英 are flagged as different people, a real duplicate is not", "[duplicates]")
{
    auto db = clientele::test::memoryDatabase();
    const qint64 a = add(*db, u"谢秀英"_s, u"13800000001"_s, QDate(1965, 3, 2), u"上海"_s);
    const qint64 b = add(*db, u"谢秀英"_s, u"13800000002"_s, QDate(1992, 7, 11), u"广州"_s);
    const qint64 c = add(*db, u"谢秀英"_s, u"13800000003"_s, QDate(1965, 3, 2), u"广州"_s);
    const qint64 d = add(*db, u"谢秀英"_s, u"13800000004"_s, QDate(), QString()); // nothing to contradict
    const qint64 e = add(*db, u"谢秀英"_s, u"13800000001"_s, QDate(1965, 3, 2), u"上海"_s); // same person as a

    const auto candidates = customers::DuplicateFinder::candidatesFor(*db, a);
    REQUIRE(candidates.ok());
    REQUIRE(candidates->size() == 4);
    QHash<qint64, customers::DuplicateCandidate> byId;
    for (const auto& x : *candidates)
        byId.insert(x.customer.id, x);
    CHECK(byId[b].conflicting());
    CHECK(byId[b].conflicts == QStringList{u"born 1965-03-02 / 1992-07-11"_s, u"city 上海 / 广州"_s});
    CHECK(byId[c].conflicts == QStringList{u"city 上海 / 广州"_s});
    CHECK_FALSE(byId[d].conflicting());
    CHECK_FALSE(byId[e].conflicting());
    CHECK(byId[e].reasons == QStringList{u"same phone"_s, u"same name"_s});

    // Shop-wide: every pair once (5 records sharing a name: 10 pairs), the uncontradicted first.
    const auto pairs = customers::DuplicateFinder::allPairs(*db);
    REQUIRE(pairs.ok());
    REQUIRE(pairs->size() == 10);
    bool seenConflict = false;
    for (const auto& p : *pairs) {
        CHECK(p.first.id < p.second.customer.id);
        if (p.second.conflicting())
            seenConflict = true;
        else
            CHECK_FALSE(seenConflict);
    }
    CHECK(pairs->first().first.id == a);

    // A shop-wide pair of records without member codes merges and comes back (undo restores the
    // empty member code as NULL, not as a second '').
    clientele::test::SignedOut owner;
    const auto twins = std::find_if(pairs->cbegin(), pairs->cend(), [&](const customers::DuplicatePair& p) {
        return p.first.id == a && p.second.customer.id == e;
    });
    REQUIRE(twins != pairs->cend());
    const auto merged = customers::CustomerMerger::merge(
        *db, a, e, customers::CustomerMerger::defaultResult(twins->first, twins->second.customer));
    REQUIRE(merged.ok());
    CHECK_FALSE(storage::CustomerRepository(*db).findById(e).value().has_value());
    const auto undone = customers::CustomerMerger::undo(*db, *merged);
    REQUIRE(undone.ok());
    CHECK(storage::CustomerRepository(*db).findById(*undone).value().has_value());

    Customer her, him;
    her.gender = u"F"_s;
    him.gender = u"M"_s;
    CHECK(customers::DuplicateFinder::conflicts(her, him) == QStringList{u"different gender"_s});
}

TEST_CASE("phones: full for the owner who asks, masked for staff whatever they ask, reveal audited", "[security][phones]")
{
    clientele::test::SignedOut session;
    auto db = clientele::test::memoryDatabase();
    using security::PhoneVisibility;
    // No accounts: whoever runs Clientele is the owner.
    CHECK(PhoneVisibility::shown(u"13812345678"_s, true) == u"13812345678"_s);
    CHECK(PhoneVisibility::shown(u"13812345678"_s, false) == u"138****5678"_s);
    CHECK(PhoneVisibility::shown(u"12345"_s, false) == u"***45"_s);

    clientele::test::addAccounts(*db);
    security::Session::signIn(u"anna"_s, security::Role::Staff);
    CHECK_FALSE(PhoneVisibility::showsFull(true));
    CHECK(PhoneVisibility::shown(u"13812345678"_s, true) == u"138****5678"_s);
    const qint64 before = security::AuditLog::count(*db, u"reveal"_s).value();
    CHECK(PhoneVisibility::reveal(*db, 1, u"13812345678"_s, u"test"_s).error().code == Error::Code::Forbidden);
    CHECK(security::AuditLog::count(*db, u"reveal"_s).value() == before);

    security::Session::signIn(u"boss"_s, security::Role::Owner);
    CHECK(PhoneVisibility::reveal(*db, 1, u"13812345678"_s, u"test"_s).value() == u"13812345678"_s);
    CHECK(security::AuditLog::count(*db, u"reveal"_s).value() == before + 1);
}
