#include "SegmentationRunner.h"

#include "BackgroundTask.h"
#include "automation/RuleEngine.h"
#include "segmentation/SegmentationUpkeep.h"
#include "storage/Backups.h"
#include "storage/Database.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>

#include <memory>

namespace clientele::ui {

using core::segmentation::SegmentationUpkeep;

namespace {
core::Result<qint64> recalculateOn(core::storage::Database& database, bool everything,
                                   const core::io::ImportHooks& hooks);

// One run, as the worker thread does it: the customers it recomputed, or the error. The
// automation rules run after each recalculation (the care rules among them).
core::Result<qint64> runOn(core::storage::Database& database, bool everything, const core::io::ImportHooks& hooks)
{
    auto customers = recalculateOn(database, everything, hooks);
    if (!customers)
        return customers;
    if (auto rules = core::automation::RuleEngine::runAfterRecalculation(database); !rules)
        return rules.error();
    return customers;
}

core::Result<qint64> recalculateOn(core::storage::Database& database, bool everything,
                                   const core::io::ImportHooks& hooks)
{
    const core::segmentation::Segmenter::Progress progress = [&hooks](qint64 done, qint64 total) {
        if (hooks.progress)
            hooks.progress(done, total);
    };
    if (everything) {
        auto summary = SegmentationUpkeep::recalculate(database, progress);
        if (!summary)
            return summary.error();
        return summary->customers;
    }
    auto outcome = SegmentationUpkeep::update(database, {}, progress);
    if (!outcome)
        return outcome.error();
    return outcome->customers;
}
} // namespace

SegmentationRunner::SegmentationRunner(QStatusBar* statusBar, QObject* parent)
    : QObject(parent), m_action(new QAction(tr("Recalculate &Tiers"), this)), m_statusBar(statusBar),
      m_progress(new QProgressBar(statusBar))
{
    m_action->setObjectName(QStringLiteral("recalculateTiersAction"));
    m_action->setToolTip(tr("Work out tiers, stages, RFM scores and predicted value for every customer now. Clientele "
                            "also does this by itself after imports, merges and rule changes, and on the first start "
                            "of a day."));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &SegmentationRunner::recalculate);
    m_progress->setObjectName(QStringLiteral("recalculateProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Tiers %p%"));
    m_progress->hide();
    m_statusBar->addPermanentWidget(m_progress);
}

SegmentationRunner::~SegmentationRunner() = default;

void SegmentationRunner::setDatabase(core::storage::Database* database)
{
    delete m_task; // waits for a run on the previous shop to end
    m_task = nullptr;
    m_progress->hide();
    m_database = database;
    m_action->setEnabled(m_database && !m_database->isReadOnly());
    if (!m_database || m_database->isMemory())
        return;
    m_task = new BackgroundTask(m_database->location().url(), this);
    connect(m_task, &BackgroundTask::progress, m_progress, &QProgressBar::setValue);
}

bool SegmentationRunner::isRunning() const
{
    return m_task && m_task->isRunning();
}

void SegmentationRunner::recalculate()
{
    start(true);
}

void SegmentationRunner::catchUp()
{
    start(false);
}

void SegmentationRunner::start(bool everything)
{
    if (!m_database || m_database->isReadOnly() || isRunning())
        return;
    if (!everything) {
        // Cheap, on this thread: most opens have nothing to catch up on.
        const auto work = SegmentationUpkeep::due(*m_database, false);
        if (!work || *work != SegmentationUpkeep::Work::FullRun) {
            // The automation rules still run once a day, at the first start.
            if (const auto ran = core::automation::RuleEngine::runIfDue(*m_database); ran && ran->has_value())
                Q_EMIT finished(true);
            return;
        }
    }
    if (!m_task) { // in memory: no second connection, so here
        const auto customers = runOn(*m_database, everything, {});
        done(customers.ok(), customers ? QString() : customers.error().message, everything,
             customers ? *customers : 0);
        return;
    }
    auto customers = std::make_shared<qint64>(0);
    m_task->start(
        [everything, customers](core::storage::Database& database, const core::io::ImportHooks& hooks) {
            // The day's first start: its checked copy, here off the window's thread, before the
            // day's first change, so that the day's imports do not wait for one. Should it fail,
            // the first import makes it (and refuses to start without it).
            if (!everything)
                (void)core::storage::Backups::dailyBefore(database, QStringLiteral("day-start"));
            auto ran = runOn(database, everything, hooks);
            if (!ran)
                return core::Status(ran.error());
            *customers = *ran;
            return core::Status();
        },
        [this, everything, customers](bool ok, const QString& message, bool) {
            done(ok, message, everything, *customers);
        });
    m_action->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_statusBar->showMessage(everything ? tr("Recalculating tiers, stages and predicted value…")
                                        : tr("Bringing tiers and stages up to date…"));
}

void SegmentationRunner::done(bool ok, const QString& message, bool everything, qint64 customers)
{
    m_progress->hide();
    m_action->setEnabled(m_database && !m_database->isReadOnly());
    if (!ok) {
        m_statusBar->showMessage(tr("Tiers could not be recalculated: %1").arg(message), 15000);
        if (everything)
            QMessageBox::warning(m_statusBar->window(), tr("Recalculate Tiers"),
                                 tr("Tiers could not be recalculated: %1").arg(message));
        Q_EMIT finished(false);
        return;
    }
    m_statusBar->showMessage(tr("Tiers, stages and predicted value are up to date for %1 customers.")
                                 .arg(QLocale().toString(customers)),
                             8000);
    Q_EMIT finished(true);
}

} // namespace clientele::ui
