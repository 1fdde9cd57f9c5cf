#include "LineAmounts.h"

#include "TextNormalizer.h"

namespace clientele::core::io::lineamounts {

std::optional<qint64> parseScaled(QStringView raw, int decimals)
{
    QString text = TextNormalizer::toHalfWidth(raw).trimmed();
    bool negative = false;
    if (text.startsWith(u'(') && text.endsWith(u')')) {
        negative = true;
        text = text.mid(1, text.size() - 2).trimmed();
    }
    static const QStringView marks[] = {u"RMB", u"rmb", u"CNY", u"cny", u"人民币", u"元", u"¥", u"￥", u"$"};
    for (const auto mark : marks)
        text.remove(mark.toString());
    text.remove(u' ');
    if (text.startsWith(u'-')) {
        negative = !negative;
        text = text.mid(1);
    } else if (text.startsWith(u'+')) {
        text = text.mid(1);
    }
    if (text.isEmpty())
        return std::nullopt;
    // A lone comma followed by one to three digits and no dot is a decimal comma ("12,5");
    // otherwise commas group thousands.
    const qsizetype comma = text.lastIndexOf(u',');
    if (comma >= 0 && !text.contains(u'.') && text.count(u',') == 1 && text.size() - comma - 1 <= 2)
        text[comma] = u'.';
    else
        text.remove(u',');

    qint64 whole = 0;
    qint64 fraction = 0;
    int fractionDigits = 0;
    bool seenDot = false;
    bool seenDigit = false;
    for (const QChar c : std::as_const(text)) {
        if (c == u'.') {
            if (seenDot)
                return std::nullopt;
            seenDot = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        seenDigit = true;
        if (!seenDot) {
            if (whole > (qint64(1) << 40))
                return std::nullopt;
            whole = whole * 10 + digit;
        } else if (fractionDigits < decimals) {
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        } else if (digit != 0) {
            return std::nullopt; // more precision than we keep: refuse rather than round silently
        }
    }
    if (!seenDigit)
        return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    for (int i = fractionDigits; i < decimals; ++i)
        fraction *= 10;
    const qint64 value = whole * scale + fraction;
    return negative ? -value : value;
}

Fen lineTotal(qint64 quantityMilli, qint64 priceLi)
{
    // quantity/1000 × price/1000 yuan = product / 10^6 yuan = product / 10^4 fen.
    const qint64 product = quantityMilli * priceLi;
    const qint64 magnitude = product < 0 ? -product : product;
    const qint64 fen = (magnitude + 5'000) / 10'000; // half away from zero
    return product < 0 ? -fen : fen;
}

bool isIntegralFloat(QStringView text)
{
    const qsizetype dot = text.indexOf(u'.');
    if (dot <= 0 || dot == text.size() - 1)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (i < dot ? !(c >= u'0' && c <= u'9') : i > dot && c != u'0')
            return false;
    }
    return true;
}

QString integralKey(const QString& text)
{
    return isIntegralFloat(text) ? text.left(text.indexOf(u'.')) : text;
}

} // namespace clientele::core::io::lineamounts
