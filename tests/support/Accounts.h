#pragma once

// Shared by the core and UI security tests: a clean session around each test, and a shop with
// an owner ("boss", owner-password) and a staff member ("anna", staff-password).
#include "CatchCompat.h"

#include "security/Session.h"
#include "security/UserDirectory.h"

namespace clientele::test {

// The session is process-wide: each test starts and ends with nobody signed in.
struct SignedOut
{
    SignedOut() { core::security::Session::signOut(); }
    ~SignedOut() { core::security::Session::signOut(); }
};

// Adds the two accounts; nobody is signed in afterwards.
inline void addAccounts(core::storage::Database& db)
{
    using core::security::Role;
    core::security::UserDirectory users(db);
    REQUIRE(users.add(QStringLiteral("boss"), Role::Owner, QStringLiteral("owner-password")).ok());
    REQUIRE(users.signIn(QStringLiteral("boss"), QStringLiteral("owner-password")).ok());
    REQUIRE(users.add(QStringLiteral("anna"), Role::Staff, QStringLiteral("staff-password")).ok());
    core::security::Session::signOut();
}

} // namespace clientele::test
