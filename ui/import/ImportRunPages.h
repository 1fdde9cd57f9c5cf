#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace clientele::core::io {
struct ImportReport;
}

namespace clientele::ui {

class ImportProblemsView;
class ImportWizard;

// Step 4: a dry run on the worker — counts, duplicates, the skipped rows and the warnings
// (exportable), with the choice of what to do with duplicates. Nothing is written.
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

    ImportWizard* m_wizard;
    QComboBox* m_duplicates;
    QProgressBar* m_progress;
    QLabel* m_summary;
    ImportProblemsView* m_problems;
    bool m_running = false;
};

// Step 5: the import on the worker with a progress bar and Cancel, then the summary with the
// skipped rows and warnings, and "Undo this import" (asked first). Once it ends, Finish is the
// default button: Enter closes the wizard and keeps the import; no hidden button takes a key.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void cancel();
    void undo();
    void ended(); // a task ended: Finish becomes the default button and takes the focus

    ImportWizard* m_wizard;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QPushButton* m_cancel;
    QPushButton* m_undo;
    ImportProblemsView* m_problems;
    bool m_running = false;
};

} // namespace clientele::ui
