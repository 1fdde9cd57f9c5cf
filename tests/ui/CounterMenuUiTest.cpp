// The Counter menu from another view: money is taken only where the cashier sees it.
#include "CatchCompat.h"

#include "UiSupport.h"

#include "counter/CounterPage.h"
#include "domain/Clock.h"
#include "views/MainWindow.h"
#include "widgets/CustomerPicker.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {
qint64 rowCount(const core::storage::Database& db, const QString& sql)
{
    QSqlQuery q = db.prepare(sql);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("the Counter menu's Top Up and Confirm Sale from another view bring the counter forward, taking nothing",
          "[ui][counter]")
{
    QSettings().clear();
    core::Clock::Pinned pin(QDate(2026, 12, 1));
    QTemporaryDir dir;
    ui::MainWindow window(clientele::test::demoDatabase(dir, 30));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* counter = window.page<ui::CounterPage>();
    REQUIRE(counter);
    window.showDashboard();
    REQUIRE_FALSE(counter->isVisible());
    window.showPage(counter);
    QSqlQuery phone = window.database().prepare(u"SELECT phone FROM customers WHERE phone <> '' LIMIT 1"_s);
    REQUIRE(phone.exec());
    REQUIRE(phone.next());
    counter->findChild<ui::CustomerPicker*>(u"counterPicker"_s)->search(phone.value(0).toString());
    REQUIRE(counter->findChild<QAction*>(u"counterConfirmAction"_s)->isEnabled()); // a member is chosen
    counter->findChild<QLineEdit*>(u"counterAmount"_s)->setText(u"88"_s);
    counter->findChild<QLineEdit*>(u"counterTopUpAmount"_s)->setText(u"500"_s);
    window.showDashboard();
    REQUIRE_FALSE(counter->isVisible());
    const qint64 sales = rowCount(window.database(), u"SELECT COUNT(*) FROM member_sales"_s);
    const qint64 topUps = rowCount(window.database(), u"SELECT COUNT(*) FROM stored_value_ledger"_s);

    counter->findChild<QAction*>(u"counterTopUpAction"_s)->trigger();
    CHECK(counter->isVisible());
    QApplication::processEvents();
    CHECK(window.focusWidget() == counter->findChild<QLineEdit*>(u"counterTopUpAmount"_s));

    window.showDashboard();
    counter->findChild<QAction*>(u"counterConfirmAction"_s)->trigger();
    CHECK(counter->isVisible());
    QApplication::processEvents();
    CHECK(window.focusWidget() == counter->findChild<QLineEdit*>(u"counterAmount"_s));
    CHECK(counter->findChild<QLabel*>(u"counterStatus"_s)->text().contains(u"take the money here"_s));
    CHECK(rowCount(window.database(), u"SELECT COUNT(*) FROM member_sales"_s) == sales);
    CHECK(rowCount(window.database(), u"SELECT COUNT(*) FROM stored_value_ledger"_s) == topUps);
}
