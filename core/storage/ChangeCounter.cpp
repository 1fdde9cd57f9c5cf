#include "ChangeCounter.h"

#include "Database.h"
#include "dialect/SqlDialect.h"

namespace clientele::core::storage {

Result<qint64> externalChangeCounter(const Database& database)
{
    const QString sql = database.dialect().changeCounter();
    QSqlQuery query = database.prepare(sql);
    if (!query.exec() || !query.next())
        return sqlError(query, sql);
    const qint64 counter = query.value(0).toLongLong();
    query.finish(); // no statement left open: it would hold a read snapshot on the connection
    return counter;
}

} // namespace clientele::core::storage
