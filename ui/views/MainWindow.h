#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class CustomerFilterBar;
class DashboardView;
class DueTodayNotifier;
class FollowUpCalendarView;
class CustomerTableModel;
class SegmentationRunner;

// The application window: wires the views, menus and actions together and owns the open
// database. Views and dialogs live in their own files; this class stays a switchboard.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<core::storage::Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    core::storage::Database& database() { return *m_database; }
    CustomerTableModel* customerModel() const { return m_model; }

    // The actions behind menus and shortcuts (public so tests can drive them without menus).
    void openProfile(int row);            // Enter / double-click
    void newCustomer();                   // Ctrl+N
    void importFile(const QString& path); // Ctrl+I (empty path: the wizard asks); drop a CSV
    void tagSelection();
    void followUpSelection();
    // marketingList: a campaign list, without customers who opted out of marketing.
    void exportCustomers(bool selectionOnly, bool marketingList = false);
    void showUsers();    // owners (or anyone while the shop has no accounts)
    void showAuditLog(); // owners
    void switchUser();
    void setVaultPassphrase(); // first time, or a change (re-encrypts)
    QList<qint64> selectedCustomerIds() const;
    void reloadCustomers(); // after anything changed the data (F5)
    DashboardView* dashboard() const { return m_dashboard; }
    void showDashboard();
    FollowUpCalendarView* calendar() const { return m_calendar; }
    void showCalendar(); // Ctrl+3
    void showGuide();    // Help ▸ User Guide (F1), at the page of the view in front
    void openCustomer(qint64 customerId); // the 360° profile from anywhere
    void switchTo(const QString& path, const QString& failureTitle); // opens (or creates) and shows it
    // Tools ▸ Recalculate Tiers, and the catch-up when a shop opens (see SegmentationRunner).
    SegmentationRunner* segmentation() const { return m_segmentation; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void updateStatus();
    void newDatabase();
    void openDatabase();
    void backupNow();
    void restoreBackup();
    void showShortcuts();
    void showTableMenu(const QPoint& pos);
    void setDatabase(std::unique_ptr<core::storage::Database> database);
    void createDashboard();
    void createCalendar();
    void createTrayIcon();
    void applyPermissions(); // after sign-in and with each database
    void countOrders();

    std::unique_ptr<core::storage::Database> m_database;
    CustomerTableModel* m_model = nullptr;
    CustomerFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QTabWidget* m_views = nullptr;        // Customers | Dashboard | Follow-ups
    DashboardView* m_dashboard = nullptr; // rebuilt with each database
    FollowUpCalendarView* m_calendar = nullptr; // rebuilt with each database
    DueTodayNotifier* m_notifier = nullptr;     // rebuilt with each database
    SegmentationRunner* m_segmentation = nullptr;
    QSystemTrayIcon* m_tray = nullptr;          // only where the desktop has a tray
    bool m_dashboardStale = true;         // data changed since it was last read
    qint64 m_orderCount = -1;             // for the status bar; -1 unknown
    QLabel* m_empty = nullptr; // shown instead of the table when there is nothing to list
    QAction* m_unmaskPhones = nullptr;
    QList<QAction*> m_writeActions;     // disabled for a read-only database
    QList<QAction*> m_selectionActions; // need a selection
    QList<std::pair<QAction*, int>> m_guardedActions; // need a permission (core::security::Permission)
    QAction* m_switchUser = nullptr;
    QLabel* m_user = nullptr; // who is signed in
};

} // namespace clientele::ui
