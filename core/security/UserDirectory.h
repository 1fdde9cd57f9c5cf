#pragma once

#include "domain/Clock.h"
#include "../domain/Result.h"
#include "Session.h"

#include <QDateTime>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::security {

struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Staff;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; null when not locked
};

// The shop's user accounts. None at first: Clientele opens without signing in. The first account
// must be an owner; there is always at least one owner once accounts exist. Passwords are stored
// as Argon2id hashes only. Every change is written to the audit log in the same transaction.
class UserDirectory
{
public:
    static constexpr int kMaxFailures = 5;   // wrong passwords in a row before the account locks
    static constexpr int kLockMinutes = 15;
    static constexpr int kMinPasswordLength = 8;

    explicit UserDirectory(storage::Database& database) : m_database(database) {}

    Result<bool> hasUsers() const;
    Result<QList<User>> list() const;
    Result<qint64> add(const QString& name, Role role, const QString& password);
    Status setPassword(const QString& name, const QString& password);
    Status setRole(const QString& name, Role role);
    Status remove(const QString& name);

    // Checks the password; on success signs the process in (Session) and resets the failure count.
    // After kMaxFailures wrong passwords the account is locked for kLockMinutes, even for the
    // right password. Unknown names and wrong passwords get the same message.
    Result<User> signIn(const QString& name, const QString& password,
                        const QDateTime& now = core::Clock::nowUtc());

private:
    Result<User> find(const QString& name) const;
    Status requireManager() const; // owners manage accounts; anyone may create the first one
    Status checkPassword(const QString& password) const;
    Result<qint64> ownerCount() const;

    storage::Database& m_database;
};

} // namespace clientele::core::security
