#pragma once

#include "pages/Page.h"

class QAction;
class QLabel;
class QMenu;
class QTableView;

namespace clientele::ui {

class CustomerFilterBar;
class CustomerTableModel;

// The customer list: search and filters over a lazy model, the shop's own columns, and what one
// does with customers (new, profile, tag, follow-up, export the selection). Its actions make the
// Customers menu; Enter and double-click open the 360° profile (Page::openCustomer).
class CustomerListPage : public Page
{
    Q_OBJECT
public:
    explicit CustomerListPage(core::storage::Database& database, QWidget* parent = nullptr);
    ~CustomerListPage() override; // remembers the columns' widths and sort order

    QString title() const override;
    QString menuText() const override;
    QString guideTopic() const override { return QStringLiteral("customers.html"); }
    QString menuTitle() const override;
    QList<QAction*> pageActions() override { return m_actions; }
    QList<QAction*> toolbarActions() override { return m_toolbarActions; } // new, tag, follow-up
    void refresh() override;                // tags, cities, products and fields for the filters; the list again
    void updateActions() override;          // selection actions need a selection
    qint64 customerInHand() const override; // the current row, when it is selected

    CustomerTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    CustomerFilterBar* filters() const { return m_filters; }
    QList<qint64> selectedCustomerIds() const;
    int selectedCount() const;

    // The actions behind the menu (public for tests and for the window's File menu).
    void openProfile(int row);
    void newCustomer();
    void tagSelection();
    void followUpSelection();
    // The list as shown (search and filters applied), or only the selection; marketingList leaves
    // out customers who opted out of marketing.
    void exportCustomers(bool selectionOnly, bool marketingList = false);
    void applyFilter(const core::storage::CustomerFilter& filter, const QString& description);
    // Names the current filters and saves them as a campaign audience (Campaigns::saveAudience).
    void saveAudience();

Q_SIGNALS:
    void statusChanged(); // count or selection changed: the window's status bar reads them

private:
    void createActions();
    void updateState();
    void showTableMenu(const QPoint& pos);

    CustomerTableModel* m_model = nullptr;
    CustomerFilterBar* m_filters = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr; // shown instead of the table when there is nothing to list
    QMenu* m_columns = nullptr;
    QAction* m_unmask = nullptr; // Show Full Phone Numbers
    QList<QAction*> m_actions;
    QList<QAction*> m_selectionActions; // need a selection
    QList<QAction*> m_toolbarActions;
};

} // namespace clientele::ui
