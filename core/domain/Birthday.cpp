#include "Birthday.h"

#include "IsoDate.h"

namespace clientele::core::birthday {

namespace {
QString monthAndDay(const QDate& birthday)
{
    return iso::date(birthday).mid(5); // "03-15"
}
} // namespace

QString isoText(const QDate& birthday)
{
    if (!birthday.isValid())
        return {};
    return yearKnown(birthday) ? iso::date(birthday) : QStringLiteral("--") + monthAndDay(birthday);
}

QString formText(const QDate& birthday)
{
    if (!birthday.isValid())
        return {};
    return yearKnown(birthday) ? iso::date(birthday) : monthAndDay(birthday);
}

bool conflict(const QDate& a, const QDate& b)
{
    if (!a.isValid() || !b.isValid())
        return false;
    if (a.month() != b.month() || a.day() != b.day())
        return true;
    return yearKnown(a) && yearKnown(b) && a.year() != b.year();
}

} // namespace clientele::core::birthday
