#include "CsvWriter.h"

#include "TextDecoding.h"

#include <QCoreApplication>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::CsvWriter", text);
}
} // namespace

bool CsvWriter::parseEncoding(const QString& text, Encoding* out)
{
    const QString t = text.trimmed().toLower();
    if (t == u"utf-8" || t == u"utf8")
        *out = Encoding::Utf8;
    else if (t == u"utf-8-bom" || t == u"utf8bom" || t == u"utf-8bom")
        *out = Encoding::Utf8Bom;
    else if (t == u"gb18030" || t == u"gbk")
        *out = Encoding::Gb18030;
    else
        return false;
    return true;
}

CsvWriter::CsvWriter(const QString& path, Encoding encoding, bool guardFormulas)
    : m_file(path),
      m_encoder(TextDecoding::encoder(encoding == Encoding::Gb18030 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8"),
                                      encoding == Encoding::Utf8Bom)),
      m_guardFormulas(guardFormulas)
{
}

Status CsvWriter::open()
{
    if (!m_encoder.isValid())
        return Error::make(Error::Code::Encoding, tr("The export encoding is not available on this system."));
    if (!m_file.open(QIODevice::WriteOnly))
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

QString CsvWriter::neutralize(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + cell;
    return cell;
}

QString CsvWriter::escape(const QString& cell, bool guardFormulas)
{
    const QString value = guardFormulas ? neutralize(cell) : cell;
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r') ||
        value.contains(u';') || value.contains(u'\t'))
        return u'"' + QString(value).replace(u'"', QStringLiteral("\"\"")) + u'"';
    return value;
}

void CsvWriter::writeRow(const QStringList& cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        line += escape(cells[i], m_guardFormulas);
    }
    line += QStringLiteral("\r\n");
    m_file.write(m_encoder.encode(line));
}

Status CsvWriter::commit()
{
    if (!m_file.commit())
        return Error::make(Error::Code::Io, tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

} // namespace clientele::core::io
