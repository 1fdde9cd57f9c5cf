#include "MappingRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::MappingRepository", text);
}
} // namespace

Status MappingRepository::save(const QString& name, const QString& kind, const QJsonObject& mapping)
{
    if (name.trimmed().isEmpty())
        return Error::make(Error::Code::Usage, tr("A saved mapping needs a name."));
    QSqlQuery q = m_database.prepare(u"INSERT INTO column_mappings (name, kind, mapping_json, updated_at) "
                                     u"VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, "
                                     u"mapping_json = excluded.mapping_json, updated_at = excluded.updated_at"_s);
    q.addBindValue(name.trimmed());
    q.addBindValue(kind);
    q.addBindValue(sqlvalue::json(mapping));
    q.addBindValue(sqlvalue::now());
    return execQuery(q, tr("Saving the column mapping %1").arg(name));
}

Result<std::optional<QJsonObject>> MappingRepository::load(const QString& name) const
{
    QSqlQuery q = m_database.prepare(u"SELECT mapping_json FROM column_mappings WHERE name = ?"_s);
    q.addBindValue(name);
    if (!q.exec())
        return sqlError(q, tr("Reading the column mapping %1").arg(name));
    if (!q.next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

Result<QStringList> MappingRepository::names(const QString& kind) const
{
    QSqlQuery q = m_database.prepare(u"SELECT name FROM column_mappings WHERE kind = ? ORDER BY updated_at DESC, name"_s);
    q.addBindValue(kind);
    if (!q.exec())
        return sqlError(q, tr("Listing saved column mappings"));
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace clientele::core::storage
