// The follow-up calendar driven through its widgets: counts per day, the agenda lists, new, edit,
// done with outcome and revisit, snooze, reschedule, drag onto a day, cancel, iCalendar export,
// the due-today notice; screenshots in English and Chinese.
#include "domain/Clock.h"
#include "UiSupport.h"

#include "calendar/AgendaModel.h"
#include "calendar/ContactPanel.h"
#include "care/CareLoad.h"
#include "care/CareMessages.h"
#include "dialogs/CarePlanDialog.h"
#include "security/AuditLog.h"
#include "security/PhoneVisibility.h"
#include "models/CustomerTableModel.h"
#include "calendar/DueTodayNotifier.h"
#include "calendar/FollowUpCalendarView.h"
#include "calendar/MonthModel.h"
#include "care/FollowUpPlanner.h"
#include "customers/CustomerTimeline.h"
#include "dialogs/CompleteFollowUpDialog.h"
#include "dialogs/FollowUpDialog.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/SettingsRepository.h"
#include "automation/RuleEngine.h"
#include "views/MainWindow.h"
#include "widgets/CustomerPicker.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;
using clientele::test::whenModal;
using core::storage::FollowUp;
using core::storage::FollowUpRepository;

namespace {
// The demo shop plus what a working week leaves: care-rule tasks for the next month and a few
// tasks made by hand, two of them overdue.
struct CalendarShop
{
    QTemporaryDir dir;
    std::unique_ptr<ui::MainWindow> window;
    QDate today = clientele::core::Clock::today();
    qint64 customer = 0;
    QString customerName;
    qint64 overdue = 0;

    CalendarShop()
    {
        QSettings().clear();
        window = std::make_unique<ui::MainWindow>(demoDatabase(dir));
        auto& db = window->database();
        REQUIRE(core::care::FollowUpPlanner::generate(db, today, today.addDays(30)).ok());
        customer = window->customerModel()->customerId(0);
        customerName = (*core::storage::CustomerRepository(db).findById(customer))->name;
        FollowUpRepository repo(db);
        overdue = *repo.create(customer, today.addDays(-3), u"Call about the altered coat"_s);
        REQUIRE(repo.create(customer, today.addDays(-1), u"Send the autumn lookbook"_s).ok());
        REQUIRE(repo.create(customer, today, u"Invite to the Saturday tasting"_s).ok());
        window->resize(1280, 760);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showCalendar();
        window->calendar()->refresh();
    }
    ui::FollowUpCalendarView& calendar() { return *window->calendar(); }
    FollowUp task(qint64 id) { return *FollowUpRepository(window->database()).get(id); }
    int rowOf(qint64 id) { return calendar().agendaModel()->rowOf(id); }
    void selectTask(qint64 id)
    {
        const int row = rowOf(id);
        REQUIRE(row >= 0);
        calendar().agendaView()->selectRow(row);
    }
};
} // namespace

TEST_CASE("the month shows each day's follow-ups as the database counts them, overdue in red", "[ui][calendar]")
{
    CalendarShop shop;
    auto& calendar = shop.calendar();
    auto* month = calendar.monthModel();
    const auto loads = FollowUpRepository(shop.window->database()).dayLoads(month->firstShown(), month->lastShown());
    REQUIRE(loads.ok());
    REQUIRE_FALSE(loads->isEmpty());
    for (auto it = loads->cbegin(); it != loads->cend(); ++it) {
        const QModelIndex cell = month->indexOf(it.key());
        CHECK(cell.data(ui::MonthModel::OpenRole).toInt() == it->open);
        CHECK(cell.data(ui::MonthModel::OverdueRole).toBool() == (it->open > 0 && it.key() < shop.today));
    }
    if (shop.today.addDays(-3).month() == shop.today.month())
        CHECK(month->indexOf(shop.today.addDays(-3)).data(Qt::ToolTipRole).toString().contains(u"overdue"_s));

    // The overdue list holds exactly the open tasks before today, oldest first.
    calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Overdue);
    auto* agenda = calendar.agendaModel();
    REQUIRE(agenda->rowCount() == 2);
    CHECK(agenda->task(0).id == shop.overdue);
    CHECK(agenda->index(0, ui::AgendaModel::Status).data().toString() == u"Overdue 3 days"_s);
    auto* tabs = calendar.findChild<QTabBar*>(u"agendaTabs"_s);
    REQUIRE(tabs);
    CHECK(tabs->tabText(2) == u"Overdue (2)"_s);

    // Rule-made tasks carry their reason.
    calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Today);
    bool ruleTask = false;
    for (int row = 0; row < agenda->rowCount(); ++row)
        if (agenda->task(row).madeByRule()) {
            ruleTask = true;
            CHECK(agenda->index(row, 0).data(Qt::ToolTipRole).toString().contains(u"care rule"_s));
            CHECK_FALSE(agenda->index(row, ui::AgendaModel::Reason).data().toString().isEmpty());
        }
    CHECK(agenda->rowCount() >= 1);
    INFO("rule tasks due today: " << ruleTask);

    // Paging months and back.
    const QDate shown = month->month();
    QTest::keyClick(calendar.monthView(), Qt::Key_PageDown);
    CHECK(month->month() == shown.addMonths(1));
    QTest::keyClick(calendar.monthView(), Qt::Key_PageUp);
    CHECK(month->month() == shown);

    calendar.selectDay(shop.today);
    calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Overdue);
    QTest::qWait(50);
    screenshot(*shop.window, u"ui-calendar-en.png"_s);
}

TEST_CASE("a day of another month shows that month, highlights the day and lists its agenda", "[ui][calendar]")
{
    CalendarShop shop;
    auto& calendar = shop.calendar();
    auto* month = calendar.monthModel();
    auto* view = calendar.monthView();

    // selectDay with a day of the next month, from the Overdue list (the month's last day bug).
    calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Overdue);
    const QDate shown = month->month();
    const QDate nextMonthDay = month->lastShown(); // six weeks always reach into the next month
    REQUIRE(nextMonthDay.month() != shown.month());
    calendar.selectDay(nextMonthDay);
    CHECK(month->month() == shown.addMonths(1));
    CHECK(calendar.selectedDay() == nextMonthDay);
    CHECK(calendar.agenda() == ui::FollowUpCalendarView::Agenda::Day);
    REQUIRE(view->selectionModel()->selectedIndexes().size() == 1);
    CHECK(month->dateAt(view->selectionModel()->selectedIndexes().first()) == nextMonthDay);

    // Clicking a faded day of the next month (December's grey 6 in November) switches months and
    // highlights that day, not the cell that sat under the mouse in the old grid.
    calendar.showMonth(shown);
    const QDate faded = month->lastShown();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(month->indexOf(faded)).center());
    QTest::qWait(20);
    CHECK(month->month() == shown.addMonths(1));
    CHECK(calendar.selectedDay() == faded);
    CHECK(calendar.agenda() == ui::FollowUpCalendarView::Agenda::Day);
    QModelIndexList selected = view->selectionModel()->selectedIndexes();
    REQUIRE(selected.size() == 1);
    CHECK(month->dateAt(selected.first()) == faded);
    CHECK(month->dateAt(view->currentIndex()) == faded);

    // And back with a faded day of the previous month, when the grid shows one.
    const QDate before = month->firstShown();
    if (before < month->month()) {
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(month->indexOf(before)).center());
        QTest::qWait(20);
        CHECK(month->month() == shown);
        selected = view->selectionModel()->selectedIndexes();
        REQUIRE(selected.size() == 1);
        CHECK(month->dateAt(selected.first()) == before);
    }
}

TEST_CASE("on a month's last day a task made for next month shows in that day's agenda", "[ui][calendar]")
{
    for (const QDate& pinned : {QDate(2026, 11, 30), QDate(2028, 2, 29), QDate(2027, 12, 31)}) {
        core::Clock::Pinned clock(pinned);
        CalendarShop shop;
        auto& calendar = shop.calendar();
        calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Overdue);
        const qint64 id = *FollowUpRepository(shop.window->database()).create(shop.customer, pinned.addDays(3),
                                                                             u"Bring the new scarves"_s);
        calendar.selectDay(pinned.addDays(3));
        INFO("today " << pinned.toString(Qt::ISODate).toStdString());
        CHECK(calendar.agenda() == ui::FollowUpCalendarView::Agenda::Day);
        CHECK(shop.rowOf(id) >= 0);
    }
}

TEST_CASE("new, edit, done with outcome and revisit: each persists and lands on the timeline", "[ui][calendar]")
{
    CalendarShop shop;
    auto& calendar = shop.calendar();
    auto& db = shop.window->database();
    const QDate day = shop.today.addDays(2);
    calendar.selectDay(day);

    // New: pick the customer by a fragment of the name, say what to do.
    whenModal<ui::FollowUpDialog>([&](ui::FollowUpDialog* dialog) {
        dialog->picker()->search(shop.customerName);
        auto* matches = dialog->picker()->findChild<QListWidget*>(u"customerPickerMatches"_s);
        REQUIRE(matches->count() >= 1);
        matches->setCurrentRow(0);
        dialog->findChild<QLineEdit*>(u"followUpTitle"_s)->setText(u"Bring the new scarves"_s);
        screenshot(*dialog, u"ui-calendar-new-en.png"_s);
        dialog->accept();
    });
    calendar.newFollowUp();
    const auto onDay = FollowUpRepository(db).list(day, day);
    REQUIRE(onDay.ok());
    qint64 created = 0;
    for (const FollowUp& f : *onDay)
        if (f.title == u"Bring the new scarves"_s)
            created = f.id;
    REQUIRE(created > 0);
    CHECK(shop.task(created).customerId == shop.customer);
    CHECK(shop.rowOf(created) >= 0); // the agenda shows the day it was made for

    // Edit: another title and day.
    shop.selectTask(created);
    whenModal<ui::FollowUpDialog>([&](ui::FollowUpDialog* dialog) {
        dialog->findChild<QLineEdit*>(u"followUpTitle"_s)->setText(u"Bring the new scarves and gloves"_s);
        dialog->findChild<QDateEdit*>(u"followUpDue"_s)->setDate(day.addDays(1));
        dialog->accept();
    });
    calendar.editSelected();
    CHECK(shop.task(created).title == u"Bring the new scarves and gloves"_s);
    CHECK(shop.task(created).dueOn == day.addDays(1));

    // Done with an outcome and the next visit booked.
    calendar.selectDay(day.addDays(1));
    shop.selectTask(created);
    whenModal<ui::CompleteFollowUpDialog>([&](ui::CompleteFollowUpDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>(u"followUpOutcome"_s)->setPlainText(u"Bought two scarves"_s);
        dialog->findChild<QCheckBox*>(u"bookRevisit"_s)->setChecked(true);
        dialog->findChild<QDateEdit*>(u"revisitOn"_s)->setDate(shop.today.addDays(30));
        screenshot(*dialog, u"ui-calendar-done-en.png"_s);
        dialog->accept();
    });
    calendar.completeSelected();
    const FollowUp done = shop.task(created);
    CHECK(done.status == u"done"_s);
    CHECK(done.outcome == u"Bought two scarves"_s);
    const auto later = FollowUpRepository(db).list(shop.today.addDays(30), shop.today.addDays(30), u"open"_s);
    REQUIRE(later.ok());
    bool revisit = false;
    for (const FollowUp& f : *later)
        revisit = revisit || (f.customerId == shop.customer && f.reason.contains(u"Bring the new scarves"_s));
    CHECK(revisit);

    const auto events = core::customers::CustomerTimeline::forCustomer(db, shop.customer);
    REQUIRE(events.ok());
    bool onTimeline = false;
    for (const auto& e : *events)
        onTimeline = onTimeline || (e.detail.contains(u"Bought two scarves"_s) && e.date == clientele::core::Clock::today());
    CHECK(onTimeline);
}

TEST_CASE("snooze, reschedule, drag onto a day and cancel move only what was chosen", "[ui][calendar]")
{
    CalendarShop shop;
    auto& calendar = shop.calendar();
    calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Overdue);

    // Snooze an overdue task by a day: due tomorrow.
    shop.selectTask(shop.overdue);
    calendar.snoozeSelected(1);
    CHECK(shop.task(shop.overdue).dueOn == shop.today.addDays(1));

    // Reschedule through the date dialog.
    calendar.selectDay(shop.today.addDays(1));
    shop.selectTask(shop.overdue);
    whenModal<QDialog>([&](QDialog* dialog) {
        REQUIRE(dialog->objectName() == u"rescheduleDialog"_s);
        dialog->findChild<QCalendarWidget*>()->setSelectedDate(shop.today.addDays(9));
        dialog->accept();
    });
    calendar.rescheduleSelected();
    CHECK(shop.task(shop.overdue).dueOn == shop.today.addDays(9));

    // Drag from the agenda onto another day: the model's drop is what the view calls.
    calendar.selectDay(shop.today.addDays(9));
    shop.selectTask(shop.overdue);
    auto* agenda = calendar.agendaModel();
    std::unique_ptr<QMimeData> dragged(agenda->mimeData(calendar.agendaView()->selectionModel()->selectedIndexes()));
    auto* month = calendar.monthModel();
    const QDate target = month->firstShown().addDays(20);
    CHECK(month->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1, month->indexOf(target)));
    CHECK(month->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1, month->indexOf(target)));
    CHECK(shop.task(shop.overdue).dueOn == target);

    // A done task cannot be dragged.
    calendar.selectDay(target);
    const int row = shop.rowOf(shop.overdue);
    CHECK(agenda->flags(agenda->index(row, 0)).testFlag(Qt::ItemIsDragEnabled));

    // Cancel asks first; No leaves it, Yes cancels.
    shop.selectTask(shop.overdue);
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
    calendar.cancelSelected();
    CHECK(shop.task(shop.overdue).isOpen());
    shop.selectTask(shop.overdue);
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    calendar.cancelSelected();
    CHECK(shop.task(shop.overdue).status == u"cancelled"_s);
    CHECK_FALSE(agenda->flags(agenda->index(shop.rowOf(shop.overdue), 0)).testFlag(Qt::ItemIsDragEnabled));
}

TEST_CASE("the month exports as iCalendar and the tray is told once a day what is due", "[ui][calendar]")
{
    CalendarShop shop;
    auto& calendar = shop.calendar();
    const QString path = QStringLiteral(CLIENTELE_TEST_OUTPUT "/calendar-month.ics");
    QFile::remove(path);
    calendar.exportAgenda(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    const QDate first = calendar.monthModel()->month();
    const auto open = FollowUpRepository(shop.window->database()).list(first, first.addMonths(1).addDays(-1), u"open"_s);
    REQUIRE(open.ok());
    CHECK(ics.count("BEGIN:VEVENT") == open->size());
    CHECK(ics.contains("Call about the altered coat") == (shop.today.addDays(-3).month() == first.month()));
    // No phone numbers leave in a calendar file (ids like "followup-138" are not phone numbers).
    CHECK_FALSE(QRegularExpression(u"(?<!\\d)1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)"_s).match(QString::fromUtf8(ics)).hasMatch());
    const QString phone = (*core::storage::CustomerRepository(shop.window->database()).findById(shop.customer))->phone;
    REQUIRE_FALSE(phone.isEmpty());
    CHECK_FALSE(ics.contains(phone.toUtf8()));
    CHECK(calendar.findChild<QLabel*>(u"calendarMessage"_s)->text().contains(u".ics"_s));

    // The notice names today's customers, counts the overdue ones, and comes once a day.
    ui::DueTodayNotifier notifier(shop.window->database());
    QSignalSpy spy(&notifier, &ui::DueTodayNotifier::dueToday);
    notifier.check(shop.today);
    REQUIRE(spy.count() == 1);
    const QString message = spy.at(0).at(1).toString();
    CHECK(message.contains(u"due today"_s));
    const auto due = FollowUpRepository(shop.window->database()).openUntil(shop.today);
    REQUIRE(due.ok());
    qsizetype dueToday = 0;
    for (const FollowUp& f : *due)
        dueToday += f.dueOn == shop.today ? 1 : 0;
    INFO(message.toStdString());
    CHECK(message.startsWith(QString::number(dueToday) +
                             (dueToday == 1 ? u" follow-up due today: "_s : u" follow-ups due today: "_s) +
                             due->at(2).customerName));
    CHECK(message.contains(u"2 overdue."_s));
    notifier.check(shop.today);
    CHECK(spy.count() == 1);

    FollowUp a, b, c, d;
    a.customerName = u"张伟"_s, a.dueOn = shop.today;
    b.customerName = u"李娜"_s, b.dueOn = shop.today;
    c.customerName = u"王芳"_s, c.dueOn = shop.today;
    d.customerName = u"刘洋"_s, d.dueOn = shop.today;
    CHECK(ui::DueTodayNotifier::message({a, b, c, d}, shop.today) ==
          u"4 follow-ups due today: 张伟, 李娜, 王芳 and 1 more."_s);
    CHECK(ui::DueTodayNotifier::message({}, shop.today).isEmpty());
    {
        clientele::test::ChineseUi chinese; // no English full stop or space in the Chinese sentence
        FollowUp late = a;
        late.dueOn = shop.today.addDays(-1);
        CHECK(ui::DueTodayNotifier::message({a, b, c, d, late}, shop.today) ==
              u"今天有 4 个跟进任务：张伟、李娜、王芳，另有 1 人。1 个已逾期。"_s);
    }
}

TEST_CASE("the calendar in Chinese", "[ui][calendar][zh]")
{
    clientele::test::ChineseUi chinese;
    CalendarShop shop;
    auto& calendar = shop.calendar();
    calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Today);
    auto* tabs = calendar.findChild<QTabBar*>(u"agendaTabs"_s);
    CHECK(tabs->tabText(2).startsWith(u"逾期"_s));
    CHECK(calendar.findChild<QLabel*>(u"calendarHeading"_s)->text().contains(u"年"_s));
    QTest::qWait(50);
    screenshot(*shop.window, u"ui-calendar-zh.png"_s);
    calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Overdue);
    shop.selectTask(shop.overdue);
    whenModal<ui::CompleteFollowUpDialog>([&](ui::CompleteFollowUpDialog* dialog) {
        screenshot(*dialog, u"ui-calendar-done-zh.png"_s);
        dialog->reject();
    });
    calendar.completeSelected();
    CHECK(shop.task(shop.overdue).isOpen());
}

TEST_CASE("Run Care Rules shows the plan first; cancel creates nothing, a lower cap spreads the days", "[ui][calendar][care]")
{
    QSettings().clear();
    QTemporaryDir dir;
    // The rules do not run by themselves in this shop (automation.auto_run): the manual run is tested.
    auto shop = demoDatabase(dir);
    REQUIRE(core::storage::SettingsRepository(*shop).setValue(core::automation::RuleEngine::kAutoRunKey, u"0"_s).ok());
    ui::MainWindow window(std::move(shop));
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showCalendar();
    auto& calendar = *window.calendar();
    auto& db = window.database();
    const QDate today = core::Clock::today();
    const auto stored = [&] { return FollowUpRepository(db).list(today, today.addDays(400)).value(); };
    REQUIRE(stored().isEmpty());

    // Cancel: the preview was shown, nothing was written.
    bool shown = false;
    whenModal<ui::CarePlanDialog>([&](ui::CarePlanDialog* dialog) {
        shown = true;
        CHECK(dialog->objectName() == u"carePlanDialog"_s);
        CHECK(dialog->findChild<QTableWidget*>(u"carePlanRules"_s)->rowCount() >= 1);
        CHECK(dialog->findChild<QTableWidget*>(u"carePlanTasks"_s)->rowCount() == dialog->plan().tasks.size());
        dialog->reject();
    });
    calendar.findChild<QPushButton*>(u"runCareRules"_s)->click();
    REQUIRE(QTest::qWaitFor([&] { return shown && !QApplication::activeModalWidget(); }, 20000));
    QTest::qWait(50);
    CHECK(stored().isEmpty());

    // A cap of 2 a day, tried in the dialog: the day list follows at once, and Create stores that plan.
    qsizetype planned = 0;
    shown = false;
    whenModal<ui::CarePlanDialog>([&](ui::CarePlanDialog* dialog) {
        shown = true;
        dialog->findChild<QSpinBox*>(u"carePlanCap"_s)->setValue(2);
        auto* days = dialog->findChild<QTableWidget*>(u"carePlanDays"_s);
        for (int row = 0; row < days->rowCount(); ++row)
            CHECK(days->item(row, 1)->text().toInt() <= 2);
        CHECK(dialog->findChild<QLabel*>(u"carePlanSummary"_s)->text().contains(u"later day"_s) ==
              (dialog->plan().moved() > 0));
        planned = dialog->plan().tasks.size();
        screenshot(*dialog, u"ui-care-plan-en.png"_s);
        dialog->accept();
    });
    calendar.runCareRules();
    REQUIRE(QTest::qWaitFor([&] { return shown && !stored().isEmpty(); }, 20000));
    const auto tasks = stored();
    CHECK(tasks.size() == planned);
    QMap<QDate, int> perDay;
    for (const FollowUp& f : tasks)
        ++perDay[f.dueOn];
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        CHECK(it.value() <= 2);
    CHECK(core::care::CareLoad::load(db).maxNewPerDay == 2);
}

TEST_CASE("the agenda and the Done dialog show how to reach the customer and a message to send", "[ui][calendar]")
{
    CalendarShop shop;
    auto& calendar = shop.calendar();
    auto& db = shop.window->database();
    auto* contact = calendar.findChild<ui::ContactPanel*>(u"taskContact"_s);
    REQUIRE(contact);

    // A hand-made task: the phone masked, Show reveals it (audited).
    calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Overdue);
    shop.selectTask(shop.overdue);
    const QString phone = (*core::storage::CustomerRepository(db).findById(shop.customer))->phone;
    REQUIRE_FALSE(phone.isEmpty());
    CHECK(contact->phoneText() == core::security::PhoneVisibility::shown(phone, false));
    CHECK(contact->message().contains(shop.customerName));
    const qint64 reveals = core::security::AuditLog::count(db, u"reveal"_s).value();
    QTest::mouseClick(contact->findChild<QPushButton*>(u"taskRevealPhone"_s), Qt::LeftButton);
    CHECK(contact->phoneText() == phone);
    CHECK(core::security::AuditLog::count(db, u"reveal"_s).value() == reveals + 1);

    // A rule-made task: the rule's message with the name, editable and copied as edited.
    const auto open = FollowUpRepository(db).list(shop.today, shop.today.addDays(40), u"open"_s).value();
    const auto rule = std::find_if(open.cbegin(), open.cend(), [](const FollowUp& f) { return f.madeByRule(); });
    REQUIRE(rule != open.cend());
    calendar.selectDay(rule->dueOn);
    shop.selectTask(rule->id);
    CHECK(contact->message() == core::care::CareMessages::suggested(rule->originRule, rule->customerName));
    CHECK(contact->message().contains(rule->customerName));
    auto* message = contact->findChild<QPlainTextEdit*>(u"taskMessage"_s);
    message->setPlainText(message->toPlainText() + u" 周六见！"_s);
    QTest::mouseClick(contact->findChild<QPushButton*>(u"taskCopyMessage"_s), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text().endsWith(u"周六见！"_s));
    QTest::qWait(50);
    screenshot(*shop.window, u"ui-calendar-contact-en.png"_s);

    whenModal<ui::CompleteFollowUpDialog>([&](ui::CompleteFollowUpDialog* dialog) {
        auto* panel = dialog->findChild<ui::ContactPanel*>(u"taskContact"_s);
        CHECK(panel);
        if (panel) {
            CHECK(panel->message() == core::care::CareMessages::suggested(rule->originRule, rule->customerName));
            CHECK(panel->phoneText().contains(u"****"_s));
        }
        screenshot(*dialog, u"ui-calendar-done-contact-en.png"_s);
        dialog->reject();
    });
    calendar.completeSelected();
}
