// One key, one command: every action the main window's menus reach (the window's own and every
// page's, whichever page is in front) has a shortcut no other menu action has. The tester found
// Ctrl+P on both File ▸ Print Monthly Report and Counter ▸ Print Receipt, and Ctrl+F on both
// Counter ▸ Find Member and Customers ▸ Find Customer (which one a key reached depended on the
// page in front, while both menus showed it).
#include "UiSupport.h"

#include "views/MainWindow.h"
#include "widgets/CustomerPicker.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QApplication>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <optional>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;

namespace {
// Every action of `menu` and its submenus, with the menu path it is shown under.
void collect(QMenu* menu, const QString& path, QList<std::pair<QAction*, QString>>& out)
{
    for (QAction* action : menu->actions()) {
        const QString name = path + u" ▸ "_s + QString(action->text()).remove(u'&');
        if (action->menu())
            collect(action->menu(), name, out);
        else if (!action->isSeparator())
            out.append({action, name});
    }
}

QList<std::pair<QAction*, QString>> menuActions(QMainWindow& window)
{
    QList<std::pair<QAction*, QString>> out;
    for (QAction* top : window.menuBar()->actions())
        if (top->menu())
            collect(top->menu(), QString(top->text()).remove(u'&'), out);
    return out;
}

// The Alt+letter of a text ("Amou&nt" → Alt+N), empty when it has none.
QString altKey(const QString& text)
{
    return QKeySequence::mnemonic(text).toString(QKeySequence::PortableText);
}

// Alt+letter → what shows it: the menu bar's titles and the shown labels, buttons and group boxes
// of the page in front.
QMap<QString, QStringList> altKeys(QMainWindow& window, QWidget* page)
{
    QMap<QString, QStringList> keys;
    for (QAction* top : window.menuBar()->actions())
        if (const QString key = altKey(top->text()); top->isVisible() && !key.isEmpty())
            keys[key].append(u"menu "_s + top->text());
    for (QWidget* widget : page->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(page))
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            text = label->text();
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        else if (auto* box = qobject_cast<QGroupBox*>(widget); box && box->isCheckable())
            text = box->title();
        if (const QString key = altKey(text); !key.isEmpty())
            keys[key].append(widget->objectName() + u" "_s + text);
    }
    return keys;
}

QAction* actionNamed(QMainWindow& window, const QString& text)
{
    for (const auto& [action, path] : menuActions(window))
        if (QString(action->text()).remove(u'&') == text)
            return action;
    return nullptr;
}
} // namespace

TEST_CASE("no two menu actions share a shortcut, whichever page is in front", "[ui][shortcuts]")
{
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir, 40));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* views = window.findChild<QTabWidget*>(u"views"_s);
    REQUIRE(views);
    REQUIRE(views->count() >= 5);
    for (int page = 0; page < views->count(); ++page) {
        views->setCurrentIndex(page);
        QCoreApplication::processEvents();
        QMap<QString, QStringList> byKey; // a key (portable text) → the menu entries showing it
        for (const auto& [action, path] : menuActions(window))
            for (const QKeySequence& keys : action->shortcuts())
                if (!keys.isEmpty())
                    byKey[keys.toString(QKeySequence::PortableText)].append(path);
        INFO("page in front: " << views->tabText(page).toStdString());
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            INFO(it.key().toStdString() << ": " << it.value().join(u" | "_s).toStdString());
            CHECK(it.value().size() == 1);
        }
        // The keys the menus show for the receipt and the member search (also what the menus say).
        CHECK(byKey.contains(u"Ctrl+P"_s));
        CHECK(byKey.contains(u"Ctrl+Shift+P"_s));
        CHECK(byKey.contains(u"F3"_s));
        CHECK(byKey.contains(u"Ctrl+F"_s));
    }
}

TEST_CASE("an Alt+letter on a page is not a menu's too, nor another field's, in both languages", "[ui][shortcuts]")
{
    // The tester's Alt+S on the counter went to "from stored value", not to the Service menu.
    for (const bool chinese : {false, true}) {
        QTemporaryDir dir;
        std::optional<test::ChineseUi> zh;
        if (chinese)
            zh.emplace();
        ui::MainWindow window(demoDatabase(dir, 40));
        window.resize(1024, 700);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* views = window.findChild<QTabWidget*>(u"views"_s);
        for (int page = 0; page < views->count(); ++page) {
            views->setCurrentIndex(page);
            QCoreApplication::processEvents();
            INFO((chinese ? "Chinese, " : "English, ") << "page in front: " << views->tabText(page).toStdString());
            const auto keys = altKeys(window, views->widget(page));
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                INFO(it.key().toStdString() << ": " << it.value().join(u" | "_s).toStdString());
                CHECK(it.value().size() == 1);
            }
        }
    }
}

TEST_CASE("Counter ▸ Find Member (F3) works from the customer list: the counter comes forward, its search focused",
          "[ui][shortcuts]")
{
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir, 40));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    auto* views = window.findChild<QTabWidget*>(u"views"_s);
    REQUIRE(views);
    views->setCurrentIndex(0);
    REQUIRE(views->currentWidget()->objectName() != u"counter"_s);
    QAction* find = actionNamed(window, u"Find Member"_s);
    REQUIRE(find);
    CHECK(find->shortcut() == QKeySequence(Qt::Key_F3));
    // A window shortcut (not only while the counter has the focus); the offscreen platform does not
    // route key presses to shortcuts, so the action is triggered as the key would.
    CHECK(find->shortcutContext() == Qt::WindowShortcut);
    find->trigger();
    CHECK(views->currentWidget()->objectName() == u"counter"_s);
    auto* search = views->currentWidget()->findChild<QLineEdit*>(u"customerPickerSearch"_s);
    REQUIRE(search);
    CHECK(QApplication::focusWidget() == search);
    CHECK(search->text().isEmpty()); // no customer was selected on the list

    // With a customer selected on the list, F3 serves that customer: picked, their name selected
    // in the search box so that typing still starts a new search.
    views->setCurrentIndex(0);
    auto* table = views->currentWidget()->findChild<QTableView*>(u"customerTable"_s);
    REQUIRE(table);
    REQUIRE(table->model()->rowCount() > 2);
    table->setFocus();
    table->selectRow(2);
    const qint64 chosen = table->model()->index(2, 0).data(Qt::UserRole).toLongLong();
    const QString name = table->model()->index(2, 0).data().toString();
    find->trigger();
    REQUIRE(views->currentWidget()->objectName() == u"counter"_s);
    auto* picker = views->currentWidget()->findChild<ui::CustomerPicker*>(u"counterPicker"_s);
    REQUIRE(picker);
    CHECK(picker->customerId() == chosen);
    CHECK(search->text() == name);
    CHECK(search->selectedText() == name);
    auto* info = views->currentWidget()->findChild<QLabel*>(u"counterMemberInfo"_s);
    REQUIRE(info);
    CHECK(info->text().contains(name));
    // F3 again at the counter keeps the member; going back and clearing the selection brings no one new.
    find->trigger();
    CHECK(picker->customerId() == chosen);

    QAction* print = actionNamed(window, u"Print Receipt…"_s);
    REQUIRE(print);
    CHECK(print->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
}
