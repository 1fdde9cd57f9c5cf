#pragma once

#include <QChar>
#include <QStringView>

namespace clientele::core::io {

// Picks the delimiter of a CSV sample among comma, semicolon, tab and pipe: the one that splits
// the most lines into the same number of fields (quotes respected). Comma when nothing splits.
class DelimiterSniffer
{
public:
    static QChar sniff(QStringView sample, int maxLines = 50);
    // Parses "," ";" "tab" "\t" "|" "comma" "semicolon" "pipe"; null QChar when unknown.
    static QChar fromUserText(const QString& text);
    static QString displayName(QChar delimiter); // "comma", "semicolon", "tab", "pipe" or the char (stored, CLI)
    static QString label(QChar delimiter);       // the same for people, translated: "comma ," / "逗号 ,"
};

} // namespace clientele::core::io
