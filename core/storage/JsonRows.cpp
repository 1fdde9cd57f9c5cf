#include "JsonRows.h"

#include <QLocale>

namespace clientele::core::storage {

JsonRows::JsonRows(QStringList names) : m_names(std::move(names)) {}

void JsonRows::beginCell()
{
    if (m_cell == 0)
        m_text.append(m_rows == 0 ? u'[' : u',').append(m_names.isEmpty() ? u'[' : u'{');
    else
        m_text.append(u',');
    if (!m_names.isEmpty()) {
        appendString(m_names.at(m_cell));
        m_text.append(u':');
    }
    ++m_cell;
}

void JsonRows::appendString(QStringView text)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    m_text.append(u'"');
    qsizetype plain = 0; // start of the run of characters that need no escape
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        m_text.append(text.mid(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case u'"':
            m_text.append(u"\\\"");
            break;
        case u'\\':
            m_text.append(u"\\\\");
            break;
        case u'\n':
            m_text.append(u"\\n");
            break;
        case u'\r':
            m_text.append(u"\\r");
            break;
        case u'\t':
            m_text.append(u"\\t");
            break;
        default: {
            const char16_t escape[] = {u'\\', u'u', u'0', u'0', kHex[c >> 4], kHex[c & 0xf]};
            m_text.append(QStringView(escape, 6));
        }
        }
    }
    m_text.append(text.mid(plain)).append(u'"');
}

void JsonRows::add(const QString& text)
{
    if (text.isNull())
        return addNull();
    beginCell();
    appendString(text);
}

void JsonRows::add(qint64 value)
{
    beginCell();
    m_text.append(u'"').append(QString::number(value)).append(u'"');
}

void JsonRows::add(double value)
{
    beginCell(); // the shortest text that reads back as the same double
    m_text.append(u'"').append(QString::number(value, 'g', QLocale::FloatingPointShortest)).append(u'"');
}

void JsonRows::addNull()
{
    beginCell();
    m_text.append(u"null");
}

void JsonRows::endRow()
{
    if (m_cell == 0) // a row without cells still counts
        m_text.append(m_rows == 0 ? u'[' : u',').append(m_names.isEmpty() ? u'[' : u'{');
    m_text.append(m_names.isEmpty() ? u']' : u'}');
    m_cell = 0;
    ++m_rows;
}

QString JsonRows::take()
{
    if (m_rows == 0)
        m_text = QStringLiteral("[");
    m_text.append(u']');
    QString text = std::move(m_text); // the batch's text moves out, it is not copied
    m_text = QString();
    m_text.reserve(text.size()); // the next batch is about as long
    m_rows = 0;
    m_cell = 0;
    return text;
}

} // namespace clientele::core::storage
