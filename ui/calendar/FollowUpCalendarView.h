#pragma once

#include "pages/Page.h"

#include <QDate>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabBar;
class QTableView;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

class AgendaModel;
class ContactPanel;
class BackgroundTask;
class MonthModel;

// The follow-up calendar: a month with the number of tasks per day (overdue in red) and, beside
// it, the agenda of the chosen day, of today, or of everything overdue. Tasks are created, edited,
// completed with an outcome, snoozed, rescheduled or dragged onto another day; the open ones of the
// month export as an iCalendar file for a phone.
class FollowUpCalendarView : public Page
{
    Q_OBJECT
public:
    enum class Agenda { Day, Today, Overdue };

    explicit FollowUpCalendarView(core::storage::Database& database, QWidget* parent = nullptr);
    ~FollowUpCalendarView() override;

    QString title() const override;
    QString menuText() const override;
    QString guideTopic() const override { return QStringLiteral("calendar.html"); }
    void refresh() override; // counts and agenda from the database (cheap: one month, one list)
    void showMonth(const QDate& anyDay);
    void selectDay(const QDate& day);
    QDate selectedDay() const { return m_day; }
    void showAgenda(Agenda agenda);
    Agenda agenda() const { return m_agenda; }

    MonthModel* monthModel() const { return m_month; }
    AgendaModel* agendaModel() const { return m_tasks; }
    QTableView* agendaView() const { return m_agendaView; }
    QTableView* monthView() const { return m_monthView; }
    ContactPanel* contactPanel() const { return m_contact; }

    // The actions behind the buttons, on the selected agenda rows (public for tests and menus).
    void newFollowUp();
    void editSelected();
    void completeSelected();
    void snoozeSelected(int days);
    void rescheduleSelected();
    void cancelSelected();
    void exportAgenda(const QString& path = {}); // empty: ask where
    void runCareRules();
    void moveFollowUps(const QList<qint64>& ids, const QDate& day); // drop on a day

private:
    QList<qint64> selectedIds() const;
    int selectedRow() const; // the current row when exactly one task is selected, else −1
    void loadAgenda();
    void updateHeading();
    void updateButtons();
    void changed(const QString& message);
    bool reportFailure(const QString& title, bool ok, const QString& message);

    core::storage::Database& m_database;
    MonthModel* m_month;
    AgendaModel* m_tasks;
    QTableView* m_monthView;
    QTableView* m_agendaView;
    QTabBar* m_agendaTabs;
    QLabel* m_heading;
    QLabel* m_agendaEmpty;
    QLabel* m_message;
    QSplitter* m_splitter;
    QProgressBar* m_busy;
    BackgroundTask* m_task;
    QList<QPushButton*> m_writeButtons;      // off for a read-only file
    QList<QPushButton*> m_openTaskButtons;    // act on every selected open task
    QList<QPushButton*> m_oneOpenTaskButtons; // edit and done: exactly one open task
    QPushButton* m_edit = nullptr;
    QPushButton* m_openCustomer = nullptr;
    ContactPanel* m_contact = nullptr;
    qint64 m_contactTaskId = 0;
    QDate m_day;
    QDate m_today;
    Agenda m_agenda = Agenda::Day;
};

} // namespace clientele::ui
