#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

#include <array>
#include <optional>

namespace clientele::core::service {

// The shop's opening hours per weekday (Monday first), in shop-local wall-clock time. A day is
// either closed or open over [open, close) with open < close (no shift past midnight). SLA
// clocks only run while the shop is open. Pure value type.
struct OpeningHours
{
    struct Span
    {
        QTime open;
        QTime close;
    };
    std::array<std::optional<Span>, 7> days; // [0] = Monday … [6] = Sunday; nullopt = closed

    static OpeningHours defaults(); // 10:00–21:00 every day
    std::optional<Span> on(const QDate& date) const { return days[std::size_t(date.dayOfWeek() - 1)]; }
    bool anyOpen() const;

    // Open seconds in [from, to) (0 when to <= from).
    qint64 openSecondsBetween(const QDateTime& from, const QDateTime& to) const;
    // The moment `seconds` of opening time have passed after `start` (a start outside the hours
    // counts from the next opening). Invalid when the shop is never open.
    QDateTime addOpenSeconds(const QDateTime& start, qint64 seconds) const;

    // Stored as text per day: "10:00-21:00" or "closed".
    static QString spanText(const std::optional<Span>& span);
    static std::optional<std::optional<Span>> parseSpan(const QString& text); // nullopt: not valid
};

} // namespace clientele::core::service
