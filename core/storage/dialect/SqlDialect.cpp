#include "SqlDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

#include <algorithm>

namespace clientele::core::storage {

const SqlDialect& SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect& SqlDialect::postgres()
{
    static const PostgresDialect dialect;
    return dialect;
}

QString SqlDialect::upsert(const QString& table, const QStringList& columns, const QStringList& keys, int rows)
{
    QStringList placeholders;
    QStringList updates;
    for (const QString& column : columns) {
        placeholders.append(QStringLiteral("?"));
        if (!keys.contains(column))
            updates.append(column + QStringLiteral(" = excluded.") + column);
    }
    const QString row = QStringLiteral("(") + placeholders.join(QStringLiteral(", ")) + QStringLiteral(")");
    QStringList values;
    for (int r = 0; r < std::max(rows, 1); ++r)
        values.append(row);
    return QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + columns.join(QStringLiteral(", ")) +
           QStringLiteral(") VALUES ") + values.join(QStringLiteral(", ")) + QStringLiteral(" ON CONFLICT (") +
           keys.join(QStringLiteral(", ")) +
           (updates.isEmpty() ? QStringLiteral(") DO NOTHING")
                              : QStringLiteral(") DO UPDATE SET ") + updates.join(QStringLiteral(", ")));
}

} // namespace clientele::core::storage
