#include "MemberCodes.h"

#include "../storage/CustomerRepository.h"
#include "../storage/Database.h"
#include "../storage/MemberRepository.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::MemberCodes", text);
}
} // namespace

Result<QString> MemberCodes::next(const storage::Database& database)
{
    storage::SettingsRepository settings(database);
    auto prefix = settings.value(QLatin1String(kPrefixKey), u"M"_s);
    if (!prefix)
        return prefix.error();
    auto stored = settings.value(QLatin1String(kNextKey), u"1"_s);
    if (!stored)
        return stored.error();
    qint64 number = std::max<qint64>(1, stored->toLongLong());
    storage::MemberRepository members(database);
    for (;; ++number) {
        const QString code = *prefix + u"%1"_s.arg(number, 6, 10, QLatin1Char('0'));
        auto taken = members.memberCodeTaken(code);
        if (!taken)
            return taken.error();
        if (*taken)
            continue;
        if (auto s = storage::SettingsRepository(database).setValue(QLatin1String(kNextKey), QString::number(number + 1)); !s)
            return s.error();
        return code;
    }
}

Result<QString> MemberCodes::ensure(const storage::Database& database, qint64 customerId)
{
    auto customer = storage::CustomerRepository(database).findById(customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return Error::make(Error::Code::NotFound, tr("No customer with ID %1.").arg(customerId));
    if (!(*customer)->memberCode.isEmpty())
        return (*customer)->memberCode;
    auto code = next(database);
    if (!code)
        return code.error();
    if (auto s = storage::MemberRepository(database).setMemberCode(customerId, *code); !s)
        return s.error();
    return code;
}

Result<QString> MemberCodes::enroll(storage::Database& database, qint64 customerId)
{
    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto code = ensure(database, customerId);
    if (!code)
        return code;
    if (auto s = transaction.commit(); !s)
        return s.error();
    return code;
}

Status MemberCodes::setPrefix(storage::Database& database, const QString& prefix)
{
    const QString trimmed = prefix.trimmed();
    if (trimmed.size() > 8 || trimmed.contains(u' '))
        return Error::make(Error::Code::Usage, tr("A member code prefix is up to 8 characters without spaces, not \"%1\".")
                                                   .arg(prefix));
    return storage::SettingsRepository(database).setValue(QLatin1String(kPrefixKey), trimmed);
}

} // namespace clientele::core::member
