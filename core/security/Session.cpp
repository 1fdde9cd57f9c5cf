#include "Session.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

namespace clientele::core::security {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::security::Session", text);
}

struct State
{
    QMutex mutex;
    QString user;
    Role role = Role::Owner;
    bool signedIn = false;
    QStringList stores;
};

State& state()
{
    static State s;
    return s;
}

QString permissionLabel(Permission p)
{
    switch (p) {
    case Permission::Export: return tr("export customer data");
    case Permission::Delete: return tr("erase customers");
    case Permission::Merge: return tr("merge customers or undo merges");
    case Permission::UndoImport: return tr("undo imports");
    case Permission::ChangeRules: return tr("change tier or care rules");
    case Permission::RevealSensitive: return tr("see full phone numbers");
    case Permission::ManageUsers: return tr("manage user accounts");
    case Permission::ViewAudit: return tr("read the audit log");
    case Permission::RestoreBackup: return tr("restore backups");
    case Permission::AdjustMemberAccounts: return tr("adjust points or refund a sale after its day");
    case Permission::ManageStores: return tr("change the store list or a customer's home store");
    }
    return {};
}
} // namespace

QString roleKey(Role role)
{
    return role == Role::Owner ? QStringLiteral("owner") : QStringLiteral("staff");
}

bool roleFromKey(const QString& key, Role* role)
{
    if (key == u"owner")
        *role = Role::Owner;
    else if (key == u"staff")
        *role = Role::Staff;
    else
        return false;
    return true;
}

QString roleLabel(Role role)
{
    return role == Role::Owner ? tr("Owner") : tr("Staff");
}

void Session::signIn(const QString& userName, Role role, const QStringList& stores)
{
    QMutexLocker lock(&state().mutex);
    state().user = userName;
    state().role = role;
    state().signedIn = true;
    state().stores = stores;
}

QStringList Session::stores()
{
    QMutexLocker lock(&state().mutex);
    return state().stores;
}

void Session::signOut()
{
    QMutexLocker lock(&state().mutex);
    state().user.clear();
    state().role = Role::Owner;
    state().signedIn = false;
    state().stores.clear();
}

QString Session::actor()
{
    QMutexLocker lock(&state().mutex);
    if (state().signedIn)
        return state().user;
    QString os = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return os.isEmpty() ? tr("owner (no accounts)") : tr("%1 (no accounts)").arg(os);
}

Role Session::role()
{
    QMutexLocker lock(&state().mutex);
    return state().role;
}

bool Session::signedIn()
{
    QMutexLocker lock(&state().mutex);
    return state().signedIn;
}

bool Session::can(Permission)
{
    return role() == Role::Owner; // staff: none of the listed permissions
}

Status Session::require(Permission permission)
{
    if (can(permission))
        return {};
    return Error::make(Error::Code::Forbidden,
                       tr("Staff accounts may not %1. Ask the owner to sign in.").arg(permissionLabel(permission)));
}

} // namespace clientele::core::security
