#include "domain/Clock.h"
#include "i18n/LocalDates.h"
#include "FollowUpCalendarView.h"

#include "AgendaModel.h"
#include "ContactPanel.h"
#include "service/TicketDialog.h"
#include "storage/TicketRepository.h"
#include "DayCellDelegate.h"
#include "MonthModel.h"
#include "dialogs/CarePlanDialog.h"
#include "dialogs/CompleteFollowUpDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "widgets/BackgroundTask.h"
#include "widgets/CustomerPicker.h"

#include "care/FollowUpCalendar.h"
#include "care/FollowUpPlanner.h"
#include "io/ICalendarExport.h"
#include "report/ReportRenderer.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"

#include <QCalendarWidget>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace clientele::ui {

using core::storage::FollowUp;
using core::storage::FollowUpRepository;

namespace {
constexpr int kCareRuleDays = 30; // how far ahead "Run Care Rules" plans, as the CLI's default

std::optional<QDate> askDate(QWidget* parent, const QString& title, const QDate& initial)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("rescheduleDialog"));
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* calendar = new QCalendarWidget(&dialog);
    calendar->setMinimumDate(core::Clock::today());
    calendar->setSelectedDate(std::max(initial, core::Clock::today()));
    calendar->setGridVisible(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(calendar, &QCalendarWidget::activated, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(calendar);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return calendar->selectedDate();
}

QString monthKey(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}
} // namespace

FollowUpCalendarView::FollowUpCalendarView(core::storage::Database& database, QWidget* parent)
    : Page(database, parent), m_database(database), m_month(new MonthModel(this)), m_tasks(new AgendaModel(this)),
      m_task(new BackgroundTask(database.location().url(), this)), m_day(core::Clock::today()), m_today(core::Clock::today())
{
    setObjectName(QStringLiteral("followUpCalendar"));
    auto* outer = new QVBoxLayout(this);

    // Month navigation and the month-wide actions.
    auto* top = new QHBoxLayout;
    auto* previous = new QToolButton(this);
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous month (Page Up)"));
    auto* next = new QToolButton(this);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next month (Page Down)"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("calendarHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600; padding: 0 8px;"));
    m_heading->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("September 2026")) * 3 / 2);
    auto* today = new QPushButton(tr("T&oday"), this);
    today->setToolTip(tr("Back to this month and today's follow-ups"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(140);
    m_busy->hide();
    auto* rules = new QPushButton(tr("Run Care &Rules…"), this);
    rules->setObjectName(QStringLiteral("runCareRules"));
    rules->setToolTip(tr("Show the follow-ups the care rules call for in the next %Ln day(s) (birthdays, "
                         "revisits after a first purchase, win-backs), per rule and per day, then create them. "
                         "Tasks that exist are not made twice.",
                         nullptr, kCareRuleDays));
    auto* exportButton = new QPushButton(tr("E&xport Month to Calendar…"), this);
    exportButton->setToolTip(tr("Save the month's open follow-ups as an iCalendar (.ics) file that phone and "
                                "desktop calendars open. Names and tasks only; no phone numbers."));
    top->addWidget(previous);
    top->addWidget(m_heading);
    top->addWidget(next);
    top->addWidget(today);
    top->addStretch();
    top->addWidget(m_busy);
    top->addWidget(rules);
    top->addWidget(exportButton);
    outer->addLayout(top);
    m_writeButtons.append(rules);

    // Left: the month.
    auto* monthPanel = new QWidget(this);
    auto* monthLayout = new QVBoxLayout(monthPanel);
    monthLayout->setContentsMargins(0, 0, 0, 0);
    m_monthView = new QTableView(monthPanel);
    m_monthView->setObjectName(QStringLiteral("monthView"));
    m_monthView->setModel(m_month);
    m_monthView->setItemDelegate(new DayCellDelegate(m_monthView));
    m_monthView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_monthView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_monthView->verticalHeader()->hide();
    m_monthView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthView->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_monthView->setShowGrid(true);
    m_monthView->setStyleSheet(QStringLiteral("QTableView { gridline-color: #e2e8f0; }"));
    m_monthView->setAcceptDrops(true);
    m_monthView->setDragDropMode(QAbstractItemView::DropOnly);
    m_monthView->setDragDropOverwriteMode(true); // drops land on a day, never between days
    m_monthView->setDropIndicatorShown(true);
    m_monthView->setMinimumSize(320, 320); // beside the agenda's buttons within a 1024 px window
    auto* legend = new QLabel(tr("<span style='color:#dc2626'>●</span> overdue &nbsp; "
                                 "<span style='color:#2563eb'>●</span> to do &nbsp; "
                                 "<span style='color:#94a3b8'>✓</span> done &nbsp; — drag a task onto a day to move it"),
                              monthPanel);
    legend->setStyleSheet(QStringLiteral("color: #64748b;"));
    legend->setWordWrap(true); // a narrow month wraps the legend instead of widening the window
    monthLayout->addWidget(m_monthView, 1);
    monthLayout->addWidget(legend);

    // Right: the agenda.
    auto* agendaPanel = new QWidget(this);
    auto* agendaLayout = new QVBoxLayout(agendaPanel);
    agendaLayout->setContentsMargins(0, 0, 0, 0);
    m_agendaTabs = new QTabBar(agendaPanel);
    m_agendaTabs->setObjectName(QStringLiteral("agendaTabs"));
    m_agendaTabs->setExpanding(false);
    m_agendaTabs->addTab(QString());
    m_agendaTabs->addTab(QString());
    m_agendaTabs->addTab(QString());
    m_agendaView = new QTableView(agendaPanel);
    m_agendaView->setObjectName(QStringLiteral("agendaView"));
    m_agendaView->setModel(m_tasks);
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_agendaView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agendaView->setDragEnabled(true);
    m_agendaView->setDragDropMode(QAbstractItemView::DragOnly);
    m_agendaView->setDefaultDropAction(Qt::MoveAction);
    m_agendaView->setAlternatingRowColors(true);
    m_agendaView->setWordWrap(false);
    m_agendaView->verticalHeader()->hide();
    m_agendaView->horizontalHeader()->setStretchLastSection(false);
    m_agendaView->horizontalHeader()->setSectionResizeMode(AgendaModel::Reason, QHeaderView::Stretch);
    m_agendaView->horizontalHeader()->setSectionResizeMode(AgendaModel::Status, QHeaderView::ResizeToContents);
    m_agendaEmpty = new QLabel(agendaPanel);
    m_agendaEmpty->setObjectName(QStringLiteral("agendaEmpty"));
    m_agendaEmpty->setAlignment(Qt::AlignCenter);
    m_agendaEmpty->setWordWrap(true);
    m_agendaEmpty->setStyleSheet(QStringLiteral("color: #64748b; font-size: 12pt; padding: 24px;"));
    m_agendaEmpty->hide();

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&New…"), agendaPanel);
    add->setToolTip(tr("Schedule a follow-up for a customer on the selected day (Insert)"));
    m_edit = new QPushButton(tr("&Edit…"), agendaPanel);
    m_edit->setToolTip(tr("Change the day or what to do (Enter)"));
    auto* done = new QPushButton(tr("&Done…"), agendaPanel);
    done->setToolTip(tr("Mark done with what came of it; it shows on the customer's timeline (Ctrl+D)"));
    auto* snooze = new QPushButton(tr("Snoo&ze"), agendaPanel);
    snooze->setToolTip(tr("Put off by a day or more; overdue tasks count from today"));
    auto* snoozeMenu = new QMenu(snooze);
    for (const auto& [days, label] : {std::pair{1, tr("1 day")}, std::pair{3, tr("3 days")},
                                      std::pair{7, tr("1 week")}, std::pair{14, tr("2 weeks")}})
        snoozeMenu->addAction(label, this, [this, days = days] { snoozeSelected(days); });
    snooze->setMenu(snoozeMenu);
    auto* reschedule = new QPushButton(tr("New D&ate…"), agendaPanel);
    reschedule->setToolTip(tr("Move to a day you choose"));
    auto* cancel = new QPushButton(tr("Cancel Tas&k"), agendaPanel);
    cancel->setToolTip(tr("No longer needed; stays in the history as cancelled (Delete)"));
    m_openCustomer = new QPushButton(tr("O&pen Customer"), agendaPanel);
    m_openCustomer->setToolTip(tr("The customer's 360° profile"));
    for (QPushButton* b : {add, m_edit, done, snooze, reschedule, cancel, m_openCustomer})
        buttons->addWidget(b);
    buttons->addStretch();
    m_writeButtons.append(add);
    m_openTaskButtons = {snooze, reschedule, cancel};
    m_oneOpenTaskButtons = {m_edit, done};
    m_message = new QLabel(agendaPanel);
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #166534;"));

    agendaLayout->addWidget(m_agendaTabs);
    agendaLayout->addWidget(m_agendaView, 1);
    agendaLayout->addWidget(m_agendaEmpty, 1);
    m_contact = new ContactPanel(m_database, agendaPanel);
    agendaLayout->addWidget(m_contact);
    agendaLayout->addLayout(buttons);
    agendaLayout->addWidget(m_message);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("calendarSplitter"));
    m_splitter->addWidget(monthPanel);
    m_splitter->addWidget(agendaPanel);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreState(QSettings().value(QStringLiteral("calendar/splitter")).toByteArray());
    outer->addWidget(m_splitter, 1);

    connect(previous, &QToolButton::clicked, this, [this] { showMonth(m_month->month().addMonths(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { showMonth(m_month->month().addMonths(1)); });
    connect(today, &QPushButton::clicked, this, [this] {
        selectDay(core::Clock::today());
        showAgenda(Agenda::Today);
    });
    connect(rules, &QPushButton::clicked, this, &FollowUpCalendarView::runCareRules);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportAgenda(); });
    connect(add, &QPushButton::clicked, this, &FollowUpCalendarView::newFollowUp);
    connect(m_edit, &QPushButton::clicked, this, &FollowUpCalendarView::editSelected);
    connect(done, &QPushButton::clicked, this, &FollowUpCalendarView::completeSelected);
    connect(reschedule, &QPushButton::clicked, this, &FollowUpCalendarView::rescheduleSelected);
    connect(cancel, &QPushButton::clicked, this, &FollowUpCalendarView::cancelSelected);
    connect(m_openCustomer, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(); row >= 0)
            Q_EMIT openCustomer(m_tasks->task(row).customerId);
    });
    connect(m_monthView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const QDate day = m_month->dateAt(current);
                if (day.month() == m_month->month().month() && day.year() == m_month->month().year()) {
                    selectDay(day);
                    return;
                }
                // A faded day of another month: switch months after the click is handled, or the
                // view would select the cell under the mouse again in the new month's grid.
                QTimer::singleShot(0, this, [this, day] { selectDay(day); });
            });
    connect(m_monthView, &QTableView::activated, this, [this] { showAgenda(Agenda::Day); });
    connect(m_month, &MonthModel::followUpsDropped, this, &FollowUpCalendarView::moveFollowUps);
    connect(m_agendaTabs, &QTabBar::currentChanged, this, [this](int index) {
        if (index >= 0)
            showAgenda(static_cast<Agenda>(index));
    });
    connect(m_agendaView, &QTableView::activated, this, &FollowUpCalendarView::editSelected);
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FollowUpCalendarView::updateButtons);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(QStringLiteral("calendar/splitter"), m_splitter->saveState()); });

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* s = new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { showMonth(m_month->month().addMonths(-1)); });
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { showMonth(m_month->month().addMonths(1)); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { completeSelected(); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { cancelSelected(); });
    shortcut(QKeySequence(Qt::Key_Insert), [this] { newFollowUp(); });

    const bool writable = !m_database.isReadOnly();
    for (QPushButton* b : std::as_const(m_writeButtons))
        b->setEnabled(writable);
    showMonth(m_day);
}

QString FollowUpCalendarView::title() const
{
    return tr("Follow-up calendar");
}

QString FollowUpCalendarView::menuText() const
{
    return tr("&Follow-up Calendar", "View menu");
}

FollowUpCalendarView::~FollowUpCalendarView() = default;

void FollowUpCalendarView::showMonth(const QDate& anyDay)
{
    m_month->setMonth(anyDay);
    if (m_day.year() != anyDay.year() || m_day.month() != anyDay.month())
        m_day = (anyDay.year() == m_today.year() && anyDay.month() == m_today.month()) ? m_today : m_month->month();
    refresh();
}

void FollowUpCalendarView::selectDay(const QDate& day)
{
    if (!day.isValid())
        return;
    m_day = day;
    if (day.year() != m_month->month().year() || day.month() != m_month->month().month())
        showMonth(day); // a faded day of the next or previous month opens that month (and selects the day)
    const QModelIndex index = m_month->indexOf(day);
    if (m_monthView->currentIndex() != index || !m_monthView->selectionModel()->isSelected(index)) {
        const QSignalBlocker block(m_monthView->selectionModel());
        m_monthView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_monthView->viewport()->update(); // the view missed the blocked signals
    }
    showAgenda(Agenda::Day);
}

void FollowUpCalendarView::refresh()
{
    m_today = core::Clock::today();
    FollowUpRepository repo(m_database);
    const auto loads = repo.dayLoads(m_month->firstShown(), m_month->lastShown());
    m_month->setLoads(loads ? *loads : QMap<QDate, core::storage::DayLoad>(), m_today);
    const QModelIndex index = m_month->indexOf(m_day);
    if (index.isValid() && (m_monthView->currentIndex() != index || !m_monthView->selectionModel()->isSelected(index))) {
        const QSignalBlocker block(m_monthView->selectionModel());
        m_monthView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
        m_monthView->viewport()->update();
    }
    updateHeading();
    loadAgenda();
}

void FollowUpCalendarView::showAgenda(Agenda agenda)
{
    m_agenda = agenda;
    if (m_agendaTabs->currentIndex() != int(agenda)) {
        const QSignalBlocker block(m_agendaTabs);
        m_agendaTabs->setCurrentIndex(int(agenda));
    }
    loadAgenda();
}

void FollowUpCalendarView::loadAgenda()
{
    FollowUpRepository repo(m_database);
    // Overdue and today from one indexed query of open tasks; the day lists every status.
    const auto due = repo.openUntil(m_today);
    QList<FollowUp> overdue, today;
    if (due)
        for (const FollowUp& f : *due)
            (f.dueOn < m_today ? overdue : today).append(f);
    QList<FollowUp> shown;
    QString empty;
    switch (m_agenda) {
    case Agenda::Day: {
        const auto day = repo.list(m_day, m_day);
        if (day)
            shown = *day;
        empty = m_day < m_today ? tr("Nothing was planned for this day.")
                                : tr("Nothing planned for this day yet. Press New… to schedule a follow-up.");
        break;
    }
    case Agenda::Today:
        shown = today;
        empty = overdue.isEmpty() ? tr("Nothing due today. All caught up.")
                                  : tr("Nothing due today, but %Ln follow-up(s) are overdue.", nullptr, int(overdue.size()));
        break;
    case Agenda::Overdue:
        shown = overdue;
        empty = tr("No overdue follow-ups.");
        break;
    }
    m_tasks->setTasks(shown, m_today);
    m_agendaView->setColumnHidden(AgendaModel::Due, m_agenda != Agenda::Overdue); // a day's list shares one date
    m_agendaTabs->setTabText(0, QLocale().toString(m_day, tr("ddd d MMM", "agenda tab: weekday, day and month")));
    m_agendaTabs->setTabText(1, tr("Today (%1)").arg(QLocale().toString(today.size())));
    m_agendaTabs->setTabText(2, tr("Overdue (%1)").arg(QLocale().toString(overdue.size())));
    m_agendaTabs->setTabTextColor(2, overdue.isEmpty() ? QColor() : QColor(0xb9, 0x1c, 0x1c));
    m_agendaEmpty->setText(empty);
    m_agendaView->setVisible(!shown.isEmpty());
    m_agendaEmpty->setVisible(shown.isEmpty());
    m_agendaView->resizeColumnToContents(AgendaModel::Due);
    m_agendaView->resizeColumnToContents(AgendaModel::Customer);
    m_agendaView->resizeColumnToContents(AgendaModel::Task);
    m_agendaView->setColumnWidth(AgendaModel::Task, std::min(m_agendaView->columnWidth(AgendaModel::Task), 260));
    updateButtons();
}

void FollowUpCalendarView::updateHeading()
{
    m_heading->setText(core::report::ReportRenderer::monthLabel(monthKey(m_month->month())));
}

QList<qint64> FollowUpCalendarView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_agendaView->selectionModel()->selectedRows())
        if (m_tasks->task(index.row()).isOpen())
            ids.append(m_tasks->task(index.row()).id);
    return ids;
}

int FollowUpCalendarView::selectedRow() const
{
    const QModelIndexList rows = m_agendaView->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().row() : -1;
}

void FollowUpCalendarView::updateButtons()
{
    const bool writable = !m_database.isReadOnly();
    const int open = int(selectedIds().size());
    const int row = selectedRow();
    for (QPushButton* b : std::as_const(m_openTaskButtons))
        b->setEnabled(writable && open > 0);
    for (QPushButton* b : std::as_const(m_oneOpenTaskButtons))
        b->setEnabled(writable && row >= 0 && m_tasks->task(row).isOpen());
    m_openCustomer->setEnabled(row >= 0);
    // How to reach the one chosen customer; an edited message stays while the same task is chosen.
    const qint64 taskId = row >= 0 ? m_tasks->task(row).id : 0;
    if (taskId != m_contactTaskId) {
        m_contactTaskId = taskId;
        if (row >= 0)
            m_contact->setTask(m_tasks->task(row));
        else
            m_contact->clear();
    }
    m_contact->setVisible(row >= 0);
}

bool FollowUpCalendarView::reportFailure(const QString& title, bool ok, const QString& message)
{
    if (!ok)
        QMessageBox::warning(this, title, message);
    return !ok;
}

void FollowUpCalendarView::changed(const QString& message)
{
    refresh();
    m_message->setText(message);
    QTimer::singleShot(10000, m_message, [label = m_message, message] {
        if (label->text() == message)
            label->clear();
    });
    Q_EMIT dataChanged();
}

void FollowUpCalendarView::newFollowUp()
{
    if (m_database.isReadOnly())
        return;
    FollowUpDialog dialog(m_database, m_day, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto id = FollowUpRepository(m_database).create(dialog.customerId(), dialog.dueOn(), dialog.title());
    if (reportFailure(tr("Follow-up Not Saved"), id.ok(), id ? QString() : id.error().message))
        return;
    m_day = dialog.dueOn();
    if (m_day.month() != m_month->month().month() || m_day.year() != m_month->month().year())
        m_month->setMonth(m_day);
    m_agenda = Agenda::Day;
    showAgenda(Agenda::Day);
    changed(tr("Follow-up for %1 on %2 saved.")
                .arg(dialog.picker()->customerName(), core::i18n::LocalDates::date(dialog.dueOn())));
}

void FollowUpCalendarView::editSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_tasks->task(row).isOpen() || m_database.isReadOnly())
        return;
    const FollowUp task = m_tasks->task(row);
    if (task.originRule == QLatin1String("ticket")) {
        // A ticket's due day: the ticket itself is what to open.
        const auto ticket = core::storage::TicketRepository(m_database).ticketOfFollowUp(task.id);
        if (ticket && *ticket > 0) {
            TicketDialog dialog(m_database, *ticket, this);
            if (dialog.exec() == QDialog::Accepted)
                changed(tr("Ticket #%1 of %2 saved.").arg(*ticket).arg(task.customerName));
            return;
        }
    }
    FollowUpDialog dialog(task, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto s = FollowUpRepository(m_database).edit(task.id, dialog.dueOn(), dialog.title());
    if (reportFailure(tr("Follow-up Not Saved"), s.ok(), s ? QString() : s.error().message))
        return;
    changed(tr("Follow-up for %1 saved.").arg(task.customerName));
}

void FollowUpCalendarView::completeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_tasks->task(row).isOpen() || m_database.isReadOnly())
        return;
    const FollowUp task = m_tasks->task(row);
    CompleteFollowUpDialog dialog(task, this, &m_database);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto next = core::care::FollowUpCalendar::complete(m_database, task.id, dialog.outcome(), dialog.revisit());
    if (reportFailure(tr("Follow-up Not Saved"), next.ok(), next ? QString() : next.error().message))
        return;
    changed(*next > 0 ? tr("Done; the next follow-up for %1 is on %2.")
                            .arg(task.customerName, core::i18n::LocalDates::date(dialog.revisit()->dueOn))
                      : tr("Follow-up for %1 done.").arg(task.customerName));
}

void FollowUpCalendarView::snoozeSelected(int days)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_database.isReadOnly())
        return;
    const auto s = core::care::FollowUpCalendar::snooze(m_database, ids, days, m_today);
    if (reportFailure(tr("Not Snoozed"), s.ok(), s ? QString() : s.error().message))
        return;
    changed(tr("%Ln follow-up(s) put off.", nullptr, int(ids.size())));
}

void FollowUpCalendarView::rescheduleSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_database.isReadOnly())
        return;
    const int row = m_agendaView->currentIndex().row();
    const QDate initial = row >= 0 ? m_tasks->task(row).dueOn : m_today;
    const auto day = askDate(this, tr("Reschedule %Ln Follow-up(s)", nullptr, int(ids.size())), initial);
    if (day)
        moveFollowUps(ids, *day);
}

void FollowUpCalendarView::moveFollowUps(const QList<qint64>& ids, const QDate& day)
{
    if (ids.isEmpty() || !day.isValid() || m_database.isReadOnly())
        return;
    const auto s = core::care::FollowUpCalendar::moveTo(m_database, ids, day);
    if (reportFailure(tr("Not Moved"), s.ok(), s ? QString() : s.error().message))
        return;
    changed(tr("%Ln follow-up(s) moved to %1.", nullptr, int(ids.size())).arg(core::i18n::LocalDates::date(day)));
}

void FollowUpCalendarView::cancelSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty() || m_database.isReadOnly())
        return;
    if (QMessageBox::question(this, tr("Cancel Follow-ups"),
                              tr("Cancel %Ln follow-up(s)? They stay in the customer's history as cancelled.", nullptr,
                                 int(ids.size())),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const auto s = core::care::FollowUpCalendar::cancel(m_database, ids);
    if (reportFailure(tr("Not Cancelled"), s.ok(), s ? QString() : s.error().message))
        return;
    changed(tr("%Ln follow-up(s) cancelled.", nullptr, int(ids.size())));
}

void FollowUpCalendarView::exportAgenda(const QString& chosenPath)
{
    const QDate first = m_month->month();
    const auto allowed = core::security::Session::require(core::security::Permission::Export); // before asking where
    if (reportFailure(tr("Export Failed"), allowed.ok(), allowed ? QString() : allowed.error().message))
        return;
    QString path = chosenPath;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(this, tr("Export Follow-ups to Calendar"),
                                            QDir(folder).filePath(QStringLiteral("follow-ups-%1.ics").arg(monthKey(first))),
                                            tr("iCalendar files (*.ics)"));
        if (path.isEmpty())
            return;
    }
    const auto written = core::io::ICalendarExport::exportOpen(m_database, first, first.addMonths(1).addDays(-1), path);
    if (reportFailure(tr("Export Failed"), written.ok(), written ? QString() : written.error().message))
        return;
    m_message->setText(tr("%Ln open follow-up(s) of %1 saved to %2. Open the file on your phone or in your calendar "
                          "app to add them.",
                          nullptr, int(*written))
                           .arg(core::report::ReportRenderer::monthLabel(monthKey(first)), QDir::toNativeSeparators(path)));
}

void FollowUpCalendarView::runCareRules()
{
    if (m_database.isReadOnly() || m_task->isRunning())
        return;
    const QDate from = m_today;
    const QDate to = from.addDays(kCareRuleDays);
    // The dry run on the worker (every customer is read); the preview and the writing here.
    auto plan = std::make_shared<core::care::CarePlan>();
    m_busy->show();
    m_task->start(
        [from, to, plan](core::storage::Database& db, const core::io::ImportHooks&) -> core::Status {
            auto planned = core::care::FollowUpPlanner::plan(db, from, to);
            if (!planned)
                return planned.error();
            *plan = *planned;
            return {};
        },
        [this, plan](bool ok, const QString& message, bool) {
            m_busy->hide();
            if (reportFailure(tr("Care Rules Failed"), ok, message))
                return;
            const bool owner = core::security::Session::can(core::security::Permission::ChangeRules);
            CarePlanDialog dialog(*plan, owner, this);
            if (dialog.exec() != QDialog::Accepted) {
                m_message->setText(tr("Care rules not run; nothing was created."));
                return;
            }
            if (dialog.capChanged() && owner) {
                const auto saved = core::care::CareLoad::save(m_database, dialog.plan().load);
                if (reportFailure(tr("Daily Limit Not Saved"), saved.ok(), saved ? QString() : saved.error().message))
                    return;
            }
            const auto summary = core::care::FollowUpPlanner::apply(m_database, dialog.plan());
            if (reportFailure(tr("Care Rules Failed"), summary.ok(), summary ? QString() : summary.error().message))
                return;
            changed(tr("%Ln new follow-up(s) created by the care rules.", nullptr, int(summary->created)));
        });
}

} // namespace clientele::ui
