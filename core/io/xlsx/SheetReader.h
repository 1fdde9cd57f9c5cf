#pragma once

#include "../RowReader.h"
#include "Workbook.h"

#include <QXmlStreamReader>

#include <memory>

namespace clientele::core::io::xlsx {

// Streams one worksheet row by row: the sheet's XML is inflated and parsed as it is read, so
// memory stays flat however many rows it has (the workbook's shared strings are in memory).
// Records carry the sheet's row numbers; blank rows are skipped; cells show as the sheet shows
// them (CellFormat): text, numbers without exponents, dates as yyyy-MM-dd.
//
// readHeader() takes the first non-blank row as the header, with merged cells filled in: a title
// banner (one value merged across the columns, with the real header below) is passed over; a
// heading merged across columns over a row of sub-headings (会员信息 over 姓名 | 卡号) gives each
// column its sub-heading; a heading merged down over two rows stays its column's name.
// Structural problems (damaged XML or zip stream) end reading with an error naming the sheet
// and row. Not thread-safe; one reader per sheet pass.
class SheetReader : public RowReader
{
public:
    SheetReader(const Workbook& book, int sheet);
    ~SheetReader() override;

    bool readHeader(CsvRecord& record) override;
    bool next(CsvRecord& record) override;
    const std::optional<Error>& error() const override { return m_error; }
    qint64 bytesRead() const override;
    // Inflated size of the sheet's XML (the unit of bytesRead()).
    qint64 size() const;

private:
    bool readRow(CsvRecord& record);
    bool readCell(QStringList& fields, int* column, qint64 row);
    bool fail(const QString& why);

    const Workbook& m_book;
    int m_sheet;
    std::unique_ptr<QIODevice> m_device;
    QXmlStreamReader m_xml;
    std::optional<CsvRecord> m_pending;
    qint64 m_row = 0; // the row being read or last read
    bool m_done = false;
    std::optional<Error> m_error;
};

} // namespace clientele::core::io::xlsx
