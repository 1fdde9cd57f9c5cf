#include "SettingsRepository.h"

#include "Database.h"
#include "SqlValues.h"

namespace clientele::core::storage {

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, key);
    return q.next() ? q.value(0).toString() : fallback;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(sqlvalue::notNull(value));
    return execQuery(q, key);
}

} // namespace clientele::core::storage
