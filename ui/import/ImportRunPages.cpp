#include "ImportRunPages.h"

#include "ImportWizard.h"
#include "io/CustomerExporter.h"
#include "io/ImportService.h"
#include "widgets/BackgroundTask.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace clientele::ui {

using namespace core::io;

namespace {
constexpr int kShownProblems = 2000; // the export has them all

QString number(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

QString describeImport(const ImportReport& r)
{
    const bool orders = r.mapping.kind() == ImportKind::Orders;
    QString text;
    if (r.refused)
        return ImportCheckPage::tr("Refused: %1").arg(r.refusal);
    if (r.dryRun)
        text = orders ? ImportCheckPage::tr("%1 rows read. Importing would add %2 orders and create %3 customers; "
                                            "%4 orders are already in the database.")
                            .arg(number(r.rows), number(r.inserted), number(r.customersCreated), number(r.duplicates))
                      : ImportCheckPage::tr("%1 rows read. Importing would add %2 customers and update %3; %4 rows "
                                            "match customers already in the database.")
                            .arg(number(r.rows), number(r.inserted), number(r.updated), number(r.duplicates));
    else
        text = orders ? ImportCheckPage::tr("%1 rows read: %2 orders added, %3 customers created, %4 already there.")
                            .arg(number(r.rows), number(r.inserted), number(r.customersCreated), number(r.duplicates))
                      : ImportCheckPage::tr("%1 rows read: %2 customers added, %3 updated, %4 matched existing "
                                            "customers.")
                            .arg(number(r.rows), number(r.inserted), number(r.updated), number(r.duplicates));
    if (r.errorCount > 0)
        text += u'\n' + ImportCheckPage::tr("Rows with problems, skipped (listed below): %1").arg(number(r.errorCount));
    if (r.conflictCount > 0)
        text += u'\n' + ImportCheckPage::tr("Rows that disagree with the customer they match: %1").arg(number(r.conflictCount));
    if (r.flaggedPhones > 0)
        text += u'\n' + ImportCheckPage::tr("Phone numbers kept that are not mainland mobiles: %1").arg(number(r.flaggedPhones));
    for (const QString& warning : r.warnings)
        text += QStringLiteral("\n• ") + warning;
    return text;
}

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
    m_problems = new QTableWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setColumnCount(4);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_problems, 1);
    m_export = new QPushButton(tr("&Export Problems…"), this);
    m_export->setToolTip(tr("Save every problem row as a CSV to fix in Excel and import again."));
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch(1);
    exportRow->addWidget(m_export);
    layout->addLayout(exportRow);
    connect(m_duplicates, &QComboBox::activated, this, &ImportCheckPage::startCheck);
    connect(&wizard->task(), &BackgroundTask::progress, m_progress, &QProgressBar::setValue);
    connect(m_export, &QPushButton::clicked, this, &ImportCheckPage::exportProblems);
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
    m_problems->setRowCount(0);
    m_progress->setValue(0);
    m_progress->show();
    m_export->setEnabled(false);
    Q_EMIT completeChanged();
}

void ImportCheckPage::showReport(const ImportReport& report)
{
    m_summary->setText(describeImport(report).toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    QList<ImportProblem> problems = report.errors;
    problems.append(report.conflicts);
    const int shown = int(std::min<qsizetype>(problems.size(), kShownProblems));
    m_problems->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const ImportProblem& p = problems[row];
        m_problems->setItem(row, 0, new QTableWidgetItem(QString::number(p.line)));
        m_problems->setItem(row, 1, new QTableWidgetItem(p.column));
        m_problems->setItem(row, 2, new QTableWidgetItem(p.value));
        m_problems->setItem(row, 3, new QTableWidgetItem(p.reason));
    }
    m_problems->resizeColumnsToContents();
    m_problems->setVisible(shown > 0);
    // Without a table the summary takes the room, so it sits at the top instead of mid-page.
    static_cast<QVBoxLayout*>(layout())->setStretchFactor(m_summary, shown > 0 ? 0 : 1);
    m_export->setEnabled(report.errorCount + report.conflictCount > 0);
}

void ImportCheckPage::exportProblems()
{
    if (!m_wizard->state().check)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Problems"),
                                                      QFileInfo(m_wizard->state().path).completeBaseName() +
                                                          tr("-problems.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto s = ProblemExporter::exportCsv(*m_wizard->state().check, path); !s)
        QMessageBox::warning(this, tr("Export Problems"), s.error().message);
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
    layout->addWidget(m_summary);
    auto* row = new QHBoxLayout;
    m_cancel = new QPushButton(tr("&Cancel Import"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_undo = new QPushButton(tr("&Undo This Import"), this);
    m_undo->setObjectName(QStringLiteral("importUndo"));
    m_undo->setToolTip(tr("Removes what this import added and restores what it changed."));
    row->addWidget(m_cancel);
    row->addWidget(m_undo);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(1);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling… the import is being rolled back."));
        m_wizard->task().cancel();
    });
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
    m_wizard->task().start(
        [outcome, path, options](core::storage::Database& db, const ImportHooks& hooks) {
            auto result = ImportService::run(db, path, options, hooks);
            if (!result)
                return core::Status(result.error());
            *outcome = std::move(*result);
            return core::Status();
        },
        [this, outcome](bool ok, const QString& message, bool cancelled) {
            m_running = false;
            m_cancel->hide();
            m_progress->hide();
            if (ok && outcome->has_value()) {
                auto& state = m_wizard->state();
                state.result = (*outcome)->report;
                state.resegmented = (*outcome)->resegmented;
                setTitle(tr("Import finished"));
                QString text = describeImport(state.result.value());
                if (state.resegmented > 0)
                    text += QStringLiteral("\n") + tr("Tiers and stages were refreshed for the %1 customers it touched.")
                                                       .arg(QLocale().toString(state.resegmented));
                m_summary->setText(text);
                m_undo->setVisible(state.result->batchId > 0);
                Q_EMIT m_wizard->databaseChanged();
            } else {
                setTitle(cancelled ? tr("Import cancelled") : tr("Import failed"));
                m_summary->setText(cancelled ? tr("The import was cancelled; the database is unchanged.")
                                             : tr("Nothing was imported: %1").arg(message));
            }
            Q_EMIT completeChanged();
        });
    m_running = true;
    m_undo->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Importing %1… You can keep working; Cancel leaves the database as it was.")
                           .arg(QFileInfo(path).fileName()));
    Q_EMIT completeChanged();
}

void ImportRunPage::undo()
{
    const auto& result = m_wizard->state().result;
    if (!result || result->batchId <= 0)
        return;
    const qint64 batch = result->batchId;
    m_undo->setEnabled(false);
    auto outcome = std::make_shared<std::optional<ImportService::UndoOutcome>>();
    m_wizard->task().start(
        [outcome, batch](core::storage::Database& db, const ImportHooks&) {
            auto undone = ImportService::undo(db, batch);
            if (!undone)
                return core::Status(undone.error());
            *outcome = *undone;
            return core::Status();
        },
        [this, outcome, batch](bool ok, const QString& message, bool) {
            m_running = false;
            if (ok && outcome->has_value()) {
                const auto& s = (*outcome)->summary;
                m_wizard->state().undone = true;
                setTitle(tr("Import undone"));
                m_summary->setText(tr("Import #%1 undone: %2 customers and %3 orders removed, %4 fields restored.")
                                       .arg(batch)
                                       .arg(s.customersRemoved)
                                       .arg(s.ordersRemoved)
                                       .arg(s.fieldsRestored));
                m_undo->hide();
                Q_EMIT m_wizard->databaseChanged();
            } else {
                m_undo->setEnabled(true);
                QMessageBox::warning(this, tr("Undo Import"), message);
            }
            Q_EMIT completeChanged();
        });
    m_running = true;
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return !m_running;
}

} // namespace clientele::ui
