#include "BackgroundTask.h"

#include "storage/Database.h"

#include <QThread>

namespace clientele::ui {

BackgroundTask::BackgroundTask(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
}

BackgroundTask::~BackgroundTask()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundTask::start(Work work, Done done)
{
    if (m_thread)
        return false;
    m_done = std::move(done);
    m_cancel = false;
    m_lastPercent = -1;
    m_thread = QThread::create([this, work = std::move(work)] {
        // A connection of its own: Qt SQL connections belong to the thread that opened them.
        auto database = core::storage::Database::open(m_databasePath);
        if (!database) {
            m_status = database.error();
            return;
        }
        core::io::ImportHooks hooks;
        hooks.cancel = &m_cancel;
        hooks.progress = [this](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (m_lastPercent.exchange(percent) != percent)
                Q_EMIT progress(percent); // queued to the receivers' (GUI) thread
        };
        m_status = work(**database, hooks);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        const bool cancelled = !m_status && m_status.error().code == core::Error::Code::Cancelled;
        const QString message = m_status ? QString() : m_status.error().message;
        if (Done done = std::exchange(m_done, {}))
            done(m_status.ok(), message, cancelled);
        Q_EMIT finished(m_status.ok(), message, cancelled);
    });
    m_thread->start();
    return true;
}

void BackgroundTask::cancel()
{
    m_cancel = true;
}

} // namespace clientele::ui
