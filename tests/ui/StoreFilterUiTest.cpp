// Issue 15: the dashboard's and the monthly report's store filter. Shown only with stores; the
// owner starts at the whole chain, picks a store and sees that store's figures (its home customers'),
// the choice is remembered; a staff account limited to a store gets that store and no other. The
// users dialog limits an account to stores. Screenshots at 1024×700 in English and Chinese.
#include "Accounts.h"
#include "UiSupport.h"

#include "charts/DashboardView.h"
#include "dialogs/ReportDialog.h"
#include "dialogs/UsersDialog.h"
#include "report/Figures.h"
#include "report/MonthlyReport.h"
#include "report/ReportRenderer.h"
#include "storage/StoreRepository.h"
#include "stores/StoreFilterCombo.h"
#include "stores/UserStoresDialog.h"
#include "widgets/CustomerFilterBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;
using core::stores::StoreScope;

namespace {
const QStringList kStores{u"JA"_s, u"PD"_s, u"XH"_s}; // the demo's stores, by code
const QStringList kNames{u"静安店"_s, u"浦东店"_s, u"徐汇店"_s}; // and by name

// The demo shop with its stores on the list and every buyer's home store set.
std::unique_ptr<core::storage::Database> chain(const QTemporaryDir& dir)
{
    auto db = demoDatabase(dir, 60);
    core::storage::StoreRepository stores(*db);
    for (const QString& code : kStores)
        if (!stores.find(code).value())
            REQUIRE(stores.add({0, code, code, QString()}).ok());
    REQUIRE(stores.fillHomeStores().ok());
    return db;
}

void forgetChoices()
{
    QSettings settings;
    settings.remove(u"stores"_s);
}

void waitForFigures(ui::DashboardView& view)
{
    view.refresh();
    REQUIRE(QTest::qWaitFor([&] { return !view.isLoading() && view.data().has_value(); }, 30000));
}
} // namespace

TEST_CASE("the dashboard's store filter: chain for the owner, one store's figures when picked, remembered",
          "[ui][stores][dashboard]")
{
    clientele::test::SignedOut clean;
    forgetChoices();
    QTemporaryDir dir;
    auto db = chain(dir);
    const QString month = u"2026-10"_s;
    const auto chainReport = core::report::MonthlyReport::build(*db, month).value();
    const auto firstStore = core::report::MonthlyReport::build(*db, month, StoreScope({kStores[0]})).value();
    REQUIRE(firstStore.customers.value < chainReport.customers.value);

    const auto check = [&](const QString& shot) {
        forgetChoices();
        ui::DashboardView view(*db);
        view.resize(1024, 700);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        auto* filter = view.findChild<ui::StoreFilterCombo*>(u"storeFilter"_s);
        REQUIRE(filter);
        CHECK(filter->isVisibleTo(&view));
        REQUIRE(filter->count() == 4); // All stores + three
        CHECK(filter->currentIndex() == 0);
        CHECK(filter->toolTip() == core::report::Figures::storesNote());
        waitForFigures(view);
        CHECK(view.data()->report.isChain());
        CHECK(view.kpiValue(u"customers"_s) == QLocale().toString(chainReport.customers.value));

        // Pick the first store (静安店) as a user would (keyboard on the closed combo): that store's figures.
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down);
        REQUIRE(filter->scope() == StoreScope({kStores[0]}));
        REQUIRE(QTest::qWaitFor([&] { return !view.isLoading() && view.data() && !view.data()->report.isChain(); },
                                30000));
        CHECK(view.data()->report.customers.value == firstStore.customers.value);
        CHECK(view.kpiValue(u"customers"_s) == QLocale().toString(firstStore.customers.value));
        CHECK(view.kpiValue(u"revenue_12m"_s) == core::report::ReportRenderer::money(firstStore.revenue12m.value));
        screenshot(view, shot);

        // A drill-down lists that store's customers only: a migration cell carries the store.
        core::storage::CustomerFilter asked;
        QString description;
        QObject::connect(&view, &ui::Page::showCustomers, &view,
                         [&](const core::storage::CustomerFilter& f, const QString& d) {
                             asked = f;
                             description = d;
                         });
        const QStringList tiers = view.data()->report.tierOrder;
        for (int row = 0; row < tiers.size() && asked.ids.isEmpty(); ++row)
            for (int column = 0; column < tiers.size() && asked.ids.isEmpty(); ++column)
                view.openMigrationCell(row, column);
        REQUIRE_FALSE(asked.ids.isEmpty());
        CHECK(asked.homeStores == QStringList{kStores[0]});
        CHECK(description.endsWith(core::report::ReportRenderer::storeName({0, kStores[0], kNames[0], {}}))); // 静安店 (JA)
        const auto stores = core::storage::StoreRepository(*db);
        for (const qint64 id : asked.ids)
            CHECK(stores.homeStore(id).value() == kStores[0]);
        // The list keeps the store until its chip is cleared.
        ui::CustomerFilterBar bar;
        bar.apply(asked, description);
        CHECK(bar.filter().homeStores == QStringList{kStores[0]});
        bar.findChild<QPushButton*>(u"onlyFilter"_s)->click();
        CHECK(bar.filter().homeStores.isEmpty());
        CHECK(bar.filter().ids.isEmpty());

        // Remembered: the next dashboard starts at 静安店.
        ui::DashboardView again(*db);
        CHECK(again.findChild<ui::StoreFilterCombo*>(u"storeFilter"_s)->scope() == StoreScope({kStores[0]}));
    };
    check(u"ui-dashboard-store-en.png"_s);
    {
        test::ChineseUi chinese;
        // The choice made in English stands in Chinese (the key has no words in it).
        CHECK(ui::StoreFilterCombo(*db, u"dashboard"_s).scope() == StoreScope({kStores[0]}));
        check(u"ui-dashboard-store-zh.png"_s);
        ui::StoreFilterCombo combo(*db, u"test"_s);
        CHECK(combo.itemText(0) == u"全部门店"_s);
    }
    forgetChoices();
}

TEST_CASE("a staff account limited to a store sees that store only; without stores there is no filter",
          "[ui][stores][dashboard]")
{
    clientele::test::SignedOut clean;
    forgetChoices();
    QTemporaryDir dir;
    auto db = chain(dir);
    core::security::Session::signIn(u"anna"_s, core::security::Role::Staff, {kStores[2]});
    ui::StoreFilterCombo combo(*db, u"dashboard"_s);
    REQUIRE(combo.count() == 1);
    CHECK(combo.itemData(0).toStringList() == QStringList{kStores[2]});
    CHECK(combo.scope() == StoreScope({kStores[2]}));
    CHECK_FALSE(combo.setScope(StoreScope())); // the chain is not hers to choose
    // Two stores: "My stores" first, the default.
    core::security::Session::signIn(u"anna"_s, core::security::Role::Staff, {kStores[2], kStores[0]});
    ui::StoreFilterCombo two(*db, u"dashboard"_s);
    REQUIRE(two.count() == 3);
    CHECK(two.scope() == StoreScope({kStores[0], kStores[2]}));
    combo.reload(); // a choice still open to her stays
    CHECK(combo.count() == 3);
    CHECK(combo.scope() == StoreScope({kStores[2]}));
    // A remembered choice she may no longer make falls back to her default.
    {
        QSettings settings;
        settings.setValue(u"stores/report/user-anna"_s, u""_s); // the chain
    }
    ui::ReportDialog report(*db);
    CHECK(report.storeFilter()->scope() == StoreScope({kStores[0], kStores[2]}));
    core::security::Session::signOut();

    QTemporaryDir plainDir;
    auto opened = core::storage::Database::open(plainDir.filePath(u"plain.sqlite"_s)); // one shop, no stores
    REQUIRE(opened.ok());
    auto plain = std::move(opened).value();
    ui::DashboardView view(*plain);
    view.show();
    CHECK_FALSE(view.findChild<ui::StoreFilterCombo*>(u"storeFilter"_s)->isVisibleTo(&view));
    ui::ReportDialog dialog(*plain);
    CHECK_FALSE(dialog.storeFilter()->isVisibleTo(&dialog));
    forgetChoices();
}

TEST_CASE("the report dialog prints a store's report; the users dialog limits an account to stores",
          "[ui][stores][report]")
{
    clientele::test::SignedOut clean;
    forgetChoices();
    QTemporaryDir dir;
    auto db = chain(dir);
    clientele::test::addAccounts(*db);
    REQUIRE(core::security::UserDirectory(*db).signIn(u"boss"_s, u"owner-password"_s).ok());

    const auto shoot = [&](const QString& suffix) {
        ui::ReportDialog report(*db);
        report.resize(1024, 700);
        report.show();
        REQUIRE(QTest::qWaitForWindowExposed(&report));
        ui::StoreFilterCombo* filter = report.storeFilter();
        CHECK(filter->isVisibleTo(&report));
        REQUIRE(filter->setScope(StoreScope({kStores[2]})));
        screenshot(report, u"ui-report-store-"_s + suffix + u".png"_s);
        const QString html = dir.filePath(u"store.html"_s);
        REQUIRE(report.saveAs(html));
        QFile saved(html);
        REQUIRE(saved.open(QIODevice::ReadOnly));
        CHECK(QString::fromUtf8(saved.readAll())
                  .contains(core::report::ReportRenderer::title().toHtmlEscaped() + u" · "_s + kNames[2]));

        ui::UsersDialog users(*db);
        users.resize(1024, 700);
        users.show();
        REQUIRE(QTest::qWaitForWindowExposed(&users));
        QTableWidget* table = users.table();
        int anna = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 0)->text() == u"anna")
                anna = row;
        REQUIRE(anna >= 0);
        table->selectRow(anna);
        auto* button = users.findChild<QPushButton*>(u"userStoresButton"_s);
        REQUIRE(button);
        CHECK(button->isVisibleTo(&users));
        test::whenModal<ui::UserStoresDialog>([&](ui::UserStoresDialog* stores) {
            stores->resize(420, 360);
            screenshot(*stores, u"ui-user-stores-"_s + suffix + u".png"_s);
            stores->setChecked({kStores[2]});
            stores->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        });
        button->click();
        CHECK(table->item(anna, 2)->text() == kStores[2]);
        screenshot(users, u"ui-users-stores-"_s + suffix + u".png"_s);
    };
    shoot(u"en"_s);
    {
        test::ChineseUi chinese;
        shoot(u"zh"_s);
    }
    // Saved through the core: anna signs in limited to 徐汇店.
    REQUIRE(core::security::UserDirectory(*db).signIn(u"anna"_s, u"staff-password"_s).ok());
    CHECK(core::security::Session::stores() == QStringList{kStores[2]});
    forgetChoices();
}
