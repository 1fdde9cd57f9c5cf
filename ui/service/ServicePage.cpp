#include "ServicePage.h"

#include "ServiceSettingsDialog.h"
#include "TicketDialog.h"
#include "security/Session.h"
#include "service/Tickets.h"
#include "i18n/LocalDates.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QKeyEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

namespace service = core::service;

namespace {
enum Column { IdColumn, CustomerColumn, KindColumn, PriorityColumn, StatusColumn, OwnerColumn, DueColumn, SubjectColumn };
}

ServicePage::ServicePage(core::storage::Database& database, QWidget* parent) : Page(database, parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    layout->addLayout(bar);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("ticketFilter"));
    m_filter->addItem(tr("Open tickets"), int(service::TicketFilter::Open));
    m_filter->addItem(tr("Overdue"), int(service::TicketFilter::Overdue));
    m_filter->addItem(tr("Mine"), int(service::TicketFilter::Mine));
    m_filter->addItem(tr("All tickets"), int(service::TicketFilter::All));
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_filter);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ticketSummary"));
    m_summary->setWordWrap(true); // the empty list's hint is a sentence: it wraps rather than widen the window
    bar->addWidget(m_summary, 1);

    m_new = new QAction(tr("&New Ticket…"), this);
    m_new->setObjectName(QStringLiteral("newTicketAction"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_new, &QAction::triggered, this, &ServicePage::newTicket);
    m_open = new QAction(tr("&Open Ticket…"), this);
    connect(m_open, &QAction::triggered, this, &ServicePage::openSelected);
    m_customer = new QAction(tr("Open the &Customer"), this);
    connect(m_customer, &QAction::triggered, this, [this] {
        const auto row = m_table->currentRow();
        if (row >= 0)
            Q_EMIT openCustomer(m_table->item(row, CustomerColumn)->data(Qt::UserRole).toLongLong());
    });
    m_settings = new QAction(tr("Service &Settings…"), this);
    m_settings->setObjectName(QStringLiteral("serviceSettingsAction"));
    needs(writes(m_settings), int(core::security::Permission::ChangeRules));
    connect(m_settings, &QAction::triggered, this, &ServicePage::openSettings);
    for (QAction* a : {m_new, m_open, m_customer}) {
        // A button shows no mnemonic: "&New Ticket…" and "新建工单(&N)…" lose it alike.
        auto* button = new QPushButton(a->text().remove(QRegularExpression(QStringLiteral("\\(&.\\)"))).remove(QLatin1Char('&')), this);
        connect(button, &QPushButton::clicked, a, &QAction::trigger);
        if (a == m_new)
            button->setObjectName(QStringLiteral("newTicketButton"));
        bar->addWidget(button);
    }

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("ticketTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Customer"), tr("Kind"), tr("Priority"), tr("Status"), tr("Handled by"), tr("Due"), tr("Ticket subject")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openSelected(); });
    m_table->installEventFilter(this); // Enter opens the ticket
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ServicePage::refresh);
    refresh();
}

QString ServicePage::title() const
{
    return tr("Service");
}

QString ServicePage::menuText() const
{
    return tr("&Service", "View menu");
}

QString ServicePage::menuTitle() const
{
    return tr("&Service");
}

QList<QAction*> ServicePage::pageActions()
{
    return {m_new, m_open, m_customer, m_settings};
}

qint64 ServicePage::selectedTicket() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, IdColumn) ? m_table->item(row, IdColumn)->data(Qt::UserRole).toLongLong() : 0;
}

void ServicePage::refresh()
{
    const auto filter = service::TicketFilter(m_filter->currentData().toInt());
    const auto tickets = service::Tickets::list(database(), filter, core::security::Session::actor());
    m_table->setRowCount(0);
    if (!tickets) {
        m_summary->setText(tickets.error().message);
        return;
    }
    int overdue = 0;
    m_table->setRowCount(int(tickets->size()));
    for (int row = 0; row < tickets->size(); ++row) {
        const service::TicketView& v = tickets->at(row);
        QString due;
        if (v.sla.paused)
            due = tr("paused (waiting)");
        else if (v.sla.stopped)
            due = v.sla.breached ? tr("resolved late (SLA breached)") : tr("resolved in time");
        else if (v.overdue())
            due = tr("%1 · breached").arg(core::i18n::LocalDates::shortDateTime(v.sla.dueAt));
        else
            due = core::i18n::LocalDates::shortDateTime(v.sla.dueAt);
        const QStringList cells{QString::number(v.ticket.id),
                                v.ticket.customerName,
                                service::Tickets::kindLabel(v.ticket.kind),
                                service::Tickets::priorityLabel(v.ticket.priority),
                                service::Tickets::statusLabel(v.ticket.status),
                                v.ticket.owner,
                                due,
                                v.ticket.subject};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (v.overdue())
                item->setForeground(QColor(0xb9, 0x1c, 0x1c));
            m_table->setItem(row, column, item);
        }
        m_table->item(row, IdColumn)->setData(Qt::UserRole, v.ticket.id);
        m_table->item(row, CustomerColumn)->setData(Qt::UserRole, v.ticket.customerId);
        if (v.overdue())
            ++overdue;
        m_table->item(row, DueColumn)->setToolTip(
            v.sla.dueAt.isValid() ? tr("Due %1; first response due %2")
                                        .arg(core::i18n::LocalDates::shortDateTime(v.sla.dueAt),
                                             core::i18n::LocalDates::shortDateTime(v.sla.firstResponseDueAt))
                                  : QString());
    }
    // Every column as wide as its longest text (headers included); the subject takes what is
    // left and elides, so nothing else is ever cut at 1024 × 700.
    auto* header = m_table->horizontalHeader();
    for (int column = IdColumn; column < SubjectColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    // An empty list says why it may be empty and how a ticket begins.
    const bool all = m_filter->currentData().toInt() == int(service::TicketFilter::All);
    m_summary->setText(tickets->isEmpty() ? (all ? tr("No tickets yet. A complaint, return, repair or question becomes a "
                                                      "ticket with New Ticket… (Ctrl+Shift+K).")
                                                 : tr("No tickets here. Resolved and closed tickets are under “All "
                                                      "tickets”; a new one: New Ticket… (Ctrl+Shift+K)."))
                       : overdue           ? tr("Tickets: %1, overdue: %2").arg(tickets->size()).arg(overdue)
                                           : tr("Tickets: %1").arg(tickets->size()));
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

bool ServicePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openSelected();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void ServicePage::newTicket()
{
    TicketDialog dialog(database(), 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    Q_EMIT dataChanged();
}

void ServicePage::openSelected()
{
    const qint64 id = selectedTicket();
    if (id == 0)
        return;
    TicketDialog dialog(database(), id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    Q_EMIT dataChanged();
}

} // namespace clientele::ui

namespace clientele::ui {

void ServicePage::openSettings()
{
    ServiceSettingsDialog dialog(database(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh(); // due times follow the new hours and SLA
    Q_EMIT dataChanged();
}

} // namespace clientele::ui
