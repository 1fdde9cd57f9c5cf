#pragma once

#include "service/Ticket.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class CustomerPicker;

// A service ticket: a new one (customer, kind, priority, subject, description) or an existing one
// (its details, SLA due time and status history, and a status change with a note; a note on
// resolved or closed is the resolution). Saving writes through core::service::Tickets; on
// failure the dialog stays open and says why.
class TicketDialog : public QDialog
{
    Q_OBJECT
public:
    // ticketId 0: a new ticket (customerId preselects the customer when not 0).
    TicketDialog(core::storage::Database& database, qint64 ticketId, QWidget* parent = nullptr, qint64 customerId = 0);
    qint64 ticketId() const { return m_ticketId; }

    void accept() override;
    void reject() override; // asks before dropping a changed status, a typed note or a new ticket's fields
    bool isModified() const;

private:
    void load();
    core::service::Ticket edited() const; // the ticket as the fields now read

    core::storage::Database& m_database;
    qint64 m_ticketId;
    core::service::Ticket m_ticket;
    CustomerPicker* m_picker = nullptr;
    QLabel* m_customer = nullptr;
    QComboBox* m_kind;
    QComboBox* m_priority;
    QLineEdit* m_subject;
    QPlainTextEdit* m_description;
    QLabel* m_due = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QTableWidget* m_history = nullptr;
    QLabel* m_error;
};

} // namespace clientele::ui
