#include "StoreService.h"

#include "../security/AuditLog.h"
#include "../security/Session.h"
#include "../security/UserDirectory.h"
#include "../storage/Database.h"
#include "../storage/Retry.h"
#include "../storage/Transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::stores {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::stores::StoreService", text);
}

// One user action: permission, one transaction with its audit entry, run again after losing to
// another till.
template <typename Work>
Status act(storage::Database& database, const QString& action, const QString& subject, const QString& detail, Work&& work)
{
    if (auto s = security::Session::require(security::Permission::ManageStores); !s)
        return s;
    return storage::Retry::run([&]() -> Status {
        storage::Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus();
        if (auto s = work(); !s)
            return s;
        if (auto s = security::AuditLog::record(database, action, subject, detail); !s)
            return s;
        return transaction.commit();
    });
}

Status checkName(const storage::Store& store)
{
    if (store.name.trimmed().isEmpty())
        return Error::make(Error::Code::Usage, tr("Store %1 needs a name.").arg(store.code));
    return {};
}
} // namespace

Status StoreService::checkCode(const QString& code)
{
    if (code.isEmpty())
        return Error::make(Error::Code::Usage, tr("A store needs a code (for example SH01)."));
    if (code.size() > kMaxCodeLength)
        return Error::make(Error::Code::Usage,
                           tr("The store code \"%1\" is longer than %2 characters.").arg(code).arg(kMaxCodeLength));
    for (const QChar c : code)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error::make(Error::Code::Usage,
                               tr("The store code \"%1\" has a space in it; use letters, digits, - or _.").arg(code));
    return {};
}

Status StoreService::add(storage::Database& database, const storage::Store& store)
{
    storage::Store s = store;
    s.code = s.code.trimmed();
    s.name = s.name.trimmed().isEmpty() ? s.code : s.name.trimmed();
    s.address = s.address.trimmed();
    if (auto ok = checkCode(s.code); !ok)
        return ok;
    return act(database, u"stores"_s, s.code, u"added: %1"_s.arg(s.name),
               [&] { return storage::StoreRepository(database).add(s); });
}

Status StoreService::update(storage::Database& database, const storage::Store& store)
{
    storage::Store s = store;
    s.name = s.name.trimmed();
    s.address = s.address.trimmed();
    if (auto ok = checkName(s); !ok)
        return ok;
    return act(database, u"stores"_s, s.code, u"changed: %1, %2"_s.arg(s.name, s.address),
               [&] { return storage::StoreRepository(database).update(s); });
}

Status StoreService::remove(storage::Database& database, const QString& code)
{
    return act(database, u"stores"_s, code, u"removed"_s, [&] { return storage::StoreRepository(database).remove(code); });
}

Result<storage::Store> StoreService::resolve(const storage::Database& database, const QString& text)
{
    storage::StoreRepository repo(database);
    auto found = repo.find(text);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    auto all = repo.list();
    if (!all)
        return all.error();
    QStringList codes;
    for (const auto& s : *all)
        codes.append(s.code);
    if (codes.isEmpty())
        return Error::make(Error::Code::NotFound,
                           tr("There is no store \"%1\": the store list is empty. Add the store first.").arg(text));
    return Error::make(Error::Code::NotFound,
                       tr("There is no store \"%1\". The stores are: %2.").arg(text, codes.join(tr(", "))));
}

Result<QString> StoreService::codeOf(const storage::Database& database, const QString& text)
{
    if (text.trimmed().isEmpty())
        return QString();
    auto store = resolve(database, text);
    if (!store)
        return store.error();
    return store->code;
}

Status StoreService::setHomeStore(storage::Database& database, qint64 customerId, const QString& code)
{
    auto found = codeOf(database, code);
    if (!found)
        return found.error();
    const QString storeCode = *found;
    return act(database, u"stores"_s, u"customer %1"_s.arg(customerId),
               storeCode.isEmpty() ? u"home store: first purchase"_s : u"home store: %1"_s.arg(storeCode),
               [&] { return storage::StoreRepository(database).setHomeStore(customerId, storeCode); });
}

Status StoreService::setStoreOfTill(storage::Database& database, const QString& till, const QString& code)
{
    auto found = codeOf(database, code);
    if (!found)
        return found.error();
    const QString storeCode = *found;
    return act(database, u"stores"_s, u"till %1"_s.arg(till), storeCode,
               [&] { return storage::StoreRepository(database).setStoreOfTill(till, storeCode); });
}

Status StoreService::setStoresOfUser(storage::Database& database, const QString& userName, const QStringList& codes)
{
    if (auto s = security::Session::require(security::Permission::ManageUsers); !s)
        return s;
    auto users = security::UserDirectory(database).list();
    if (!users)
        return users.error();
    qint64 userId = 0;
    for (const auto& u : *users)
        if (u.name.compare(userName, Qt::CaseInsensitive) == 0)
            userId = u.id;
    if (userId == 0)
        return Error::make(Error::Code::NotFound, tr("There is no user account \"%1\".").arg(userName));
    QStringList storeCodes;
    for (const QString& text : codes) {
        if (text.trimmed().isEmpty())
            continue;
        auto store = resolve(database, text);
        if (!store)
            return store.error();
        storeCodes.append(store->code);
    }
    return storage::Retry::run([&]() -> Status {
        storage::Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus();
        if (auto s = storage::StoreRepository(database).setStoresOfUser(userId, storeCodes); !s)
            return s;
        if (auto s = security::AuditLog::record(database, u"user-stores"_s, userName,
                                                storeCodes.isEmpty() ? u"whole chain"_s : storeCodes.join(u", "_s));
            !s)
            return s;
        return transaction.commit();
    });
}

} // namespace clientele::core::stores
