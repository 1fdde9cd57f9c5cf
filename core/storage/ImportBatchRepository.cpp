#include "ImportBatchRepository.h"
#include "StoreRepository.h"

#include "CustomFieldRepository.h"

#include "../segmentation/SegmentationSettings.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QCoreApplication>

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::ImportBatchRepository", text);
}

ImportBatch fromRow(const QSqlQuery& q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.kind = q.value(1).toString();
    b.fileName = q.value(2).toString();
    b.encoding = q.value(3).toString();
    b.delimiter = q.value(4).toString();
    b.startedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
    b.finishedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    b.rowsRead = q.value(7).toLongLong();
    b.inserted = q.value(8).toLongLong();
    b.updated = q.value(9).toLongLong();
    b.skipped = q.value(10).toLongLong();
    b.errors = q.value(11).toLongLong();
    b.undoneAt = q.value(12).isNull() ? QDateTime() : QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    return b;
}

const QString kSelect = QStringLiteral(
    "SELECT id, kind, file_name, encoding, delimiter, started_at, finished_at, rows_read, inserted, updated, "
    "skipped, errors, undone_at FROM import_batches");

Result<qint64> scalar(const Database& db, const QString& sql, qint64 batchId)
{
    QSqlQuery q = db.prepare(sql);
    if (sql.contains(u":batch"))
        q.bindValue(QStringLiteral(":batch"), batchId);
    else
        q.addBindValue(batchId);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Checking import %1").arg(batchId));
    return q.value(0).toLongLong();
}

Result<qint64> deleteRows(const Database& db, const QString& sql, qint64 batchId)
{
    QSqlQuery q = db.prepare(sql);
    q.addBindValue(batchId);
    if (!q.exec())
        return sqlError(q, tr("Undoing import %1").arg(batchId));
    return qint64(q.numRowsAffected());
}
} // namespace

ImportBatchRepository::ImportBatchRepository(const Database& database)
    : m_database(database),
      m_recordChange(database.prepare(QStringLiteral(
          "INSERT INTO import_changes (batch_id, customer_id, field, old_value) VALUES (?, ?, ?, ?)")))
{
}

Result<qint64> ImportBatchRepository::create(const ImportBatch& batch)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO import_batches (kind, file_name, encoding, delimiter, started_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(batch.kind);
    q.addBindValue(batch.fileName);
    q.addBindValue(batch.encoding);
    q.addBindValue(batch.delimiter);
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Recording the import"));
    return q.lastInsertId().toLongLong();
}

Status ImportBatchRepository::finish(const ImportBatch& batch)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "UPDATE import_batches SET finished_at = ?, rows_read = ?, inserted = ?, updated = ?, skipped = ?, "
        "errors = ? WHERE id = ?"));
    q.addBindValue(sqlvalue::now());
    q.addBindValue(batch.rowsRead);
    q.addBindValue(batch.inserted);
    q.addBindValue(batch.updated);
    q.addBindValue(batch.skipped);
    q.addBindValue(batch.errors);
    q.addBindValue(batch.id);
    return execQuery(q, tr("Recording the import"));
}

Status ImportBatchRepository::recordChange(qint64 batchId, qint64 customerId, const QString& column,
                                           const QVariant& oldValue)
{
    m_recordChange.bindValue(0, batchId);
    m_recordChange.bindValue(1, customerId);
    m_recordChange.bindValue(2, column);
    m_recordChange.bindValue(3, oldValue);
    return execQuery(m_recordChange, tr("Recording a change"));
}

Result<QList<ImportBatch>> ImportBatchRepository::list()
{
    QSqlQuery q = m_database.prepare(kSelect + QStringLiteral(" ORDER BY id DESC"));
    if (!q.exec())
        return sqlError(q, tr("Listing imports"));
    QList<ImportBatch> batches;
    while (q.next())
        batches.append(fromRow(q));
    return batches;
}

Result<std::optional<ImportBatch>> ImportBatchRepository::find(qint64 id)
{
    QSqlQuery q = m_database.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("Reading import %1").arg(id));
    if (!q.next())
        return std::optional<ImportBatch>();
    return std::optional<ImportBatch>(fromRow(q));
}

Result<ImportBatchRepository::UndoSummary> ImportBatchRepository::undo(qint64 batchId)
{
    Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();

    auto batch = find(batchId);
    if (!batch)
        return batch.error();
    if (!batch->has_value())
        return Error::make(Error::Code::NotFound, tr("There is no import #%1.").arg(batchId));
    if ((*batch)->undoneAt.isValid())
        return Error::make(Error::Code::Conflict, tr("Import #%1 was already undone.").arg(batchId));

    // Customers this import created must not carry anything added since, or undo would lose it.
    auto foreignOrders = scalar(m_database, QStringLiteral(
        "SELECT COUNT(*) FROM orders o JOIN customers c ON c.id = o.customer_id "
        "WHERE c.import_batch_id = :batch AND (o.import_batch_id IS NULL OR o.import_batch_id <> :batch)"), batchId);
    if (!foreignOrders)
        return foreignOrders.error();
    if (*foreignOrders > 0)
        return Error::make(Error::Code::Conflict,
                           tr("Import #%1 created customers who now have %2 orders from other imports or entered by "
                              "hand. Undo those imports first; nothing was changed.")
                               .arg(batchId)
                               .arg(*foreignOrders));
    auto interactions = scalar(m_database, QStringLiteral(
        "SELECT COUNT(*) FROM interactions i JOIN customers c ON c.id = i.customer_id WHERE c.import_batch_id = ?"),
        batchId);
    if (!interactions)
        return interactions.error();
    if (*interactions > 0)
        return Error::make(Error::Code::Conflict,
                           tr("Import #%1 created customers who now have %2 notes or interactions. Undoing it would "
                              "delete them; nothing was changed.")
                               .arg(batchId)
                               .arg(*interactions));

    UndoSummary summary;
    {
        QSqlQuery changes = m_database.prepare(QStringLiteral(
            "SELECT customer_id, field, old_value FROM import_changes WHERE batch_id = ? ORDER BY id DESC"));
        changes.addBindValue(batchId);
        if (!changes.exec())
            return sqlError(changes, tr("Reading the changes of import %1").arg(batchId));
        CustomerRepository customers(m_database);
        CustomFieldRepository fields(m_database);
        while (changes.next()) {
            // A shop field's value the import overwrote ("custom:<field id>").
            if (qint64 fieldId = 0; CustomFieldRepository::fromJournalColumn(changes.value(1).toString(), &fieldId)) {
                if (auto s = fields.restoreValue(changes.value(0).toLongLong(), fieldId, changes.value(2)); !s)
                    return s.error();
                ++summary.fieldsRestored;
                continue;
            }
            if (auto s = customers.restoreColumn(changes.value(0).toLongLong(), changes.value(1).toString(),
                                                 changes.value(2));
                !s)
                return s.error();
            ++summary.fieldsRestored;
        }
    }
    // Shop-field values the import wrote (after the overwritten ones got their old value back and
    // with it no batch); the fields themselves stay, even one this import made (--new-field).
    for (const auto* sql : {"DELETE FROM customer_field_values WHERE import_batch_id = ?",
                            "DELETE FROM customer_tags WHERE import_batch_id = ?",
                            "DELETE FROM import_changes WHERE batch_id = ?"})
        if (auto r = deleteRows(m_database, QString::fromLatin1(sql), batchId); !r)
            return r.error();
    {
        // Removing orders changes past months: the next segmentation run rebuilds from there.
        QSqlQuery earliest = m_database.prepare(QStringLiteral("SELECT MIN(order_date) FROM orders WHERE import_batch_id = ?"));
        earliest.addBindValue(batchId);
        if (!earliest.exec() || !earliest.next())
            return sqlError(earliest, tr("Undoing import %1").arg(batchId));
        if (!earliest.value(0).isNull())
            if (auto s = segmentation::SegmentationSettings::markHistoryDirty(m_database,
                                                                               earliest.value(0).toString().left(7));
                !s)
                return s.error();
    }
    {
        QSqlQuery affected = m_database.prepare(QStringLiteral(
            "SELECT DISTINCT o.customer_id FROM orders o JOIN customers c ON c.id = o.customer_id "
            "WHERE o.import_batch_id = :batch AND (c.import_batch_id IS NULL OR c.import_batch_id <> :batch)"));
        affected.bindValue(QStringLiteral(":batch"), batchId);
        if (!affected.exec())
            return sqlError(affected, tr("Undoing import %1").arg(batchId));
        while (affected.next())
            summary.customersWithOrdersRemoved.append(affected.value(0).toLongLong());
    }
    auto lines = scalar(m_database, QStringLiteral(
        "SELECT COUNT(*) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE o.import_batch_id = ?"), batchId);
    if (!lines)
        return lines.error();
    summary.linesRemoved = *lines;
    // Lines go with their orders (ON DELETE CASCADE).
    auto orders = deleteRows(m_database, QStringLiteral("DELETE FROM orders WHERE import_batch_id = ?"), batchId);
    if (!orders)
        return orders.error();
    summary.ordersRemoved = *orders;
    // Products this import introduced that no remaining line names.
    auto products = deleteRows(m_database, QStringLiteral(
        "DELETE FROM products WHERE import_batch_id = ? "
        "AND NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.product_id = products.id)"), batchId);
    if (!products)
        return products.error();
    summary.productsRemoved = *products;
    auto created = deleteRows(m_database, QStringLiteral("DELETE FROM customers WHERE import_batch_id = ?"), batchId);
    if (!created)
        return created.error();
    summary.customersRemoved = *created;
    // The customers who keep their accounts: their home store follows their first purchase left;
    // then the stores the import brought that nothing names any more go.
    if (auto s = StoreRepository(m_database).fillHomeStoresOf(summary.customersWithOrdersRemoved); !s)
        return s.error();
    if (auto s = StoreRepository(m_database).dropCodesOfBatch(batchId); !s)
        return s.error();

    QSqlQuery mark = m_database.prepare(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"));
    mark.addBindValue(sqlvalue::now());
    mark.addBindValue(batchId);
    if (auto s = execQuery(mark, tr("Undoing import %1").arg(batchId)); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return summary;
}

} // namespace clientele::core::storage
