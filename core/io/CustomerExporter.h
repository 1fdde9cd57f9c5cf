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
// Needs the Export permission and is written to the audit log.
class CustomerExporter
{
public:
    // Records: every customer asked for. Marketing: a campaign list, without those who opted out.
    enum class Purpose { Records, Marketing };
    static Result<qint64> exportCsv(const storage::Database& database, const QString& path,
                                    CsvWriter::Encoding encoding, const QList<qint64>& ids = {},
                                    Purpose purpose = Purpose::Records);
    // The same columns as an Excel workbook (one sheet): phones, member codes and all other text
    // as text cells (never formulas), birthday and joined as Excel dates (a birthday without its
    // year as the text --MM-DD, which Excel leaves alone and the import reads back).
    static Result<qint64> exportXlsx(const storage::Database& database, const QString& path,
                                     const QList<qint64>& ids = {}, Purpose purpose = Purpose::Records);
    static bool isXlsxPath(const QString& path);
};

// Writes an import report's skipped rows and warnings as CSV in file order: file, line, column,
// value, reason, outcome (a workbook's: file, sheet, row, column, ...) ("skipped", "skipped (conflict)" or "imported").
class ProblemExporter
{
public:
    static Status exportCsv(const ImportReport& report, const QString& path,
                            CsvWriter::Encoding encoding = CsvWriter::Encoding::Utf8Bom);
};

} // namespace clientele::core::io
