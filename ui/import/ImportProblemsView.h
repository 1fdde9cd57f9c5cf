#pragma once

#include "io/ImportReport.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTabWidget;
class QTableWidget;

namespace clientele::ui {

// The rows an import skipped or imported with a warning, one tab per kind. Each tab lists one line
// per row of the file (a row with two bad values shows both in its line) and its title counts
// those lines in rows, the count the summary gives ("first 2,000 of 5,310 rows" past
// kShownPerTab). The tabs are reached by keyboard: Tab into the tab bar and arrows, Ctrl+Tab from
// the table, or their mnemonics (Alt+S, Alt+D, Alt+W). "Export Problems…" saves every problem as CSV.
class ImportProblemsView : public QWidget
{
    Q_OBJECT
public:
    enum Kind { Skipped, Conflicts, Warnings };
    static constexpr int kShownPerTab = 2000; // rows of the file; the export has them all

    ImportProblemsView(const QString& objectName, QWidget* parent = nullptr);
    void showReport(const core::io::ImportReport& report, const QString& sourcePath);
    void clear();
    bool isEmpty() const;
    QTableWidget* table(Kind kind) const; // nullptr when that kind has no rows

private:
    void addTab(Kind kind, const QList<core::io::ImportProblem>& problems, qint64 rows);
    void exportProblems();

    QTabWidget* m_tabs;
    QPushButton* m_export;
    QTableWidget* m_tables[3] = {};
    std::optional<core::io::ImportReport> m_report;
    QString m_path;
};

// One paragraph saying what an import did (or, in a dry run, would do), every count in words.
QString describeImport(const core::io::ImportReport& report);

} // namespace clientele::ui
