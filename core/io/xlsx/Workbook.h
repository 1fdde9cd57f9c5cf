#pragma once

#include "../../domain/Result.h"
#include "CellFormat.h"

#include <QHash>
#include <QList>
#include <QStringList>

class QXmlStreamReader;

#include <memory>
#include <optional>

namespace clientele::core::io::xlsx {

class ZipArchive;

struct SheetInfo
{
    QString name;
    QString part; // path of the sheet's XML inside the zip
    bool hidden = false;
};

// A merged range, 1-based rows and 0-based columns, inclusive.
struct MergeRange
{
    qint64 firstRow = 0;
    qint64 lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;
};

// An opened .xlsx workbook: its worksheets in tab order, the date system, the shared strings
// (held in memory) and the number formats of the cell styles. Sheets themselves are streamed by
// SheetReader. Not thread-safe.
class Workbook
{
public:
    ~Workbook();
    // Errors name the file and say what is wrong (damaged, not a workbook, no sheets).
    static Result<std::unique_ptr<Workbook>> open(const QString& path);
    // "PK\3\4" at the start: a zip (an .xlsx whatever its name); an .xls (OLE) is told apart.
    static bool looksLikeZip(const QByteArray& head);
    static bool looksLikeOldExcel(const QByteArray& head);

    const QString& fileName() const { return m_fileName; }
    const QList<SheetInfo>& sheets() const { return m_sheets; }
    QStringList sheetNames() const;
    // The first visible sheet.
    int defaultSheet() const;
    // By exact name, then ignoring case and surrounding spaces.
    std::optional<int> findSheet(const QString& name) const;
    bool date1904() const { return m_date1904; }
    const QStringList& sharedStrings() const { return m_sharedStrings; }
    CellFormat format(int styleIndex) const { return m_styles.value(styleIndex); }
    const ZipArchive& archive() const { return *m_zip; }
    // Inflated size of a sheet's XML (progress is measured in it).
    qint64 sheetSize(int sheet) const;
    // The sheet's merged ranges (read once: they follow the cells, so the sheet is inflated once).
    Result<QList<MergeRange>> merges(int sheet) const;

private:
    Workbook() = default;
    Status readParts();

    QString m_fileName;
    std::unique_ptr<ZipArchive> m_zip;
    QList<SheetInfo> m_sheets;
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<CellFormat> m_styles;
    mutable QHash<int, QList<MergeRange>> m_merges;
};

// Text of the <si> or <is> element the reader is on: its <t>, or its runs' <t>, without the
// phonetic guides (<rPh>); escapes decoded. Leaves the reader on the element's end.
QString readStringItem(QXmlStreamReader& xml);
// "_x000D_" escapes of OOXML strings decoded.
QString decodeEscapes(const QString& text);
// "B12" → column 1, row 12; false when it is not a cell reference.
bool parseCellRef(QStringView ref, int* column, qint64* row);

} // namespace clientele::core::io::xlsx
