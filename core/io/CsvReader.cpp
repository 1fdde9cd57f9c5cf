#include "CsvReader.h"

#include "TextDecoding.h"

#include <QCoreApplication>

namespace clientele::core::io {

namespace {
constexpr qint64 kChunkBytes = 256 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::CsvReader", text);
}
} // namespace

CsvReader::CsvReader(QIODevice* device, const QString& encodingName, QChar delimiter, qsizetype maxFieldChars)
    : m_device(device), m_decoder(TextDecoding::decoder(encodingName)), m_encodingName(encodingName),
      m_delimiter(delimiter), m_maxFieldChars(maxFieldChars)
{
    if (!m_decoder.isValid())
        m_error = Error::make(Error::Code::Encoding, tr("The encoding %1 is not available.").arg(encodingName));
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Keep only the unread tail; the parser never looks back.
    m_text.remove(0, m_pos);
    if (m_decodeErrorAt >= 0)
        m_decodeErrorAt -= m_pos;
    m_pos = 0;
    const QByteArray bytes = m_device->read(kChunkBytes);
    m_bytesRead += bytes.size();
    const bool hadError = m_decoder.hasError();
    const qsizetype before = m_text.size();
    if (bytes.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_text += m_decoder.decode(bytes);
    if (!hadError && m_decoder.hasError() && m_decodeErrorAt < 0) {
        const qsizetype at = m_text.indexOf(QChar::ReplacementCharacter, before);
        m_decodeErrorAt = at >= 0 ? at : before;
    }
    return true;
}

bool CsvReader::fail(const QString& message)
{
    m_error = Error::make(Error::Code::NotCsv, message);
    return false;
}

bool CsvReader::next(CsvRecord& record)
{
    if (m_error)
        return false;
    record.fields.clear();
    QString field;
    bool quoted = false;      // inside a quoted section
    bool fieldStarted = false; // something (even "") was read for this field
    qint64 quoteLine = 0;
    bool anyContent = false;
    record.line = m_line;

    for (;;) {
        if (m_pos >= m_text.size() && !fill()) {
            if (m_error)
                return false;
            // End of input.
            if (quoted)
                return fail(tr("Line %1: a quoted field opened here is never closed (unterminated quote).")
                                .arg(quoteLine));
            if (!anyContent && record.fields.isEmpty())
                return false;
            record.fields.append(field);
            return true;
        }
        if (m_pos == m_decodeErrorAt)
            return fail(tr("Line %1: bytes that are not valid %2 text. Choose the file's encoding by hand "
                           "(for example GB18030 for files saved by Chinese Excel).")
                            .arg(m_line)
                            .arg(m_encodingName));
        // Fast path: copy a run of ordinary characters in one go.
        {
            const qsizetype start = m_pos;
            const qsizetype end = m_decodeErrorAt >= m_pos ? m_decodeErrorAt : m_text.size();
            const char16_t delimiter = m_delimiter.unicode();
            const bool atFieldStart = !fieldStarted && field.isEmpty();
            const QChar* data = m_text.constData();
            while (m_pos < end) {
                const char16_t u = data[m_pos].unicode();
                if (u == u'\n' || u == u'\r' || u == 0 || (u == u'"' && (quoted || (atFieldStart && m_pos == start))) ||
                    (!quoted && u == delimiter))
                    break;
                ++m_pos;
            }
            if (m_pos > start) {
                field.append(QStringView(m_text).mid(start, m_pos - start));
                if (!quoted) {
                    fieldStarted = true;
                    anyContent = true;
                }
                if (field.size() > m_maxFieldChars)
                    return fail(tr("Line %1: a field is longer than %2 characters; this does not look like a CSV "
                                   "file (perhaps a quote is missing).")
                                    .arg(quoted ? quoteLine : m_line)
                                    .arg(m_maxFieldChars));
                continue;
            }
        }
        const QChar c = m_text.at(m_pos++);

        if (quoted) {
            if (c == u'"') {
                if (m_pos >= m_text.size())
                    fill();
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'"') {
                    field.append(u'"');
                    ++m_pos;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (c == u'\r') { // line breaks inside quotes are kept exactly (CRLF, CR or LF) and count as lines
                if (m_pos >= m_text.size())
                    fill();
                field.append(u'\r');
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n') {
                    field.append(u'\n');
                    ++m_pos;
                }
                ++m_line;
            } else {
                if (c == u'\n')
                    ++m_line;
                else if (c.unicode() == 0)
                    return fail(tr("Line %1: the file contains a NUL byte; it is not a text file.").arg(m_line));
                field.append(c);
            }
            if (field.size() > m_maxFieldChars)
                return fail(tr("Line %1: a field is longer than %2 characters; this does not look like a CSV "
                               "file (perhaps a quote is missing).")
                                .arg(quoteLine)
                                .arg(m_maxFieldChars));
            continue;
        }

        if (c == m_delimiter) {
            record.fields.append(field);
            field.clear();
            fieldStarted = false;
            anyContent = true;
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            if (c == u'\r') {
                if (m_pos >= m_text.size())
                    fill();
                if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
                    ++m_pos;
            }
            ++m_line;
            if (!anyContent && !fieldStarted && field.isEmpty()) { // blank line
                record.line = m_line;
                continue;
            }
            record.fields.append(field);
            return true;
        }
        if (c == u'"' && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
            anyContent = true;
            quoteLine = m_line;
            continue;
        }
        if (c.unicode() == 0)
            return fail(tr("Line %1: the file contains a NUL byte; it is not a text file.").arg(m_line));
        // A stray quote inside an unquoted field, or text after a closing quote, is kept as
        // written (what Excel does) rather than refusing the file.
        field.append(c);
        fieldStarted = true;
        anyContent = true;
        if (field.size() > m_maxFieldChars)
            return fail(tr("Line %1: a field is longer than %2 characters; this does not look like a CSV file.")
                            .arg(m_line)
                            .arg(m_maxFieldChars));
    }
}

} // namespace clientele::core::io
