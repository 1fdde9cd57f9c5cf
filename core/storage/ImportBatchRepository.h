#pragma once

#include "../domain/Result.h"
#include "ImportBatch.h"

#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace clientele::core::storage {

class Database;

// Import batches and their undo journal. undo() runs in its own transaction and either removes
// everything the batch did or changes nothing.
class ImportBatchRepository
{
public:
    explicit ImportBatchRepository(const Database& database);

    Result<qint64> create(const ImportBatch& batch);
    Status finish(const ImportBatch& batch);
    Status recordChange(qint64 batchId, qint64 customerId, const QString& column, const QVariant& oldValue);
    Result<QList<ImportBatch>> list();
    Result<std::optional<ImportBatch>> find(qint64 id);

    struct UndoSummary
    {
        qint64 customersRemoved = 0;
        qint64 ordersRemoved = 0;
        qint64 linesRemoved = 0;    // order lines, removed with their orders
        qint64 productsRemoved = 0; // products this import introduced and nothing else names
        qint64 fieldsRestored = 0;
        QList<qint64> customersWithOrdersRemoved; // still there, to re-segment
    };
    Result<UndoSummary> undo(qint64 batchId);

private:
    const Database& m_database;
    QSqlQuery m_recordChange;
};

} // namespace clientele::core::storage
