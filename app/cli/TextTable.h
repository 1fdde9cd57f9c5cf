#pragma once

#include <QStringList>
#include <QTextStream>

namespace clientele::cli {

// Plain-text table for terminals, aligned by display width (CJK characters take two cells).
class TextTable
{
public:
    explicit TextTable(QStringList header) : m_rows{std::move(header)} {}
    void addRow(QStringList row) { m_rows.append(std::move(row)); }
    void print(QTextStream& out) const;
    static int displayWidth(const QString& text);

private:
    QList<QStringList> m_rows;
};

} // namespace clientele::cli
