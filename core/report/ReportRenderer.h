#pragma once

#include "MonthlyReport.h"

#include "../io/CsvWriter.h"

namespace clientele::core::report {

// The monthly report as text in the reader's language and locale (QLocale(): ¥12,345.00,
// 2026年10月). The HTML is the one rendering path: saved as a file, shown in the print preview
// and printed or written to PDF through QTextDocument (so its markup stays within what
// QTextDocument understands: tables, bgcolor, widths; the charts are bars made of table cells).
// A report of some stores names them in its title and says what a store's figures count; a report
// over 2+ stores has a column per store in its tier table (customers by home store).
class ReportRenderer
{
public:
    static QString html(const MonthlyReport& report);
    // One section per block (kpi, tier, migration, top, at_risk, follow_ups); plain numbers
    // (fen as decimal yuan, shares as percent) so a spreadsheet can compute with them.
    static Status writeCsv(const MonthlyReport& report, const QString& path,
                           io::CsvWriter::Encoding encoding = io::CsvWriter::Encoding::Utf8Bom);

    static QString title();
    // A store as the report names it: "静安店 (JA01)", its code alone when it has no other name,
    // "No home store" for code ''. Several: joined with commas.
    static QString storeName(const storage::Store& store);
    static QString storeNames(const QList<storage::Store>& stores);
    static QString monthLabel(const QString& month); // "October 2026", "2026年10月"
    static QString money(Fen fen);                   // "¥12,345.00"
    static QString percent(int permille);            // "12.3%"
};

} // namespace clientele::core::report
