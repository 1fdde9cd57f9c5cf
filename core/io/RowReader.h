#pragma once

#include "../domain/Error.h"

#include <QStringList>

#include <optional>

namespace clientele::core::io {

// One row of a file being imported, whatever the file is.
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // CSV: physical line (1-based) where the record starts; xlsx: the sheet's row number
};

// What the importers read rows from: a CSV file (CsvReader) or a worksheet (xlsx::SheetReader).
// next() fills `record` and returns true, or returns false at the end or on a structural error
// (error() is then set and the caller refuses the file). Progress is in the source's own bytes.
class RowReader
{
public:
    virtual ~RowReader() = default;
    virtual bool next(CsvRecord& record) = 0;
    // The header row: the first record, unless the source knows better (merged header cells).
    virtual bool readHeader(CsvRecord& record) { return next(record); }
    virtual const std::optional<Error>& error() const = 0;
    virtual qint64 bytesRead() const = 0;
};

} // namespace clientele::core::io
