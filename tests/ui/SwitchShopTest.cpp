// Opening another shop while the dashboard or the calendar is in front: the old shop's views are
// replaced one by one, and removing the one in front makes another current — which must never read
// a shop that is already closed (it crashed the app; ASan names it in CI).
#include "UiSupport.h"

#include "domain/Clock.h"
#include "models/CustomerTableModel.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

TEST_CASE("switching to another shop with each view in front", "[ui][switch]")
{
    QSettings().clear();
    core::Clock::Pinned today(QDate(2026, 11, 30));
    QTemporaryDir first, second;
    const QString otherPath = second.filePath(u"shop.sqlite"_s);
    test::demoDatabase(second, 120); // written and closed: the window opens it by path

    ui::MainWindow window(test::demoDatabase(first, 150));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* views = window.findChild<QTabWidget*>(u"views"_s);
    REQUIRE(views);

    for (int tab = 0; tab < views->count(); ++tab) {
        const QString path = tab % 2 == 0 ? otherPath : first.filePath(u"shop.sqlite"_s);
        views->setCurrentIndex(tab);
        QTest::qWait(50);
        window.switchTo(path, u"test"_s);
        QTest::qWait(50);
        CHECK(window.database().path() == path);
        CHECK(views->currentIndex() == tab); // the view in front stays in front
        const int expected = path == otherPath ? 120 : 150;
        CHECK(QTest::qWaitFor([&] { return window.customerModel()->rowCount() == expected; }, 10000));
    }
}

TEST_CASE("a page's keys are its own while it is in front; no two actions share a key", "[ui][switch][keys]")
{
    QSettings().clear();
    core::Clock::Pinned today(QDate(2026, 11, 30));
    QTemporaryDir dir;
    ui::MainWindow window(test::demoDatabase(dir, 60));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* views = window.findChild<QTabWidget*>(u"views"_s);
    REQUIRE(views);
    for (int tab = 0; tab < views->count(); ++tab) {
        views->setCurrentIndex(tab);
        QTest::qWait(20);
        INFO(views->tabText(tab).toStdString());
        // The keys live while this page is in front: the window's, and this page's own.
        QHash<QString, int> live;
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction* action : menu->menu()->actions()) {
                    if (action->shortcut().isEmpty())
                        continue;
                    const bool pageKey = action->shortcutContext() == Qt::WidgetWithChildrenShortcut;
                    if (pageKey && !views->currentWidget()->actions().contains(action))
                        continue; // another page's key: not live now
                    ++live[action->shortcut().toString()];
                }
        for (auto it = live.cbegin(); it != live.cend(); ++it) {
            INFO(it.key().toStdString());
            CHECK(it.value() == 1);
        }
    }
}
