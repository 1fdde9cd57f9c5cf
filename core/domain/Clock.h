#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

namespace clientele::core {

// The one source of "now" and "today" for the core, the CLI, the desktop app and the tests.
// Production reads the system clock; CLIENTELE_TODAY=YYYY-MM-DD (or an ISO date-time) in the
// environment pins it for a whole process (CLI and UI tests use that); unit tests pin it with
// Clock::Pinned. Nothing else calls QDate::currentDate() or QDateTime::currentDateTime().
// Thread-safety: set the source before starting worker threads; reading is safe from any thread.
class Clock
{
public:
    static QDate today();       // local calendar day
    static QDateTime now();     // local time
    static QDateTime nowUtc();  // UTC

    // Replaces the source of local time; an empty function goes back to the environment/system.
    static void setSource(std::function<QDateTime()> localNow);

    // RAII pin for tests: the clock reads `localNow` until this goes out of scope.
    class Pinned
    {
    public:
        explicit Pinned(const QDateTime& localNow);
        explicit Pinned(const QDate& day) : Pinned(QDateTime(day, QTime(10, 0))) {}
        ~Pinned();
        Pinned(const Pinned&) = delete;
        Pinned& operator=(const Pinned&) = delete;
    };
};

} // namespace clientele::core
