#include "SheetReader.h"

#include "ZipArchive.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele::core::io::xlsx {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::xlsx::SheetReader", text);
}

constexpr int kMaxColumns = 16384; // Excel's XFD

int nonEmptyCells(const CsvRecord& r)
{
    return int(std::count_if(r.fields.cbegin(), r.fields.cend(), [](const QString& f) { return !f.trimmed().isEmpty(); }));
}

bool hasValueIn(const CsvRecord& r, int first, int last)
{
    for (int c = first; c <= last && c < r.fields.size(); ++c)
        if (!r.fields[c].trimmed().isEmpty())
            return true;
    return false;
}
} // namespace

SheetReader::SheetReader(const Workbook& book, int sheet) : m_book(book), m_sheet(sheet)
{
    m_device = book.archive().openEntry(book.sheets()[sheet].part);
    if (!m_device)
        m_error = Error::make(Error::Code::NotCsv, tr("sheet \"%1\" cannot be opened; the file is damaged.")
                                                      .arg(book.sheets()[sheet].name));
    else
        m_xml.setDevice(m_device.get());
}

SheetReader::~SheetReader() = default;

qint64 SheetReader::bytesRead() const
{
    return m_device ? m_device->pos() : 0;
}

qint64 SheetReader::size() const
{
    return m_book.sheetSize(m_sheet);
}

bool SheetReader::fail(const QString& why)
{
    m_error = Error::make(Error::Code::NotCsv, tr("sheet \"%1\", row %2: the sheet cannot be read (%3); the file is "
                                                  "damaged or incomplete.")
                                                   .arg(m_book.sheets()[m_sheet].name)
                                                   .arg(m_row)
                                                   .arg(why));
    m_done = true;
    return false;
}

bool SheetReader::readCell(QStringList& fields, int* column, qint64 row)
{
    const auto a = m_xml.attributes();
    int col = *column + 1;
    qint64 refRow = row;
    if (const auto ref = a.value(QLatin1String("r")); !ref.isEmpty() && !parseCellRef(ref, &col, &refRow))
        return fail(tr("a cell reference \"%1\" is not valid").arg(ref.toString()));
    if (col >= kMaxColumns)
        return fail(tr("more than %1 columns").arg(kMaxColumns));
    *column = col;
    const QString type = a.value(QLatin1String("t")).toString();
    const int style = a.value(QLatin1String("s")).toInt();
    QString raw;
    bool inlineText = false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isStartElement()) {
            if (m_xml.name() == u"v") {
                raw = m_xml.readElementText();
            } else if (m_xml.name() == u"is") {
                raw = readStringItem(m_xml);
                inlineText = true;
            } else {
                m_xml.skipCurrentElement(); // <f>: the formula; its result is in <v>
            }
        } else if (m_xml.isEndElement() && m_xml.name() == u"c") {
            break;
        }
    }
    if (m_xml.hasError())
        return fail(m_xml.errorString());

    QString value;
    if (inlineText) {
        value = raw;
    } else if (type == u"s") {
        bool ok = false;
        const qsizetype index = raw.toLongLong(&ok);
        if (!ok || index < 0 || index >= m_book.sharedStrings().size())
            return fail(tr("a shared string %1 that the workbook does not have").arg(raw));
        value = m_book.sharedStrings()[index];
    } else if (type == u"str" || type == u"e") {
        value = decodeEscapes(raw);
    } else if (type == u"b") {
        value = raw == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == u"d") { // ISO 8601 written by some tools
        value = raw.endsWith(u"T00:00:00") ? raw.left(10) : QString(raw).replace(u'T', u' ');
    } else if (!raw.isEmpty()) {
        value = formatNumber(raw, m_book.format(style), m_book.date1904());
    }
    if (col >= fields.size()) {
        if (value.isEmpty())
            return true; // trailing empty cells are not kept
        fields.resize(col + 1);
    }
    fields[col] = value;
    return true;
}

bool SheetReader::readRow(CsvRecord& record)
{
    if (m_done || m_error)
        return false;
    QStringList fields;
    bool inRow = false;
    int column = -1;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isStartElement()) {
            if (m_xml.name() == u"row") {
                bool ok = false;
                const qint64 r = m_xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
                m_row = ok && r > 0 ? r : m_row + 1;
                fields.clear();
                column = -1;
                inRow = true;
            } else if (inRow && m_xml.name() == u"c") {
                if (!readCell(fields, &column, m_row))
                    return false;
            }
        } else if (m_xml.isEndElement()) {
            if (m_xml.name() == u"row") {
                inRow = false;
                for (const QString& f : std::as_const(fields))
                    if (!f.trimmed().isEmpty()) {
                        record.fields = std::move(fields);
                        record.line = m_row;
                        return true;
                    }
            } else if (m_xml.name() == u"sheetData") {
                m_done = true;
                return false;
            }
        }
    }
    if (m_xml.hasError())
        return fail(m_xml.errorString());
    m_done = true;
    return false;
}

bool SheetReader::next(CsvRecord& record)
{
    if (m_pending) {
        record = std::move(*m_pending);
        m_pending.reset();
        return true;
    }
    return readRow(record);
}

bool SheetReader::readHeader(CsvRecord& record)
{
    auto merges = m_book.merges(m_sheet);
    if (!merges) {
        m_error = merges.error();
        return false;
    }
    CsvRecord first;
    if (!readRow(first))
        return false;

    // A title banner: one value merged across columns, above a row with more values.
    const auto titleMerge = [&](const CsvRecord& row) {
        if (nonEmptyCells(row) != 1)
            return false;
        for (const MergeRange& m : std::as_const(*merges))
            if (m.firstRow == row.line && m.lastColumn > m.firstColumn && hasValueIn(row, m.firstColumn, m.firstColumn))
                return true;
        return false;
    };
    for (int titles = 0; titles < 5 && titleMerge(first); ++titles) {
        CsvRecord below;
        if (!readRow(below)) {
            if (m_error)
                return false;
            break;
        }
        if (nonEmptyCells(below) <= 1) {
            m_pending = std::move(below);
            break;
        }
        first = std::move(below);
    }

    // The header block: the first row and the rows its merged headings reach down over, plus the
    // row of sub-headings under a heading merged across columns.
    qint64 last = first.line;
    qint64 subHeadings = 0;
    QList<MergeRange> across;
    for (const MergeRange& m : std::as_const(*merges)) {
        if (m.firstRow != first.line)
            continue;
        last = std::max(last, m.lastRow);
        if (m.lastColumn > m.firstColumn) {
            subHeadings = std::max(subHeadings, m.lastRow + 1);
            across.append(m);
        }
    }
    QList<CsvRecord> block{first};
    while (!m_pending && block.last().line < std::max(last, subHeadings)) {
        CsvRecord row;
        if (!readRow(row)) {
            if (m_error)
                return false;
            break;
        }
        bool take = row.line <= last;
        if (!take && row.line == subHeadings) {
            // Sub-headings sit only under the merged headings; a data row fills other columns too.
            bool under = false;
            bool outside = false;
            for (int c = 0; c < row.fields.size(); ++c) {
                if (row.fields[c].trimmed().isEmpty())
                    continue;
                const bool covered = std::any_of(across.cbegin(), across.cend(), [c](const MergeRange& m) {
                    return c >= m.firstColumn && c <= m.lastColumn;
                });
                (covered ? under : outside) = true;
            }
            take = under && !outside;
        }
        if (!take) {
            m_pending = std::move(row);
            break;
        }
        block.append(std::move(row));
    }

    // Fill each merged range of the block with its top-left value, then name each column by the
    // lowest heading in it.
    int width = 0;
    for (const CsvRecord& r : std::as_const(block))
        width = std::max(width, int(r.fields.size()));
    const qint64 top = block.first().line;
    const qint64 bottom = block.last().line;
    for (const MergeRange& m : std::as_const(*merges))
        if (m.firstRow >= top && m.firstRow <= bottom)
            width = std::max(width, std::min(m.lastColumn + 1, kMaxColumns));
    QList<QStringList> grid;
    for (const CsvRecord& r : std::as_const(block)) {
        QStringList cells = r.fields;
        cells.resize(width);
        grid.append(cells);
    }
    for (const MergeRange& m : std::as_const(*merges)) {
        if (m.firstRow < top || m.firstRow > bottom)
            continue;
        qsizetype origin = -1;
        for (qsizetype i = 0; i < block.size(); ++i)
            if (block[i].line == m.firstRow)
                origin = i;
        if (origin < 0 || m.firstColumn >= width)
            continue;
        const QString value = grid[origin][m.firstColumn];
        for (qsizetype i = origin; i < block.size() && block[i].line <= m.lastRow; ++i)
            for (int c = m.firstColumn; c <= m.lastColumn && c < width; ++c)
                if (grid[i][c].trimmed().isEmpty())
                    grid[i][c] = value;
    }
    record.fields.clear();
    for (int c = 0; c < width; ++c) {
        QString name;
        for (qsizetype i = grid.size() - 1; i >= 0 && name.trimmed().isEmpty(); --i)
            name = grid[i][c];
        record.fields.append(name);
    }
    while (!record.fields.isEmpty() && record.fields.last().trimmed().isEmpty())
        record.fields.removeLast();
    record.line = bottom;
    return true;
}

} // namespace clientele::core::io::xlsx
