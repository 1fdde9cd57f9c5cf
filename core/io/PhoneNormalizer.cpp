#include "PhoneNormalizer.h"

#include "TextNormalizer.h"

namespace clientele::core::io {

bool PhoneNormalizer::isMainlandMobile(QStringView digits)
{
    if (digits.size() != 11 || digits[0] != u'1' || digits[1] < u'3' || digits[1] > u'9')
        return false;
    for (const QChar c : digits)
        if (!c.isDigit())
            return false;
    return true;
}

NormalizedPhone PhoneNormalizer::normalize(QStringView text)
{
    const QString half = TextNormalizer::toHalfWidth(text).trimmed();
    if (half.isEmpty())
        return {};

    bool plus = false;
    QString digits;
    digits.reserve(half.size());
    for (qsizetype i = 0; i < half.size(); ++i) {
        const QChar c = half[i];
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/' || c == u'\t') {
            continue;
        } else {
            return {NormalizedPhone::Kind::Invalid, {}}; // letters, extensions, notes: keep raw elsewhere
        }
    }
    if (digits.size() < 5 || digits.size() > 15)
        return {NormalizedPhone::Kind::Invalid, {}};

    // Country code for mainland China in its three written forms.
    QString national = digits;
    if (digits.startsWith(u"0086"))
        national = digits.mid(4);
    else if ((plus || digits.size() == 13) && digits.startsWith(u"86"))
        national = digits.mid(2);
    if (isMainlandMobile(national))
        return {NormalizedPhone::Kind::Mobile, national};
    if (plus)
        return {NormalizedPhone::Kind::Other, u'+' + digits};
    return {NormalizedPhone::Kind::Other, digits};
}

QString PhoneNormalizer::mask(const QString& digits)
{
    if (digits.size() < 7)
        return digits;
    const qsizetype keepHead = digits.size() == 11 ? 3 : 2;
    return digits.left(keepHead) + QString(digits.size() - keepHead - 4, u'*') + digits.right(4);
}

} // namespace clientele::core::io
