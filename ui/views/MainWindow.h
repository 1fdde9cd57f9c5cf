#pragma once

#include "dialogs/FirstStartDialog.h"

#include <QKeySequence>
#include <QMainWindow>

#include <memory>

class QLabel;
class QPushButton;
class QMenu;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class QToolBar;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class CustomerListPage;
class DashboardView;
class DueTodayNotifier;
class ExternalChangeWatcher;
class FollowUpCalendarView;
class CustomerTableModel;
class SegmentationRunner;

// The application window: wires the views, menus and actions together and owns the open
// database. Views and dialogs live in their own files; this class stays a switchboard.
class Page;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<core::storage::Database> database, QWidget* parent = nullptr);
    ~MainWindow() override;

    core::storage::Database& database() { return *m_database; }
    CustomerTableModel* customerModel() const;

    // The actions behind menus and shortcuts (public so tests can drive them without menus).
    void openProfile(int row);            // Enter / double-click
    void newCustomer();                   // Ctrl+N
    void importFile(const QString& path); // Ctrl+I (empty path: the wizard asks); drop a CSV
    // After the first start's welcome dialog, once the window is shown: "Import my customers"
    // opens the import wizard on the new shop.
    void startAfterWelcome(FirstStartDialog::Choice choice);
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
    // The pages after the customer list (ui/pages/Pages.cpp), rebuilt with each shop.
    const QList<Page*>& pages() const { return m_pages; }
    template<typename P> P* page() const
    {
        for (Page* p : m_pages)
            if (auto* found = qobject_cast<P*>(p))
                return found;
        return nullptr;
    }
    void showPage(Page* page); // brings it to the front, reading its data again when stale
    CustomerListPage* customers() const; // Ctrl+1
    DashboardView* dashboard() const;
    void showDashboard(); // Ctrl+2
    FollowUpCalendarView* calendar() const;
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
    void setDatabase(std::unique_ptr<core::storage::Database> database);
    void createPages();
    void markPagesStale(); // the shop's data changed: every page reads it again when shown
    void createTrayIcon();
    void applyPermissions(); // after sign-in and with each database
    void countOrders();
    void showChangedElsewhere(); // another till or the CLI wrote: say so, offer Refresh

    std::unique_ptr<core::storage::Database> m_database;
    QLabel* m_status = nullptr;
    QTabWidget* m_views = nullptr;        // Customers | the pages
    QList<Page*> m_pages;                 // rebuilt with each database
    QList<Page*> m_stalePages;            // data changed since they were last read
    QList<QObject*> m_pageChrome;         // View menu entries and page menus, rebuilt with the pages
    QMenu* m_viewMenu = nullptr;
    QAction* m_pagesAnchor = nullptr;     // View menu: page entries go before it
    QAction* m_toolsMenu = nullptr;       // page menus go before it
    DueTodayNotifier* m_notifier = nullptr;     // rebuilt with each database
    ExternalChangeWatcher* m_changeWatcher = nullptr; // rebuilt with each database
    QPushButton* m_changeNotice = nullptr;      // status bar: "changed elsewhere — Refresh"
    SegmentationRunner* m_segmentation = nullptr;
    QSystemTrayIcon* m_tray = nullptr;          // only where the desktop has a tray
    qint64 m_orderCount = -1;             // for the status bar; -1 unknown
    QToolBar* m_toolbar = nullptr;
    QAction* m_toolbarAnchor = nullptr; // the pages' toolbar actions go before it
    QList<QAction*> m_writeActions;     // disabled for a read-only database
    QList<std::pair<QAction*, int>> m_guardedActions; // need a permission (core::security::Permission)
    QAction* m_switchUser = nullptr;
    QLabel* m_user = nullptr; // who is signed in
};

} // namespace clientele::ui
