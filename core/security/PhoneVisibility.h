#pragma once

#include "../domain/Result.h"

#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::security {

// The one rule for every phone number Clientele shows (customer list, profile, merge and duplicate
// dialogs, agenda, follow-up dialogs, CLI): the full number only when the signed-in role may see
// sensitive data (Permission::RevealSensitive: owners, or whoever runs Clientele without accounts)
// AND full numbers were asked for (the app's View ▸ Show Full Phone Numbers; the CLI asks for them
// unless --mask-phones). Otherwise "138****5678". Staff never get a full number from any path.
class PhoneVisibility
{
public:
    static bool showsFull(bool fullRequested);
    static QString shown(const QString& phone, bool fullRequested);
    // One number shown in full on request (click to reveal): refused for staff, recorded in the
    // audit log as a reveal (`where`: "profile", "agenda" ...; the subject names the customer by id).
    static Result<QString> reveal(const storage::Database& database, qint64 customerId, const QString& phone,
                                  const QString& where);
};

} // namespace clientele::core::security
