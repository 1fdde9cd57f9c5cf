#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class BackgroundTask;

// Every import of the shop, newest first, with what it did; an import still in effect can be
// undone here at any later time (the wizard's last page offers it only right after importing).
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(const core::storage::Database& database, QWidget* parent = nullptr);

Q_SIGNALS:
    void databaseChanged(); // an import was undone

private:
    void reload();
    void selectionChanged();
    void undoSelected();
    qint64 selectedBatch() const; // 0: none, or one already undone

    const core::storage::Database& m_database;
    BackgroundTask* m_task;
    QTableWidget* m_table;
    QLabel* m_empty;
    QLabel* m_outcome;
    QPushButton* m_undo;
};

} // namespace clientele::ui
