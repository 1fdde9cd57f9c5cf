// Issue 14: the shop's own fields in the desktop app — edited in the profile (a choice field is a
// combo, a bad number is explained), shown as a list column and used as a list filter.
#include "UiSupport.h"

#include "customers/CustomFieldCatalog.h"
#include "dialogs/CustomFieldDialogs.h"
#include "io/ImportService.h"
#include "models/CustomerTableModel.h"
#include "storage/CustomFieldRepository.h"
#include "storage/CustomerRepository.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QTableWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace clientele;
using namespace clientele::test;
using namespace Qt::StringLiterals;

TEST_CASE("a choice field is edited in the profile and filters the list", "[ui][fields]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"salon.sqlite"_s));
    REQUIRE(db.ok());
    // An empty shop: the owner defines 肤质 and 积分, then imports the member list.
    core::CustomField skin;
    skin.key = u"skin"_s;
    skin.label = u"肤质"_s;
    skin.type = core::CustomField::Type::Choice;
    skin.choices = {u"干性"_s, u"油性"_s, u"混合"_s};
    REQUIRE(core::customers::CustomFieldCatalog::define(**db, skin).ok());
    core::CustomField points;
    points.key = u"points"_s;
    points.label = u"积分"_s;
    points.type = core::CustomField::Type::Number;
    REQUIRE(core::customers::CustomFieldCatalog::define(**db, points).ok());
    const QString csv = dir.filePath(u"members.csv"_s);
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("姓名,手机,微信号,肤质\n张伟,13800138000,zhangwei_88,干性\n李娜,13900139000,lina-2024,混合\n");
    }
    REQUIRE(core::io::ImportService::run(**db, csv, core::io::ImportOptions{}).ok());
    const qint64 zhang = core::storage::CustomerRepository(**db).findByPhone(u"13800138000"_s).value()->id;

    ui::MainWindow window(std::move(db).value());
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    ui::CustomerProfileDialog profile(window.database(), zhang);
    profile.resize(900, 680);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    profile.findChild<QTabWidget*>(u"profileTabs"_s)->setCurrentIndex(1);
    auto* wechat = profile.findChild<QLineEdit*>(u"field_wechat_id"_s);
    REQUIRE(wechat);
    CHECK(wechat->text() == u"zhangwei_88"_s);
    auto* skinEdit = profile.findChild<QComboBox*>(u"shopfield_skin"_s);
    REQUIRE(skinEdit);
    CHECK(skinEdit->currentText() == u"干性"_s);
    auto* pointsEdit = profile.findChild<QLineEdit*>(u"shopfield_points"_s);
    REQUIRE(pointsEdit);

    // A bad number is explained and nothing is saved.
    skinEdit->setCurrentIndex(skinEdit->findData(u"油性"_s));
    pointsEdit->setText(u"abc"_s);
    CHECK_FALSE(profile.saveContact());
    auto* problems = profile.findChild<QLabel*>(u"formProblems"_s);
    REQUIRE(problems);
    CHECK(problems->text().contains(u"积分"_s));
    CHECK(problems->text().contains(u"not a number"_s));
    CHECK(core::storage::CustomFieldRepository(window.database()).values(zhang).value().value(u"skin"_s) == u"干性"_s);
    screenshot(profile, u"ui-shop-fields-profile-invalid-en.png"_s);

    pointsEdit->setText(u"1,200"_s);
    REQUIRE(profile.saveContact());
    const auto stored = core::storage::CustomFieldRepository(window.database()).values(zhang).value();
    CHECK(stored.value(u"skin"_s) == u"油性"_s);
    CHECK(stored.value(u"points"_s) == u"1200"_s);
    screenshot(profile, u"ui-shop-fields-profile-en.png"_s);
    profile.close();

    // The list: the field is a column (hidden until chosen) and a filter.
    window.reloadCustomers();
    auto* model = window.customerModel();
    REQUIRE(model->columnCount() == ui::CustomerTableModel::ColumnCount + 2);
    CHECK(model->headerData(ui::CustomerTableModel::ColumnCount, Qt::Horizontal, Qt::DisplayRole).toString() == u"肤质"_s);
    auto* table = window.findChild<QTableView*>(u"customerTable"_s);
    CHECK(table->isColumnHidden(ui::CustomerTableModel::ColumnCount));
    auto* field = window.findChild<QComboBox*>(u"shopFieldFilter"_s);
    auto* choice = window.findChild<QComboBox*>(u"shopFieldChoice"_s);
    REQUIRE(field);
    REQUIRE(choice);
    CHECK(field->isVisible());
    field->setCurrentIndex(field->findData(u"skin"_s));
    CHECK(choice->isVisible());
    choice->setCurrentIndex(choice->findData(u"油性"_s));
    QTRY_COMPARE(model->rowCount(), 1);
    CHECK(model->customerId(0) == zhang);
    CHECK(model->index(0, ui::CustomerTableModel::ColumnCount).data().toString() == u"油性"_s);
    choice->setCurrentIndex(choice->findData(u"混合"_s));
    QTRY_COMPARE(model->rowCount(), 1);
    CHECK(model->customerId(0) != zhang);
    table->setColumnHidden(ui::CustomerTableModel::ColumnCount, false);
    screenshot(window, u"ui-shop-fields-list-en.png"_s);

    // Tools ▸ Customer Fields… lists them with how many customers have a value.
    ui::CustomFieldsDialog fields(window.database(), &window);
    fields.show();
    REQUIRE(QTest::qWaitForWindowExposed(&fields));
    auto* list = fields.findChild<QTableWidget*>(u"customFields"_s);
    REQUIRE(list);
    REQUIRE(list->rowCount() == 2);
    CHECK(list->item(0, 0)->text() == u"肤质"_s);
    CHECK(list->item(0, 4)->text() == u"2"_s);
    screenshot(fields, u"ui-shop-fields-dialog-en.png"_s);
    fields.close();

    // The same in Chinese: labels, the type names, the filter row.
    {
        ChineseUi chinese;
        ui::CustomFieldsDialog zhFields(window.database(), &window);
        zhFields.show();
        REQUIRE(QTest::qWaitForWindowExposed(&zhFields));
        CHECK(zhFields.windowTitle() == u"客户字段"_s);
        CHECK(zhFields.findChild<QTableWidget*>(u"customFields"_s)->item(0, 2)->text() == u"选项列表"_s);
        screenshot(zhFields, u"ui-shop-fields-dialog-zh.png"_s);
        ui::CustomerProfileDialog zhProfile(window.database(), zhang);
        zhProfile.resize(900, 680);
        zhProfile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&zhProfile));
        zhProfile.findChild<QTabWidget*>(u"profileTabs"_s)->setCurrentIndex(1);
        screenshot(zhProfile, u"ui-shop-fields-profile-zh.png"_s);
    }
}
