#pragma once

#include "../domain/Result.h"
#include "JsonRows.h"

#include <QJsonArray>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace clientele::core::storage {

class Database;

// New customers written to a PostgreSQL server many at a time (CustomerRepository::deferInserts):
// their ids are taken from the table's identity sequence ahead, so the caller has each id at once,
// and the rows with their tags go as one JSON value per statement when kRows are waiting or when
// flushed. Row by row a server costs a round trip per customer and two per tag (0.3 ms a customer:
// 27 s of a 100,000-customer first import). Same thread and transaction as the Database.
class CustomerInsertBatch
{
public:
    static constexpr qsizetype kRows = 2048;

    explicit CustomerInsertBatch(const Database& database);

    // Queues one customer: the values of `columns` (the same columns for every row; the id aside),
    // each sent as text or null; the tags as given (trimmed, empty ones skipped). Returns the id
    // the row will have.
    Result<qint64> add(const QStringList& columns, const QVariantList& values, const QStringList& tags,
                       qint64 importBatchId);
    // Writes what is waiting: the customers in the order added, then their tags.
    Status flush();

private:
    Status takeIds();

    const Database& m_database;
    QList<qint64> m_ids; // taken from the sequence, not used yet (ascending)
    qsizetype m_nextId = 0;
    QStringList m_columns;          // of the first row, then "id"; every row has the same
    std::optional<JsonRows> m_rows; // by column name, for jsonb_populate_recordset
    QJsonArray m_tags;              // [customer id, tag, import batch id or null]
    std::optional<QSqlQuery> m_takeIds;
    std::optional<QSqlQuery> m_insertRows;
    std::optional<QSqlQuery> m_insertTags;
    std::optional<QSqlQuery> m_linkTags;
};

} // namespace clientele::core::storage
