#include "Money.h"

#include "../io/TextNormalizer.h"

#include <algorithm>

namespace clientele::core::money {

std::optional<Fen> parse(QStringView raw)
{
    // Every amount has a digit (full-width ones become ASCII below): a category, a name or a
    // blank is turned down before any clean-up (the import asks this of every row's category).
    if (std::none_of(raw.begin(), raw.end(), [](QChar c) { return c.isDigit(); }))
        return std::nullopt;
    // Most exports write plain "1234.50": read in place, without the clean-up passes.
    const bool plain =
        std::all_of(raw.begin(), raw.end(), [](QChar c) { return (c >= u'0' && c <= u'9') || c == u'.' || c == u'-'; });
    QString cleaned; // the clean-up passes' result, for text that needs them
    QStringView text = raw;
    bool negative = false;
    if (!plain) {
        cleaned = io::TextNormalizer::toHalfWidth(raw).trimmed();
        if (cleaned.startsWith(u'(') && cleaned.endsWith(u')')) { // accounting notation for refunds
            negative = true;
            cleaned = cleaned.mid(1, cleaned.size() - 2).trimmed();
        }
        // Strip currency marks wherever exports put them.
        static const QStringView marks[] = {u"RMB", u"rmb", u"CNY", u"cny", u"人民币", u"元", u"¥", u"￥", u"$"};
        for (const auto mark : marks)
            cleaned.remove(mark.toString());
        text = cleaned;
    }
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (text.startsWith(u'-')) {
        negative = !negative;
        text = text.mid(1).trimmed();
    } else if (text.startsWith(u'+')) {
        text = text.mid(1).trimmed();
    }
    if (text.startsWith(u'¥') || text.startsWith(u'-')) // "-¥12" after removal is already handled
        return std::nullopt;
    QString spaceless;
    if (text.contains(u' ')) {
        spaceless = text.toString();
        spaceless.remove(u' ');
        text = spaceless;
    }
    if (text.isEmpty())
        return std::nullopt;

    // Decide which separator is the decimal point: the last of ',' and '.' when both occur;
    // a lone ',' is a decimal comma only when followed by one or two digits ("12,5", "12,50").
    const qsizetype lastDot = text.lastIndexOf(u'.');
    const qsizetype lastComma = text.lastIndexOf(u',');
    QChar decimal = u'.';
    if (lastComma >= 0 && lastDot >= 0)
        decimal = lastComma > lastDot ? u',' : u'.';
    else if (lastComma >= 0 && text.count(u',') == 1 && text.size() - lastComma - 1 <= 2)
        decimal = u',';
    const QChar grouping = decimal == u'.' ? u',' : u'.';

    qint64 whole = 0;
    qint64 fraction = 0; // in 1/1000 to decide rounding of a third decimal
    int fractionDigits = 0;
    bool seenDecimal = false;
    bool seenDigit = false;
    bool roundUp = false;
    for (const QChar c : text) {
        if (c == grouping && !seenDecimal)
            continue;
        if (c == decimal) {
            if (seenDecimal)
                return std::nullopt;
            seenDecimal = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const int digit = c.unicode() - u'0';
        seenDigit = true;
        if (!seenDecimal) {
            if (whole > (qint64(1) << 50)) // absurd; refuse rather than overflow
                return std::nullopt;
            whole = whole * 10 + digit;
        } else if (fractionDigits < 2) {
            fraction = fraction * 10 + digit;
            ++fractionDigits;
        } else if (fractionDigits == 2) {
            roundUp = digit >= 5;
            ++fractionDigits;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    while (fractionDigits < 2) {
        fraction *= 10;
        ++fractionDigits;
    }
    Fen fen = whole * 100 + fraction + (roundUp ? 1 : 0);
    return negative ? -fen : fen;
}

static QString groupThousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u',');
    return digits;
}

QString format(Fen fen)
{
    const bool negative = fen < 0;
    const qint64 absolute = negative ? -fen : fen;
    QString text = QStringLiteral("¥") + groupThousands(absolute / 100);
    if (absolute % 100 != 0)
        text += u'.' + QString::number(absolute % 100).rightJustified(2, u'0');
    return negative ? u'-' + text : text;
}

QString toDecimalString(Fen fen)
{
    const bool negative = fen < 0;
    const qint64 absolute = negative ? -fen : fen;
    QString text = QString::number(absolute / 100) + u'.' + QString::number(absolute % 100).rightJustified(2, u'0');
    return negative ? u'-' + text : text;
}

} // namespace clientele::core::money
