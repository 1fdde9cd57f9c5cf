// The import wizard end to end on a GBK Excel export, by keyboard to the end (Enter is always the
// safe, obvious thing; Undo asks first), its counts against the rows it lists, and an import
// cancelled midway.
#include "ChineseScope.h"
#include "UiSupport.h"

#include "import/ImportProblemsView.h"
#include "import/ImportWizard.h"
#include "io/ImportCounts.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportBatchRepository.h"
#include "views/CustomerProfileDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTableWidget>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::screenshot;
using clientele::test::answerNextMessageBox;
using clientele::test::MessageBoxAnswer;

namespace {
qint64 customerCount(const core::storage::Database& db)
{
    return core::storage::CustomerRepository(db).count().value();
}

// Presses Enter where the keyboard focus is, as a user would.
void pressEnter(QWidget& window)
{
    QWidget* target = QApplication::focusWidget();
    CHECK(target); // the key goes where a user's would
    QTest::keyClick(target && target->window() == &window ? target : &window, Qt::Key_Return);
}

// Each tab of a problems view: the (first) number in its title, the distinct lines of the file its
// table lists and the lines the table shows.
struct ListedRows
{
    QString title;
    qint64 counted = -1;
    qint64 listed = 0;
    qint64 tableRows = 0;
};
QList<ListedRows> listedRows(QWidget& page, const QString& viewName)
{
    QList<ListedRows> out;
    auto* tabs = page.findChild<QTabWidget*>(viewName + u"Tabs"_s);
    REQUIRE(tabs);
    static const QRegularExpression number(u"(\\d[\\d,]*)"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        ListedRows rows;
        rows.title = tabs->tabText(i).remove(u'&');
        if (const auto m = number.match(rows.title); m.hasMatch())
            rows.counted = m.captured(1).remove(u',').toLongLong();
        auto* table = qobject_cast<QTableWidget*>(tabs->widget(i));
        REQUIRE(table);
        QSet<QString> lines;
        for (int r = 0; r < table->rowCount(); ++r)
            lines.insert(table->item(r, 0)->text());
        rows.listed = lines.size();
        rows.tableRows = table->rowCount();
        out.append(rows);
    }
    return out;
}
} // namespace

TEST_CASE("the import wizard takes a GBK Excel file from preview to undo", "[ui][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    const QString csv = QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_gbk_excel.csv"_s;
    ui::ImportWizard wizard(**db, csv);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK(wizard.currentId() == ui::ImportWizard::FilePageId);
    screenshot(wizard, u"ui-import-1-file-en.png"_s);

    // Encoding and delimiter detected; the preview shows real Chinese, not mojibake.
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::FormatPageId);
    auto* preview = wizard.findChild<QTableWidget*>(u"importPreview"_s);
    REQUIRE(preview);
    REQUIRE(preview->rowCount() > 0);
    CHECK(preview->horizontalHeaderItem(1)->text() == u"姓名"_s);
    CHECK(preview->item(0, 1)->text() == u"张伟"_s);
    CHECK(wizard.currentPage()->findChildren<QLabel*>().size() > 0);
    screenshot(wizard, u"ui-import-2-format-en.png"_s);

    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::MappingPageId);
    CHECK(wizard.currentPage()->isComplete());
    screenshot(wizard, u"ui-import-3-mapping-en.png"_s);

    // The dry run runs on the worker; nothing is written.
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::CheckPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard.state().check.has_value(); }, 30000));
    CHECK(wizard.currentPage()->isComplete());
    const auto check = *wizard.state().check;
    CHECK(check.dryRun);
    CHECK(check.inserted > 0);
    CHECK(customerCount(**db) == 0);
    CHECK(wizard.findChild<QLabel*>(u"importCheckSummary"_s)->text().contains(u"rows read"_s));
    screenshot(wizard, u"ui-import-4-check-en.png"_s);

    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::RunPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 30000));
    REQUIRE(wizard.state().result.has_value());
    CHECK(wizard.state().result->batchId > 0);
    CHECK(customerCount(**db) == check.inserted);
    auto* undo = wizard.findChild<QPushButton*>(u"importUndo"_s);
    REQUIRE(undo);
    CHECK(undo->isVisible());
    screenshot(wizard, u"ui-import-5-done-en.png"_s);

    MessageBoxAnswer asked;
    answerNextMessageBox(asked, QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(asked.seen);
    REQUIRE(QTest::qWaitFor([&] { return wizard.state().undone; }, 30000));
    CHECK(customerCount(**db) == 0);
}

TEST_CASE("an order file without a recognised customer column names every column that would do", "[ui][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    const QString csv = dir.filePath(u"orders.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("order no,member/phone,date,amount\nN1,13800001111,2026-11-02,88\n");
    }
    ui::ImportWizard wizard(**db, csv);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::MappingPageId);
    CHECK_FALSE(wizard.currentPage()->isComplete());
    const QString missing = wizard.findChild<QLabel*>(u"importMissing"_s)->text();
    INFO(missing.toStdString());
    CHECK(missing.contains(u"Member code, Phone or E-mail"_s));
    screenshot(wizard, u"ui-import-missing-key-en.png"_s);
}

TEST_CASE("an import cancelled midway leaves the database unchanged", "[ui][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    // Big enough that the import is still running when Cancel is pressed.
    const QString csv = dir.filePath(u"many.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray text = "会员号,姓名,手机,城市\n";
        for (int i = 0; i < 30000; ++i)
            text += QStringLiteral("M%1,顾客%1,139%2,上海\n").arg(i).arg(i, 8, 10, QLatin1Char('0')).toUtf8();
        file.write(text);
    }
    ui::ImportWizard wizard(**db, csv);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(QTest::qWaitFor([&] { return wizard.state().check.has_value(); }, 120000));
    REQUIRE(wizard.state().check->inserted == 30000);
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::RunPageId);
    auto* progress = wizard.findChild<QProgressBar*>(u"importProgress"_s);
    REQUIRE(progress);
    REQUIRE(QTest::qWaitFor([&] { return progress->value() >= 1; }, 60000));
    screenshot(wizard, u"ui-import-running-en.png"_s);
    auto* cancel = wizard.findChild<QPushButton*>(u"importCancel"_s);
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 60000));
    CHECK_FALSE(wizard.state().result.has_value());
    CHECK(wizard.findChild<QLabel*>(u"importSummary"_s)->text().contains(u"cancelled"_s));
    CHECK(customerCount(**db) == 0);
    auto integrity = QSqlQuery((*db)->connection());
    REQUIRE(integrity.exec(u"PRAGMA integrity_check"_s));
    REQUIRE(integrity.next());
    CHECK(integrity.value(0).toString() == u"ok"_s);
}

TEST_CASE("the import wizard and the profile timeline in Chinese", "[ui][i18n]")
{
    QSettings().clear();
    const clientele::test::ChineseUi chinese;
    {
        QTemporaryDir dir;
        auto db = clientele::test::demoDatabase(dir);
        ui::ImportWizard wizard(*db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_gbk_excel.csv"_s);
        wizard.show();
        REQUIRE(QTest::qWaitForWindowExposed(&wizard));
        wizard.next();
        CHECK(wizard.currentPage()->title() == u"检查文字"_s);
        screenshot(wizard, u"ui-import-2-format-zh.png"_s);
        wizard.next();
        screenshot(wizard, u"ui-import-3-mapping-zh.png"_s);
        wizard.next();
        REQUIRE(QTest::qWaitFor([&] { return wizard.state().check.has_value(); }, 30000));
        screenshot(wizard, u"ui-import-4-check-zh.png"_s);
        clientele::test::MessageBoxAnswer leave;
        clientele::test::answerNextMessageBox(leave, QMessageBox::Yes);
        wizard.reject();
        CHECK(leave.text.contains(u"尚未导入"_s));

        ui::CustomerProfileDialog profile(*db, core::storage::CustomerRepository(*db).search(u"王"_s, 1).value().value(0).id);
        profile.resize(900, 680);
        profile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&profile));
        profile.findChild<QTabWidget*>(u"profileTabs"_s)->setCurrentIndex(2);
        screenshot(profile, u"ui-profile-timeline-zh.png"_s);
        profile.findChild<QTabWidget*>(u"profileTabs"_s)->setCurrentIndex(1);
        screenshot(profile, u"ui-profile-contact-zh.png"_s);
    }
}

TEST_CASE("the import wizard by keyboard: Enter on every page, Enter on the finished page keeps the import",
          "[ui][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    // Skipped rows, a conflict, a repeat inside the file and rows imported with warnings.
    const QString csv = QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_errors.csv"_s;
    auto* wizard = new ui::ImportWizard(**db, csv);
    wizard->setAttribute(Qt::WA_DeleteOnClose); // as the main window opens it
    QPointer<ui::ImportWizard> alive(wizard);
    wizard->show();
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    wizard->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(wizard));

    pressEnter(*wizard);
    REQUIRE(wizard->currentId() == ui::ImportWizard::FormatPageId);
    pressEnter(*wizard);
    REQUIRE(wizard->currentId() == ui::ImportWizard::MappingPageId);
    pressEnter(*wizard);
    REQUIRE(wizard->currentId() == ui::ImportWizard::CheckPageId);
    pressEnter(*wizard); // while the dry run runs, Import is disabled: Enter does nothing
    REQUIRE(QTest::qWaitFor([&] { return wizard->state().check.has_value() && wizard->currentPage()->isComplete(); },
                            30000));
    CHECK(wizard->currentId() == ui::ImportWizard::CheckPageId);
    CHECK(customerCount(**db) == 0);

    // The dry run's words are true in an empty shop: the repeated line is a repeat, not a match.
    const auto& check = *wizard->state().check;
    const QString checkSummary = wizard->findChild<QLabel*>(u"importCheckSummary"_s)->text();
    CHECK(check.duplicates == 0);
    CHECK(check.repeatedInFile == 1);
    CHECK_FALSE(checkSummary.contains(u"already in the database"_s));
    CHECK(checkSummary.contains(u"1 row repeating a customer from an earlier line of this file"_s));
    CHECK(checkSummary.contains(u"Importing would add 6 customers."_s));
    CHECK(checkSummary.contains(u"3 rows would be skipped because of a problem (listed below)."_s));
    CHECK(checkSummary.contains(u"1 row would be skipped: each disagrees with the customer it matches"_s));
    CHECK(checkSummary.contains(u"4 rows would be imported with a warning"_s));
    const auto checkTabs = listedRows(*wizard->currentPage(), u"importCheckProblems"_s);
    REQUIRE(checkTabs.size() == 3);
    for (const auto& tab : checkTabs) {
        INFO(tab.title.toStdString());
        CHECK(tab.counted == tab.listed);
        CHECK(tab.counted == tab.tableRows);
    }
    CHECK(checkTabs[0].counted == check.errorRows);
    CHECK(checkTabs[1].counted == check.conflictCount);
    CHECK(checkTabs[2].counted == check.warningRows);
    screenshot(*wizard, u"ui-import-keyboard-check-en.png"_s);

    pressEnter(*wizard); // Import
    REQUIRE(wizard->currentId() == ui::ImportWizard::RunPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard->currentPage()->isComplete(); }, 30000));
    REQUIRE(wizard->state().result.has_value());
    const auto result = *wizard->state().result;
    CHECK(result.batchId > 0);
    CHECK(customerCount(**db) == 6);
    CHECK(wizard->currentPage()->title() == u"Import finished"_s);

    // The finished page says what happened and lists every row it counts.
    const QString summary = wizard->findChild<QLabel*>(u"importSummary"_s)->text();
    CHECK(summary.contains(u"6 customers added."_s));
    // The same counts line as the CLI prints, its parts adding up to the rows read.
    CHECK(summary.contains(core::io::ImportCounts::text(result).toHtmlEscaped()));
    CHECK(summary.contains(u"11 rows read = 6 added + 0 updated + 0 unchanged + 1 repeated in the file + 4 skipped"_s));
    CHECK(summary.contains(u"3 rows skipped because of a problem (listed below)."_s));
    CHECK(summary.contains(u"4 rows imported with a warning"_s));
    CHECK_FALSE(summary.contains(u"already in the database"_s));
    const auto runTabs = listedRows(*wizard->currentPage(), u"importRunProblems"_s);
    REQUIRE(runTabs.size() == 3);
    for (const auto& tab : runTabs) {
        INFO(tab.title.toStdString());
        CHECK(tab.counted == tab.listed);
        CHECK(tab.counted == tab.tableRows);
        CHECK(tab.listed > 0);
    }
    CHECK(runTabs[0].counted == result.errorRows);
    CHECK(runTabs[1].counted == result.conflictCount);
    CHECK(runTabs[2].counted == result.warningRows);
    CHECK(summary.contains(u"%1 rows skipped because"_s.arg(runTabs[0].listed)));
    CHECK(summary.contains(u"%1 row skipped: each disagrees"_s.arg(runTabs[1].listed)));
    CHECK(summary.contains(u"%1 rows imported with a warning"_s.arg(runTabs[2].listed)));

    // Enter belongs to Finish; neither Cancel (gone) nor Undo takes it.
    auto* finish = qobject_cast<QPushButton*>(wizard->button(QWizard::FinishButton));
    REQUIRE(finish);
    CHECK(finish->isVisible());
    CHECK(finish->isEnabled());
    CHECK(finish->isDefault());
    auto* cancel = wizard->findChild<QPushButton*>(u"importCancel"_s);
    auto* undo = wizard->findChild<QPushButton*>(u"importUndo"_s);
    REQUIRE(cancel);
    REQUIRE(undo);
    CHECK_FALSE(cancel->isVisible());
    CHECK_FALSE(cancel->isDefault());
    CHECK_FALSE(undo->isDefault());
    CHECK_FALSE(undo->autoDefault());
    screenshot(*wizard, u"ui-import-keyboard-done-en.png"_s);

    // Undo asks first, with No as the default answer: Enter in the question keeps the import.
    MessageBoxAnswer asked;
    answerNextMessageBox(asked);
    undo->setFocus();
    QTest::keyClick(undo, Qt::Key_Space); // the keyboard way to press a focused button
    REQUIRE(asked.seen);
    CHECK(asked.defaultButton == QMessageBox::No);
    CHECK(asked.text.contains(u"Undo import #%1"_s.arg(result.batchId)));
    CHECK_FALSE(wizard->state().undone);
    CHECK(customerCount(**db) == 6);
    CHECK(wizard->findChild<QLabel*>(u"importSummary"_s)->text() == summary); // no "Cancelling…"

    // Enter with the focus on Undo still presses Finish: the wizard closes and the import stays.
    MessageBoxAnswer notAsked;
    answerNextMessageBox(notAsked, QMessageBox::No, wizard); // would answer, were Undo pressed
    wizard->activateWindow(); // the question box had it
    REQUIRE(QTest::qWaitForWindowActive(wizard));
    undo->setFocus();
    REQUIRE(QApplication::focusWidget() == undo);
    pressEnter(*wizard);
    REQUIRE(QTest::qWaitFor([&] { return alive.isNull(); }, 5000));
    CHECK_FALSE(notAsked.seen);
    CHECK(customerCount(**db) == 6);
    CHECK(core::storage::ImportBatchRepository(**db).list().value().value(0).undoneAt.isNull());
}

TEST_CASE("the import wizard lists a workbook's sheets and imports the one chosen", "[ui][import][xlsx]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    ui::ImportWizard wizard(**db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/xlsx/two_sheets.xlsx"_s);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    auto* sheet = wizard.findChild<QComboBox*>(u"importSheet"_s);
    REQUIRE(sheet);
    CHECK(sheet->isVisible());
    REQUIRE(sheet->count() == 2);
    CHECK(sheet->currentText() == u"说明"_s); // the first sheet unless chosen
    sheet->setCurrentIndex(1);
    screenshot(wizard, u"ui-import-xlsx-1-sheet.png"_s);

    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::FormatPageId);
    auto* preview = wizard.findChild<QTableWidget*>(u"importPreview"_s);
    REQUIRE(preview);
    REQUIRE(preview->rowCount() == 1);
    CHECK(preview->horizontalHeaderItem(0)->text() == u"会员卡号"_s);
    CHECK(preview->item(0, 1)->text() == u"周杰"_s);
    CHECK(!wizard.findChild<QComboBox*>(u"importEncoding"_s)->isVisible()); // nothing to choose for a workbook
    screenshot(wizard, u"ui-import-xlsx-2-sheet-preview.png"_s);

    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::MappingPageId);
    CHECK(wizard.currentPage()->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::CheckPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard.state().check.has_value(); }, 30000));
    CHECK(wizard.state().check->sheet == u"客户"_s);
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::RunPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentPage()->isComplete(); }, 30000));
    REQUIRE(wizard.state().result.has_value());
    CHECK(customerCount(**db) == 1);

    // A text file has no sheets: the choice is hidden again.
    wizard.restart();
    wizard.findChild<QLineEdit*>(u"importPath"_s)->setText(QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_utf8_bom.csv"_s);
    CHECK(!sheet->isVisible());
}

namespace {
// Three rows imported with a warning, one of them with two (4 problems), two rows skipped.
QString writeWarningsFile(const QTemporaryDir& dir)
{
    const QString csv = dir.filePath(u"warnings.csv"_s);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("会员卡号,姓名,手机号,邮箱,生日,性别\n"
                              "K001,赵一,13800000001,not-an-email,1990-02-30,男\n"
                              "K002,钱二,13800000002,,2099-01-01,女\n"
                              "K003,孙三,13800000003,,,不详\n"
                              "K004,李四,电话待补,,,男\n"
                              ",,,,1990-01-01,\n"
                              "K006,周六,13800000006,,,女\n")
                   .toUtf8());
    return csv;
}

QWidget* focused()
{
    return QApplication::focusWidget();
}
} // namespace

TEST_CASE("the import problems by keyboard: Tab reaches the tabs, arrows, Ctrl+Tab and Alt+letter switch them, "
          "each title counts the lines listed",
          "[ui][import][keyboard]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    ui::ImportWizard wizard(**db, writeWarningsFile(dir));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::CheckPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard.state().check.has_value() && wizard.currentPage()->isComplete(); },
                            30000));
    const auto& check = *wizard.state().check;
    REQUIRE(check.warningRows == 3);
    REQUIRE(check.warningCount == 4);
    REQUIRE(check.errorRows == 2);

    auto* tabs = wizard.findChild<QTabWidget*>(u"importCheckProblemsTabs"_s);
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 2); // skipped, warnings
    QTabBar* bar = tabs->tabBar();
    auto* skipped = wizard.findChild<QTableWidget*>(u"importCheckProblemsSkipped"_s);
    auto* warnings = wizard.findChild<QTableWidget*>(u"importCheckProblemsWarnings"_s);
    auto* exportButton = wizard.findChild<QPushButton*>(u"importCheckProblemsExport"_s);
    REQUIRE(skipped);
    REQUIRE(warnings);
    REQUIRE(exportButton);

    // Each title counts what its table lists, in rows of the file, as the summary does: the row
    // with two warnings is one line showing both.
    const auto listed = listedRows(*wizard.currentPage(), u"importCheckProblems"_s);
    for (const auto& tab : listed) {
        INFO(tab.title.toStdString());
        CHECK(tab.counted == tab.tableRows);
        CHECK(tab.listed == tab.tableRows);
    }
    CHECK(listed[0].title == u"Skipped (2 rows)"_s);
    CHECK(listed[1].title == u"Imported with a warning (3 rows)"_s);
    CHECK(warnings->rowCount() == 3);
    CHECK(warnings->item(0, 1)->text() == u"邮箱\n生日"_s);
    CHECK(warnings->item(0, 3)->text().count(u'\n') == 1);
    const QString summary = wizard.findChild<QLabel*>(u"importCheckSummary"_s)->text();
    CHECK(summary.contains(u"3 rows would be imported with a warning"_s));
    CHECK(summary.contains(u"2 rows would be skipped because of a problem"_s));

    // Tab from the page's first control reaches the tab bar, then the list, then Export Problems…
    auto* duplicates = wizard.findChild<QComboBox*>(u"importDuplicates"_s);
    REQUIRE(duplicates);
    duplicates->setFocus(Qt::TabFocusReason);
    REQUIRE(focused() == duplicates);
    QTest::keyClick(focused(), Qt::Key_Tab);
    CHECK(focused() == bar);
    QTest::keyClick(focused(), Qt::Key_Tab);
    CHECK(focused() == skipped);
    QTest::keyClick(focused(), Qt::Key_Tab); // leaves the list instead of walking its cells
    CHECK(focused() == exportButton);
    QTest::keyClick(focused(), Qt::Key_Backtab);
    CHECK(focused() == skipped);
    QTest::keyClick(focused(), Qt::Key_Backtab);
    REQUIRE(focused() == bar);

    // Arrow keys on the tab bar switch tabs.
    REQUIRE(tabs->currentIndex() == 0);
    QTest::keyClick(bar, Qt::Key_Right);
    CHECK(tabs->currentWidget() == warnings);
    QTest::keyClick(bar, Qt::Key_Left);
    CHECK(tabs->currentWidget() == skipped);

    // Ctrl+Tab from inside the list switches tabs, Ctrl+Shift+Tab back.
    QTest::keyClick(bar, Qt::Key_Tab);
    REQUIRE(focused() == skipped);
    QTest::keyClick(skipped, Qt::Key_Tab, Qt::ControlModifier);
    CHECK(tabs->currentWidget() == warnings);
    warnings->setFocus(Qt::TabFocusReason);
    QTest::keyClick(warnings, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(tabs->currentWidget() == skipped);

    // Mnemonics: Alt+W the warnings, Alt+S the skipped rows, from wherever the focus is.
    QTest::keyClick(focused(), Qt::Key_W, Qt::AltModifier);
    CHECK(tabs->currentWidget() == warnings);
    duplicates->setFocus(Qt::TabFocusReason);
    QTest::keyClick(duplicates, Qt::Key_S, Qt::AltModifier);
    CHECK(tabs->currentWidget() == skipped);
    tabs->setCurrentWidget(warnings);
    screenshot(wizard, u"ui-import-problems-keyboard-en.png"_s);
}

TEST_CASE("the import problems list past its limit says how many of how many; in Chinese, no English",
          "[ui][import][i18n]")
{
    core::io::ImportReport report;
    for (int line = 2; line < 2 + 2500; ++line)
        report.warnRow({{line, u"邮箱"_s, u"x"_s, u"not an e-mail address; imported without it"_s}});
    report.skipRow({{9000, u"手机号"_s, u"电话待补"_s, u"not a phone number"_s},
                    {9000, u"生日"_s, u"1990-13-01"_s, u"not a date"_s}});
    ui::ImportProblemsView view(u"problems"_s);
    view.showReport(report, u"big.csv"_s);
    auto* tabs = view.findChild<QTabWidget*>(u"problemsTabs"_s);
    REQUIRE(tabs);
    REQUIRE(tabs->count() == 2);
    CHECK(tabs->tabText(0) == u"&Skipped (1 row)"_s);
    CHECK(view.table(ui::ImportProblemsView::Skipped)->rowCount() == 1);
    CHECK(tabs->tabText(1) == u"Imported with a &warning (first 2,000 of 2,500 rows)"_s);
    CHECK(view.table(ui::ImportProblemsView::Warnings)->rowCount() == ui::ImportProblemsView::kShownPerTab);

    const clientele::test::ChineseUi chinese;
    view.showReport(report, u"big.csv"_s);
    static const QRegularExpression number(u"(\\d[\\d,]*)"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        const QString title = tabs->tabText(i);
        INFO(title.toStdString());
        CHECK(clientele::test::hasCjk(title));
        CHECK(QString(title).remove(QRegularExpression(u"\\(&[A-Z]\\)"_s)).contains(QRegularExpression(u"^[^A-Za-z]*$"_s)));
        CHECK(title.contains(u'&')); // a mnemonic in Chinese too
        CHECK(number.match(title).captured(1).remove(u',').toInt() ==
              qobject_cast<QTableWidget*>(tabs->widget(i))->rowCount());
    }
    CHECK_FALSE(tabs->tabToolTip(0).contains(u"row"_s));
    CHECK(clientele::test::hasCjk(tabs->tabToolTip(0)));
}

TEST_CASE("Escape on the mapping page asks before leaving; No (the default) keeps the wizard and its choices",
          "[ui][import]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto opened = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s)); // an empty shop
    REQUIRE(opened.ok());
    auto& db = **opened;
    ui::ImportWizard wizard(db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_utf8_bom.csv"_s);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    // The file and format pages: nothing chosen yet, Escape there would lose nothing (not tried).
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == ui::ImportWizard::MappingPageId);

    clientele::test::MessageBoxAnswer stay;
    clientele::test::answerNextMessageBox(stay); // Enter: the default button
    QTest::keyClick(&wizard, Qt::Key_Escape);
    CHECK(stay.seen);
    CHECK(stay.defaultButton == QMessageBox::No);
    CHECK(stay.text.contains(u"has been imported yet"_s));
    CHECK(wizard.isVisible());
    CHECK(wizard.currentId() == ui::ImportWizard::MappingPageId);

    clientele::test::MessageBoxAnswer leave;
    clientele::test::answerNextMessageBox(leave, QMessageBox::Yes);
    QTest::keyClick(&wizard, Qt::Key_Escape);
    CHECK(leave.seen);
    CHECK_FALSE(wizard.isVisible());
    CHECK(core::storage::CustomerRepository(db).count().value() == 0);
}
