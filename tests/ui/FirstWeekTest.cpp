// A new shop's first hour, as a user lives it: an empty shop, the wizard opened with Ctrl+I, the
// shop's own GBK customer list and an orders file typed in and taken to the end with the keyboard
// only (Enter on every page, Enter on the last), and then tiers, stages and dashboard figures are
// there without anyone asking for a segmentation; the imports are kept.
#include "UiSupport.h"

#include "charts/DashboardView.h"
#include "domain/Clock.h"
#include "import/ImportWizard.h"
#include "models/CustomerTableModel.h"
#include "report/DashboardData.h"
#include "storage/ImportBatchRepository.h"
#include "views/MainWindow.h"
#include "views/CustomerProfileDialog.h"
#include "storage/CustomerRepository.h"

#include <QAction>
#include <QApplication>
#include <QAbstractButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {

ui::ImportWizard* waitForWizard(QWidget& window)
{
    ui::ImportWizard* wizard = nullptr;
    (void)QTest::qWaitFor([&] { return (wizard = window.findChild<ui::ImportWizard*>()) && wizard->isVisible(); }, 5000);
    return wizard;
}

// Presses Enter until the wizard has gone (Finish), waiting while its worker runs; returns the
// pages it passed through.
QList<int> enterUntilClosed(ui::ImportWizard* wizard)
{
    QPointer<ui::ImportWizard> alive(wizard);
    QList<int> pages;
    for (int i = 0; i < 40 && alive && alive->isVisible(); ++i) {
        const int page = alive->currentId();
        pages.append(page);
        // Wait for a dry run or an import on the worker to finish before pressing on.
        (void)QTest::qWaitFor([&] { return !alive || alive->currentPage()->isComplete(); }, 60000);
        if (!alive)
            break;
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : alive.data();
        QTest::keyClick(target, Qt::Key_Return);
        (void)QTest::qWaitFor([&] { return !alive || !alive->isVisible() || alive->currentId() != page; }, 5000);
    }
    return pages;
}

void importByKeyboard(ui::MainWindow& window, const QString& path)
{
    // The action behind Ctrl+I (the offscreen platform does not route shortcuts; the real key is
    // checked under Xvfb with xdotool).
    QAction* importAction = nullptr;
    for (QAction* a : window.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            importAction = a;
    REQUIRE(importAction);
    REQUIRE(importAction->isEnabled());
    importAction->trigger();
    ui::ImportWizard* wizard = waitForWizard(window);
    REQUIRE(wizard);
    auto* pathEdit = wizard->findChild<QLineEdit*>(u"importPath"_s);
    REQUIRE(pathEdit);
    pathEdit->setFocus();
    pathEdit->selectAll();
    QTest::keyClicks(pathEdit, path);
    const QList<int> pages = enterUntilClosed(wizard);
    CHECK(pages.contains(ui::ImportWizard::RunPageId));
    REQUIRE(QTest::qWaitFor([&] { return !window.findChild<ui::ImportWizard*>(); }, 10000));
}

} // namespace

TEST_CASE("a new shop imports its own files by keyboard and has tiers without asking", "[ui][firstweek]")
{
    QSettings().clear();
    core::Clock::Pinned today(QDate(2026, 11, 30));
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    ui::MainWindow window(std::move(db).value());
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    importByKeyboard(window, QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_gbk_excel.csv"_s);
    importByKeyboard(window, QStringLiteral(CLIENTELE_TEST_DATA) + u"/orders_first_week.csv"_s);

    // Both imports are still there: nothing was cancelled or undone by the keyboard.
    auto batches = core::storage::ImportBatchRepository(window.database()).list();
    REQUIRE(batches.ok());
    CHECK(batches->size() == 2);

    // The list shows tiers and stages for everyone, without a segmentation asked for.
    auto* model = window.customerModel();
    REQUIRE(QTest::qWaitFor([&] { return model->rowCount() == 6; }, 10000));
    QHash<QString, QString> tierOf, stageOf;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString name = model->index(row, ui::CustomerTableModel::Name).data().toString();
        tierOf[name] = model->index(row, ui::CustomerTableModel::Tier).data().toString();
        stageOf[name] = model->index(row, ui::CustomerTableModel::Stage).data().toString();
    }
    CHECK(tierOf.value(u"张伟"_s) == u"Gold"_s);    // ¥11,400.50 in 12 months ≥ ¥10,000
    CHECK(tierOf.value(u"李娜"_s) == u"Silver"_s);
    CHECK(stageOf.value(u"王芳"_s) == u"New"_s);    // first purchase five days ago
    CHECK(stageOf.value(u"刘洋"_s) == u"Dormant"_s); // last purchase in June 2024
    CHECK(stageOf.value(u"杨秀英"_s) == u"Prospect"_s); // no orders yet
    for (const QString& stage : stageOf)
        CHECK_FALSE(stage.isEmpty());

    // The dashboard has figures for this month.
    auto figures = core::report::DashboardData::build(window.database());
    REQUIRE(figures.ok());
    CHECK(figures->months.contains(u"2026-11"_s));
    window.showDashboard();
    QTest::qWait(200);
    clientele::test::screenshot(window, u"ui-first-week-dashboard-en.png"_s);
}

TEST_CASE("every tab of the profile speaks Chinese in the Chinese UI", "[ui][firstweek][language]")
{
    QTemporaryDir dir;
    auto db = clientele::test::demoDatabase(dir, 60);
    const clientele::test::ChineseUi chinese;
    const qint64 id = core::storage::CustomerRepository(*db).search({}, 1).value().first().id;
    ui::CustomerProfileDialog profile(*db, id);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    // Buttons and table headings on every tab, the hidden ones included.
    static const QRegularExpression englishWord(u"[A-Za-z]{3,}"_s);
    QStringList english;
    for (auto* button : profile.findChildren<QAbstractButton*>())
        if (button->text().contains(englishWord))
            english.append(button->text());
    for (auto* table : profile.findChildren<QTableWidget*>())
        for (int c = 0; c < table->columnCount(); ++c)
            if (table->horizontalHeaderItem(c) && table->horizontalHeaderItem(c)->text().contains(englishWord))
                english.append(table->horizontalHeaderItem(c)->text());
    INFO(english.join(u" | "_s).toStdString());
    CHECK(english.isEmpty());
}
