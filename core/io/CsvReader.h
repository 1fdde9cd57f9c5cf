#pragma once

#include "../domain/Error.h"
#include "RowReader.h"

#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace clientele::core::io {

// Streaming RFC 4180 reader: quoted fields, doubled quotes, line breaks inside quotes, CRLF/LF/CR,
// BOM, blank lines and ragged rows. Reads the device in fixed chunks, so memory stays flat however
// large the file. Structural problems (unterminated quote, undecodable bytes, NUL, a field over
// `maxFieldChars`) stop reading with an Error that names the line; the caller refuses the file.
// Not thread-safe; one reader per device.
class CsvReader : public RowReader
{
public:
    CsvReader(QIODevice* device, const QString& encodingName, QChar delimiter, qsizetype maxFieldChars = 1 << 20);

    // Fills `record` and returns true, or returns false at the end or on error (see error()).
    bool next(CsvRecord& record) override;
    const std::optional<Error>& error() const override { return m_error; }
    qint64 bytesRead() const override { return m_bytesRead; }
    QChar delimiter() const { return m_delimiter; }

private:
    bool fill();
    bool fail(const QString& message);

    QIODevice* m_device;
    QStringDecoder m_decoder;
    QString m_encodingName;
    QChar m_delimiter;
    qsizetype m_maxFieldChars;
    QString m_text;
    qsizetype m_pos = 0;
    qsizetype m_decodeErrorAt = -1; // index in m_text of the first undecodable character
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    std::optional<Error> m_error;
};

} // namespace clientele::core::io
