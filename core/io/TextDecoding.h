#pragma once

#include "../domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringDecoder>

namespace clientele::core::io {

// What a file's bytes are, as far as Clientele can tell from its beginning.
struct DetectedEncoding
{
    QString name; // canonical: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5"
    bool bom = false;
};

// Encoding detection and decoder construction. GB18030/GBK/Big5 decoding goes through Qt's
// ICU-backed QStringDecoder by name; nothing here holds an encoding table.
class TextDecoding
{
public:
    // How much of a file detection looks at.
    static constexpr qsizetype kSampleBytes = 1 << 20;

    // BOM first; otherwise valid UTF-8 (pure ASCII included) is UTF-8 and anything else is taken
    // as GB18030 (a superset of GBK and GB2312, which is what Chinese Excel writes). Big5 is only
    // ever chosen by the user. Refuses empty and binary samples.
    static Result<DetectedEncoding> detect(const QByteArray& sample);

    // Maps user spellings ("auto", "utf8", "gbk", "GB2312", "big5", "utf-16le") to a canonical
    // name; empty for "auto"; nullopt-like empty + ok=false when unknown.
    static QString canonicalName(const QString& userChoice, bool* ok);

    static bool isAvailable(const QString& canonicalName);
    static QStringDecoder decoder(const QString& canonicalName);
    static QStringEncoder encoder(const QString& canonicalName, bool withBom);
};

} // namespace clientele::core::io
