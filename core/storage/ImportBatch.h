#pragma once

#include <QDateTime>
#include <QString>

namespace clientele::core::storage {

// One import as recorded in import_batches.
struct ImportBatch
{
    qint64 id = 0;
    QString kind; // "customers" or "orders"
    QString fileName;
    QString encoding;
    QString delimiter;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    qint64 errors = 0;
    QDateTime undoneAt; // invalid while the import stands
};

} // namespace clientele::core::storage
