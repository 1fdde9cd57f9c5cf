// Who wrote a member-ledger row is stored language-neutral (the user name, or a key without
// accounts) and shown in the reader's language; rows written before keep showing as written.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "domain/Clock.h"
#include "member/SaleService.h"
#include "security/Session.h"
#include "storage/MemberRepository.h"

using namespace clientele::core;
using namespace Qt::StringLiterals;

TEST_CASE("ledger who: a neutral key stored, rendered when read; old rows as written", "[member][who]")
{
    Clock::Pinned day(QDate(2026, 12, 1));
    auto db = clientele::test::memoryDatabase();
    const qint64 id = clientele::test::addCustomer(*db, u"王芳"_s, u"13700137000"_s);
    qputenv("USER", "mei");
    security::Session::signOut(); // no accounts
    REQUIRE(member::SaleService::topUp(*db, id, 10000, u"cash"_s).ok());
    member::SaleRequest r;
    r.customerId = id;
    r.amount = 5000;
    REQUIRE(member::SaleService::sell(*db, r).ok());
    auto value = storage::MemberRepository(*db).storedValueOf(id);
    REQUIRE(value.ok());
    REQUIRE_FALSE(value->isEmpty());
    CHECK(value->front().actor == u"@local:mei"_s); // no "(no accounts)" in the writer's language
    auto points = storage::MemberRepository(*db).pointsOf(id);
    REQUIRE(points.ok());
    REQUIRE_FALSE(points->isEmpty());
    CHECK(points->front().actor == u"@local:mei"_s);
    CHECK(member::SaleService::whoText(points->front().actor) == u"mei (no accounts)"_s);
    CHECK(member::SaleService::whoText(u"@local"_s) == u"owner (no accounts)"_s);
    // a signed-in user is stored by name and shown so
    security::Session::signIn(u"anna"_s, security::Role::Owner);
    CHECK(member::SaleService::whoKey() == u"anna"_s);
    CHECK(member::SaleService::whoText(u"anna"_s) == u"anna"_s);
    security::Session::signOut();
    // rows from before the key keep showing as written, in their language
    CHECK(member::SaleService::whoText(u"mei (no accounts)"_s) == u"mei (no accounts)"_s);
    CHECK(member::SaleService::whoText(u"店主（无账户）"_s) == u"店主（无账户）"_s);
    // the program's own notes are keys too
    CHECK(member::SaleService::noteText(u"@imported-order"_s) == u"imported order"_s);
    CHECK(member::SaleService::noteText(u"S20261201-0001"_s) == u"S20261201-0001"_s);
}
