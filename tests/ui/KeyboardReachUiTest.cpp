// A new user's keyboard: the visit-card plan and coupon-type forms start with the cursor in their
// first field and every field has a mnemonic; the View menu's pages have mnemonics; the customer
// profile's tabs follow Ctrl+Tab and Ctrl+Shift+Tab wherever the focus is. English and Chinese.
#include "UiSupport.h"

#include "domain/Clock.h"
#include "member/MemberProgramDialog.h"
#include "member/VisitCards.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <optional>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;

namespace {
// The letter after a single '&' ("Co&vers" → V; "名称(&N)：" → N).
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&' && text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (text[i] == u'&')
            return text[i + 1].toUpper();
    }
    return {};
}

void activate(QWidget& window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// The form's labels: every one has a mnemonic, no two the same, each on its field.
void checkLabels(QWidget* page)
{
    QSet<QChar> seen;
    for (const QLabel* label : page->findChildren<QLabel*>()) {
        if (!label->buddy())
            continue;
        INFO(label->text().toStdString());
        const QChar letter = mnemonic(label->text());
        CHECK_FALSE(letter.isNull());
        CHECK_FALSE(seen.contains(letter));
        seen.insert(letter);
    }
    CHECK(seen.size() >= 5);
}
} // namespace

TEST_CASE("the plan and coupon-type forms: the cursor starts in the name, Alt+letter reaches each field",
          "[ui][keyboard][member]")
{
    for (const bool chinese : {false, true}) {
        std::optional<test::ChineseUi> zh;
        if (chinese)
            zh.emplace();
        const core::Clock::Pinned pinned(QDate(2026, 11, 2));
        QTemporaryDir dir;
        auto db = demoDatabase(dir, 20);
        ui::MemberProgramDialog dialog(*db);
        activate(dialog);
        auto* name = dialog.findChild<QLineEdit*>(u"planName"_s);
        auto* price = dialog.findChild<QLineEdit*>(u"planPrice"_s);
        auto* uses = dialog.findChild<QSpinBox*>(u"planUses"_s);
        auto* tabs = dialog.findChild<QTabWidget*>(u"memberProgramTabs"_s);
        REQUIRE((name && price && uses && tabs));
        // Typing at once goes into the name, not the table.
        CHECK(QApplication::focusWidget() == name);
        QTest::keyClicks(QApplication::focusWidget(), u"10 haircuts"_s);
        CHECK(name->text() == u"10 haircuts"_s);
        checkLabels(tabs->widget(0));
        // Alt+P: the price; Alt+U: the uses.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::AltModifier);
        CHECK(QApplication::focusWidget() == price);
        QTest::keyClicks(QApplication::focusWidget(), u"880"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
        CHECK(QApplication::focusWidget() == uses);
        screenshot(dialog, chinese ? u"ui-plan-keyboard-zh.png"_s : u"ui-plan-keyboard-en.png"_s);
        // Alt+A adds the plan; the cursor is back in the name for the next one.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::AltModifier);
        // a button's mnemonic clicks it a moment later (animateClick)
        (void)QTest::qWaitFor([&] { return core::member::VisitCards::plans(*db).value().size() == 1; }, 2000);
        const auto plans = core::member::VisitCards::plans(*db);
        REQUIRE(plans.ok());
        REQUIRE(plans->size() == 1);
        CHECK(plans->first().name == u"10 haircuts"_s);
        CHECK(plans->first().price == 88000);
        CHECK(QApplication::focusWidget() == name);

        // The coupon types' tab: the cursor in its name, a mnemonic on each field.
        tabs->setCurrentIndex(1);
        CHECK(QApplication::focusWidget() == dialog.findChild<QLineEdit*>(u"typeName"_s));
        checkLabels(tabs->widget(1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);
        CHECK(QApplication::focusWidget() == dialog.findChild<QLineEdit*>(u"typeMinSpend"_s));
    }
}

TEST_CASE("the View menu's pages have mnemonics: View, then D opens the dashboard", "[ui][keyboard]")
{
    for (const bool chinese : {false, true}) {
        std::optional<test::ChineseUi> zh;
        if (chinese)
            zh.emplace();
        QTemporaryDir dir;
        ui::MainWindow window(demoDatabase(dir, 20));
        window.resize(1024, 700);
        activate(window);
        QMenu* view = nullptr;
        for (QAction* top : window.menuBar()->actions())
            if (top->menu() && mnemonic(top->text()) == u'V')
                view = top->menu();
        REQUIRE(view);
        QSet<QChar> seen;
        for (QAction* action : view->actions()) {
            if (action->isSeparator())
                continue;
            INFO(action->text().toStdString());
            const QChar letter = mnemonic(action->text());
            CHECK_FALSE(letter.isNull());
            CHECK_FALSE(seen.contains(letter));
            seen.insert(letter);
        }
        CHECK(seen.size() == 9); // seven pages, Refresh, Language
        auto* views = window.findChild<QTabWidget*>(u"views"_s);
        REQUIRE(views);
        view->popup(window.mapToGlobal(QPoint(40, 20)));
        REQUIRE(QTest::qWaitForWindowExposed(view));
        QTest::keyClick(view, Qt::Key_D);
        CHECK(views->currentWidget()->objectName() == u"dashboard"_s);
        view->popup(window.mapToGlobal(QPoint(40, 20)));
        REQUIRE(QTest::qWaitForWindowExposed(view));
        QTest::keyClick(view, Qt::Key_T);
        CHECK(views->currentWidget()->objectName() == u"counter"_s);
    }
}

TEST_CASE("the customer profile: Ctrl+Tab and Ctrl+Shift+Tab step through its tabs from inside a table",
          "[ui][keyboard][profile]")
{
    QTemporaryDir dir;
    auto db = demoDatabase(dir, 20);
    ui::CustomerProfileDialog profile(*db, 3);
    profile.resize(1000, 680);
    activate(profile);
    auto* tabs = profile.findChild<QTabWidget*>(u"profileTabs"_s);
    REQUIRE(tabs);
    REQUIRE(tabs->count() > 3);
    tabs->setCurrentIndex(0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == 2);
    // From inside the purchases table, which takes plain Tab for its cells.
    auto* purchases = profile.findChild<QTableWidget*>(u"purchaseTable"_s);
    REQUIRE(purchases);
    int at = -1;
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i) == purchases || tabs->widget(i)->isAncestorOf(purchases))
            at = i;
    REQUIRE(at >= 0);
    REQUIRE(at + 1 < tabs->count());
    tabs->setCurrentIndex(at);
    purchases->setFocus();
    REQUIRE(purchases->hasFocus());
    QTest::keyClick(purchases, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentIndex() == at + 1);
    // Ctrl+Shift+Tab arrives as Ctrl+Shift+Backtab.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tabs->currentIndex() == at);
    tabs->setCurrentIndex(0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tabs->currentIndex() == tabs->count() - 1); // round to the last
}
