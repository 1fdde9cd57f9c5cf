#include "UserDirectory.h"

#include "../storage/StoreRepository.h"

#include "../storage/Database.h"
#include "../storage/dialect/SqlDialect.h"
#include "../storage/SqlValues.h"
#include "../storage/Transaction.h"
#include "AuditLog.h"
#include "PasswordHash.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::core::security {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::security::UserDirectory", text);
}

// The columns every user query selects: id, name, role, failed_attempts, locked_until.
constexpr auto kUserColumns = "SELECT id, name, role, failed_attempts, locked_until FROM users ";

User readUser(const QSqlQuery& q)
{
    User u{q.value(0).toLongLong(), q.value(1).toString(), Role::Staff, q.value(3).toInt(),
           q.value(4).isNull() ? QDateTime() : QDateTime::fromString(q.value(4).toString(), Qt::ISODate)};
    roleFromKey(q.value(2).toString(), &u.role);
    return u;
}

Error wrongCredentials()
{
    return Error::make(Error::Code::Forbidden, tr("Wrong user name or password."));
}

// Runs `work` and the audit entry it writes in one transaction.
template <typename Work>
Status inTransaction(storage::Database& database, Work work)
{
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    if (auto s = work(); !s)
        return s;
    return transaction.commit();
}
} // namespace

Result<bool> UserDirectory::hasUsers() const
{
    QSqlQuery q = m_database.prepare(u"SELECT EXISTS (SELECT 1 FROM users)"_s);
    if (!q.exec() || !q.next())
        return storage::sqlError(q, tr("Reading user accounts"));
    return q.value(0).toBool();
}

Result<QList<User>> UserDirectory::list() const
{
    QSqlQuery q = m_database.prepare(QLatin1String(kUserColumns) + u"ORDER BY role, name"_s);
    if (!q.exec())
        return storage::sqlError(q, tr("Reading user accounts"));
    QList<User> users;
    while (q.next())
        users.append(readUser(q));
    return users;
}

Result<User> UserDirectory::find(const QString& name) const
{
    QSqlQuery q = m_database.prepare(QLatin1String(kUserColumns) + u"WHERE "_s +
                                     m_database.dialect().equalsIgnoringCase(u"name"_s, u"?"_s));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return storage::sqlError(q, tr("Reading user accounts"));
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("There is no user named “%1”.").arg(name.trimmed()));
    return readUser(q);
}

Result<qint64> UserDirectory::ownerCount() const
{
    QSqlQuery q = m_database.prepare(u"SELECT COUNT(*) FROM users WHERE role = 'owner'"_s);
    if (!q.exec() || !q.next())
        return storage::sqlError(q, tr("Reading user accounts"));
    return q.value(0).toLongLong();
}

Status UserDirectory::requireManager() const
{
    const auto any = hasUsers();
    if (!any)
        return any.error();
    if (!*any)
        return {}; // setting up the first account
    if (!Session::signedIn())
        return Error::make(Error::Code::Forbidden, tr("Sign in as an owner to manage user accounts."));
    return Session::require(Permission::ManageUsers);
}

Status UserDirectory::checkPassword(const QString& password) const
{
    if (password.size() < kMinPasswordLength)
        return Error::make(Error::Code::InvalidData,
                           tr("A password needs at least %1 characters.").arg(kMinPasswordLength));
    return {};
}

Result<qint64> UserDirectory::add(const QString& name, Role role, const QString& password)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error::make(Error::Code::InvalidData, tr("A user needs a name."));
    if (auto s = requireManager(); !s)
        return s.error();
    if (auto s = checkPassword(password); !s)
        return s.error();
    const auto any = hasUsers();
    if (!any)
        return any.error();
    if (!*any && role != Role::Owner)
        return Error::make(Error::Code::InvalidData, tr("The first account must be the owner's."));
    if (find(trimmed))
        return Error::make(Error::Code::Conflict, tr("There is already a user named “%1”.").arg(trimmed));
    const QByteArray hash = PasswordHash::hash(password);
    if (hash.isEmpty())
        return Error::make(Error::Code::Io, tr("The password could not be hashed (out of memory?)."));
    qint64 id = 0;
    const Status s = inTransaction(m_database, [&]() -> Status {
        QSqlQuery q = m_database.prepare(u"INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(trimmed);
        q.addBindValue(roleKey(role));
        q.addBindValue(QString::fromLatin1(hash));
        q.addBindValue(storage::sqlvalue::now());
        if (auto e = storage::execQuery(q, tr("Saving a user account")); !e)
            return e;
        id = q.lastInsertId().toLongLong();
        return AuditLog::record(m_database, u"user-add"_s, trimmed, roleKey(role));
    });
    if (!s)
        return s.error();
    return id;
}

Status UserDirectory::setPassword(const QString& name, const QString& password)
{
    const auto user = find(name);
    if (!user)
        return user.error();
    // Everyone may change their own password; owners may reset anyone's.
    if (!(Session::signedIn() && Session::actor() == user->name))
        if (auto s = requireManager(); !s)
            return s;
    if (auto s = checkPassword(password); !s)
        return s;
    const QByteArray hash = PasswordHash::hash(password);
    if (hash.isEmpty())
        return Error::make(Error::Code::Io, tr("The password could not be hashed (out of memory?)."));
    return inTransaction(m_database, [&]() -> Status {
        QSqlQuery q = m_database.prepare(
            u"UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?"_s);
        q.addBindValue(QString::fromLatin1(hash));
        q.addBindValue(user->id);
        if (auto e = storage::execQuery(q, tr("Saving a user account")); !e)
            return e;
        return AuditLog::record(m_database, u"user-password"_s, user->name);
    });
}

Status UserDirectory::setRole(const QString& name, Role role)
{
    if (auto s = requireManager(); !s)
        return s;
    const auto user = find(name);
    if (!user)
        return user.error();
    if (user->role == role)
        return {};
    const auto owners = ownerCount();
    if (!owners)
        return owners.error();
    if (user->role == Role::Owner && *owners <= 1)
        return Error::make(Error::Code::Conflict, tr("“%1” is the only owner; make someone else owner first.").arg(user->name));
    return inTransaction(m_database, [&]() -> Status {
        QSqlQuery q = m_database.prepare(u"UPDATE users SET role = ? WHERE id = ?"_s);
        q.addBindValue(roleKey(role));
        q.addBindValue(user->id);
        if (auto e = storage::execQuery(q, tr("Saving a user account")); !e)
            return e;
        return AuditLog::record(m_database, u"user-role"_s, user->name, roleKey(user->role) + u" → "_s + roleKey(role));
    });
}

Status UserDirectory::remove(const QString& name)
{
    if (auto s = requireManager(); !s)
        return s;
    const auto user = find(name);
    if (!user)
        return user.error();
    const auto owners = ownerCount();
    if (!owners)
        return owners.error();
    if (user->role == Role::Owner && *owners <= 1) {
        const auto all = list();
        if (all && all->size() > 1)
            return Error::make(Error::Code::Conflict,
                               tr("“%1” is the only owner; remove the staff accounts first or make another owner.")
                                   .arg(user->name));
    }
    return inTransaction(m_database, [&]() -> Status {
        QSqlQuery q = m_database.prepare(u"DELETE FROM users WHERE id = ?"_s);
        q.addBindValue(user->id);
        if (auto e = storage::execQuery(q, tr("Removing a user account")); !e)
            return e;
        return AuditLog::record(m_database, u"user-remove"_s, user->name);
    });
}

Result<User> UserDirectory::signIn(const QString& name, const QString& password, const QDateTime& now)
{
    auto user = find(name);
    if (!user) {
        if (user.error().code != Error::Code::NotFound)
            return user.error();
        PasswordHash::burn(password);
        // Recorded under the name tried; nobody is signed in yet.
        (void)AuditLog::record(m_database, u"sign-in-failed"_s, name.trimmed(), tr("unknown name"), name.trimmed());
        return wrongCredentials();
    }
    if (user->lockedUntil.isValid() && user->lockedUntil > now)
        return Error::make(Error::Code::Forbidden,
                           tr("Too many wrong passwords: “%1” is locked until %2.")
                               .arg(user->name, QLocale().toString(user->lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));
    QSqlQuery hashQuery = m_database.prepare(u"SELECT password_hash FROM users WHERE id = ?"_s);
    hashQuery.addBindValue(user->id);
    if (!hashQuery.exec() || !hashQuery.next())
        return storage::sqlError(hashQuery, tr("Reading user accounts"));
    const bool ok = PasswordHash::verify(hashQuery.value(0).toString().toLatin1(), password);

    const int failures = ok ? 0 : user->failedAttempts + 1;
    const bool lock = failures >= kMaxFailures;
    const Status saved = inTransaction(m_database, [&]() -> Status {
        QSqlQuery q = m_database.prepare(u"UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s);
        q.addBindValue(lock ? 0 : failures);
        q.addBindValue(lock ? QVariant(now.addSecs(kLockMinutes * 60).toString(Qt::ISODate))
                            : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(user->id);
        if (auto e = storage::execQuery(q, tr("Saving a user account")); !e)
            return e;
        if (ok)
            return AuditLog::record(m_database, u"sign-in"_s, user->name, {}, user->name);
        return AuditLog::record(m_database, lock ? u"locked-out"_s : u"sign-in-failed"_s, user->name,
                                QCoreApplication::translate("clientele::core::security::UserDirectory",
                                                            "%Ln wrong password(s) in a row", nullptr, failures),
                                user->name);
    });
    if (!saved)
        return saved.error();
    if (!ok)
        return lock ? Error::make(Error::Code::Forbidden,
                                  tr("Too many wrong passwords: “%1” is locked for %2 minutes.").arg(user->name).arg(kLockMinutes))
                    : wrongCredentials();
    auto stores = storage::StoreRepository(m_database).storesOfUser(user->id);
    if (!stores)
        return stores.error();
    Session::signIn(user->name, user->role, *stores); // only once the audit entry is committed
    user->failedAttempts = 0;
    user->lockedUntil = {};
    return user;
}

} // namespace clientele::core::security
