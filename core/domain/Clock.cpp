#include "domain/Clock.h"

#include <QMutex>
#include <QMutexLocker>

namespace clientele::core {
namespace {

QMutex& sourceLock()
{
    static QMutex lock;
    return lock;
}

std::function<QDateTime()>& source()
{
    static std::function<QDateTime()> fn;
    return fn;
}

// CLIENTELE_TODAY pins the day (time of day keeps running) or, given a date-time, the moment.
QDateTime fromEnvironment()
{
    const QByteArray pinned = qgetenv("CLIENTELE_TODAY");
    if (pinned.isEmpty())
        return {};
    const QString text = QString::fromLatin1(pinned).trimmed();
    if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid() && text.size() == 10)
        return QDateTime(day, QDateTime::currentDateTime().time()); // the one allowed wall-clock read
    if (const QDateTime at = QDateTime::fromString(text, Qt::ISODate); at.isValid())
        return at.toLocalTime();
    return {};
}

} // namespace

QDateTime Clock::now()
{
    {
        QMutexLocker locker(&sourceLock());
        if (source())
            return source()();
    }
    if (const QDateTime pinned = fromEnvironment(); pinned.isValid())
        return pinned;
    return QDateTime::currentDateTime(); // the system clock: production's source
}

QDate Clock::today()
{
    return now().date();
}

QDateTime Clock::nowUtc()
{
    return now().toUTC();
}

void Clock::setSource(std::function<QDateTime()> localNow)
{
    QMutexLocker locker(&sourceLock());
    source() = std::move(localNow);
}

Clock::Pinned::Pinned(const QDateTime& localNow)
{
    setSource([localNow] { return localNow; });
}

Clock::Pinned::~Pinned()
{
    setSource({});
}

} // namespace clientele::core
