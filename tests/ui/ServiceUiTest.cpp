// Issue 18 in the window: a ticket opened and resolved from the keyboard (Ctrl+5, Ctrl+Shift+K),
// and the health page whose cards show the core's figures and open the customers behind them.
#include "CatchCompat.h"

#include "UiSupport.h"

#include "service/HealthFigures.h"
#include "service/HealthPage.h"
#include "service/ServicePage.h"
#include "service/Surveys.h"
#include "service/TicketDialog.h"
#include "service/Tickets.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "views/MainWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

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
    test::screenshot(window, u"service-ticket-list.png"_s);

    // Enter opens it; resolve with a note.
    bool resolved = false;
    test::whenModal<ui::TicketDialog>([&](ui::TicketDialog* dialog) {
        CHECK_FALSE(dialog->findChild<QLabel*>(u"ticketDue"_s)->text().isEmpty());
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
