// The profile's Products tab shows the core's product figures, in English and in Chinese.
#include "UiSupport.h"

#include "import/ImportWizard.h"
#include "report/ReportRenderer.h"
#include "storage/Database.h"
#include "storage/ProductQueries.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"
#include "models/CustomerTableModel.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QMessageBox>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;

namespace {
void checkProductsTab(const QString& shot, const QString& tabTitle, const QString& firstHeader)
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir));
    const qint64 id = window.customerModel()->customerId(0);
    ui::CustomerProfileDialog profile(window.database(), id);
    profile.resize(1000, 680);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    auto* tabs = profile.findChild<QTabWidget*>(u"profileTabs"_s);
    REQUIRE(tabs);
    auto* panel = profile.findChild<QWidget*>(u"profileProducts"_s);
    REQUIRE(panel);
    CHECK(tabs->tabText(tabs->indexOf(panel)) == tabTitle);
    tabs->setCurrentWidget(panel);
    auto* table = panel->findChild<QTableWidget*>(u"productTable"_s);
    REQUIRE(table);
    CHECK(table->horizontalHeaderItem(0)->text() == firstHeader);
    const auto expected = core::storage::ProductQueries::forCustomer(window.database(), id, 50).value();
    REQUIRE(table->rowCount() == expected.size());
    REQUIRE(table->rowCount() > 0);
    CHECK(table->item(0, 0)->text() == expected[0].name);
    CHECK(table->item(0, 4)->text() == core::report::ReportRenderer::money(expected[0].spend));
    auto* categories = panel->findChild<QTableWidget*>(u"productCategoryTable"_s);
    REQUIRE(categories);
    CHECK(categories->rowCount() > 0);
    QTest::qWait(100);
    screenshot(profile, shot);
}
} // namespace

TEST_CASE("the profile's Products tab lists the customer's products and categories", "[ui][profile][products]")
{
    checkProductsTab(u"ui-profile-products-en.png"_s, u"Products"_s, u"Product"_s);
}

TEST_CASE("the profile's Products tab in Chinese", "[ui][profile][products][i18n]")
{
    const clientele::test::ChineseUi chinese;
    checkProductsTab(u"ui-profile-products-zh.png"_s, u"商品"_s, u"商品"_s);
}

TEST_CASE("the import wizard on an invoice-line file says lines, refunds and guests once", "[ui][import][lines]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    const QString csv = QStringLiteral(CLIENTELE_TEST_DATA) + u"/order_lines_retail.csv"_s;
    auto* wizard = new ui::ImportWizard(**db, csv);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ui::ImportWizard> alive(wizard);
    wizard->show();
    REQUIRE(QTest::qWaitForWindowExposed(wizard));
    auto* orders = wizard->findChild<QAbstractButton*>(u"importKindOrders"_s);
    REQUIRE(orders);
    CHECK(orders->isChecked()); // guessed from the header
    QCheckBox* create = nullptr;
    for (auto* box : wizard->findChildren<QCheckBox*>())
        if (box->text().startsWith(u"Create a customer"_s))
            create = box;
    REQUIRE(create);
    create->setChecked(true);
    wizard->next();
    REQUIRE(wizard->currentId() == ui::ImportWizard::FormatPageId);
    wizard->next();
    REQUIRE(wizard->currentId() == ui::ImportWizard::MappingPageId);
    wizard->next();
    REQUIRE(wizard->currentId() == ui::ImportWizard::CheckPageId);
    REQUIRE(QTest::qWaitFor([&] { return wizard->state().check.has_value() && wizard->currentPage()->isComplete(); },
                            30000));
    const QString summary = wizard->findChild<QLabel*>(u"importCheckSummary"_s)->text();
    CHECK(summary.contains(u"Importing would add 9 orders."_s)); // 11 written, 2 of them refunds
    CHECK(summary.contains(u"It would also add 2 refunds (cancelled invoices, returns, negative amounts)."_s));
    CHECK(summary.contains(u"17 order lines would make up the orders."_s));
    CHECK(summary.contains(u"3 guest lines (no member code, phone or e-mail) not imported."_s));
    CHECK(summary.contains(u"2 rows would be skipped because of a problem"_s)); // guests are not problems
    CHECK(wizard->state().check->guestLines == 3);
    screenshot(*wizard, u"ui-import-lines-check-en.png"_s);
    clientele::test::MessageBoxAnswer leave; // closing on the check page asks first
    clientele::test::answerNextMessageBox(leave, QMessageBox::Yes);
    wizard->close();
    CHECK(leave.seen);
    if (alive)
        delete wizard;
}
