#include "ImportWizard.h"

#include "ImportPages.h"
#include "ImportRunPages.h"
#include "storage/Database.h"
#include "widgets/BackgroundTask.h"

#include <QEventLoop>

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

void ImportWizard::reject()
{
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
