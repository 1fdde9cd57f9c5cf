#pragma once

#include <QString>
#include <QStringView>

namespace clientele::core::io {

// Phone numbers as shop owners type them: spaces, dashes, dots, brackets, +86/0086/86
// prefixes and full-width digits. Mainland mobiles (1[3-9] + 9 digits) come out as 11 digits and
// are `mobile`; other numbers keep their digits (and a leading '+') and are flagged, not dropped.
struct NormalizedPhone
{
    enum class Kind { Empty, Mobile, Other, Invalid };
    Kind kind = Kind::Empty;
    QString digits; // normalized form stored in the database; empty for Empty/Invalid
};

class PhoneNormalizer
{
public:
    static NormalizedPhone normalize(QStringView text);
    static bool isMainlandMobile(QStringView digits);
    // "138****5678" for display when phones are masked.
    static QString mask(const QString& digits);
};

} // namespace clientele::core::io
