#include "ImportRunPages.h"

#include "ImportProblemsView.h"
#include "ImportUndo.h"
#include "ImportWizard.h"
#include "io/ImportService.h"
#include "widgets/BackgroundTask.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace clientele::ui {

using namespace core::io;

namespace {
QString asHtml(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}
} // namespace

// ---- Step 4 ---------------------------------------------------------------------------------

ImportCheckPage::ImportCheckPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Check before importing"));
    setSubTitle(tr("A dry run: Clientele reads the whole file and tells you what importing would do. "
                   "Nothing is written yet."));
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_duplicates = new QComboBox(this);
    m_duplicates->setObjectName(QStringLiteral("importDuplicates"));
    m_duplicates->addItem(tr("Keep the existing customer as it is"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Fill only the fields that are empty"), int(DuplicatePolicy::Fill));
    m_duplicates->addItem(tr("Take every value from the file"), int(DuplicatePolicy::Overwrite));
    row->addWidget(new QLabel(tr("When a row matches a customer already here:"), this));
    row->addWidget(m_duplicates, 1);
    layout->addLayout(row);
    m_progress = new QProgressBar(this);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importCheckSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_summary);
    m_problems = new ImportProblemsView(QStringLiteral("importCheckProblems"), this);
    layout->addWidget(m_problems, 1);
    connect(m_duplicates, &QComboBox::activated, this, &ImportCheckPage::startCheck);
    connect(&wizard->task(), &BackgroundTask::progress, m_progress, &QProgressBar::setValue);
}

void ImportCheckPage::initializePage()
{
    m_duplicates->setCurrentIndex(std::max(0, m_duplicates->findData(int(m_wizard->state().options.onDuplicate))));
    m_duplicates->setEnabled(m_wizard->state().options.kind == ImportKind::Customers);
    startCheck();
}

void ImportCheckPage::cleanupPage()
{
    m_wizard->task().cancel(); // going back stops a dry run in progress
}

void ImportCheckPage::startCheck()
{
    auto& state = m_wizard->state();
    state.options.onDuplicate = DuplicatePolicy(m_duplicates->currentData().toInt());
    state.check.reset();
    ImportOptions options = state.options;
    options.dryRun = true;
    auto report = std::make_shared<std::optional<ImportReport>>();
    const QString path = state.path;
    const bool started = m_wizard->task().start(
        [report, path, options](core::storage::Database& db, const ImportHooks& hooks) {
            auto outcome = ImportService::run(db, path, options, hooks);
            if (!outcome)
                return core::Status(outcome.error());
            *report = std::move(outcome->report);
            return core::Status();
        },
        [this, report](bool ok, const QString& message, bool cancelled) {
            m_running = false;
            m_progress->hide();
            if (ok && report->has_value()) {
                m_wizard->state().check = **report;
                showReport(**report);
            } else {
                m_summary->setText(cancelled ? tr("Check stopped.")
                                             : QStringLiteral("<span style='color:#b91c1c'>%1</span>").arg(message.toHtmlEscaped()));
            }
            Q_EMIT completeChanged();
        });
    if (!started)
        return;
    m_running = true;
    m_summary->setText(tr("Reading the file…"));
    m_problems->clear();
    m_progress->setValue(0);
    m_progress->show();
    Q_EMIT completeChanged();
}

void ImportCheckPage::showReport(const ImportReport& report)
{
    m_summary->setText(asHtml(describeImport(report)));
    m_problems->showReport(report, m_wizard->state().path);
    // Without a table the summary takes the room, so it sits at the top instead of mid-page.
    static_cast<QVBoxLayout*>(layout())->setStretchFactor(m_summary, m_problems->isEmpty() ? 1 : 0);
}

bool ImportCheckPage::isComplete() const
{
    const auto& check = m_wizard->state().check;
    return !m_running && check && !check->refused && (check->inserted > 0 || check->updated > 0);
}

bool ImportCheckPage::validatePage()
{
    return isComplete();
}

// ---- Step 5 ---------------------------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setTitle(tr("Importing"));
    auto* layout = new QVBoxLayout(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_summary);
    auto* row = new QHBoxLayout;
    m_cancel = new QPushButton(tr("&Cancel Import"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_undo = new QPushButton(tr("&Undo This Import…"), this);
    m_undo->setObjectName(QStringLiteral("importUndo"));
    m_undo->setToolTip(tr("Removes what this import added and restores what it changed (asks first)."));
    // Neither may become the dialog's default: Enter is for Next and Finish only.
    m_cancel->setAutoDefault(false);
    m_undo->setAutoDefault(false);
    row->addWidget(m_cancel);
    row->addWidget(m_undo);
    row->addStretch(1);
    layout->addLayout(row);
    m_problems = new ImportProblemsView(QStringLiteral("importRunProblems"), this);
    layout->addWidget(m_problems, 1);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_undo, &QPushButton::clicked, this, &ImportRunPage::undo);
    connect(&wizard->task(), &BackgroundTask::progress, m_progress, &QProgressBar::setValue);
}

void ImportRunPage::initializePage()
{
    auto& state = m_wizard->state();
    ImportOptions options = state.options;
    options.dryRun = false;
    const QString path = state.path;
    auto outcome = std::make_shared<std::optional<ImportService::Outcome>>();
    const bool started = m_wizard->task().start(
        [outcome, path, options](core::storage::Database& db, const ImportHooks& hooks) {
            auto result = ImportService::run(db, path, options, hooks);
            if (!result)
                return core::Status(result.error());
            *outcome = std::move(*result);
            return core::Status();
        },
        [this, outcome](bool ok, const QString& message, bool cancelled) {
            m_running = false;
            m_progress->hide();
            if (ok && outcome->has_value()) {
                auto& state = m_wizard->state();
                state.result = (*outcome)->report;
                state.resegmented = (*outcome)->resegmented;
                setTitle(tr("Import finished"));
                QString text = describeImport(state.result.value());
                if (!(*outcome)->segmentation.problem.isEmpty())
                    text += u'\n' + tr("The import is saved, but tiers and stages could not be recalculated (%1). "
                                       "Use Tools ▸ Recalculate Tiers.").arg((*outcome)->segmentation.problem);
                else if (state.resegmented > 0)
                    text += u'\n' + tr("Tiers and stages were refreshed for the %Ln customer(s) it touched.", nullptr,
                                       int(state.resegmented));
                m_summary->setText(asHtml(text));
                m_problems->showReport(*state.result, state.path);
                m_undo->setVisible(state.result->batchId > 0);
                Q_EMIT m_wizard->databaseChanged();
            } else {
                setTitle(cancelled ? tr("Import cancelled") : tr("Import failed"));
                m_summary->setText(asHtml(cancelled ? tr("The import was cancelled; the database is unchanged.")
                                                    : tr("Nothing was imported: %1").arg(message)));
            }
            ended();
        });
    m_problems->clear();
    m_undo->hide();
    if (!started) { // cannot happen while the wizard runs one task at a time; say so rather than hang
        setTitle(tr("Import failed"));
        m_summary->setText(tr("Another task is still running; close the wizard and try again."));
        m_cancel->hide();
        m_progress->hide();
        ended();
        return;
    }
    m_running = true;
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_progress->show();
    // The wizard stays in front of the window while it imports; Cancel and Esc both roll back.
    m_summary->setText(tr("Importing %1… Cancel leaves the database as it was.").arg(QFileInfo(path).fileName()));
    Q_EMIT completeChanged();
}

void ImportRunPage::cancel()
{
    if (!m_running || !m_wizard->task().isRunning())
        return; // the import already ended: nothing to cancel, and nothing to claim
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling… the import is being rolled back."));
    m_wizard->task().cancel();
}

void ImportRunPage::ended()
{
    m_cancel->hide();
    Q_EMIT completeChanged(); // enables Finish
    if (QAbstractButton* finish = m_wizard->button(QWizard::FinishButton)) {
        if (auto* push = qobject_cast<QPushButton*>(finish))
            push->setDefault(true);
        if (m_wizard->currentPage() == this)
            finish->setFocus(Qt::OtherFocusReason);
    }
}

void ImportRunPage::undo()
{
    const auto& result = m_wizard->state().result;
    if (m_running || !result || result->batchId <= 0 || m_wizard->state().undone)
        return;
    const qint64 batch = result->batchId;
    if (!importundo::confirm(this, batch))
        return;
    m_undo->setEnabled(false);
    const bool started = importundo::start(
        m_wizard->task(), batch,
        [this, batch](const std::optional<ImportService::UndoOutcome>& outcome, const QString& error) {
            m_running = false;
            if (outcome) {
                m_wizard->state().undone = true;
                setTitle(tr("Import undone"));
                m_summary->setText(asHtml(importundo::describe(batch, *outcome).join(u'\n')));
                m_problems->clear();
                m_undo->hide();
                Q_EMIT m_wizard->databaseChanged();
            } else {
                m_undo->setEnabled(true);
                QMessageBox::warning(this, tr("Undo Import"), error);
            }
            ended();
        });
    if (!started) {
        m_undo->setEnabled(true);
        return;
    }
    m_running = true;
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return !m_running;
}

} // namespace clientele::ui
