#include "StoreScope.h"

#include "StoreService.h"

#include "../security/Session.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::stores {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::stores::StoreScope", text);
}
} // namespace

StoreScope::StoreScope(const QStringList& codes)
{
    for (const QString& code : codes)
        if (!code.trimmed().isEmpty())
            m_codes.append(code.trimmed());
    std::sort(m_codes.begin(), m_codes.end());
    m_codes.erase(std::unique(m_codes.begin(), m_codes.end()), m_codes.end());
}

StoreScope StoreScope::ofSession()
{
    return StoreScope(security::Session::stores());
}

Result<StoreScope> StoreScope::parse(const storage::Database& database, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"all"_s, Qt::CaseInsensitive) == 0)
        return chain();
    QStringList codes;
    // Commas of either width: a Chinese keyboard types ，.
    for (const QString& part : trimmed.split(QRegularExpression(u"[,，]"_s), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        auto store = StoreService::resolve(database, part.trimmed());
        if (!store)
            return store.error();
        codes.append(store->code);
    }
    return StoreScope(codes);
}

Status StoreScope::checkAllowed() const
{
    const QStringList mine = security::Session::stores();
    if (mine.isEmpty())
        return {};
    const bool within = !isChain() && std::all_of(m_codes.cbegin(), m_codes.cend(),
                                                  [&](const QString& code) { return mine.contains(code); });
    if (within)
        return {};
    return Error::make(Error::Code::Forbidden, tr("The account %1 sees the figures of its stores only: %2.")
                                                   .arg(security::Session::actor(), mine.join(tr(", "))));
}

Result<QList<storage::Store>> StoreScope::stores(const storage::Database& database) const
{
    if (isChain())
        return QList<storage::Store>();
    auto all = storage::StoreRepository(database).list();
    if (!all)
        return all.error();
    QList<storage::Store> out;
    for (const QString& code : m_codes) {
        const auto it =
            std::find_if(all->cbegin(), all->cend(), [&](const storage::Store& s) { return s.code == code; });
        // A code no longer on the list still names its customers: shown as its code.
        out.append(it != all->cend() ? *it : storage::Store{0, code, code, QString()});
    }
    return out;
}

} // namespace clientele::core::stores
