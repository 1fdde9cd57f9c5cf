#pragma once

#include <QObject>

class QAction;
class QProgressBar;
class QStatusBar;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class BackgroundTask;

// The window's side of keeping tiers current (core::segmentation::SegmentationUpkeep): the
// *Recalculate Tiers* action (a full run now, for peace of mind) and the catch-up when a shop
// opens (a full run only when one is due: a new day or month, changed rules, never segmented).
// Both run on a worker thread (BackgroundTask) with a progress bar in the status bar; an
// in-memory database, which has no second connection, is run here instead.
class SegmentationRunner : public QObject
{
    Q_OBJECT
public:
    SegmentationRunner(QStatusBar* statusBar, QObject* parent);
    ~SegmentationRunner() override;

    QAction* action() const { return m_action; } // objectName "recalculateTiersAction"
    // The shop to work on; waits for a run on the previous one to end. nullptr: none (closing).
    void setDatabase(core::storage::Database* database);
    void recalculate(); // the action: everyone, now
    void catchUp();     // when a shop opens: only what is due
    bool isRunning() const;

Q_SIGNALS:
    // A run ended: `changed` when labels were written (the list and dashboard should reload).
    void finished(bool changed);

private:
    void start(bool everything);
    void done(bool ok, const QString& message, bool everything, qint64 customers);

    core::storage::Database* m_database = nullptr;
    BackgroundTask* m_task = nullptr;
    QAction* m_action;
    QStatusBar* m_statusBar;
    QProgressBar* m_progress;
};

} // namespace clientele::ui
