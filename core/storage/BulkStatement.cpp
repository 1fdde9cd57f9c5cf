#include "BulkStatement.h"

#include "Database.h"

namespace clientele::core::storage {

BulkStatement::BulkStatement(const Database& database, const QString& sql)
{
    if (sqlite3* handle = SqliteStatement::handleOf(database))
        m_direct = std::make_unique<SqliteStatement>(handle, sql);
    if (!m_direct || !m_direct->isPrepared()) {
        m_direct.reset(); // QtSql reports a bad statement in its own words at exec()
        m_query.emplace(database.prepare(sql));
    }
}

BulkStatement::~BulkStatement() = default;

void BulkStatement::bind(int index, const QVariant& value)
{
    if (m_direct)
        m_direct->bind(index, value);
    else
        m_query->bindValue(index - 1, value);
}

void BulkStatement::bind(const QString& name, const QVariant& value)
{
    if (m_direct)
        m_direct->bind(m_direct->parameterIndex(name), value);
    else
        m_query->bindValue(name, value);
}

bool BulkStatement::run()
{
    if (!m_direct)
        return m_query->exec();
    m_rowWaiting = m_direct->next();
    return !m_direct->failed();
}

Error BulkStatement::failure(const QString& context) const
{
    return m_direct ? m_direct->error(context) : sqlError(*m_query, context);
}

void BulkStatement::finish()
{
    m_rowWaiting = false;
    if (m_direct)
        m_direct->reset();
    else
        m_query->finish();
}

bool BulkStatement::next()
{
    if (!m_direct)
        return m_query->next();
    if (m_rowWaiting) {
        m_rowWaiting = false;
        return true;
    }
    return m_direct->next();
}

Status BulkStatement::finished(const QString& context) const
{
    if (m_direct && m_direct->failed())
        return m_direct->error(context);
    return {};
}

bool BulkStatement::isNull(int column) const
{
    return m_direct ? m_direct->isNull(column) : m_query->isNull(column);
}

qint64 BulkStatement::int64(int column) const
{
    return m_direct ? m_direct->int64(column) : m_query->value(column).toLongLong();
}

QString BulkStatement::text(int column) const
{
    return m_direct ? m_direct->text(column) : m_query->value(column).toString();
}

QVariant BulkStatement::value(int column) const
{
    return m_direct ? m_direct->value(column) : m_query->value(column);
}

qint64 BulkStatement::rowsAffected() const
{
    return m_direct ? m_direct->changes() : m_query->numRowsAffected();
}

qint64 BulkStatement::lastInsertId() const
{
    return m_direct ? m_direct->lastInsertId() : m_query->lastInsertId().toLongLong();
}

} // namespace clientele::core::storage
