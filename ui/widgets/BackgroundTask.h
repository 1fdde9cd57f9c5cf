#pragma once

#include "domain/Result.h"
#include "io/ImportOptions.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// Runs long work (imports, undo, recomputation) on a worker thread with its own connection to
// the database file, so the window stays responsive. Progress arrives as a percentage; cancel()
// asks the work to stop (it rolls back). One task at a time; the destructor cancels and waits.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<core::Status(core::storage::Database& database, const core::io::ImportHooks& hooks)>;
    // Called once, on the GUI thread, when the work ends: ok, the error message, whether it was cancelled.
    using Done = std::function<void(bool ok, const QString& message, bool cancelled)>;

    explicit BackgroundTask(QString databasePath, QObject* parent = nullptr);
    ~BackgroundTask() override;

    bool start(Work work, Done done = {}); // false while another task runs
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    bool cancelRequested() const { return m_cancel.load(); }

Q_SIGNALS:
    void progress(int percent);
    // message: the error when the work failed; cancelled: it stopped because cancel() was called.
    void finished(bool ok, const QString& message, bool cancelled);

private:
    QString m_databasePath;
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_lastPercent{-1};
    core::Status m_status;
    Done m_done;
};

} // namespace clientele::ui
