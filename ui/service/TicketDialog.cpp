#include "TicketDialog.h"

#include "service/Tickets.h"
#include "storage/Database.h"
#include "widgets/CustomerPicker.h"
#include "widgets/UnsavedChanges.h"
#include "i18n/LocalDates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

namespace service = core::service;

namespace {
QComboBox* keyCombo(const QStringList& keys, QString (*label)(const QString&), QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const QString& key : keys)
        combo->addItem(label(key), key);
    return combo;
}

void select(QComboBox* combo, const QString& key)
{
    const int i = combo->findData(key);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

QString timeText(const QDateTime& at)
{
    return at.isValid() ? core::i18n::LocalDates::shortDateTime(at) : QString();
}
} // namespace

TicketDialog::TicketDialog(core::storage::Database& database, qint64 ticketId, QWidget* parent, qint64 customerId)
    : QDialog(parent), m_database(database), m_ticketId(ticketId)
{
    setObjectName(QStringLiteral("ticketDialog"));
    setWindowTitle(ticketId ? tr("Ticket #%1").arg(ticketId) : tr("New Service Ticket"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    if (ticketId == 0) {
        m_picker = new CustomerPicker(database, this);
        m_picker->setObjectName(QStringLiteral("ticketCustomer"));
        if (customerId > 0)
            m_picker->search(QString::number(customerId));
        form->addRow(tr("&Customer:"), m_picker);
    } else {
        m_customer = new QLabel(this);
        form->addRow(tr("Customer:"), m_customer);
    }
    m_kind = keyCombo(service::TicketKeys::kinds(), &service::Tickets::kindLabel, this);
    m_kind->setObjectName(QStringLiteral("ticketKind"));
    form->addRow(tr("&Kind:"), m_kind);
    m_priority = keyCombo(service::TicketKeys::priorities(), &service::Tickets::priorityLabel, this);
    m_priority->setObjectName(QStringLiteral("ticketPriority"));
    select(m_priority, QStringLiteral("normal"));
    form->addRow(tr("&Priority:"), m_priority);
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("ticketSubject"));
    form->addRow(tr("&Subject:"), m_subject);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("ticketDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().height() * 4);
    form->addRow(tr("&Description:"), m_description);

    if (ticketId != 0) {
        m_due = new QLabel(this);
        m_due->setObjectName(QStringLiteral("ticketDue"));
        form->addRow(tr("Due:"), m_due);
        m_status = keyCombo(service::TicketKeys::statuses(), &service::Tickets::statusLabel, this);
        m_status->setObjectName(QStringLiteral("ticketStatus"));
        form->addRow(tr("S&tatus:"), m_status);
        m_note = new QPlainTextEdit(this);
        m_note->setObjectName(QStringLiteral("ticketNote"));
        m_note->setTabChangesFocus(true);
        m_note->setPlaceholderText(tr("A note on the change; when resolving, the resolution"));
        m_note->setMaximumHeight(fontMetrics().height() * 4);
        form->addRow(tr("&Note:"), m_note);
        m_history = new QTableWidget(0, 3, this);
        m_history->setObjectName(QStringLiteral("ticketHistory"));
        m_history->setHorizontalHeaderLabels({tr("When"), tr("Status"), tr("Note")});
        m_history->horizontalHeader()->setStretchLastSection(true);
        m_history->verticalHeader()->hide();
        m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_history->setMinimumHeight(fontMetrics().height() * 7);
        layout->addWidget(new QLabel(tr("History"), this));
        layout->addWidget(m_history);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("ticketError"));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("ticketSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TicketDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TicketDialog::reject);
    layout->addWidget(buttons);
    if (ticketId != 0)
        load();
    resize(520, ticketId ? 560 : 380);
}

void TicketDialog::load()
{
    const auto v = service::Tickets::get(m_database, m_ticketId);
    if (!v) {
        m_error->setText(v.error().message);
        m_error->show();
        return;
    }
    m_ticket = v->ticket;
    m_customer->setText(m_ticket.customerName);
    select(m_kind, m_ticket.kind);
    select(m_priority, m_ticket.priority);
    m_subject->setText(m_ticket.subject);
    m_description->setPlainText(m_ticket.description);
    select(m_status, m_ticket.status);
    if (v->sla.stopped)
        m_due->setText(v->sla.breached ? tr("Resolved later than its SLA") : tr("Resolved within its SLA"));
    else if (v->sla.paused)
        m_due->setText(tr("Paused while waiting for the customer"));
    else
        m_due->setText(v->overdue() ? tr("%1 (overdue)").arg(timeText(v->sla.dueAt)) : timeText(v->sla.dueAt));
    m_history->setRowCount(int(m_ticket.history.size()));
    for (int row = 0; row < m_ticket.history.size(); ++row) {
        const auto& c = m_ticket.history[row];
        m_history->setItem(row, 0, new QTableWidgetItem(timeText(c.at)));
        m_history->setItem(row, 1, new QTableWidgetItem(service::Tickets::statusLabel(c.status)));
        m_history->setItem(row, 2, new QTableWidgetItem(c.note));
    }
    m_history->resizeColumnsToContents();
}

void TicketDialog::accept()
{
    auto fail = [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    };
    if (m_database.isReadOnly())
        return fail(tr("This shop is open read-only."));
    service::Ticket t = edited();
    if (m_ticketId == 0) {
        // Enter in the customer search picks a match (CustomerPicker); it does not save yet.
        if (m_picker->isAncestorOf(focusWidget())) {
            focusNextPrevChild(true);
            if (m_picker->isAncestorOf(focusWidget()))
                m_kind->setFocus();
            return;
        }
        t.customerId = m_picker->customerId();
        if (t.customerId == 0)
            return fail(tr("Choose the customer first."));
        const auto id = service::Tickets::open(m_database, t);
        if (!id)
            return fail(id.error().message);
        m_ticketId = *id;
        QDialog::accept();
        return;
    }
    const bool detailsChanged = t.kind != m_ticket.kind || t.priority != m_ticket.priority ||
                                t.subject != m_ticket.subject || t.description != m_ticket.description;
    if (detailsChanged)
        if (auto s = service::Tickets::editDetails(m_database, t); !s)
            return fail(s.error().message);
    const QString status = m_status->currentData().toString();
    if (status != m_ticket.status)
        if (auto s = service::Tickets::update(m_database, m_ticketId, status, m_note->toPlainText()); !s)
            return fail(s.error().message);
    QDialog::accept();
}

service::Ticket TicketDialog::edited() const
{
    service::Ticket t = m_ticket;
    t.kind = m_kind->currentData().toString();
    t.priority = m_priority->currentData().toString();
    t.subject = m_subject->text().trimmed();
    t.description = m_description->toPlainText().trimmed();
    return t;
}

bool TicketDialog::isModified() const
{
    const service::Ticket t = edited();
    if (m_ticketId == 0) // a new ticket: anything typed or chosen beyond the defaults
        return !t.subject.isEmpty() || !t.description.isEmpty() || m_kind->currentIndex() != 0 ||
               t.priority != QLatin1String("normal");
    return t.kind != m_ticket.kind || t.priority != m_ticket.priority || t.subject != m_ticket.subject ||
           t.description != m_ticket.description || m_status->currentData().toString() != m_ticket.status ||
           !m_note->toPlainText().trimmed().isEmpty();
}

void TicketDialog::reject()
{
    if (isModified()) {
        const QString what = m_ticketId == 0 ? tr("The new ticket has not been saved.")
                                             : tr("The ticket was changed but not saved.");
        switch (askAboutUnsavedChanges(this, what)) {
        case UnsavedAnswer::KeepEditing:
            return;
        case UnsavedAnswer::Save:
            accept(); // stays open and says why when saving fails
            return;
        case UnsavedAnswer::Discard:
            break;
        }
    }
    QDialog::reject();
}

} // namespace clientele::ui
