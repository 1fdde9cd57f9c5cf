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

    virtual QString title() const = 0;              // tab and View menu text (translated)
    virtual QString guideTopic() const { return {}; } // the user guide's page for F1, e.g. "calendar.html"
    // The page's own menu (empty title: none). Actions keep their own enabled state and shortcuts;
    // actions that write should check the database's read-only state and the session's permissions.
    virtual QString menuTitle() const { return {}; }
    virtual QList<QAction*> pageActions() { return {}; }
    // Read the data again: when the page comes to the front after the shop's data changed.
    virtual void refresh() = 0;

    core::storage::Database& database() const { return m_database; }

Q_SIGNALS:
    void openCustomer(qint64 customerId); // the 360° profile
    void showCustomers(const clientele::core::storage::CustomerFilter& filter, const QString& description);
    void dataChanged(); // this page wrote something: other pages and the list are stale

private:
    core::storage::Database& m_database;
};

// A page the window builds for every shop it opens, in tab order after the customer list.
struct PageSpec
{
    QString objectName;   // also the tab's object name, for tests
    QKeySequence shortcut; // View menu shortcut (Ctrl+2, Ctrl+3, …)
    std::function<Page*(core::storage::Database&, QWidget*)> create;
};

// Every page of the application: one line per page in Pages.cpp.
QList<PageSpec> registeredPages();

} // namespace clientele::ui
