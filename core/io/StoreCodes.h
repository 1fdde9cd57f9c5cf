#pragma once

#include "../domain/Result.h"

#include <QHash>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::io {

// The store an order row belongs to, as the code its order will carry. The store column (门店,
// 店铺, store …) may hold a store's code or its name as on the store list (case ignored); a text the
// list does not know is a new store's code (Importer puts it on the list). An empty cell, or a
// file without the column, takes the whole file's store (ImportOptions::store, a code), if any.
class StoreCodes
{
public:
    static Result<StoreCodes> load(const storage::Database& database, const QString& fileStore);
    // A new text is remembered: "XH" then "xh" in one file are one new store, "XH".
    QString codeFor(const QString& cell);

private:
    QHash<QString, QString> m_codes; // folded code or name → code
    QString m_fileStore;
};

} // namespace clientele::core::io
