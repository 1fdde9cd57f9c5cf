#include "AddedCustomerKeys.h"

namespace clientele::core::io {

namespace {
constexpr AddedCustomerKeys::Key kKeys[] = {AddedCustomerKeys::Key::MemberCode, AddedCustomerKeys::Key::Phone,
                                            AddedCustomerKeys::Key::Email, AddedCustomerKeys::Key::Wechat};
}

Status AddedCustomerKeys::startIfShopEmpty()
{
    auto count = m_customers.count();
    if (!count)
        return count.error();
    m_on = *count == 0;
    return {};
}

QString AddedCustomerKeys::valueOf(Key key, const Customer& customer)
{
    switch (key) {
    case Key::MemberCode:
        return customer.memberCode;
    case Key::Phone:
        return customer.phone;
    case Key::Email:
        return customer.email;
    case Key::Wechat:
        return customer.wechatId;
    }
    return {};
}

qint64 AddedCustomerKeys::find(Key key, const QString& value) const
{
    return m_ids[int(key)].value(value, 0);
}

void AddedCustomerKeys::added(qint64 id, const Customer& customer)
{
    if (!m_on)
        return;
    for (const Key key : kKeys)
        if (const QString value = valueOf(key, customer); !value.isEmpty())
            m_ids[int(key)].insert(value, qMin(id, m_ids[int(key)].value(value, id)));
}

Status AddedCustomerKeys::changed(qint64 id, const Customer& before, const Customer& after)
{
    if (!m_on)
        return {};
    for (const Key key : kKeys) {
        const QString old = valueOf(key, before);
        const QString now = valueOf(key, after);
        if (old == now)
            continue;
        QHash<QString, qint64>& ids = m_ids[int(key)];
        if (!now.isEmpty())
            ids.insert(now, qMin(id, ids.value(now, id)));
        if (!old.isEmpty() && ids.value(old) == id) {
            // Another customer of this file may hold it too: ask the database, which has them all.
            auto holder = m_customers.idBy(key, old);
            if (!holder)
                return holder.error();
            if (*holder > 0)
                ids.insert(old, *holder);
            else
                ids.remove(old);
        }
    }
    return {};
}

} // namespace clientele::core::io
