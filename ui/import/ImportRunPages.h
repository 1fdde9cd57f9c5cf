#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace clientele::core::io {
struct ImportReport;
}

namespace clientele::ui {

class ImportWizard;

// Step 4: a dry run on the worker — counts, duplicates and the bad rows (exportable), with the
// choice of what to do with duplicates. Nothing is written.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void startCheck();
    void showReport(const core::io::ImportReport& report);
    void exportProblems();

    ImportWizard* m_wizard;
    QComboBox* m_duplicates;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QPushButton* m_export;
    bool m_running = false;
};

// Step 5: the import on the worker with a progress bar and Cancel, then the summary with
// "Undo this import".
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void undo();

    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_cancel;
    QPushButton* m_undo;
    bool m_running = false;
};

// One paragraph saying what an import did (or, in a dry run, would do).
QString describeImport(const core::io::ImportReport& report);

} // namespace clientele::ui
