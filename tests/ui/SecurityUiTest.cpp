// Accounts in the desktop app: sign-in (wrong password kept out), what staff see, the owner's
// users and audit log dialogs, revealing phones is audited, erasing from the profile.
#include "UiSupport.h"

#include "Accounts.h"

#include "dialogs/AuditLogDialog.h"
#include "dialogs/SignInDialog.h"
#include "dialogs/UsersDialog.h"
#include "models/CustomerTableModel.h"
#include "security/AuditLog.h"
#include "security/FieldVault.h"
#include "widgets/SensitiveFieldsPanel.h"
#include "security/Session.h"
#include "security/UserDirectory.h"
#include "storage/CustomerRepository.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"

#include <QInputDialog>
#include <QLabel>
#include <QTabWidget>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;
using clientele::test::whenModal;
using core::security::Role;
using core::security::Session;
using core::security::UserDirectory;

using clientele::test::addAccounts;
using clientele::test::SignedOut;

namespace {
QAction* findAction(QWidget& window, const QString& text)
{
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text() == text)
            return action;
    return nullptr;
}

void signInThroughDialog(core::storage::Database& db, const QString& name, const QString& password)
{
    whenModal<ui::SignInDialog>([&](ui::SignInDialog* dialog) {
        dialog->findChild<QLineEdit*>(u"signInName"_s)->setText(name);
        dialog->findChild<QLineEdit*>(u"signInPassword"_s)->setText(u"wrong-password"_s);
        dialog->trySignIn();
        CHECK(dialog->isVisible()); // stays open, says why
        CHECK(dialog->findChild<QLabel*>(u"signInMessage"_s)->text().contains(u"Wrong user name or password"_s));
        dialog->findChild<QLineEdit*>(u"signInPassword"_s)->setText(password);
        screenshot(*dialog, u"ui-sign-in-en.png"_s);
        dialog->trySignIn();
    });
    REQUIRE(ui::signInIfNeeded(db));
}
} // namespace

TEST_CASE("staff sign in and see no export, restore, reveal, users or audit", "[ui][security]")
{
    SignedOut guard;
    QSettings().clear();
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    addAccounts(*db);
    signInThroughDialog(*db, u"anna"_s, u"staff-password"_s);
    CHECK(Session::actor() == u"anna"_s);

    ui::MainWindow window(std::move(db));
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const QString& text : {u"&Export Customers…"_s, u"Export &Marketing List…"_s, u"&Restore a Backup…"_s,
                                u"&Users and Roles…"_s, u"&Audit Log…"_s, u"&Backups to Keep…"_s}) {
        QAction* action = findAction(window, text);
        REQUIRE(action);
        CHECK_FALSE(action->isVisible());
        CHECK_FALSE(action->isEnabled());
    }
    QAction* reveal = findAction(window, u"Show Full Phone Numbers"_s);
    REQUIRE(reveal);
    CHECK_FALSE(reveal->isEnabled());
    CHECK_FALSE(reveal->isChecked());
    CHECK(window.customerModel()->index(0, ui::CustomerTableModel::Phone).data().toString().contains(u"****"_s));
    CHECK(window.findChild<QLabel*>(u"signedInUser"_s)->text() == u"Signed in as anna (Staff)"_s);

    // Even with full numbers asked for (the setting left on, the model told so), staff see masks:
    // the core decides, in the list, the profile and the merge dialog alike.
    QSettings().setValue(u"view/unmaskPhones"_s, true);
    window.customerModel()->setPhonesMasked(false);
    CHECK(window.customerModel()->index(0, ui::CustomerTableModel::Phone).data().toString().contains(u"****"_s));

    ui::CustomerProfileDialog profile(window.database(), window.customerModel()->customerId(0));
    CHECK(profile.findChild<QPushButton*>(u"privacyErase"_s) == nullptr);
    CHECK(profile.findChild<QPushButton*>(u"privacyExport"_s) == nullptr);
    auto* phone = profile.findChild<QLineEdit*>(u"field_phone"_s);
    REQUIRE(phone);
    CHECK(phone->text().contains(u"****"_s));
    CHECK(phone->isReadOnly());
    CHECK_FALSE(profile.findChild<QPushButton*>(u"revealPhone"_s)->isEnabled());
    QSettings().remove(u"view/unmaskPhones"_s);
}

TEST_CASE("the owner reveals phones (audited), manages users, reads the audit log and erases a customer", "[ui][security]")
{
    SignedOut guard;
    QSettings().clear();
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    addAccounts(*db);
    signInThroughDialog(*db, u"boss"_s, u"owner-password"_s);
    ui::MainWindow window(std::move(db));
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto& database = window.database();

    QAction* reveal = findAction(window, u"Show Full Phone Numbers"_s);
    REQUIRE(reveal->isEnabled());
    reveal->setChecked(true);
    CHECK_FALSE(window.customerModel()->index(0, ui::CustomerTableModel::Phone).data().toString().contains(u"****"_s));
    CHECK(*core::security::AuditLog::count(database, u"reveal"_s) == 1);

    ui::UsersDialog users(database);
    REQUIRE(users.table()->rowCount() == 2);
    users.show();
    screenshot(users, u"ui-users-en.png"_s);

    // Erase from the profile: asks first, then the person is gone and the orders stay.
    const qint64 id = window.customerModel()->customerId(0);
    {
        ui::CustomerProfileDialog profile(database, id);
        REQUIRE(profile.findChild<QPushButton*>(u"privacyErase"_s) != nullptr);
        whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
        profile.erase();
        CHECK(profile.changed());
    }
    const auto erased = core::storage::CustomerRepository(database).findById(id);
    REQUIRE(erased.ok());
    CHECK((*erased)->phone.isEmpty());
    CHECK((*erased)->name.startsWith(u"Erased customer"_s));

    ui::AuditLogDialog audit(database);
    QStringList actions;
    for (int row = 0; row < audit.table()->rowCount(); ++row)
        actions.append(audit.table()->item(row, 2)->text());
    CHECK(actions.contains(u"Customer erased"_s));
    CHECK(actions.contains(u"Sensitive data shown"_s));
    CHECK(actions.contains(u"Sign-in failed"_s));
    CHECK(audit.findChild<QLabel*>(u"auditIntegrity"_s)->text().contains(u"Intact"_s));
    audit.show();
    screenshot(audit, u"ui-audit-en.png"_s);
    {
        clientele::test::ChineseUi chinese;
        ui::AuditLogDialog zh(database);
        zh.show();
        QTest::qWait(20);
        screenshot(zh, u"ui-audit-zh.png"_s);
    }
}

TEST_CASE("the profile's sensitive fields stay hidden until the owner unlocks and shows one", "[ui][security]")
{
    SignedOut guard;
    core::security::FieldVault::lock();
    QSettings().clear();
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    const qint64 id = 5;
    {
        core::security::FieldVault vault(*db);
        REQUIRE(vault.setUp(u"the owner's long passphrase"_s).ok());
        REQUIRE(vault.store(id, core::security::FieldVault::kIdCard, u"110101199003074514"_s).ok());
        core::security::FieldVault::lock();
    }
    ui::CustomerProfileDialog profile(*db, id);
    profile.resize(820, 560);
    auto* panel = profile.findChild<ui::SensitiveFieldsPanel*>();
    REQUIRE(panel);
    auto* value = panel->findChild<QLabel*>(u"sensitive_id_card"_s);
    REQUIRE(value);
    CHECK(value->text() == u"••••••••"_s);
    CHECK(panel->findChild<QLabel*>(u"sensitiveStatus"_s)->text().contains(u"Locked"_s));

    // A wrong passphrase opens nothing; the right one shows the number, and that is audited.
    whenModal<QInputDialog>([](QInputDialog* ask) {
        ask->setTextValue(u"not the passphrase"_s);
        ask->accept();
    });
    whenModal<QMessageBox>([](QMessageBox* box) { box->accept(); });
    panel->reveal(core::security::FieldVault::kIdCard);
    CHECK(panel->findChild<QLabel*>(u"sensitive_id_card"_s)->text() == u"••••••••"_s);
    whenModal<QInputDialog>([](QInputDialog* ask) {
        ask->setTextValue(u"the owner's long passphrase"_s);
        ask->accept();
    });
    panel->reveal(core::security::FieldVault::kIdCard);
    CHECK(panel->findChild<QLabel*>(u"sensitive_id_card"_s)->text() == u"110101199003074514"_s);
    CHECK(*core::security::AuditLog::count(*db, u"reveal"_s) == 1);
    profile.findChild<QTabWidget*>(u"profileTabs"_s)->setCurrentWidget(panel);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    screenshot(profile, u"ui-profile-sensitive-en.png"_s);
    core::security::FieldVault::lock();
}
