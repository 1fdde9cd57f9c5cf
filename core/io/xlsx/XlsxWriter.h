#pragma once

#include "../../domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace clientele::core::io::xlsx {

// Writes an .xlsx workbook with libxlsxwriter, atomically: the file appears at `path` only when
// commit() succeeds (it is written beside it first). Rows are written in order, sheet by sheet;
// memory stays flat (libxlsxwriter's constant-memory mode, which stores text as inline strings;
// `sharedStrings` writes a shared-strings table instead, as Excel does).
//
// Cells: text() is always a text cell, never a formula (libxlsxwriter writes formulas only when
// asked), and in the text number format "@", so a value starting with = + - @ stays text even
// when someone edits the cell in Excel: the CSV export's formula guard without the apostrophe.
// Dates are real Excel dates (yyyy-mm-dd); money() writes fen as yuan with two decimals.
class XlsxWriter
{
public:
    explicit XlsxWriter(QString path, bool sharedStrings = false);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    Status open();
    // Starts a sheet (names are cut to Excel's 31 characters). Rows then start at 0.
    Status addSheet(const QString& name);
    void setColumnWidth(int column, double width);
    void header(const QStringList& names); // a bold row at the current row
    void text(int column, const QString& value);
    void number(int column, double value);
    void integer(int column, qint64 value);
    void money(int column, qint64 fen);
    void date(int column, const QDate& value);      // an invalid date leaves the cell empty
    void dateTime(int column, const QDateTime& value);
    void endRow() { ++m_row; }
    int row() const { return int(m_row); }
    Status commit();

private:
    void note(int status);

    QString m_path;
    QString m_partPath;
    bool m_sharedStrings;
    lxw_workbook* m_book = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_bold = nullptr;
    lxw_format* m_text = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_dateTime = nullptr;
    lxw_format* m_money = nullptr;
    quint32 m_row = 0;
    int m_firstError = 0;
};

} // namespace clientele::core::io::xlsx
