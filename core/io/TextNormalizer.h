#pragma once

#include <QString>
#include <QStringView>

namespace clientele::core::io {

// Text clean-up shared by every normalizer.
class TextNormalizer
{
public:
    // Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space become their
    // half-width forms; everything else is left alone.
    static QString toHalfWidth(QStringView text);
    // Half-width, trimmed, inner runs of whitespace collapsed to one space.
    static QString cleanName(QStringView text);
    // Lower-cased, trimmed e-mail; empty when it does not look like one (caller reports).
    static QString normalizeEmail(QStringView text, bool* valid = nullptr);
    // A WeChat ID as written, half-width and trimmed; empty and `valid` false unless it is 1-40
    // letters, digits, '_' or '-' (WeChat's own rule is 6-20 starting with a letter; older IDs
    // and phone numbers used as IDs are kept).
    static QString normalizeWechatId(QStringView text, bool* valid = nullptr);
    // "F"/"M"/"" from 女/男/female/male/f/m/1/2 ...; `recognized` false for anything else.
    static QString normalizeGender(QStringView text, bool* recognized = nullptr);
    // Yes/no values (是/否/y/n/true/false/1/0/同意/拒绝); nullopt-like: `recognized` false.
    static bool parseYesNo(QStringView text, bool* recognized = nullptr);
};

} // namespace clientele::core::io
