#pragma once

#include "ColumnMapping.h"
#include "CsvReader.h"
#include "DateParser.h"
#include "ImportReport.h"

#include <QHash>

namespace clientele::core::io {

// One data row seen through the column mapping.
class RowView
{
public:
    RowView(const ColumnMapping& mapping, const CsvRecord& record) : m_mapping(mapping), m_record(record) {}

    qint64 line() const { return m_record.line; }
    QString value(ImportField field) const
    {
        const int column = m_mapping.columnOf(field);
        return column >= 0 && column < m_record.fields.size() ? m_record.fields[column].trimmed() : QString();
    }
    QString header(ImportField field) const
    {
        const int column = m_mapping.columnOf(field);
        return column >= 0 ? m_mapping.header().value(column) : QString();
    }
    // A column by position (shop-defined fields are mapped by column, not by ImportField).
    QString cell(int column) const
    {
        return column >= 0 && column < m_record.fields.size() ? m_record.fields[column].trimmed() : QString();
    }
    QString headerAt(int column) const { return m_mapping.header().value(column); }
    ImportProblem problem(ImportField field, const QString& reason) const
    {
        return ImportProblem{line(), header(field), value(field), reason};
    }
    bool isBlank() const
    {
        for (const QString& f : m_record.fields)
            if (!f.trimmed().isEmpty())
                return false;
        return true;
    }
    // Non-empty cells beyond the header's width would be lost silently: the row is refused.
    int extraCells() const
    {
        int extra = 0;
        for (qsizetype i = m_mapping.header().size(); i < m_record.fields.size(); ++i)
            if (!m_record.fields[i].trimmed().isEmpty())
                ++extra;
        return extra;
    }

private:
    const ColumnMapping& m_mapping;
    const CsvRecord& m_record;
};

// Day/month order decided per date column before the rows are read.
using DateOrders = QHash<ImportField, DayMonthOrder>;

} // namespace clientele::core::io
