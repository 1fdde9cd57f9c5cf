#include "ChangeCounter.h"

#include "Database.h"

namespace clientele::core::storage {

Result<qint64> externalChangeCounter(const Database& database)
{
    QSqlQuery query = database.prepare(QStringLiteral("PRAGMA data_version"));
    if (!query.exec() || !query.next())
        return sqlError(query, QStringLiteral("PRAGMA data_version"));
    const qint64 counter = query.value(0).toLongLong();
    query.finish(); // no statement left open: it would hold a read snapshot on the connection
    return counter;
}

} // namespace clientele::core::storage
