#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTableView;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class CustomerFilterBar;
class CustomerTableModel;

// The application window: wires the views together and owns the open database. Views live in
// their own files; this class stays small.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<core::storage::Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the 360° profile of the customer on `row` of the list (also Enter / double-click).
    void openProfile(int row);
    const core::storage::Database& database() const { return *m_database; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateStatus();
    void openDatabase();
    void setDatabase(std::unique_ptr<core::storage::Database> database);

    std::unique_ptr<core::storage::Database> m_database;
    CustomerTableModel* m_model = nullptr;
    CustomerFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_empty = nullptr; // shown instead of the table when there is nothing to list
    QAction* m_unmaskPhones = nullptr;
};

} // namespace clientele::ui
