#include "ImportWizard.h"

#include "ImportPages.h"
#include "ImportRunPages.h"
#include "storage/Database.h"
#include "widgets/BackgroundTask.h"

#include <QEventLoop>
#include <QMessageBox>

namespace clientele::ui {

ImportWizard::ImportWizard(core::storage::Database& database, const QString& file, QWidget* parent)
    : QWizard(parent), m_database(database), m_task(new BackgroundTask(database.location().url(), this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Customers or Orders"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(860, 620);
    m_state.path = file;
    setPage(FilePageId, new ImportFilePage(this));
    setPage(FormatPageId, new ImportFormatPage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(CheckPageId, new ImportCheckPage(this));
    setPage(RunPageId, new ImportRunPage(this));
    setButtonText(QWizard::CommitButton, tr("&Import"));
}

ImportWizard::~ImportWizard() = default;

// Escape and Cancel ask before they throw work away: a running import (rolled back) or the choices
// made on the mapping and check pages. Before that nothing is lost; after it the import is done.
bool ImportWizard::confirmLeaving()
{
    QString question;
    if (m_task->isRunning())
        question = tr("Stop the import? It is rolled back: nothing from this file is imported.");
    else if (currentId() == MappingPageId || currentId() == CheckPageId)
        question = tr("Leave the import? Nothing from this file has been imported yet.");
    if (question.isEmpty())
        return true;
    return QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No) ==
           QMessageBox::Yes;
}

void ImportWizard::reject()
{
    if (!confirmLeaving())
        return;
    if (m_task->isRunning()) {
        // Cancel rolls the import back; wait for it so nothing is half written when we close.
        QEventLoop loop;
        connect(m_task, &BackgroundTask::finished, &loop, &QEventLoop::quit);
        m_task->cancel();
        loop.exec();
    }
    QWizard::reject();
}

} // namespace clientele::ui
