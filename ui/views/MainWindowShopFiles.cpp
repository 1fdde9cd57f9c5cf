// MainWindow's shop files: new, open, switch, back up and restore (File menu). The rest of the
// window (pages, status, tray) is in MainWindow.cpp.
#include "MainWindow.h"

#include "calendar/DueTodayNotifier.h"
#include "dialogs/SignInDialog.h"
#include "i18n/LocalDates.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "widgets/ExternalChangeWatcher.h"
#include "widgets/SegmentationRunner.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace clientele::ui {

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"),
                                                      QFileInfo(m_database->path()).absolutePath(),
                                                      tr("Clientele databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists. Choose File ▸ Open Database to open it.").arg(path));
        return;
    }
    switchTo(path, tr("Cannot create database"));
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QFileInfo(m_database->path()).absolutePath(),
                                                      tr("Clientele databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        switchTo(path, tr("Cannot open database"));
}

void MainWindow::switchTo(const QString& path, const QString& failureTitle)
{
    auto opened = core::storage::Database::open(path);
    if (!opened) {
        QMessageBox::warning(this, failureTitle, opened.error().message);
        return;
    }
    if (!signInIfNeeded(**opened, this))
        return; // nobody signed in there: the open shop and its session stay as they were
    setDatabase(std::move(*opened));
    QSettings().setValue(QStringLiteral("lastDatabase"), path);
    m_segmentation->catchUp();
}

void MainWindow::backupNow()
{
    const auto made = core::storage::Backups::create(*m_database, QStringLiteral("manual"));
    if (!made) {
        QMessageBox::warning(this, tr("Backup failed"), made.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup written and checked: %1").arg(made->path), 8000);
}

void MainWindow::restoreBackup()
{
    const QString path = m_database->path();
    const auto backups = core::storage::Backups::list(path);
    if (!backups || backups->isEmpty()) {
        QMessageBox::information(this, tr("Restore a Backup"), tr("There is no backup of %1 yet.").arg(path));
        return;
    }
    QStringList items;
    for (const auto& backup : *backups)
        items.append(tr("%1 — %2").arg(core::i18n::LocalDates::shortDateTime(backup.created.toLocalTime()),
                                       QFileInfo(backup.path).fileName()));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Restore a Backup"),
                                                 tr("Replace the current data with this backup? The current file is "
                                                    "kept beside it."),
                                                 items, 0, false, &ok);
    if (!ok)
        return;
    const QString backupPath = backups->at(items.indexOf(chosen)).path;
    // The file is replaced: let go of the connection first, then reopen.
    qDeleteAll(m_pages);
    m_pages.clear();
    m_stalePages.clear();
    m_segmentation->setDatabase(nullptr); // its worker's connection too
    delete m_changeWatcher; // both read the connection on a timer, and a message box below runs events
    m_changeWatcher = nullptr;
    delete m_notifier;
    m_notifier = nullptr;
    m_database.reset();
    const auto restored = core::storage::Backups::restore(path, backupPath);
    if (!restored)
        QMessageBox::warning(this, tr("Restore failed"), restored.error().message);
    auto reopened = core::storage::Database::open(path);
    if (!reopened) {
        QMessageBox::critical(this, tr("Cannot open database"), reopened.error().message);
        close();
        return;
    }
    setDatabase(std::move(*reopened));
    if (restored)
        statusBar()->showMessage(tr("Backup restored; the replaced file was kept as %1.").arg(*restored), 10000);
    m_segmentation->catchUp();
}

} // namespace clientele::ui
