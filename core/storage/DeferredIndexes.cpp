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
    for (const QString& create : std::as_const(m_indexes))
        if (auto s = m_database->exec(create); !s)
            return s;
    m_indexes.clear();
    return {};
}

} // namespace clientele::core::storage
