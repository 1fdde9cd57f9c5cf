#pragma once

#include "pages/Page.h"

class QAction;
class QComboBox;
class QLabel;
class QTableWidget;

namespace clientele::ui {

// Service tickets: the list (all, open, overdue, mine) with each ticket's due time against its
// SLA, overdue ones in red; New Ticket (Ctrl+Shift+K) and opening a ticket (Enter or double click)
// show TicketDialog. Each ticket due or overdue is also a follow-up on the calendar.
class ServicePage : public Page
{
    Q_OBJECT
public:
    explicit ServicePage(core::storage::Database& database, QWidget* parent = nullptr);

    QString title() const override;
    QString menuText() const override;
    QString guideTopic() const override { return QStringLiteral("service.html"); }
    QString menuTitle() const override;
    QList<QAction*> pageActions() override;
    void refresh() override;

    QTableWidget* table() const { return m_table; }
    void newTicket();
    void openSelected();
    void openSettings(); // owner only: hours, SLA times, NPS warning
    qint64 selectedTicket() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QComboBox* m_filter;
    QTableWidget* m_table;
    QLabel* m_summary;
    QAction* m_new;
    QAction* m_open;
    QAction* m_customer;
    QAction* m_settings;
};

} // namespace clientele::ui
