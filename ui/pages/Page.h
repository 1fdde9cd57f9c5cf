#pragma once

#include "storage/CustomerQueries.h"

#include <QKeySequence>
#include <QList>
#include <QWidget>

#include <functional>

class QAction;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// One area of the main window (customers, dashboard, calendar, counter, campaigns, service).
// A page is built for one open shop and thrown away when another opens. It brings its own
// actions: the window shows them in a menu named after the page and never needs to know what
// they do. Pages talk to the rest of the window only through the signals below.
class Page : public QWidget
{
    Q_OBJECT
public:
    explicit Page(core::storage::Database& database, QWidget* parent = nullptr);

    virtual QString title() const = 0; // tab text, the shortcuts list (translated)
    // The View menu's entry: the title with a mnemonic that no other View entry uses (the tab
    // keeps the plain title, so that Alt+letter stays the menu bar's).
    virtual QString menuText() const { return title(); }
    virtual QString guideTopic() const { return {}; } // the user guide's page for F1, e.g. "calendar.html"
    // The page's own menu (empty title: none). Actions keep their own enabled state and shortcuts;
    // actions that write should check the database's read-only state and the session's permissions.
    virtual QString menuTitle() const { return {}; }
    virtual QList<QAction*> pageActions() { return {}; }
    virtual QList<QAction*> toolbarActions() { return {}; } // the main toolbar's, while the shop is open
    // Read the data again: when the page comes to the front after the shop's data changed.
    virtual void refresh() = 0;
    // Enables the page's actions as the shop and the person signed in allow (see needs() and
    // writes()); pages whose actions need more (a selection) add their own conditions.
    virtual void updateActions();
    // Shows one of the page's own items (a campaign by id) when another page asks (openPage).
    virtual void showItem(qint64 itemId) { Q_UNUSED(itemId); }
    // The customer the user has in hand on this page (the list's current row), for a page that
    // serves one person and comes forward with a window-wide key (F3 at the counter). 0: none.
    virtual qint64 customerInHand() const { return 0; }

    // Marks on a page action, which the window and updateActions() enforce: the action needs a
    // permission (hidden without it), or it writes (disabled while the shop is read-only).
    static QAction* needs(QAction* action, int permission); // core::security::Permission
    static QAction* writes(QAction* action);
    static bool isPermitted(const QAction* action); // the signed-in person may use it
    bool isAllowed(const QAction* action) const;    // permitted, and not a write on a read-only shop

    core::storage::Database& database() const { return m_database; }

Q_SIGNALS:
    void openCustomer(qint64 customerId); // the 360° profile
    void showCustomers(const clientele::core::storage::CustomerFilter& filter, const QString& description);
    void dataChanged(); // this page wrote something: other pages and the list are stale
    // A line for the window's status bar (what an export saved and where), shown for timeoutMs.
    void message(const QString& text, int timeoutMs);
    // Bring the page with this object name (PageSpec) to the front, showing item `itemId`.
    void openPage(const QString& objectName, qint64 itemId);
    // Bring this page to the front and show it the customer in hand on the page that was in front
    // (showItem with their id, when there is one).
    void comeForwardWithCustomerInHand();

private:
    core::storage::Database& m_database;
};

// A page the window builds for every shop it opens, in tab order after the customer list.
struct PageSpec
{
    QString objectName;    // also the tab's object name, for tests
    QKeySequence shortcut; // View menu shortcut (Ctrl+2, Ctrl+3, …)
    std::function<Page*(core::storage::Database&, QWidget*)> create;
};

// Every page of the application: one line per page in Pages.cpp.
QList<PageSpec> registeredPages();

} // namespace clientele::ui
