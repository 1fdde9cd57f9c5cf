#pragma once

#include "../domain/Result.h"
#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportOptions.h"

#include <QFile>

#include <memory>

namespace clientele::core::io::xlsx {
class Workbook;
}

namespace clientele::core::io {

// An opened CSV file with its encoding, delimiter, header and column mapping settled, or one sheet
// of an Excel workbook (.xlsx: options.sheet, else the first) with its header and mapping. Shared
// by `inspect`, the wizard's preview and both importers, which need not know which it is: records
// are read with next() (their line is the sheet's row number for a workbook); rewind() starts
// again after the header (for the importers' second pass).
class ImportSource
{
public:
    // Encoding and delimiter: the options' overrides, else detected. Mapping: options.mapping,
    // else detection with options.savedMapping applied.
    static Result<std::unique_ptr<ImportSource>> open(const QString& path, const ImportOptions& options);
    ~ImportSource();
    // The sheets of a workbook in tab order; an empty list for a text file.
    static Result<QStringList> sheetsOf(const QString& path);

    const QString& path() const { return m_path; }
    QString fileName() const;
    // Empty for a workbook.
    const QString& encoding() const { return m_encoding; }
    bool isWorkbook() const { return m_book != nullptr; }
    // A workbook in the 1904 date system (workbookPr date1904): its plain-number dates count from 1904.
    bool date1904() const;
    // The sheet read, and all the workbook's sheets (empty for a text file).
    const QString& sheet() const { return m_sheet; }
    QStringList sheets() const;
    bool hadBom() const { return m_bom; }
    QChar delimiter() const { return m_delimiter; }
    const QStringList& header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    const ColumnMapping& mapping() const { return m_mapping; }
    void setMapping(ColumnMapping mapping) { m_mapping = std::move(mapping); }
    // Progress: bytes of the file, or of the sheet's inflated XML for a workbook.
    qint64 size() const { return m_size; }
    qint64 bytesRead() const { return m_reader ? m_reader->bytesRead() : 0; }

    bool next(CsvRecord& record) { return m_reader->next(record); }
    // Set after next() returned false because the file is broken (refuse it whole).
    std::optional<Error> error() const;
    Status rewind();

    // Orders if the header names order fields (order number, amount, order date), else customers.
    static ImportKind guessKind(const QStringList& header);

private:
    ImportSource() = default;
    Status readHeader();
    Status openWorkbook(const ImportOptions& options);
    Status applyMapping(const ImportOptions& options);

    QString m_path;
    QFile m_file;
    QString m_encoding;
    bool m_bom = false;
    QChar m_delimiter;
    QStringList m_header;
    qint64 m_headerLine = 0;
    ColumnMapping m_mapping;
    QString m_sheet;
    int m_sheetIndex = -1;
    qint64 m_size = 0;
    std::unique_ptr<xlsx::Workbook> m_book;
    std::unique_ptr<RowReader> m_reader;
};

} // namespace clientele::core::io
