// Issue 18 in the window: a ticket opened and resolved from the keyboard (Ctrl+5, Ctrl+Shift+K),
// and the health page whose cards show the core's figures and open the customers behind them.
#include "CatchCompat.h"

#include "UiSupport.h"

#include "calendar/AgendaModel.h"
#include "calendar/FollowUpCalendarView.h"
#include "charts/TrendChart.h"
#include "service/HealthFigures.h"
#include "charts/KpiCard.h"
#include "domain/Money.h"
#include "service/HealthPage.h"
#include "io/Importer.h"
#include "segmentation/Segmenter.h"
#include "service/ServicePage.h"
#include "service/ServiceSettings.h"
#include "service/ServiceSettingsDialog.h"
#include "service/Surveys.h"
#include "service/TicketDialog.h"
#include "service/Tickets.h"
#include "security/Session.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTableView>

#include <cmath>
#include <QTest>
#include <QTimer>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {
core::storage::CustomerListRow firstCustomer(const core::storage::Database& db)
{
    const auto rows = core::storage::CustomerQueries::list(db, {}, core::storage::CustomerSort::Id, false, 1);
    REQUIRE(rows.ok());
    REQUIRE_FALSE(rows->isEmpty());
    return rows->first();
}
} // namespace

TEST_CASE("a service ticket is opened and resolved from the keyboard", "[ui][service]")
{
    core::Clock::Pinned now(QDateTime(QDate(2026, 11, 3), QTime(11, 0)));
    QTemporaryDir dir;
    ui::MainWindow window(test::demoDatabase(dir, 60));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* views = window.findChild<QTabWidget*>(u"views"_s);
    REQUIRE(views);
    const auto customer = firstCustomer(window.database());

    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto* page = qobject_cast<ui::ServicePage*>(views->currentWidget());
    REQUIRE(page);
    CHECK(page->table()->rowCount() == 0);

    bool typed = false;
    test::whenModal<ui::TicketDialog>([&](ui::TicketDialog* dialog) {
        auto* search = dialog->findChild<QLineEdit*>(u"customerPickerSearch"_s);
        REQUIRE(search);
        QTest::keyClicks(search, customer.memberCode.isEmpty() ? customer.name : customer.memberCode);
        QTest::qWait(400); // the picker searches after a pause in typing
        QTest::keyClick(search, Qt::Key_Return);
        auto* kind = dialog->findChild<QComboBox*>(u"ticketKind"_s);
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Home);
        QTest::keyClick(kind, Qt::Key_Down, Qt::NoModifier); // complaint → return
        auto* priority = dialog->findChild<QComboBox*>(u"ticketPriority"_s);
        priority->setFocus();
        QTest::keyClick(priority, Qt::Key_Home); // urgent
        auto* subject = dialog->findChild<QLineEdit*>(u"ticketSubject"_s);
        subject->setFocus();
        QTest::keyClicks(subject, u"Zip broken"_s);
        test::screenshot(*dialog, u"service-new-ticket.png"_s);
        typed = true;
        QTest::keyClick(subject, Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(typed);
    REQUIRE(page->table()->rowCount() == 1);
    const auto tickets = core::service::Tickets::list(window.database(), core::service::TicketFilter::All);
    REQUIRE(tickets->size() == 1);
    const auto& t = tickets->first();
    CHECK(t.ticket.customerId == customer.id);
    CHECK(t.ticket.kind == u"return");
    CHECK(t.ticket.priority == u"urgent");
    CHECK(t.ticket.subject == u"Zip broken");
    CHECK(t.sla.dueAt == QDateTime(QDate(2026, 11, 3), QTime(15, 0))); // 4 opening hours from 11:00
    // The due time names the month ("11/3/26" is 3 November in New York and 11 March in London).
    const QString due = u"3 Nov 2026 "_s + QLocale().toString(QTime(15, 0), QLocale::ShortFormat);
    CHECK(page->table()->item(0, 6)->text() == due);
    test::screenshot(window, u"service-ticket-list.png"_s);

    // Enter opens it; resolve with a note.
    bool resolved = false;
    test::whenModal<ui::TicketDialog>([&](ui::TicketDialog* dialog) {
        CHECK(dialog->findChild<QLabel*>(u"ticketDue"_s)->text() == due);
        CHECK(dialog->findChild<QTableWidget*>(u"ticketHistory"_s)->rowCount() == 1);
        test::screenshot(*dialog, u"service-ticket.png"_s);
        auto* status = dialog->findChild<QComboBox*>(u"ticketStatus"_s);
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QTest::keyClick(status, Qt::Key_Down); // open → waiting → resolved
        auto* note = dialog->findChild<QPlainTextEdit*>(u"ticketNote"_s);
        note->setFocus();
        QTest::keyClicks(note, u"New zip fitted"_s);
        resolved = true;
        QTest::keyClick(dialog->findChild<QWidget*>(u"ticketSave"_s), Qt::Key_Space);
    });
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_Return);
    REQUIRE(resolved);
    const auto after = core::service::Tickets::get(window.database(), t.ticket.id);
    CHECK(after->ticket.status == u"resolved");
    CHECK(after->ticket.resolution == u"New zip fitted");
    CHECK(page->table()->rowCount() == 0); // the list shows open tickets
}

TEST_CASE("the health page's cards are the core's figures and open the customers behind them", "[ui][service]")
{
    core::Clock::Pinned now(QDateTime(QDate(2026, 10, 31), QTime(20, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir, 80);
    // Twelve answers (7 promoters, 2 passives, 3 detractors: NPS 33) and a late ticket.
    const auto rows = core::storage::CustomerQueries::list(*db, {}, core::storage::CustomerSort::Id, false, 12);
    REQUIRE(rows->size() == 12);
    const int scores[] = {10, 10, 9, 9, 9, 10, 9, 8, 7, 3, 5, 6};
    for (int i = 0; i < 12; ++i)
        REQUIRE(core::service::Surveys::record(*db, rows->at(i).id, QDate(2026, 10, 1 + i), scores[i], {}).ok());
    core::service::Ticket late;
    late.customerId = rows->at(0).id;
    late.priority = u"urgent"_s;
    late.subject = u"Wrong size"_s;
    const auto ticketId = core::service::Tickets::open(*db, late, QDateTime(QDate(2026, 10, 5), QTime(10, 0)));
    REQUIRE(ticketId.ok());
    REQUIRE(core::service::Tickets::update(*db, *ticketId, u"resolved"_s, u"swapped"_s,
                                           QDateTime(QDate(2026, 10, 6), QTime(10, 0))).ok());

    const auto figures = core::service::HealthFigures::build(*db, u"2026-10"_s);
    REQUIRE(figures.ok());
    CHECK(figures->card(u"nps"_s)->value == 33);
    CHECK(figures->card(u"sla"_s)->value == 0);

    auto show = [&](const QString& name) {
        ui::HealthPage page(*db);
        page.resize(1000, 640);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        for (const QString& key : core::service::HealthFigures::keys())
            CHECK(page.cardValue(key) == core::service::HealthFigures::valueText(*figures->card(key)));
        CHECK(page.cardValue(u"nps"_s) == u"+33");
        CHECK(page.cardValue(u"repurchase"_s) != u"–");
        // Each card shows the last point its own chart plots (the CLV card once showed "–" beside a line).
        for (const QString& key : core::service::HealthFigures::keys()) {
            INFO(key.toStdString());
            CHECK(page.trend(key)->lastValue().has_value() == (page.cardValue(key) != u"–"));
        }
        REQUIRE(page.trend(u"clv"_s)->lastValue().has_value());
        CHECK(page.cardValue(u"clv"_s) ==
              core::money::format(core::Fen(std::llround(*page.trend(u"clv"_s)->lastValue() * 100))));
        CHECK_FALSE(page.findChild<QWidget*>(u"healthCard_clv"_s)->findChild<ui::KpiCard*>()->toolTip().isEmpty());
        CHECK(page.trend(u"sla"_s)->axis().max == 100);
        CHECK(page.trend(u"churn"_s)->axis().format == u"%.0f"_s);
        test::screenshot(page, name);

        QList<core::storage::CustomerFilter> shown;
        QObject::connect(&page, &ui::Page::showCustomers,
                         [&](const core::storage::CustomerFilter& filter, const QString&) { shown.append(filter); });
        QTest::mouseClick(page.findChild<QWidget*>(u"healthCard_nps"_s), Qt::LeftButton);
        REQUIRE(shown.size() == 1);
        CHECK(shown.first().ids == QList<qint64>{rows->at(9).id, rows->at(10).id, rows->at(11).id});
        QTest::mouseClick(page.findChild<QWidget*>(u"healthCard_sla"_s), Qt::LeftButton);
        REQUIRE(shown.size() == 2);
        CHECK(shown.last().ids == QList<qint64>{rows->at(0).id});
    };
    show(u"health-en.png"_s);
    {
        const test::ChineseUi chinese;
        show(u"health-zh.png"_s);
    }
}

TEST_CASE("the owner sets opening hours, SLA times and the NPS line from the Service menu", "[ui][service]")
{
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir, 20);
    ui::ServicePage page(*db);
    page.resize(1024, 700);
    page.show();
    page.updateActions();
    QAction* action = nullptr;
    for (QAction* a : page.pageActions())
        if (a->objectName() == u"serviceSettingsAction")
            action = a;
    REQUIRE(action);
    REQUIRE(action->isVisible());
    REQUIRE(action->isEnabled());

    bool handled = false;
    test::whenModal<ui::ServiceSettingsDialog>([&](ui::ServiceSettingsDialog* dialog) {
        auto* hours = dialog->findChild<QSpinBox*>(u"slaHours_urgent"_s);
        auto* minutes = dialog->findChild<QSpinBox*>(u"slaMinutes_urgent"_s);
        auto* first = dialog->findChild<QLabel*>(u"slaFirstResponse_urgent"_s);
        REQUIRE(hours);
        REQUIRE(minutes);
        CHECK(hours->value() == 4);
        CHECK(first->text().contains(u"1 h 0 min"_s));
        hours->setValue(2);
        minutes->setValue(20);
        CHECK(first->text().contains(u"0 h 35 min"_s)); // a quarter of 2 h 20 min
        dialog->findChild<QCheckBox*>(u"serviceDayOpen7"_s)->setChecked(false); // closed on Sundays
        auto* from = dialog->findChild<QTimeEdit*>(u"serviceDayFrom1"_s);
        auto* to = dialog->findChild<QTimeEdit*>(u"serviceDayTo1"_s);
        from->setTime(QTime(9, 0));
        to->setTime(QTime(8, 0)); // closes before it opens: refused with a message
        dialog->findChild<QSpinBox*>(u"npsBelow"_s)->setValue(25);
        dialog->findChild<QSpinBox*>(u"npsDrop"_s)->setValue(8);
        test::screenshot(*dialog, u"service-settings.png"_s);
        bool warned = false;
        test::whenModal<QMessageBox>([&](QMessageBox* box) {
            warned = box->text().contains(u"09:00-08:00"_s);
            box->accept();
        });
        CHECK_FALSE(dialog->save());
        CHECK(warned);
        CHECK(core::service::SlaRules::load(*db).resolveMinutesFor(u"urgent"_s) == 240);
        to->setTime(QTime(20, 0));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        handled = true;
    });
    action->trigger();
    REQUIRE(handled);
    const auto saved = core::service::ServiceSettings::load(*db);
    CHECK(saved.sla.resolveMinutesFor(u"urgent"_s) == 140);
    CHECK_FALSE(saved.hours.days[6].has_value());
    REQUIRE(saved.hours.days[0]);
    CHECK(saved.hours.days[0]->open == QTime(9, 0));
    CHECK(saved.hours.days[0]->close == QTime(20, 0));
    CHECK(saved.alert.below == 25);
    CHECK(saved.alert.drop == 8);

    // Staff do not see it.
    core::security::Session::signIn(u"mei"_s, core::security::Role::Staff);
    page.updateActions();
    CHECK_FALSE(action->isVisible());
    core::security::Session::signOut();
}

TEST_CASE("a ticket due today is in the calendar's Today list and opening it opens the ticket", "[ui][service]")
{
    core::Clock::Pinned now(QDateTime(QDate(2026, 11, 3), QTime(9, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir, 20);
    const auto customer = firstCustomer(*db);
    core::service::Ticket ticket;
    ticket.customerId = customer.id;
    ticket.priority = u"urgent"_s; // opened 9:00 before opening time: due 14:00 today
    ticket.subject = u"Heel came off"_s;
    const auto id = core::service::Tickets::open(*db, ticket);
    REQUIRE(id.ok());

    ui::FollowUpCalendarView calendar(*db);
    calendar.resize(1024, 700);
    calendar.show();
    REQUIRE(QTest::qWaitForWindowExposed(&calendar));
    calendar.showAgenda(ui::FollowUpCalendarView::Agenda::Today);
    auto* agenda = calendar.agendaModel();
    int row = -1;
    for (int r = 0; r < agenda->rowCount(); ++r)
        if (agenda->task(r).originRule == u"ticket" && agenda->task(r).customerId == customer.id)
            row = r;
    REQUIRE(row >= 0);
    CHECK(agenda->task(row).dueOn == QDate(2026, 11, 3));
    auto* view = calendar.findChild<QTableView*>(u"agendaView"_s);
    REQUIRE(view);
    view->setFocus();
    view->selectRow(row);

    qint64 opened = 0;
    test::whenModal<ui::TicketDialog>([&](ui::TicketDialog* dialog) {
        opened = dialog->ticketId();
        dialog->reject();
    });
    QTest::keyClick(view, Qt::Key_Return); // activating the task
    CHECK(opened == *id);
}

TEST_CASE("trend axes: whole ticks for counts, 0-100 % for shares, months counted back from this one", "[ui][service]")
{
    using Scale = ui::TrendChart::Scale;
    auto axis = ui::TrendChart::valueAxis({1.0, std::nullopt, 0.0, 2.0}, Scale::Count);
    CHECK(axis.min == 0);
    CHECK(axis.max == 2); // ticks 0, 1, 2 — never 0, 0.5, 1 shown as "0, 1, 1"
    CHECK(axis.ticks == 3);
    CHECK(axis.format == u"%.0f"_s);
    axis = ui::TrendChart::valueAxis({0.0, 0.0}, Scale::Count);
    CHECK((axis.max - axis.min) / (axis.ticks - 1) == 1);
    axis = ui::TrendChart::valueAxis({7.0, 3.0}, Scale::Count);
    CHECK(axis.min == 0);
    CHECK(axis.max == 10);
    axis = ui::TrendChart::valueAxis({97.5, 100.0, 12.0}, Scale::Percent);
    CHECK(axis.min == 0);
    CHECK(axis.max == 100); // never "111%"
    CHECK(axis.format == u"%.0f%%"_s);
    axis = ui::TrendChart::valueAxis({-37.0, 60.0}, Scale::Score);
    CHECK(axis.min >= -100);
    CHECK(axis.max <= 100);
    CHECK(axis.min <= -37);
    CHECK(axis.max >= 60);
    const double step = (axis.max - axis.min) / (axis.ticks - 1);
    CHECK(step == std::floor(step));
    axis = ui::TrendChart::valueAxis({3907.48, 4069.99}, Scale::Money);
    CHECK(axis.min == 0);
    CHECK(axis.max >= 4069.99);
    CHECK(std::fmod(axis.max / (axis.ticks - 1), 1.0) == 0);

    QStringList months;
    for (int i = 11; i >= 0; --i)
        months.append(ui::HealthPage::monthLabel(QDate(2026, 11, 1).addMonths(-i)));
    CHECK(months.last() == u"Nov"_s);
    ui::TrendChart chart;
    chart.setTrend(months, QList<std::optional<double>>(12, 50.0), Qt::blue, Scale::Percent);
    CHECK(chart.axis().monthLabels == QStringList{u"Feb"_s, u"May"_s, u"Aug"_s, u"Nov"_s});
    {
        const test::ChineseUi chinese;
        CHECK(ui::HealthPage::monthLabel(QDate(2026, 11, 1)) == u"11月"_s);
    }
}

TEST_CASE("Esc on a changed ticket asks 'Discard your changes?' and keeps editing by default", "[ui][service]")
{
    core::Clock::Pinned now(QDateTime(QDate(2026, 11, 3), QTime(11, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir, 20);
    const auto customer = firstCustomer(*db);
    core::service::Ticket t;
    t.customerId = customer.id;
    t.kind = core::service::TicketKeys::kinds().first();
    t.priority = u"normal"_s;
    t.subject = u"Zip broken"_s;
    const auto id = core::service::Tickets::open(*db, t);
    REQUIRE(id.ok());

    SECTION("an unchanged ticket closes on Esc without a question")
    {
        ui::TicketDialog dialog(*db, *id);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        // A guard scoped to this section (whenModal's would outlive it): answers a question if one came.
        bool asked = false;
        QTimer guard;
        guard.setInterval(20);
        QObject::connect(&guard, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                asked = true;
                box->reject();
            }
        });
        guard.start();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK_FALSE(asked);
        CHECK_FALSE(dialog.isVisible());
        QApplication::processEvents();
    }

    SECTION("a changed status and a typed note are not dropped by Esc")
    {
        ui::TicketDialog dialog(*db, *id);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto* status = dialog.findChild<QComboBox*>(u"ticketStatus"_s);
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        auto* note = dialog.findChild<QPlainTextEdit*>(u"ticketNote"_s);
        note->setFocus();
        QTest::keyClicks(note, u"Called back"_s);
        REQUIRE(dialog.isModified());

        // Esc, then Esc on the question (its default): still open, nothing lost.
        QString question;
        test::whenModal<QMessageBox>([&](QMessageBox* box) {
            question = box->text();
            CHECK(box->defaultButton() == box->findChild<QPushButton*>(u"keepEditing"_s));
            test::screenshot(*box, u"ticket-discard-question.png"_s);
            QTest::keyClick(box, Qt::Key_Escape);
        });
        QTest::keyClick(note, Qt::Key_Escape); // from the note, as a user presses it
        CHECK(question == u"Discard your changes?");
        CHECK(dialog.isVisible());
        CHECK(note->toPlainText() == u"Called back");

        // Cancel, then Discard: closed, the ticket as it was.
        test::whenModal<QMessageBox>([&](QMessageBox* box) {
            box->findChild<QPushButton*>(u"discardChanges"_s)->click();
        });
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        CHECK_FALSE(dialog.isVisible());
        const auto after = core::service::Tickets::get(*db, *id);
        CHECK(after->ticket.status == t.status);
        CHECK(after->ticket.history.size() == 1);
    }

    SECTION("a new ticket with a typed subject asks too")
    {
        ui::TicketDialog dialog(*db, 0);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK_FALSE(dialog.isModified());
        auto* subject = dialog.findChild<QLineEdit*>(u"ticketSubject"_s);
        subject->setFocus();
        QTest::keyClicks(subject, u"Refund"_s);
        bool asked = false;
        test::whenModal<QMessageBox>([&](QMessageBox* box) {
            asked = true;
            QTest::keyClick(box, Qt::Key_Return); // Enter is Keep Editing too
        });
        QTest::keyClick(subject, Qt::Key_Escape);
        CHECK(asked);
        CHECK(dialog.isVisible());
        CHECK(subject->text() == u"Refund");
    }
}

TEST_CASE("the health page's average customer value leaves out a refund to a customer who bought nothing in the year",
          "[ui][service][health]")
{
    // tests/data/figures imported into an empty shop: the 12 months to 2026-03-31 have three buyers
    // (王芳 ¥450, 李雷 ¥234, Bob Chen ¥88); 张伟's refund of ¥181.50 (of a purchase in 2024) is in the
    // window, but he bought nothing in it. ¥772.00 / 3 = ¥257.33 — not ¥590.50 / 3 = ¥196.83.
    const core::Clock::Pinned now(QDateTime(QDate(2026, 3, 31), QTime(18, 0)));
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"small.sqlite"_s));
    REQUIRE(db.ok());
    core::io::ImportOptions options;
    options.kind = core::io::ImportKind::Customers;
    REQUIRE(core::io::Importer::run(**db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/figures/customers.csv"_s, options).ok());
    options.kind = core::io::ImportKind::Orders;
    REQUIRE(core::io::Importer::run(**db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/figures/orders.csv"_s, options).ok());
    REQUIRE(core::segmentation::Segmenter::run(**db, QDate(2026, 3, 31)).ok());

    ui::HealthPage page(**db);
    page.resize(1000, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.cardValue(u"clv"_s) == u"¥257.33"_s);
    REQUIRE(page.trend(u"clv"_s)->lastValue().has_value());
    CHECK(*page.trend(u"clv"_s)->lastValue() == clientele::test::Approx(257.33));
    // No survey answers: "0 answers this month; a score needs 10" is neither good nor bad news, so
    // it is grey, not the green of an improvement (a new user read it as "all is well").
    const auto* nps = page.findChild<QWidget*>(u"healthCard_nps"_s)->findChild<ui::KpiCard*>();
    REQUIRE(nps);
    CHECK(page.cardValue(u"nps"_s) == u"–"_s);
    CHECK(nps->changeTone() == ui::KpiCard::Tone::Neutral);
    for (const QLabel* label : nps->findChildren<QLabel*>())
        CHECK_FALSE(label->styleSheet().contains(u"#15803d"_s));
    test::screenshot(page, u"health-average-value.png"_s);
}
