// A chain's stores (issue 15) from an empty shop: the Stores dialog (add, a refused code, edit,
// remove refused for a store with history), the till's store on the counter, a customer's home
// store on the profile and in the customer list; every step checked in the database.
#include "UiSupport.h"
#include "stores/StoreService.h"
#include "widgets/CustomerPicker.h"
#include "TestSupport.h"
#include "ChineseScope.h"

#include "counter/CounterPage.h"
#include "customers/CustomerListPage.h"
#include "domain/Clock.h"
#include "member/SaleService.h"
#include "models/CustomerTableModel.h"
#include "security/Session.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/StoreRepository.h"
#include "stores/StoresDialog.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"
#include "widgets/CustomerFilterBar.h"
#include "widgets/ShopFieldColumns.h"

#include <QApplication>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QAbstractItemView>
#include <QTableView>
#include <QTableWidget>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::screenshot;
using clientele::test::whenModal;

namespace {
// Fills the Add/Edit Store dialog and presses OK; returns the dialog's message (empty: it closed).
void fillStore(QDialog* dialog, const QString& code, const QString& name, const QString& address, QString* message)
{
    REQUIRE(dialog->objectName() == u"storeEditDialog"_s);
    auto* codeEdit = dialog->findChild<QLineEdit*>(u"storeCode"_s);
    if (!codeEdit->isReadOnly()) {
        codeEdit->clear();
        QTest::keyClicks(codeEdit, code);
    }
    auto* nameEdit = dialog->findChild<QLineEdit*>(u"storeName"_s);
    nameEdit->clear();
    nameEdit->insert(name); // as an input method commits it
    auto* addressEdit = dialog->findChild<QLineEdit*>(u"storeAddress"_s);
    addressEdit->clear();
    addressEdit->insert(address);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    auto* shown = dialog->findChild<QLabel*>(u"storeEditMessage"_s);
    *message = dialog->isVisible() && !shown->isHidden() ? shown->text() : QString();
}

core::storage::Store storeOf(const core::storage::Database& db, const QString& code)
{
    const auto stores = core::storage::StoreRepository(db).list();
    REQUIRE(stores.ok());
    for (const auto& s : *stores)
        if (s.code == code)
            return s;
    return {};
}

QString tillStore(const core::storage::Database& db)
{
    return core::storage::StoreRepository(db).storeOfTill(core::member::SaleService::defaultTill()).value();
}

int rowOf(QTableWidget* table, const QString& code)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == code)
            return row;
    return -1;
}
} // namespace

TEST_CASE("a chain's stores from an empty shop: dialog, till, home store, list", "[ui][stores]")
{
    QSettings().clear();
    core::security::Session::signOut();
    core::Clock::Pinned pin(QDate(2026, 12, 1));
    QTemporaryDir dir;
    auto opened = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(opened.ok());
    core::storage::Database& db = **opened;

    // an empty shop: the dialog says what stores are for, and the counter does not mention them
    {
        ui::CounterPage counter(db);
        counter.refresh();
        CHECK(counter.findChild<QWidget*>(u"tillStoreBar"_s)->isHidden());
        CHECK_FALSE(counter.findChild<QAction*>(u"counterChooseStore"_s)->isVisible());
    }
    ui::StoresDialog dialog(db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(u"storesTable"_s);
    auto* empty = dialog.findChild<QLabel*>(u"storesEmpty"_s);
    REQUIRE(table);
    REQUIRE(empty);
    CHECK(table->isHidden());
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(u"One shop needs none"_s));
    CHECK_FALSE(dialog.findChild<QPushButton*>(u"storesEdit"_s)->isEnabled());
    screenshot(dialog, u"ui-stores-empty-en.png"_s);

    // Add…: Nanjing Road
    QString message;
    whenModal<QDialog>([&](QDialog* d) { fillStore(d, u"SH01"_s, u"南京路店"_s, u"南京东路 100 号"_s, &message); });
    dialog.findChild<QPushButton*>(u"storesAdd"_s)->click();
    CHECK(message.isEmpty());
    REQUIRE(table->rowCount() == 1);
    CHECK(table->isVisible());
    CHECK(empty->isHidden());
    CHECK(storeOf(db, u"SH01"_s).name == u"南京路店"_s);
    CHECK(storeOf(db, u"SH01"_s).address == u"南京东路 100 号"_s);

    // a code with a space is refused in the dialog, which stays open to correct it (Insert adds)
    QString refused;
    QString corrected = u"not run"_s;
    whenModal<QDialog>([&](QDialog* d) {
        fillStore(d, u"BJ 02"_s, u"Wangfujing"_s, QString(), &refused);
        fillStore(d, u"BJ02"_s, u"Wangfujing"_s, QString(), &corrected);
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    CHECK(refused.contains(u"space"_s));
    CHECK(corrected.isEmpty());
    REQUIRE(table->rowCount() == 2);
    CHECK(storeOf(db, u"BJ02"_s).name == u"Wangfujing"_s);
    CHECK(table->currentRow() == rowOf(table, u"BJ02"_s)); // the store just added is the current one

    // Enter on a store edits it: the code stays, the name changes
    bool codeLocked = false;
    whenModal<QDialog>([&](QDialog* d) {
        codeLocked = d->findChild<QLineEdit*>(u"storeCode"_s)->isReadOnly();
        fillStore(d, QString(), u"王府井店"_s, u"王府井大街 1 号"_s, &message);
    });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(codeLocked);
    CHECK(message.isEmpty());
    CHECK(storeOf(db, u"BJ02"_s).name == u"王府井店"_s);
    CHECK(table->item(rowOf(table, u"BJ02"_s), 1)->text() == u"王府井店"_s);
    CHECK(dialog.changed());
    screenshot(dialog, u"ui-stores-en.png"_s);

    // the counter: no store for this till yet, a prompt; the owner chooses Nanjing Road
    ui::CounterPage counter(db);
    counter.resize(1024, 640);
    counter.show();
    REQUIRE(QTest::qWaitForWindowExposed(&counter));
    auto* bar = counter.findChild<QWidget*>(u"tillStoreBar"_s);
    auto* choice = counter.findChild<QComboBox*>(u"tillStore"_s);
    auto* prompt = counter.findChild<QLabel*>(u"tillStorePrompt"_s);
    REQUIRE(choice);
    CHECK(bar->isVisible());
    CHECK(prompt->isVisible());
    CHECK(prompt->text().contains(u"Choose the store"_s));
    CHECK(choice->currentData().toString().isEmpty());
    CHECK(tillStore(db).isEmpty());
    screenshot(counter, u"ui-counter-store-prompt-en.png"_s);
    // Counter ▸ Choose This Till's Store: the keyboard's way to the list
    auto* chooseAction = counter.findChild<QAction*>(u"counterChooseStore"_s);
    counter.refresh();
    REQUIRE(chooseAction->isVisible());
    REQUIRE(chooseAction->isEnabled());
    chooseAction->trigger();
    CHECK(choice->view()->isVisible()); // the list is open
    choice->hidePopup();
    // and the line's own mnemonic: Alt+I ("Till's store") from anywhere on the counter
    counter.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&counter));
    counter.findChild<QWidget*>(u"counterPicker"_s)->setFocus();
    REQUIRE_FALSE(choice->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_I, Qt::AltModifier);
    CHECK(choice->hasFocus());
    choice->setFocus();
    // by code: BJ02 sorts first, SH01 second
    QTest::keyClick(choice, Qt::Key_Down);
    QTest::keyClick(choice, Qt::Key_Down);
    CHECK(tillStore(db) == u"SH01"_s);
    CHECK(prompt->isHidden());
    QTest::qWait(20); // the layout after the prompt went
    CHECK(choice->width() < counter.width() / 3); // the list keeps its width, beside its caption
    CHECK(choice->x() < counter.width() / 4);
    CHECK(choice->currentText() == u"南京路店 (SH01)"_s);
    CHECK(choice->findData(QString()) < 0); // no "choose" entry once chosen
    CHECK(counter.findChild<QLabel*>(u"counterStatus"_s)->text().contains(u"This till now sells for 南京路店 (SH01)"_s));

    // staff see the store, and cannot change it
    core::security::Session::signIn(u"mei"_s, core::security::Role::Staff);
    counter.updateActions();
    CHECK(choice->isHidden());
    CHECK(counter.findChild<QLabel*>(u"tillStoreName"_s)->text() == u"南京路店 (SH01)"_s);
    {
        ui::StoresDialog readOnly(db);
        CHECK_FALSE(readOnly.findChild<QPushButton*>(u"storesAdd"_s)->isEnabled());
        CHECK_FALSE(readOnly.findChild<QLabel*>(u"storesReadOnly"_s)->isHidden());
    }
    core::security::Session::signOut();
    counter.updateActions();
    CHECK(choice->isVisible());

    // a customer who first bought at Wangfujing: that is their home store
    core::Customer anna;
    anna.name = u"安娜"_s;
    anna.phone = u"13800001111"_s;
    const qint64 annaId = core::storage::CustomerRepository(db).insert(anna).value();
    core::Order order;
    order.orderNo = u"W-1"_s;
    order.customerId = annaId;
    order.date = QDate(2026, 11, 2);
    order.amount = 25000;
    order.store = u"BJ02"_s;
    REQUIRE(core::storage::OrderRepository(db).insertIfNew(order, u"no:W-1"_s, 1, 0, 0).ok());
    REQUIRE(core::storage::StoreRepository(db).fillHomeStores().ok());
    dialog.reload();
    CHECK(table->item(rowOf(table, u"BJ02"_s), 3)->text() == u"1"_s); // one home customer

    {
        ui::CustomerProfileDialog profile(db, annaId);
        profile.resize(1024, 700);
        profile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&profile));
        auto* text = profile.findChild<QLabel*>(u"homeStoreText"_s);
        REQUIRE(text);
        CHECK(text->text() == u"王府井店 (BJ02) — where they first bought"_s);
        screenshot(profile, u"ui-profile-home-store-en.png"_s);
        // the owner sets Nanjing Road by hand
        whenModal<QDialog>([](QDialog* d) {
            REQUIRE(d->objectName() == u"homeStoreDialog"_s);
            auto* stores = d->findChild<QComboBox*>(u"homeStoreChoice"_s);
            stores->setCurrentIndex(stores->findData(u"SH01"_s));
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        profile.findChild<QPushButton*>(u"homeStoreChange"_s)->click();
        CHECK(text->text() == u"南京路店 (SH01) — set by hand"_s);
        auto row = core::storage::CustomerQueries::row(db, annaId).value();
        CHECK(row->homeStore == u"SH01"_s);
        CHECK(row->homeStoreManual);
        CHECK(profile.changed());
    }

    // the list: a home store filter and a column, hidden until chosen
    {
        ui::CustomerListPage list(db);
        auto* filter = list.findChild<QComboBox*>(u"homeStoreFilter"_s);
        REQUIRE(filter);
        CHECK_FALSE(filter->isHidden());
        CHECK(filter->count() == 3); // all stores, BJ02, SH01
        CHECK(list.table()->isColumnHidden(ui::CustomerTableModel::HomeStore));
        {
            // the column chooser (header menu, Customers ▸ More Columns) shows it, and remembers
            QMenu columns;
            ui::shopfieldcolumns::fillMenu(&columns, list.table());
            auto* show = columns.findChild<QAction*>(u"showColumn_home_store"_s);
            REQUIRE(show);
            CHECK_FALSE(show->isChecked());
            show->setChecked(true);
            CHECK_FALSE(list.table()->isColumnHidden(ui::CustomerTableModel::HomeStore));
        }
        {
            ui::CustomerListPage again(db);
            CHECK_FALSE(again.table()->isColumnHidden(ui::CustomerTableModel::HomeStore));
        }
        CHECK(list.model()->index(0, ui::CustomerTableModel::HomeStore).data().toString() == u"南京路店 (SH01)"_s);
        filter->setCurrentIndex(filter->findData(u"BJ02"_s));
        CHECK(list.model()->totalCount() == 0);
        filter->setCurrentIndex(filter->findData(u"SH01"_s));
        CHECK(list.model()->totalCount() == 1);
        CHECK(list.filters()->filter().homeStore == u"SH01"_s);
    }

    // staff see the home store, not the button that changes it
    core::security::Session::signIn(u"mei"_s, core::security::Role::Staff);
    {
        ui::CustomerProfileDialog profile(db, annaId);
        CHECK(profile.findChild<QLabel*>(u"homeStoreText"_s)->text().startsWith(u"南京路店"_s));
        CHECK(profile.findChild<QPushButton*>(u"homeStoreChange"_s)->isHidden());
    }
    core::security::Session::signOut();

    // back to where they first bought
    {
        ui::CustomerProfileDialog profile(db, annaId);
        whenModal<QDialog>([](QDialog* d) {
            d->findChild<QComboBox*>(u"homeStoreChoice"_s)->setCurrentIndex(0);
            d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        profile.findChild<QPushButton*>(u"homeStoreChange"_s)->click();
        auto row = core::storage::CustomerQueries::row(db, annaId).value();
        CHECK(row->homeStore == u"BJ02"_s);
        CHECK_FALSE(row->homeStoreManual);
    }

    // Wangfujing has an order: Delete asks, then the core's refusal is shown and the store stays
    dialog.reload();
    table->setCurrentCell(rowOf(table, u"BJ02"_s), 0);
    QString refusal;
    whenModal<QMessageBox>([&](QMessageBox* ask) {
        whenModal<QMessageBox>([&](QMessageBox* warning) {
            refusal = warning->text();
            warning->accept();
        });
        ask->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(table, Qt::Key_Delete);
    REQUIRE(QTest::qWaitFor([&] { return !refusal.isEmpty(); }, 5000));
    CHECK(refusal.contains(u"history"_s));
    CHECK(storeOf(db, u"BJ02"_s).code == u"BJ02"_s);
    CHECK(table->rowCount() == 2);

    // Nanjing Road has no history (the till's choice goes with it): removed
    table->setCurrentCell(rowOf(table, u"SH01"_s), 0);
    whenModal<QMessageBox>([](QMessageBox* ask) { ask->button(QMessageBox::Yes)->click(); });
    dialog.findChild<QPushButton*>(u"storesRemove"_s)->click();
    CHECK(table->rowCount() == 1);
    CHECK(storeOf(db, u"SH01"_s).code.isEmpty());
    CHECK(tillStore(db).isEmpty());
    counter.refresh();
    // One store left (Wangfujing): the till's money counts there, so the line asks nothing
    CHECK_FALSE(prompt->isVisible());
    CHECK(core::member::SaleService::tillStore(db).value() == std::optional(u"BJ02"_s));
}

TEST_CASE("the Stores dialog, the counter and the profile fit 1024x700 in both languages", "[ui][stores][i18n]")
{
    QSettings().clear();
    core::security::Session::signOut();
    core::Clock::Pinned pin(QDate(2026, 12, 1));
    for (const bool chinese : {false, true}) {
        std::optional<clientele::test::ChineseUi> zh;
        if (chinese)
            zh.emplace();
        const QString suffix = chinese ? u"zh"_s : u"en"_s;
        QTemporaryDir dir;
        auto opened = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
        REQUIRE(opened.ok());
        core::storage::Database& db = **opened;
        REQUIRE(core::storage::StoreRepository(db).add({0, u"SH01"_s, u"南京路店"_s, u"南京东路 100 号"_s}).ok());
        REQUIRE(core::storage::StoreRepository(db).add({0, u"BJ02"_s, u"王府井店"_s, u"王府井大街 1 号"_s}).ok());
        core::Customer c;
        c.name = u"安娜"_s;
        const qint64 id = core::storage::CustomerRepository(db).insert(c).value();
        REQUIRE(core::storage::StoreRepository(db).setHomeStore(id, u"SH01"_s).ok());

        ui::StoresDialog stores(db);
        stores.show();
        REQUIRE(QTest::qWaitForWindowExposed(&stores));
        CHECK(stores.width() <= 1024);
        CHECK(stores.height() <= 700);
        screenshot(stores, u"ui-stores-1024-%1.png"_s.arg(suffix));
        stores.close();

        auto window = std::make_unique<ui::MainWindow>(std::move(opened).value());
        window->resize(1024, 700);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        auto* storesAction = window->findChild<QAction*>(u"storesAction"_s);
        REQUIRE(storesAction);
        CHECK(storesAction->text() == (chinese ? u"门店(&R)…"_s : u"Sto&res…"_s));
        auto* counter = window->page<ui::CounterPage>();
        REQUIRE(counter);
        window->showPage(counter);
        auto* prompt = counter->findChild<QLabel*>(u"tillStorePrompt"_s);
        REQUIRE(prompt->isVisible());
        // the prompt is whole: its lines fit the height it was given
        CHECK(prompt->heightForWidth(prompt->width()) <= prompt->height());
        screenshot(*window, u"ui-counter-store-1024-%1.png"_s.arg(suffix));
        // the customer list with the home store filter: the filter row still fits
        window->showPage(window->customers());
        auto* filters = window->customers()->filters();
        CHECK(filters->findChild<QComboBox*>(u"homeStoreFilter"_s)->isVisible());
        CHECK(filters->minimumSizeHint().width() <= filters->width());
        CHECK(filters->sizeHint().width() <= 1024);
        screenshot(*window, u"ui-customers-stores-1024-%1.png"_s.arg(suffix));

        ui::CustomerProfileDialog profile(window->database(), id, window.get());
        profile.show();
        REQUIRE(QTest::qWaitForWindowExposed(&profile));
        CHECK(profile.width() <= 1024);
        CHECK(profile.height() <= 700);
        auto* text = profile.findChild<QLabel*>(u"homeStoreText"_s);
        REQUIRE(text);
        CHECK(text->text().startsWith(u"南京路店"_s));
        CHECK(text->text().contains(chinese ? u"手动"_s : u"set by hand"_s));
        CHECK(text->height() < 2 * text->fontMetrics().lineSpacing()); // one line, not broken beside the button
        CHECK(text->width() >= text->fontMetrics().horizontalAdvance(text->text())); // whole
        screenshot(profile, u"ui-profile-home-store-1024-%1.png"_s.arg(suffix));
    }
}

TEST_CASE("a chain's till without a store says so at the counter and takes no money, in both languages",
          "[ui][counter][stores]")
{
    core::Clock::Pinned pin(QDate(2026, 12, 1));
    QTemporaryDir dir;
    const auto shop = clientele::test::newShop(dir);
    core::storage::Database& db = *shop;
    REQUIRE(core::stores::StoreService::add(db, {0, u"JA"_s, u"静安店"_s, {}}).ok());
    REQUIRE(core::stores::StoreService::add(db, {0, u"XH"_s, u"徐汇店"_s, {}}).ok());
    clientele::test::addCustomer(db, u"周杰"_s, u"13700137000"_s);

    const auto ringUp = [&](const QString& screenshotName) {
        ui::CounterPage page(db);
        page.resize(1024, 700);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        page.findChild<ui::CustomerPicker*>(u"counterPicker"_s)->search(u"13700137000"_s);
        auto* amount = page.findChild<QLineEdit*>(u"counterAmount"_s);
        REQUIRE(QTest::qWaitFor([&] { return amount->isEnabled(); }, 5000));
        amount->setFocus();
        QTest::keyClicks(amount, u"88"_s);
        QTest::keyClick(amount, Qt::Key_Return); // to Confirm
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::qWait(50); // the status line's new height is laid out by the event loop, as on screen
        screenshot(page, screenshotName);
        return std::pair{page.findChild<QLabel*>(u"counterStatus"_s)->text(), page.lastSale().has_value()};
    };
    const auto [english, soldEn] = ringUp(u"ui-counter-no-store-en.png"_s);
    CHECK_FALSE(soldEn);
    CHECK(english.startsWith(u"Not saved: this till has no store yet"_s));
    CHECK_FALSE(clientele::test::hasCjk(english));
    {
        clientele::test::Chinese zh;
        const auto [chinese, soldZh] = ringUp(u"ui-counter-no-store-zh.png"_s);
        CHECK_FALSE(soldZh);
        CHECK(chinese.startsWith(u"未保存：本收银台还没有设定门店"_s));
        for (const QChar ch : chinese)
            CHECK_FALSE((ch.isLetter() && ch.unicode() < 0x80)); // no English word left in it
    }
    QSqlQuery orders(db.connection());
    REQUIRE(orders.exec(u"SELECT COUNT(*) FROM orders"_s));
    REQUIRE(orders.next());
    CHECK(orders.value(0).toInt() == 0);

    // Once the till has its store, the same keys ring the sale up there.
    REQUIRE(core::stores::StoreService::setStoreOfTill(db, core::member::SaleService::defaultTill(), u"XH"_s).ok());
    CHECK(ringUp(u"ui-counter-store-chosen-en.png"_s).second);
    REQUIRE(orders.exec(u"SELECT store FROM orders"_s));
    REQUIRE(orders.next());
    CHECK(orders.value(0).toString() == u"XH"_s);
}

TEST_CASE("a shop of one store: the counter's store line names it and asks nothing", "[ui][counter][stores]")
{
    core::Clock::Pinned pin(QDate(2026, 12, 1));
    QTemporaryDir dir;
    const auto shop = clientele::test::newShop(dir);
    core::storage::Database& db = *shop;
    REQUIRE(core::stores::StoreService::add(db, {0, u"JA"_s, u"静安店"_s, {}}).ok());
    ui::CounterPage page(db);
    page.resize(1024, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* prompt = page.findChild<QLabel*>(u"tillStorePrompt"_s);
    auto* store = page.findChild<QComboBox*>(u"tillStore"_s);
    REQUIRE(prompt);
    REQUIRE(store);
    CHECK_FALSE(prompt->isVisible());
    CHECK(store->currentData().toString() == u"JA"_s);
    CHECK(store->findData(QString()) < 0); // no "Choose this till's store…"
    screenshot(page, u"ui-counter-one-store-en.png"_s);
    // A second store: now the till must be placed, and the line asks.
    REQUIRE(core::stores::StoreService::add(db, {0, u"XH"_s, u"徐汇店"_s, {}}).ok());
    page.refresh();
    CHECK(prompt->isVisible());
    CHECK(store->currentData().toString().isEmpty());
}
