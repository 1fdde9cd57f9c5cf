#pragma once

#include "report/MonthlyReport.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class StoreFilterCombo;

// File ▸ Print Monthly Report (Ctrl+P): choose a month, the stores (with 2+ stores: the chain or a
// store, as on the dashboard) and the paper, then preview and print, or save as PDF, HTML or CSV. Everything goes through the core's report and ReportDocument,
// the same path as `clientele-cli report monthly`.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const core::storage::Database& database, QWidget* parent = nullptr);

    QString month() const;
    StoreFilterCombo* storeFilter() const { return m_store; }
    bool hasMonths() const;
    void preview();
    bool saveAs(const QString& path); // the ending picks the format (.pdf, .html, .csv)

private:
    void save();
    QString currentHtml();
    core::Result<core::report::MonthlyReport> build() const;

    const core::storage::Database& m_database;
    QComboBox* m_month;
    StoreFilterCombo* m_store;
    QComboBox* m_page;
    QLabel* m_note;
};

} // namespace clientele::ui
