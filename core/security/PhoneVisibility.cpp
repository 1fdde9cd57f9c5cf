#include "PhoneVisibility.h"

#include "../io/PhoneNormalizer.h"
#include "AuditLog.h"
#include "Session.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele::core::security {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::security::PhoneVisibility", text);
}
} // namespace

bool PhoneVisibility::showsFull(bool fullRequested)
{
    return fullRequested && Session::can(Permission::RevealSensitive);
}

QString PhoneVisibility::shown(const QString& phone, bool fullRequested)
{
    if (showsFull(fullRequested))
        return phone;
    if (phone.size() < 7) // too short for the 138****5678 form: all but the last two digits hidden
        return QString(std::max<qsizetype>(phone.size() - 2, 0), u'*') + phone.right(std::min<qsizetype>(phone.size(), 2));
    return io::PhoneNormalizer::mask(phone);
}

Result<QString> PhoneVisibility::reveal(const storage::Database& database, qint64 customerId, const QString& phone,
                                        const QString& where)
{
    if (auto allowed = Session::require(Permission::RevealSensitive); !allowed)
        return allowed.error();
    if (phone.isEmpty())
        return phone;
    if (auto s = AuditLog::record(database, QStringLiteral("reveal"), tr("customer %1").arg(customerId),
                                  tr("phone number (%1)").arg(where));
        !s)
        return s.error();
    return phone;
}

} // namespace clientele::core::security
