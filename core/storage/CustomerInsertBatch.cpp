#include "CustomerInsertBatch.h"

#include "Database.h"
#include "SqlValues.h"
#include "dialect/PostgresDialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::CustomerRepository", text);
}
} // namespace

CustomerInsertBatch::CustomerInsertBatch(const Database& database) : m_database(database) {}

Status CustomerInsertBatch::takeIds()
{
    if (!m_takeIds)
        m_takeIds = m_database.prepare(
            u"SELECT nextval(pg_get_serial_sequence('customers', 'id')) FROM generate_series(1, ?) ORDER BY 1"_s);
    m_takeIds->bindValue(0, kRows);
    if (!m_takeIds->exec())
        return sqlError(*m_takeIds, tr("Saving customers"));
    m_ids.clear();
    m_nextId = 0;
    while (m_takeIds->next())
        m_ids.append(m_takeIds->value(0).toLongLong());
    m_takeIds->finish();
    return {};
}

Result<qint64> CustomerInsertBatch::add(const QStringList& columns, const QVariantList& values, const QStringList& tags,
                                        qint64 importBatchId)
{
    if (m_nextId >= m_ids.size())
        if (auto s = takeIds(); !s)
            return s.error();
    const qint64 id = m_ids.at(m_nextId++);
    if (!m_rows) {
        m_columns = columns;
        m_columns.append(u"id"_s);
        m_rows.emplace(m_columns);
    }
    for (const QVariant& value : values)
        if (value.isNull())
            m_rows->addNull();
        else
            m_rows->add(value.toString());
    m_rows->add(id);
    m_rows->endRow();
    for (const QString& raw : tags)
        if (const QString tag = raw.trimmed(); !tag.isEmpty())
            m_tags.append(QJsonArray{QString::number(id), tag,
                                     importBatchId > 0 ? QJsonValue(QString::number(importBatchId)) : QJsonValue()});
    if (m_rows->rows() >= kRows)
        if (auto s = flush(); !s)
            return s.error();
    return id;
}

Status CustomerInsertBatch::flush()
{
    if (!m_rows || m_rows->rows() == 0)
        return {};
    if (!m_insertRows) {
        m_insertRows = m_database.prepare(PostgresDialect::insertJsonRows(u"customers"_s, m_columns));
        // New tags in the order the rows name them (their ids as row-by-row inserts give them).
        m_insertTags = m_database.prepare(
            u"INSERT INTO tags (name) SELECT name FROM (SELECT r->>1 AS name, MIN(n) AS first "
            "FROM jsonb_array_elements(CAST(? AS jsonb)) WITH ORDINALITY AS e(r, n) GROUP BY r->>1) AS named "
            "ORDER BY first ON CONFLICT (name) DO NOTHING"_s);
        m_linkTags = m_database.prepare(
            u"INSERT INTO customer_tags (customer_id, tag_id, import_batch_id) "
            "SELECT CAST(r->>0 AS BIGINT), t.id, CAST(r->>2 AS BIGINT) "
            "FROM jsonb_array_elements(CAST(? AS jsonb)) WITH ORDINALITY AS e(r, n) JOIN tags t ON t.name = r->>1 "
            "ORDER BY n ON CONFLICT (customer_id, tag_id) DO NOTHING"_s);
    }
    m_insertRows->bindValue(0, m_rows->take());
    if (!m_insertRows->exec())
        return sqlError(*m_insertRows, tr("Saving customers"));
    if (m_tags.isEmpty())
        return {};
    const QString tags = sqlvalue::json(m_tags);
    m_tags = QJsonArray();
    m_insertTags->bindValue(0, tags);
    if (!m_insertTags->exec())
        return sqlError(*m_insertTags, tr("Saving tags"));
    m_linkTags->bindValue(0, tags);
    if (!m_linkTags->exec())
        return sqlError(*m_linkTags, tr("Saving tags"));
    return {};
}

} // namespace clientele::core::storage
