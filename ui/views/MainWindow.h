#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class CustomerTableModel;

// The application window: wires the views together and owns the open database. Views live in
// their own files; this class stays small.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<core::storage::Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void applySearch();
    void updateStatus();
    void openDatabase();
    void setDatabase(std::unique_ptr<core::storage::Database> database);

    std::unique_ptr<core::storage::Database> m_database;
    CustomerTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_status = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace clientele::ui
