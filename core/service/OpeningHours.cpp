#include "OpeningHours.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::service {

namespace {
// Ten years of days: the longest SLA is days, so a search this long only ends when nothing is open.
constexpr int kMaxDays = 3660;

QDateTime at(const QDate& date, const QTime& time)
{
    return QDateTime(date, time);
}
} // namespace

OpeningHours OpeningHours::defaults()
{
    OpeningHours hours;
    for (auto& day : hours.days)
        day = Span{QTime(10, 0), QTime(21, 0)};
    return hours;
}

bool OpeningHours::anyOpen() const
{
    return std::any_of(days.cbegin(), days.cend(), [](const auto& d) { return d && d->open < d->close; });
}

qint64 OpeningHours::openSecondsBetween(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    qint64 total = 0;
    for (QDate date = from.date(); date <= to.date(); date = date.addDays(1)) {
        const auto span = on(date);
        if (!span || span->open >= span->close)
            continue;
        const QDateTime begin = std::max(from, at(date, span->open));
        const QDateTime end = std::min(to, at(date, span->close));
        if (end > begin)
            total += begin.secsTo(end);
    }
    return total;
}

QDateTime OpeningHours::addOpenSeconds(const QDateTime& start, qint64 seconds) const
{
    if (!start.isValid() || !anyOpen())
        return {};
    qint64 left = std::max<qint64>(0, seconds);
    QDate date = start.date();
    for (int i = 0; i < kMaxDays; ++i, date = date.addDays(1)) {
        const auto span = on(date);
        if (!span || span->open >= span->close)
            continue;
        const QDateTime close = at(date, span->close);
        const QDateTime begin = std::max(start, at(date, span->open));
        if (begin >= close)
            continue;
        const qint64 available = begin.secsTo(close);
        // Exactly used up at closing time: due at the close, not at the next opening.
        if (left <= available)
            return begin.addSecs(left);
        left -= available;
    }
    return {};
}

QString OpeningHours::spanText(const std::optional<Span>& span)
{
    if (!span)
        return u"closed"_s;
    return span->open.toString(u"HH:mm"_s) + u'-' + span->close.toString(u"HH:mm"_s);
}

std::optional<std::optional<OpeningHours::Span>> OpeningHours::parseSpan(const QString& text)
{
    const QString t = text.trimmed();
    if (t.compare(u"closed"_s, Qt::CaseInsensitive) == 0)
        return std::optional<Span>();
    const QStringList parts = t.split(u'-');
    if (parts.size() != 2)
        return std::nullopt;
    const QTime open = QTime::fromString(parts[0].trimmed(), u"H:mm"_s);
    const QTime close = QTime::fromString(parts[1].trimmed(), u"H:mm"_s);
    if (!open.isValid() || !close.isValid() || open >= close)
        return std::nullopt;
    return std::optional<Span>(Span{open, close});
}

} // namespace clientele::core::service
