#include "ExternalChangeWatcher.h"

#include "storage/ChangeCounter.h"

namespace clientele::ui {

ExternalChangeWatcher::ExternalChangeWatcher(const core::storage::Database& database, QObject* parent,
                                             int intervalMs)
    : QObject(parent), m_database(database)
{
    acknowledge();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExternalChangeWatcher::poll);
    m_timer.start();
}

void ExternalChangeWatcher::acknowledge()
{
    if (const auto counter = core::storage::externalChangeCounter(m_database))
        m_seen = *counter;
}

void ExternalChangeWatcher::poll()
{
    const auto counter = core::storage::externalChangeCounter(m_database);
    if (!counter || *counter == m_seen)
        return; // a failed read (the file went away) is for the next real action to report
    m_seen = *counter;
    Q_EMIT changedElsewhere();
}

} // namespace clientele::ui
