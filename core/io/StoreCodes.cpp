#include "StoreCodes.h"

#include "../storage/StoreRepository.h"
#include "TextNormalizer.h"

namespace clientele::core::io {

Result<StoreCodes> StoreCodes::load(const storage::Database& database, const QString& fileStore)
{
    auto stores = storage::StoreRepository(database).list();
    if (!stores)
        return stores.error();
    StoreCodes out;
    out.m_fileStore = fileStore;
    // Names first, codes over them: a code always means its own store.
    for (const auto& s : *stores)
        out.m_codes.insert(s.name.toCaseFolded(), s.code);
    for (const auto& s : *stores)
        out.m_codes.insert(s.code.toCaseFolded(), s.code);
    return out;
}

QString StoreCodes::codeFor(const QString& cell)
{
    const QString text = TextNormalizer::cleanName(cell);
    if (text.isEmpty())
        return m_fileStore;
    const QString key = text.toCaseFolded();
    auto it = m_codes.constFind(key);
    if (it == m_codes.cend())
        it = m_codes.insert(key, text);
    return *it;
}

} // namespace clientele::core::io
