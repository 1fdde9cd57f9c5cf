#pragma once

#include "../domain/Result.h"

#include <QString>
#include <QStringList>

namespace clientele::core::security {

enum class Role { Owner, Staff };

// What staff may not do. Owners may do everything; with no user accounts set up, whoever runs
// Clientele is the owner (the app opens as it always did).
enum class Permission {
    Export,          // customer CSV, privacy export, calendar file
    Delete,          // erase a customer
    Merge,           // merge duplicates and undo merges
    UndoImport,
    ChangeRules,     // tier rules, tier scheme, care rules
    RevealSensitive, // full phone numbers
    ManageUsers,
    ViewAudit,
    RestoreBackup,
    AdjustMemberAccounts, // adjust points, refund a counter sale after its day
    ManageStores,         // the store list, home stores set by hand, tills' stores
};

QString roleKey(Role role); // "owner", "staff"
bool roleFromKey(const QString& key, Role* role);
QString roleLabel(Role role); // translated

// Who is signed in to this process. One per process: the desktop app and the CLI each sign in once,
// before any worker thread starts, so readers on other threads see a settled value.
class Session
{
public:
    // `stores`: the store codes the account is limited to (none: the whole chain).
    static void signIn(const QString& userName, Role role, const QStringList& stores = {});
    static void signOut(); // back to "no accounts": the local owner
    static QString actor(); // for the audit log: the user name, or the OS account without accounts
    static Role role();
    static bool signedIn();
    // The stores whose figures the user sees by default (dashboard, report, at-risk lists); empty:
    // the whole chain. They still see and serve every member.
    static QStringList stores();
    static bool can(Permission permission);
    // Forbidden error naming what the role may not do, or ok.
    static Status require(Permission permission);
};

} // namespace clientele::core::security
