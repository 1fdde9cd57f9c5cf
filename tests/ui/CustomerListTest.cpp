#include "UiSupport.h"

#include "demo/DemoShop.h"
#include "domain/Clock.h"
#include "storage/CustomerRepository.h"
#include "io/ImportService.h"
#include "models/CustomerTableModel.h"
#include "segmentation/Segmenter.h"
#include "storage/Database.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace clientele;
using namespace Qt::StringLiterals;

using clientele::test::demoDatabase;
using clientele::test::screenshot;

TEST_CASE("customer list: lazy model, search, tier filter, profile, screenshots", "[ui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir));
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto* table = window.findChild<QTableView*>(u"customerTable"_s);
    REQUIRE(table);
    auto* model = qobject_cast<ui::CustomerTableModel*>(table->model());
    REQUIRE(model);
    CHECK(model->totalCount() == 300);
    CHECK(model->rowCount() == ui::CustomerTableModel::kPageSize); // lazy: one page so far
    CHECK(model->canFetchMore({}));
    screenshot(window, u"ui-customers-en.png"_s);

    // Search as you type: a phone fragment, then a Chinese name fragment.
    auto* search = window.findChild<QLineEdit*>(u"customerSearch"_s);
    REQUIRE(search);
    QTest::keyClicks(search, u"138"_s);
    QTRY_VERIFY(model->totalCount() < 300);
    const qint64 phoneHits = model->totalCount();
    CHECK(phoneHits > 0);
    search->clear();
    QInputMethodEvent ime; // Chinese arrives through the input method, as a committed string
    ime.setCommitString(u"王"_s);
    QApplication::sendEvent(search, &ime);
    QTRY_VERIFY(model->totalCount() != phoneHits);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, ui::CustomerTableModel::Name).data().toString().contains(u"王"_s));
    search->clear();
    QTRY_COMPARE(model->totalCount(), qint64(300));

    // Tier filter: only gold customers remain; sorting by 12-month spend happens in SQL.
    auto* tier = window.findChild<QComboBox*>(u"tierFilter"_s);
    REQUIRE(tier);
    tier->setCurrentIndex(tier->findData(u"gold"_s));
    QTRY_VERIFY(model->totalCount() < 300);
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, ui::CustomerTableModel::Tier).data().toString() == u"Gold"_s);
    model->sort(ui::CustomerTableModel::Spend12m, Qt::DescendingOrder);
    CHECK(model->index(0, ui::CustomerTableModel::Tier).data(Qt::ToolTipRole).toString().startsWith(u"Gold: 12-month spend"_s));
    screenshot(window, u"ui-customers-gold-en.png"_s);
    tier->setCurrentIndex(0);

    // The 360° profile of the first customer.
    ui::CustomerProfileDialog profile(window.database(), model->customerId(0));
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    auto* header = profile.findChild<QLabel*>(u"profileHeader"_s);
    REQUIRE(header);
    CHECK(header->text().contains(model->index(0, ui::CustomerTableModel::Name).data().toString()));
    CHECK_FALSE(header->toolTip().isEmpty()); // the tier badge explains itself
    screenshot(profile, u"ui-profile-en.png"_s);
}

TEST_CASE("the customer model passes QAbstractItemModelTester through filtering, sorting and paging", "[ui][model]")
{
    QTemporaryDir dir;
    const auto db = demoDatabase(dir);
    ui::CustomerTableModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 300);
    core::storage::CustomerFilter filter;
    filter.stage = u"at_risk"_s;
    model.setFilter(filter);
    CHECK(model.rowCount() == model.totalCount());
    for (int column = 0; column < ui::CustomerTableModel::ColumnCount; ++column) {
        model.sort(column, Qt::DescendingOrder);
        CHECK(model.rowCount() > 0);
    }
    model.setPhonesMasked(false);
    CHECK(model.index(0, ui::CustomerTableModel::Phone).data().toString().size() == 11);
    model.setPhonesMasked(true);
    CHECK(model.index(0, ui::CustomerTableModel::Phone).data().toString().contains(u"****"_s));
}

TEST_CASE("the customer list and profile in Chinese", "[ui][i18n]")
{
    QSettings().clear();
    const clientele::test::ChineseUi chinese;
    {
        QTemporaryDir dir;
        ui::MainWindow window(demoDatabase(dir));
        window.resize(1280, 760);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        auto* table = window.findChild<QTableView*>(u"customerTable"_s);
        CHECK(table->model()->headerData(0, Qt::Horizontal).toString() == u"姓名"_s);
        screenshot(window, u"ui-customers-zh.png"_s);
        auto* model = qobject_cast<ui::CustomerTableModel*>(table->model());
        ui::CustomerProfileDialog profile(window.database(), model->customerId(0));
        profile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&profile));
        screenshot(profile, u"ui-profile-zh.png"_s);
    }
}

TEST_CASE("an empty shop and a search without hits say so instead of showing an empty grid", "[ui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"empty.sqlite"_s));
    REQUIRE(db.ok());
    ui::MainWindow window(std::move(db).value());
    window.resize(1000, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* empty = window.findChild<QLabel*>(u"emptyState"_s);
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(u"No customers yet"_s));
    CHECK_FALSE(window.findChild<QTableView*>(u"customerTable"_s)->isVisible());
    screenshot(window, u"ui-empty-en.png"_s);
}

TEST_CASE("a customer an order file made from a phone alone shows as '(no name)', not a blank, in both languages",
          "[ui][import]")
{
    QTemporaryDir dir;
    auto db = test::newShop(dir);
    QFile file(dir.filePath(u"orders.csv"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("order no,phone,date,amount\nN1,13800001111,2026-11-02,88\n");
    file.close();
    core::io::ImportOptions options;
    options.kind = core::io::ImportKind::Orders;
    options.createCustomers = true;
    REQUIRE(core::io::ImportService::run(*db, file.fileName(), options).ok());
    ui::CustomerTableModel model(*db);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ui::CustomerTableModel::Name).data().toString() == u"(no name)"_s);
    test::ChineseUi chinese;
    model.reload();
    CHECK(model.index(0, ui::CustomerTableModel::Name).data().toString() == u"（未填姓名）"_s);
}

TEST_CASE("a reload keeps the customer in hand: the same row current and selected, Enter opens it again", "[ui]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir, 40));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(u"customerTable"_s);
    REQUIRE(table);
    auto* model = qobject_cast<ui::CustomerTableModel*>(table->model());
    REQUIRE(model);
    REQUIRE(model->rowCount() > 5);
    table->setFocus();
    table->selectRow(5);
    const qint64 chosen = model->customerId(5);
    REQUIRE(table->currentIndex().row() == 5);
    window.reloadCustomers(); // as after a profile is saved
    REQUIRE(table->currentIndex().isValid());
    CHECK(model->customerId(table->currentIndex().row()) == chosen);
    CHECK(table->selectionModel()->selectedRows().size() == 1);
    CHECK(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
}

TEST_CASE("a customer without purchases: the profile names no segment instead of a lone dot", "[ui][import]")
{
    core::Clock::Pinned day(QDate(2026, 11, 30));
    QTemporaryDir dir;
    auto db = test::newShop(dir);
    QFile file(dir.filePath(u"customers.csv"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("姓名,手机\n李四,13800002222\n");
    file.close();
    REQUIRE(core::io::ImportService::run(*db, file.fileName(), {}).ok()); // recalculates as a user's import does
    const auto found = core::storage::CustomerRepository(*db).findByPhone(u"13800002222"_s);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    ui::CustomerProfileDialog profile(*db, (*found)->id);
    auto* segments = profile.findChild<QLabel*>(u"profileSegments"_s);
    REQUIRE(segments);
    CHECK(segments->text() == u"None yet: a segment comes with the first purchase"_s);
    auto* header = profile.findChild<QLabel*>(u"profileHeader"_s);
    REQUIRE(header);
    CHECK_FALSE(header->text().contains(u" · </span>"_s));
}
