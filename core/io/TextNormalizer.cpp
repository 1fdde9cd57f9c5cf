#include "TextNormalizer.h"

#include <QRegularExpression>

namespace clientele::core::io {

QString TextNormalizer::toHalfWidth(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(u' ');
        else
            out.append(c);
    }
    return out;
}

QString TextNormalizer::cleanName(QStringView text)
{
    return toHalfWidth(text).simplified();
}

QString TextNormalizer::normalizeEmail(QStringView text, bool* valid)
{
    const QString email = toHalfWidth(text).trimmed().toLower();
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$)"));
    const bool ok = email.isEmpty() || pattern.match(email).hasMatch();
    if (valid)
        *valid = ok;
    return ok ? email : QString();
}

QString TextNormalizer::normalizeWechatId(QStringView text, bool* valid)
{
    const QString id = toHalfWidth(text).trimmed();
    static const QRegularExpression pattern(QStringLiteral(R"(^[A-Za-z0-9_-]{1,40}$)"));
    const bool ok = id.isEmpty() || pattern.match(id).hasMatch();
    if (valid)
        *valid = ok;
    return ok ? id : QString();
}

QString TextNormalizer::normalizeGender(QStringView text, bool* recognized)
{
    const QString value = toHalfWidth(text).trimmed().toLower();
    if (recognized)
        *recognized = true;
    if (value.isEmpty())
        return {};
    if (value == u"女" || value == u"f" || value == u"female" || value == u"woman" || value == u"女士" ||
        value == u"2")
        return QStringLiteral("F");
    if (value == u"男" || value == u"m" || value == u"male" || value == u"man" || value == u"先生" || value == u"1")
        return QStringLiteral("M");
    if (recognized)
        *recognized = value == u"未知" || value == u"unknown" || value == u"保密" || value == u"-";
    return {};
}

bool TextNormalizer::parseYesNo(QStringView text, bool* recognized)
{
    const QString value = toHalfWidth(text).trimmed().toLower();
    if (recognized)
        *recognized = true;
    for (const auto yes : {u"1", u"y", u"yes", u"true", u"是", u"同意", u"允许", u"接受"})
        if (value == yes)
            return true;
    for (const auto no : {u"0", u"n", u"no", u"false", u"否", u"拒绝", u"不同意", u"退订"})
        if (value == no)
            return false;
    if (recognized)
        *recognized = false;
    return false;
}

} // namespace clientele::core::io
