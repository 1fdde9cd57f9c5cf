#include "LocalDates.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::core::i18n {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("clientele::core::i18n::LocalDates", text, disambiguation);
}

bool chinese(const QLocale& locale)
{
    return locale.language() == QLocale::Chinese;
}
} // namespace

QString LocalDates::shortFormat()
{
    // The month by name: a day and a month both written as numbers are read in different orders
    // in different English-speaking places.
    return chinese(QLocale()) ? u"yyyy/M/d"_s : u"d MMM yyyy"_s;
}

QString LocalDates::shortDateTimeFormat()
{
    return shortFormat() + u' ' + QLocale().timeFormat(QLocale::ShortFormat);
}

QString LocalDates::date(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return locale.toString(date, chinese(locale) ? u"yyyy年M月d日"_s : shortFormat());
}

QString LocalDates::shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, shortFormat()) : QString();
}

QString LocalDates::shortDateTime(const QDateTime& localTime)
{
    if (!localTime.isValid())
        return {};
    return shortDate(localTime.date()) + u' ' + QLocale().toString(localTime.time(), QLocale::ShortFormat);
}

QString LocalDates::dayAndMonth(const QDate& date)
{
    if (!date.isValid())
        return {};
    const QLocale locale;
    return locale.toString(date, chinese(locale) ? u"M月d日"_s : u"d MMM"_s);
}

QString LocalDates::month(const QDate& anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return {};
    const QLocale locale;
    return locale.toString(anyDayOfMonth, chinese(locale) ? u"yyyy年M月"_s : u"MMMM yyyy"_s);
}

QString LocalDates::monthEnd(const QDate& anyDayOfMonth)
{
    if (!anyDayOfMonth.isValid())
        return {};
    return tr("end of %1", "a month end: %1 is a month and year").arg(month(anyDayOfMonth));
}

} // namespace clientele::core::i18n
