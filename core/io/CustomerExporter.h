#pragma once

#include "../domain/Result.h"
#include "CsvWriter.h"
#include "ImportReport.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::io {

// Exports customers (all, or `ids`) with Chinese-and-English-recognizable headers that the
// importer maps back, so an export can be re-imported unchanged.
class CustomerExporter
{
public:
    static Result<qint64> exportCsv(const storage::Database& database, const QString& path,
                                    CsvWriter::Encoding encoding, const QList<qint64>& ids = {});
};

// Writes an import report's errors and conflicts as CSV: file, line, column, value, reason.
class ProblemExporter
{
public:
    static Status exportCsv(const ImportReport& report, const QString& path,
                            CsvWriter::Encoding encoding = CsvWriter::Encoding::Utf8Bom);
};

} // namespace clientele::core::io
