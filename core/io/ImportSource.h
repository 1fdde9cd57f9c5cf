#pragma once

#include "../domain/Result.h"
#include "ColumnMapping.h"
#include "CsvReader.h"
#include "ImportOptions.h"

#include <QFile>

#include <memory>

namespace clientele::core::io {

// An opened CSV file with its encoding, delimiter, header and column mapping settled. Shared by
// `inspect`, the wizard's preview and both importers. Records are read with next(); rewind()
// starts again after the header (for the importers' second pass).
class ImportSource
{
public:
    // Encoding and delimiter: the options' overrides, else detected. Mapping: options.mapping,
    // else detection with options.savedMapping applied.
    static Result<std::unique_ptr<ImportSource>> open(const QString& path, const ImportOptions& options);

    const QString& path() const { return m_path; }
    QString fileName() const;
    const QString& encoding() const { return m_encoding; }
    bool hadBom() const { return m_bom; }
    QChar delimiter() const { return m_delimiter; }
    const QStringList& header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }
    const ColumnMapping& mapping() const { return m_mapping; }
    void setMapping(ColumnMapping mapping) { m_mapping = std::move(mapping); }
    qint64 size() const { return m_file.size(); }
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

    QString m_path;
    QFile m_file;
    QString m_encoding;
    bool m_bom = false;
    QChar m_delimiter;
    QStringList m_header;
    qint64 m_headerLine = 0;
    ColumnMapping m_mapping;
    std::unique_ptr<CsvReader> m_reader;
};

} // namespace clientele::core::io
