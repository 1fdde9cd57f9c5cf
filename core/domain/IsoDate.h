#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace clientele::core::iso {

// ISO-8601 text for dates ("2024-05-01") and times ("13:45:07"), written by hand: QDate::toString
// goes through a general formatter that costs more than the rest of an order row's import.
inline QString date(const QDate& d)
{
    if (!d.isValid())
        return {};
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return d.toString(Qt::ISODate);
    const char16_t text[10] = {char16_t(u'0' + y / 1000),     char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),       u'-',                          char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),       u'-',                          char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 10);
}

inline QString time(const QTime& t)
{
    if (!t.isValid())
        return {};
    const int h = t.hour(), m = t.minute(), s = t.second();
    const char16_t text[8] = {char16_t(u'0' + h / 10), char16_t(u'0' + h % 10), u':', char16_t(u'0' + m / 10),
                              char16_t(u'0' + m % 10), u':', char16_t(u'0' + s / 10), char16_t(u'0' + s % 10)};
    return QString(reinterpret_cast<const QChar*>(text), 8);
}

} // namespace clientele::core::iso
