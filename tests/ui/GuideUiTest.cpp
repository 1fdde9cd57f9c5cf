// What a new owner meets around the app itself: the welcome dialog's choices and its sample
// templates, the user guide (Help ▸ User Guide, F1) in the UI language with working links and
// images, and the guide's screenshots — taken here from the real window on a demo shop.
//
// CLIENTELE_GUIDE_SHOTS_DIR=<folder> writes the screenshots there (resources/guide/img refreshes
// the guide's own; see resources/guide/README.md); unset, they go to a temporary folder.
#include "UiSupport.h"

#include "dialogs/FirstStartDialog.h"
#include "dialogs/GuideDialog.h"
#include "dialogs/ReportDialog.h"
#include "charts/DashboardView.h"
#include "domain/Clock.h"
#include "import/ImportWizard.h"
#include "models/CustomerTableModel.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"
#include "widgets/ImportTemplates.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QTemporaryDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <optional>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;

namespace {
QAction* menuAction(QMainWindow& window, const QKeySequence& shortcut)
{
    for (QAction* menu : window.menuBar()->actions())
        for (QAction* action : menu->menu()->actions())
            if (action->shortcut() == shortcut)
                return action;
    return nullptr;
}

// The first link to `href` in the browser's page, clicked with the mouse as a reader would.
void clickLink(QTextBrowser* browser, const QString& href)
{
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorHref() == href) {
                QTextCursor cursor(browser->document());
                cursor.setPosition(it.fragment().position() + 1);
                browser->setTextCursor(cursor);
                browser->ensureCursorVisible();
                const QPoint at = browser->cursorRect(cursor).center();
                QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, at);
                return;
            }
    FAIL("no link to " << href.toStdString());
}

// Every image of the page shown loads, and is a real screenshot (not an empty placeholder).
void checkImages(QTextBrowser* browser)
{
    int images = 0;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                const QUrl url = browser->source().resolved(QUrl(it.fragment().charFormat().toImageFormat().name()));
                const QVariant data = browser->loadResource(QTextDocument::ImageResource, url);
                const QImage image = QImage::fromData(data.toByteArray());
                INFO(url.toString().toStdString());
                CHECK(image.width() >= 300);
                ++images;
            }
    CHECK(images > 0);
}

void saveShot(QWidget& widget, const QString& folder, const QString& name, QStringList* written)
{
    QTest::qWait(100);
    // At most 780 pixels wide: whole in the guide window at 1024×700, text still readable. Small
    // dialogs keep their size (scaled up they would blur).
    QImage image = widget.grab().toImage();
    if (image.width() > 780)
        image = image.scaledToWidth(780, Qt::SmoothTransformation);
    const QString path = QDir(folder).filePath(name);
    REQUIRE(image.save(path));
    written->append(path);
}

void takeShots(const QString& language, const QString& folder, QStringList* written)
{
    QSettings().clear();
    QTemporaryDir dir;
    {
        ui::FirstStartDialog welcome;
        welcome.show();
        REQUIRE(QTest::qWaitForWindowExposed(&welcome));
        saveShot(welcome, folder, u"first-start-%1.png"_s.arg(language), written);
    }
    ui::MainWindow window(demoDatabase(dir));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // The best customers first: the list and the profile show tiers, stages and a long history.
    auto* table = window.findChild<QTableView*>(u"customerTable"_s);
    REQUIRE(table);
    table->sortByColumn(ui::CustomerTableModel::Spend12m, Qt::DescendingOrder);
    saveShot(window, folder, u"customers-%1.png"_s.arg(language), written);
    {
        ui::CustomerProfileDialog profile(window.database(), window.customerModel()->customerId(0), &window);
        profile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&profile));
        saveShot(profile, folder, u"profile-%1.png"_s.arg(language), written);
    }
    {
        const QString csv = QStringLiteral(CLIENTELE_RESOURCES_DIR) + u"/templates/customers_%1.csv"_s.arg(language);
        ui::ImportWizard wizard(window.database(), csv, &window);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        wizard.next();
        REQUIRE(wizard.currentId() == ui::ImportWizard::MappingPageId);
        saveShot(wizard, folder, u"import-%1.png"_s.arg(language), written);
        clientele::test::MessageBoxAnswer leave; // past the mapping page, leaving asks first
        clientele::test::answerNextMessageBox(leave, QMessageBox::Yes);
        wizard.reject();
    }
    window.showDashboard();
    REQUIRE(QTest::qWaitFor([&] { return window.dashboard()->data().has_value(); }, 30000));
    QTest::qWait(300); // charts lay out their axes and legends
    saveShot(window, folder, u"dashboard-%1.png"_s.arg(language), written);
    window.showCalendar();
    saveShot(window, folder, u"calendar-%1.png"_s.arg(language), written);
    {
        ui::ReportDialog report(window.database(), &window);
        report.show();
        REQUIRE(QTest::qWaitForWindowExposed(&report));
        clientele::test::whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* preview) {
            preview->resize(1024, 700);
            QTest::qWait(500); // pages are laid out
            saveShot(*preview, folder, u"report-%1.png"_s.arg(language), written);
            preview->reject();
        });
        report.preview();
    }
}
} // namespace

TEST_CASE("the welcome dialog: demo, import my customers, empty; templates without closing it", "[ui][guide]")
{
    ui::FirstStartDialog welcome;
    welcome.show();
    REQUIRE(QTest::qWaitForWindowExposed(&welcome));
    auto* templates = welcome.findChild<QPushButton*>(u"saveTemplates"_s);
    REQUIRE(templates);
    // The folder dialog opens; cancelled, the welcome dialog is still there to choose from.
    bool asked = false;
    clientele::test::whenModal<QFileDialog>([&](QFileDialog* dialog) {
        asked = true;
        dialog->reject();
    });
    QTest::mouseClick(templates, Qt::LeftButton);
    CHECK(asked);
    CHECK(welcome.isVisible());
    CHECK(welcome.result() == 0);
    QTest::mouseClick(welcome.findChild<QWidget*>(u"startImport"_s), Qt::LeftButton);
    CHECK(welcome.result() == QDialog::Accepted);
    CHECK(welcome.choice() == ui::FirstStartDialog::Choice::Import);
    // Enter still starts an empty shop.
    ui::FirstStartDialog again;
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    QTest::keyClick(&again, Qt::Key_Return);
    CHECK(again.choice() == ui::FirstStartDialog::Choice::Empty);
}

TEST_CASE("the welcome dialog's 'Import my customers' chosen with the arrow keys opens the import wizard",
          "[ui][guide][welcome]")
{
    // A new user saw "Import my customers" framed (the pointer rested on it; the focused "empty
    // shop" showed nothing), pressed Down and Enter: the focus had gone on to "Save Sample
    // Templates", Enter took the default button and an empty shop opened without the wizard.
    for (const bool chinese : {false, true}) {
        std::optional<clientele::test::ChineseUi> zh;
        if (chinese)
            zh.emplace();
        ui::FirstStartDialog welcome;
        welcome.show();
        welcome.activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(&welcome));
        REQUIRE(QTest::qWaitForWindowActive(&welcome));
        auto* empty = welcome.findChild<QWidget*>(u"startEmpty"_s);
        auto* import = welcome.findChild<QWidget*>(u"startImport"_s);
        auto* demo = welcome.findChild<QWidget*>(u"startDemo"_s);
        REQUIRE(QApplication::focusWidget() == empty);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // the last choice: stays there
        CHECK(QApplication::focusWidget() == empty);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        CHECK(QApplication::focusWidget() == import);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        CHECK(QApplication::focusWidget() == demo);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        REQUIRE(QApplication::focusWidget() == import);
        clientele::test::screenshot(welcome, chinese ? u"ui-first-start-import-zh.png"_s : u"ui-first-start-import-en.png"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(welcome.result() == QDialog::Accepted);
        REQUIRE(welcome.choice() == ui::FirstStartDialog::Choice::Import);

        // What main() does with that choice: a new shop, and the wizard at once on top of it.
        QTemporaryDir dir;
        auto db = core::storage::Database::open(dir.filePath(u"clientele.sqlite"_s));
        REQUIRE(db.ok());
        ui::MainWindow window(std::move(*db));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.startAfterWelcome(welcome.choice());
        ui::ImportWizard* wizard = nullptr;
        CHECK(QTest::qWaitFor([&] { return (wizard = window.findChild<ui::ImportWizard*>()) && wizard->isVisible(); }, 3000));
        if (wizard)
            wizard->reject();
    }
}

TEST_CASE("the saved templates are the shipped files, named in the UI language", "[ui][guide][templates]")
{
    for (const bool chinese : {false, true}) {
        std::optional<clientele::test::ChineseUi> zh;
        if (chinese)
            zh.emplace();
        QTemporaryDir dir;
        QString error;
        const QStringList written = ui::ImportTemplates::saveTo(dir.path(), &error);
        INFO(error.toStdString());
        REQUIRE(written.size() == 2);
        const QString language = chinese ? u"zh_CN"_s : u"en"_s;
        CHECK(QFileInfo(written[0]).fileName() == (chinese ? u"客户导入模板.csv"_s : u"customers-template.csv"_s));
        CHECK(QFileInfo(written[1]).fileName() == (chinese ? u"订单导入模板.csv"_s : u"orders-template.csv"_s));
        for (int i = 0; i < 2; ++i) {
            const QString shipped = QStringLiteral(CLIENTELE_RESOURCES_DIR) + u"/templates/"_s +
                                    (i == 0 ? u"customers_"_s : u"orders_"_s) + language + u".csv"_s;
            QFile a(written[i]);
            QFile b(shipped);
            REQUIRE(a.open(QIODevice::ReadOnly));
            REQUIRE(b.open(QIODevice::ReadOnly));
            CHECK(a.readAll() == b.readAll());
            CHECK(QFileInfo(written[i]).isWritable()); // the owner edits it next
        }
        // Saving again replaces them.
        CHECK(ui::ImportTemplates::saveTo(dir.path(), &error).size() == 2);
    }
}

TEST_CASE("F1 opens the user guide at the view's page; links, Back and images work", "[ui][guide]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir, 60));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction* f1 = menuAction(window, QKeySequence(QKeySequence::HelpContents));
    REQUIRE(f1);
    window.showDashboard();
    f1->trigger();
    auto* guide = window.findChild<ui::GuideDialog*>();
    REQUIRE(guide);
    REQUIRE(QTest::qWaitForWindowExposed(guide));
    QTextBrowser* browser = guide->browser();
    CHECK(browser->source() == QUrl(u"qrc:/guide/en/dashboard.html"_s));
    CHECK(browser->toPlainText().contains(u"Dashboard"_s));
    CHECK(guide->windowTitle().contains(u"Dashboard"_s));
    checkImages(browser);

    clickLink(browser, u"figures.html#repurchase_rate"_s);
    CHECK(browser->source().path() == u"/guide/en/figures.html"_s);
    CHECK(browser->toPlainText().contains(u"Repurchase rate (12 months)"_s));
    QTest::mouseClick(guide->findChild<QPushButton*>(u"guideBack"_s), Qt::LeftButton);
    CHECK(browser->source() == QUrl(u"qrc:/guide/en/dashboard.html"_s));
    QTest::mouseClick(guide->findChild<QPushButton*>(u"guideHome"_s), Qt::LeftButton);
    CHECK(browser->source() == QUrl(u"qrc:/guide/en/index.html"_s));
    checkImages(browser);
    clickLink(browser, u"calendar.html"_s);
    CHECK(browser->source() == QUrl(u"qrc:/guide/en/calendar.html"_s));
    checkImages(browser);
    clientele::test::screenshot(*guide, u"ui-guide-en.png"_s);

    // F1 again: the same window, at the page of the view in front.
    window.showCalendar();
    f1->trigger();
    CHECK(window.findChildren<ui::GuideDialog*>().size() == 1);
    CHECK(browser->source() == QUrl(u"qrc:/guide/en/calendar.html"_s));
    guide->close();
}

TEST_CASE("the user guide in Chinese: every page in Chinese with its Chinese screenshots", "[ui][guide][i18n]")
{
    const clientele::test::ChineseUi chinese;
    ui::GuideDialog guide;
    guide.show();
    REQUIRE(QTest::qWaitForWindowExposed(&guide));
    QTextBrowser* browser = guide.browser();
    CHECK(browser->source() == QUrl(u"qrc:/guide/zh_CN/index.html"_s));
    CHECK(guide.windowTitle().contains(u"用户指南"_s));
    for (const QString& page : {u"index"_s, u"customers"_s, u"profile"_s, u"import"_s, u"dashboard"_s, u"calendar"_s,
                                u"report"_s, u"figures"_s}) {
        INFO(page.toStdString());
        guide.openPage(page + u".html"_s);
        CHECK(browser->toPlainText().contains(u"的"_s));
        if (page != u"figures")
            checkImages(browser);
    }
    guide.openPage(u"index.html"_s);
    clientele::test::screenshot(guide, u"ui-guide-zh.png"_s);
}

TEST_CASE("screenshots of each view for the guide, in both languages", "[ui][guide][screenshots]")
{
    const core::Clock::Pinned today(QDate(2026, 10, 31)); // the demo shop's last day
    QTemporaryDir temporary;
    const QString folder = qEnvironmentVariableIsSet("CLIENTELE_GUIDE_SHOTS_DIR")
                               ? qEnvironmentVariable("CLIENTELE_GUIDE_SHOTS_DIR")
                               : temporary.path();
    QDir().mkpath(folder);
    QStringList written;
    takeShots(u"en"_s, folder, &written);
    {
        const clientele::test::ChineseUi chinese;
        takeShots(u"zh_CN"_s, folder, &written);
    }
    CHECK(written.size() == 14);
    for (const QString& path : std::as_const(written)) {
        INFO(path.toStdString());
        const QImage image(path);
        CHECK(image.width() <= 780);
        CHECK(image.width() >= 300);
        CHECK(image.height() > 200);
        CHECK(QFileInfo(path).size() > 5000);
    }
}
