// Two tills (or the CLI) on one shop file: what the other connection commits must reach the open
// window — a notice with Refresh in the main window (the list is not reset under the user's
// hands), and at once in an open profile. A fresh-eyes user saw neither until a restart.
#include "UiSupport.h"

#include "domain/Clock.h"
#include "member/SaleService.h"
#include "models/CustomerTableModel.h"
#include "views/MainWindow.h"
#include "widgets/ExternalChangeWatcher.h"

#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {

int ordersShown(const ui::CustomerTableModel& model, qint64 customerId)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.customerId(row) == customerId)
            return model.index(row, ui::CustomerTableModel::Orders).data().toInt();
    return -1;
}

} // namespace

TEST_CASE("a sale from another till shows in the open window after its notice", "[ui][elsewhere]")
{
    QSettings().clear();
    core::Clock::Pinned today(QDate(2026, 11, 30));
    QTemporaryDir dir;
    ui::MainWindow window(test::demoDatabase(dir, 40));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* notice = window.findChild<QPushButton*>(u"changedElsewhereNotice"_s);
    REQUIRE(notice);
    CHECK_FALSE(notice->isVisible());

    const ui::CustomerTableModel& model = *window.customerModel();
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 40; }, 10000));
    const qint64 customerId = model.customerId(0);
    const int before = ordersShown(model, customerId);
    REQUIRE(before >= 0);

    // The other till: its own connection to the same file.
    auto till = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(till.ok());
    core::member::SaleRequest sale;
    sale.customerId = customerId;
    sale.amount = 12'800;
    REQUIRE(core::member::SaleService::sell(**till, sale).ok());

    REQUIRE(QTest::qWaitFor([&] { return notice->isVisible(); }, 8000));
    CHECK(ordersShown(model, customerId) == before); // not reloaded under the user's hands
    test::screenshot(window, u"changed-elsewhere.png"_s);
    QTest::mouseClick(notice, Qt::LeftButton);
    CHECK(QTest::qWaitFor([&] { return ordersShown(model, customerId) == before + 1; }, 5000));
    CHECK_FALSE(notice->isVisible());

    // The window's own writes are not news: nothing shows for them.
    REQUIRE(core::member::SaleService::sell(window.database(), sale).ok());
    QTest::qWait(ui::ExternalChangeWatcher::kDefaultIntervalMs + 500);
    CHECK_FALSE(notice->isVisible());
}
