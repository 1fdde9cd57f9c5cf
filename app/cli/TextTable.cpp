#include "TextTable.h"

namespace clientele::cli {

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

void TextTable::print(QTextStream& out) const
{
    QList<int> widths;
    for (const auto& row : m_rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths[i], displayWidth(row[i]));
        }
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        QString line;
        for (qsizetype i = 0; i < m_rows[r].size(); ++i) {
            const QString& cell = m_rows[r][i];
            line += cell;
            if (i + 1 < m_rows[r].size())
                line += QString(widths[i] - displayWidth(cell) + 2, u' ');
        }
        out << line << '\n';
        if (r == 0) {
            int total = 0;
            for (const int w : widths)
                total += w + 2;
            out << QString(qMax(0, total - 2), u'-') << '\n';
        }
    }
    out.flush();
}

} // namespace clientele::cli
