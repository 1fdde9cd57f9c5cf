#pragma once

#include "../domain/Result.h"

#include <QSaveFile>
#include <QStringEncoder>
#include <QStringList>

namespace clientele::core::io {

// Writes RFC 4180 CSV (CRLF, quotes where needed) in UTF-8, UTF-8 with BOM (what Excel wants)
// or GB18030, atomically: the target appears only when commit() succeeds. Cells that a
// spreadsheet would run as a formula (= + - @, tab, CR at the start) are prefixed with an
// apostrophe, unless `guardFormulas` is off (round-trip files such as error reports).
class CsvWriter
{
public:
    enum class Encoding { Utf8, Utf8Bom, Gb18030 };
    static bool parseEncoding(const QString& text, Encoding* out);

    CsvWriter(const QString& path, Encoding encoding, bool guardFormulas = true);
    Status open();
    void writeRow(const QStringList& cells);
    Status commit();

    static QString escape(const QString& cell, bool guardFormulas);
    // The formula guard alone, for files written unguarded that still carry user text (a report's
    // customer names beside signed numbers).
    static QString neutralize(const QString& cell);

private:
    QSaveFile m_file;
    QStringEncoder m_encoder;
    bool m_guardFormulas;
};

} // namespace clientele::core::io
