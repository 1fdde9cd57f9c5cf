#pragma once

#include <QObject>
#include <QTimer>

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Notices, every few seconds, that another till, the CLI or one of the app's worker threads
// committed to the shop (core::storage::externalChangeCounter), and says so once per change.
// Whoever reloads on its own afterwards calls acknowledge() so the same change is not reported.
class ExternalChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 2000;
    ExternalChangeWatcher(const core::storage::Database& database, QObject* parent,
                          int intervalMs = kDefaultIntervalMs);

    void acknowledge(); // what the shop holds now has been seen

Q_SIGNALS:
    void changedElsewhere();

private:
    void poll();

    const core::storage::Database& m_database;
    QTimer m_timer;
    qint64 m_seen = -1;
};

} // namespace clientele::ui
