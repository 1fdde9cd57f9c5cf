#include "RowWriter.h"

#include "Database.h"
#include "SqlValues.h"
#include "dialect/PostgresDialect.h"
#include "dialect/SqlDialect.h"

#include <QJsonDocument>

#include <utility>

namespace clientele::core::storage {

namespace {
constexpr qsizetype kJsonRows = 4096; // rows per statement on a server (a few hundred kB of JSON)
}

RowWriter::RowWriter(const Database& database, const QString& table, const QStringList& columns,
                     const QStringList& keys, QString context)
    : m_database(database), m_table(table), m_columns(columns), m_keys(keys), m_context(std::move(context))
{
    if (database.dialect().kind() == SqlDialect::Kind::Postgres)
        m_json.emplace(columns);
    if (sqlite3* handle = SqliteStatement::handleOf(database)) {
        m_direct = std::make_unique<SqliteStatement>(handle, SqlDialect::upsert(table, columns, keys));
        if (!m_direct->isPrepared())
            m_direct.reset(); // QtSql reports the same SQL's problem in its own words below
    }
}

RowWriter::~RowWriter() = default;

void RowWriter::add(qint64 value)
{
    if (m_direct)
        m_direct->bind(m_next++, value);
    else if (m_json)
        m_json->add(value);
    else
        m_pending.append(value);
}

void RowWriter::add(double value)
{
    if (m_direct)
        m_direct->bind(m_next++, value);
    else if (m_json)
        m_json->add(value);
    else
        m_pending.append(value);
}

void RowWriter::add(const QString& value)
{
    if (m_direct)
        m_direct->bind(m_next++, value);
    else if (m_json)
        m_json->add(value);
    else
        m_pending.append(value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value));
}

void RowWriter::addNull()
{
    if (m_direct)
        m_direct->bindNull(m_next++);
    else if (m_json)
        m_json->addNull();
    else
        m_pending.append(QVariant(QMetaType::fromType<QString>()));
}

Status RowWriter::endRow()
{
    if (m_direct) {
        m_next = 1;
        return m_direct->run(m_context);
    }
    ++m_rowsPending;
    if (m_json) {
        m_json->endRow();
        return m_rowsPending == kJsonRows ? flush() : Status();
    }
    return m_rowsPending == 999 / m_columns.size() ? flush() : Status();
}

Status RowWriter::finish()
{
    return m_direct ? Status() : flush();
}

Status RowWriter::flush()
{
    if (m_rowsPending == 0)
        return {};
    if (m_json) {
        if (!m_jsonUpsert)
            m_jsonUpsert = m_database.prepare(PostgresDialect::upsertJsonRows(m_table, m_columns, m_keys));
        m_jsonUpsert->bindValue(0, m_json->take());
        m_rowsPending = 0;
        const Status written = execQuery(*m_jsonUpsert, m_context);
        m_jsonUpsert->finish();
        return written;
    }
    const qsizetype fullRows = 999 / m_columns.size();
    std::optional<QSqlQuery> partial;
    if (m_rowsPending == fullRows && !m_full)
        m_full = m_database.prepare(SqlDialect::upsert(m_table, m_columns, m_keys, int(fullRows)));
    QSqlQuery& q = m_rowsPending == fullRows
                       ? *m_full
                       : partial.emplace(m_database.prepare(SqlDialect::upsert(m_table, m_columns, m_keys,
                                                                              int(m_rowsPending))));
    for (const QVariant& value : std::as_const(m_pending))
        q.addBindValue(value);
    m_pending.clear();
    m_rowsPending = 0;
    return execQuery(q, m_context);
}

} // namespace clientele::core::storage
