#include "DeferredIndexes.h"

#include "Database.h"
#include "dialect/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::DeferredIndexes", text);
}
} // namespace

Result<DeferredIndexes> DeferredIndexes::dropIfEmpty(const Database& database, const QString& table)
{
    if (database.dialect().deferrableIndexes().isEmpty() || table.isEmpty())
        return DeferredIndexes(&database);
    QSqlQuery any = database.prepare(u"SELECT 1 FROM "_s + table + u" LIMIT 1"_s);
    if (!any.exec())
        return sqlError(any, tr("Reading %1").arg(table));
    if (any.next())
        return DeferredIndexes(&database);
    return drop(database, table);
}

Result<DeferredIndexes> DeferredIndexes::drop(const Database& database, const QString& table)
{
    DeferredIndexes deferred(&database);
    const QString list = database.dialect().deferrableIndexes();
    if (list.isEmpty() || table.isEmpty())
        return deferred;
    QSqlQuery indexes = database.prepare(list);
    indexes.addBindValue(table);
    if (!indexes.exec())
        return sqlError(indexes, tr("Reading the indexes of %1").arg(table));
    QStringList names;
    while (indexes.next()) {
        names.append(indexes.value(0).toString());
        deferred.m_indexes.append(indexes.value(1).toString());
    }
    for (const QString& name : std::as_const(names))
        if (auto s = database.exec(u"DROP INDEX "_s + name); !s)
            return s.error();
    return deferred;
}

Status DeferredIndexes::restore()
{
    if (m_indexes.isEmpty())
        return {};
    // Only SQLite defers indexes. It sorts an index's keys in runs as large as the page cache:
    // 2 MB runs sort within the processor's cache and merge on the worker threads, where one 32 MB
    // run took twice as long (three indexes over 1,000,000 orders: 3.0 s, now 1.6 s).
    QSqlQuery cacheSize = m_database->prepare(u"PRAGMA cache_size"_s);
    if (!cacheSize.exec() || !cacheSize.next())
        return sqlError(cacheSize, tr("Reading the cache size"));
    const qint64 previous = cacheSize.value(0).toLongLong();
    cacheSize.finish();
    if (auto s = m_database->exec(u"PRAGMA cache_size = -2000"_s); !s)
        return s;
    Status built;
    for (const QString& create : std::as_const(m_indexes))
        if (built = m_database->exec(create); !built)
            break;
    const Status reset = m_database->exec(u"PRAGMA cache_size = "_s + QString::number(previous));
    if (!built)
        return built;
    m_indexes.clear();
    return reset;
}

} // namespace clientele::core::storage
