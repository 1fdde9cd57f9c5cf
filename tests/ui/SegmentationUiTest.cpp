// Tools ▸ Recalculate Tiers (and its dashboard button) on a worker thread, and the catch-up when
// a shop opens on a later day.
#include "UiSupport.h"

#include "charts/DashboardView.h"
#include "demo/DemoShop.h"
#include "domain/Clock.h"
#include "models/CustomerTableModel.h"
#include "storage/Backups.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/SegmentationRepository.h"
#include "views/MainWindow.h"
#include "widgets/SegmentationRunner.h"

#include <QAction>
#include <QProgressBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace clientele;
using namespace Qt::StringLiterals;

TEST_CASE("Recalculate Tiers labels an unsegmented shop on a worker thread; a later day catches up on its own",
          "[ui][upkeep]")
{
    QSettings().clear();
    core::Clock::Pinned today(QDate(2026, 11, 2));
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    core::demo::DemoOptions options;
    options.customers = 150;
    options.orders = 1500;
    options.seed = 3;
    options.endDate = QDate(2026, 10, 31);
    REQUIRE(core::demo::DemoShop::populate(**db, options).ok()); // orders, but never segmented
    core::Customer walkIn;
    walkIn.name = u"Aaron Walk-in"_s; // sorts first by name
    REQUIRE(core::storage::CustomerRepository(**db).insert(walkIn).ok());

    ui::MainWindow window(std::move(*db));
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* model = window.customerModel();
    auto* runner = window.segmentation();
    REQUIRE(runner);
    // Unsegmented: no tiers in the list; a customer without orders is a prospect all the same.
    CHECK(model->index(0, ui::CustomerTableModel::Name).data().toString() == u"Aaron Walk-in"_s);
    CHECK(model->index(0, ui::CustomerTableModel::Stage).data().toString() == u"Prospect"_s);
    int withOrders = 1;
    while (model->index(withOrders, ui::CustomerTableModel::Orders).data().toInt() == 0)
        ++withOrders;
    CHECK(model->index(withOrders, ui::CustomerTableModel::Tier).data().toString().isEmpty());

    auto* action = window.findChild<QAction*>(u"recalculateTiersAction"_s);
    REQUIRE(action);
    CHECK(action->isEnabled());
    auto* button = window.findChild<QToolButton*>(u"recalculateTiersButton"_s);
    REQUIRE(button); // on the dashboard
    CHECK(button->defaultAction() == action);
    auto* progress = window.findChild<QProgressBar*>(u"recalculateProgress"_s);
    REQUIRE(progress);

    action->trigger();
    CHECK(runner->isRunning()); // the window stays responsive meanwhile
    CHECK_FALSE(action->isEnabled());
    CHECK_FALSE(progress->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 120000);
    CHECK(progress->isHidden());
    CHECK(action->isEnabled());
    QTRY_VERIFY(!model->index(withOrders, ui::CustomerTableModel::Tier).data().toString().isEmpty());
    CHECK(model->index(0, ui::CustomerTableModel::Stage).data().toString() == u"Prospect"_s);
    CHECK(core::storage::SegmentationRepository(window.database()).lastRunDate().value() == QDate(2026, 11, 2));
    CHECK_FALSE(core::storage::SegmentationRepository(window.database()).snapshotMonths().value().isEmpty());
    clientele::test::screenshot(window, u"ui-recalculated-tiers.png"_s);

    // Opening again the same day: nothing to do. The first start of the next month: a full run.
    runner->catchUp();
    CHECK_FALSE(runner->isRunning());
    {
        core::Clock::Pinned december(QDate(2026, 12, 1));
        const auto dayStartCopies = [&] {
            int n = 0;
            for (const auto& b : core::storage::Backups::list(window.database().path()).value())
                n += b.reason == u"day-start"_s && b.created.date() == QDate(2026, 12, 1) ? 1 : 0;
            return n;
        };
        CHECK(dayStartCopies() == 0);
        runner->catchUp();
        CHECK(runner->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 120000);
        CHECK(core::storage::SegmentationRepository(window.database()).lastRunDate().value() == QDate(2026, 12, 1));
        // The day's checked copy was made on the worker thread before the day's first change, so
        // the day's first import waits for none; once a day.
        CHECK(dayStartCopies() == 1);
        CHECK(core::storage::Backups::check(core::storage::Backups::list(window.database().path()).value().first().path)
                  .value() == u"ok"_s);
        runner->catchUp();
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 120000);
        CHECK(dayStartCopies() == 1);
        const auto months = core::storage::SegmentationRepository(window.database()).monthStats().value();
        REQUIRE(months.size() >= 2);
        CHECK(months[months.size() - 2].asOf == QDate(2026, 11, 30));
    }

    // The dashboard's button runs the same action.
    window.showDashboard();
    QTRY_VERIFY_WITH_TIMEOUT(!window.dashboard()->isLoading(), 60000);
    REQUIRE(window.dashboard()->data().has_value());
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(runner->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 120000);
}
