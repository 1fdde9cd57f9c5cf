// File ▸ Connect to Shop Server…: the fields become a server location, are remembered without the
// password unless the owner ticks it, and a failure keeps the dialog open with the reason in the
// user's language. Under tests/pg/with-postgres.sh (ctest -L postgres: ui_pg) the dialog also
// connects for real: an empty database gets the schema, TLS "required" is refused by a server
// without it, a newer schema and another program's database are refused.
#include "UiSupport.h"

#include "domain/Clock.h"
#include "server/ConnectServerDialog.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/Migrations.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {
template <typename T>
T* child(QWidget& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

void fill(ui::ConnectServerDialog& dialog, const QString& host, int port, const QString& database, const QString& user,
          const QString& password)
{
    for (const auto& [name, text] : {std::pair{u"connectHost"_s, host}, std::pair{u"connectDatabase"_s, database},
                                     std::pair{u"connectUser"_s, user}, std::pair{u"connectPassword"_s, password}}) {
        auto* edit = child<QLineEdit>(dialog, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    child<QSpinBox>(dialog, u"connectPort"_s)->setValue(port);
}

QString message(ui::ConnectServerDialog& dialog)
{
    return child<QLabel>(dialog, u"connectMessage"_s)->text();
}

bool hasCjk(const QString& text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

// The test server's admin location (tests/pg/with-postgres.sh), or none.
std::optional<core::storage::DatabaseLocation> testServer()
{
    if (!qEnvironmentVariableIsSet("CLIENTELE_TEST_PG_URL"))
        return std::nullopt;
    auto parsed = core::storage::DatabaseLocation::parse(qEnvironmentVariable("CLIENTELE_TEST_PG_URL"));
    REQUIRE(parsed.ok());
    return *parsed;
}

// A new empty database on the test server (as its owner would make one for the shop).
QString createDatabase(const core::storage::DatabaseLocation& admin, const QString& suffix)
{
    const QString name = u"ui_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(suffix);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"ui-admin"_s);
        raw.setHostName(admin.host);
        raw.setPort(admin.port);
        raw.setDatabaseName(admin.database);
        raw.setUserName(admin.user);
        raw.setConnectOptions(u"sslmode=disable"_s);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"DROP DATABASE IF EXISTS %1"_s.arg(name)));
        REQUIRE(q.exec(u"CREATE DATABASE %1"_s.arg(name)));
    }
    QSqlDatabase::removeDatabase(u"ui-admin"_s);
    return name;
}
} // namespace

TEST_CASE("connect dialog: fields become the server's URL; remembered without the password unless ticked",
          "[ui][connect]")
{
    QSettings().clear();
    {
        ui::ConnectServerDialog dialog;
        CHECK(child<QSpinBox>(dialog, u"connectPort"_s)->value() == 5432);
        CHECK_FALSE(child<QCheckBox>(dialog, u"connectRemember"_s)->isChecked());
        CHECK(child<QComboBox>(dialog, u"connectTls"_s)->currentData().toString() == u"prefer");
        fill(dialog, u"shop-server"_s, 6543, u"chain"_s, u"till1"_s, u"s3cret"_s);
        child<QComboBox>(dialog, u"connectTls"_s)->setCurrentIndex(1);
        const auto where = dialog.location();
        CHECK(where.isServer());
        CHECK(where.display() == u"postgresql://till1@shop-server:6543/chain?sslmode=require");
        CHECK(where.password == u"s3cret");

        // A missing field is named before anything connects.
        child<QLineEdit>(dialog, u"connectDatabase"_s)->clear();
        dialog.tryConnect();
        CHECK(message(dialog).contains(u"name of the shop's database"_s));
        CHECK(dialog.result() != QDialog::Accepted);
    }

    // Nothing listens on port 1 here: a clear sentence, the dialog stays open, nothing remembered.
    QSettings().clear();
    {
        ui::ConnectServerDialog dialog;
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        fill(dialog, u"127.0.0.1"_s, 1, u"chain"_s, u"till1"_s, u"s3cret"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"connectButton"_s), Qt::LeftButton);
        CHECK(message(dialog).contains(u"No shop server answers"_s));
        CHECK_FALSE(message(dialog).contains(u"s3cret"_s));
        CHECK(dialog.isVisible());
        CHECK_FALSE(dialog.takeDatabase());
        CHECK_FALSE(QSettings().contains(u"shopServer/host"_s));
        test::screenshot(dialog, u"connect-server-down-en.png"_s);
    }
    {
        const test::ChineseUi chinese;
        ui::ConnectServerDialog dialog;
        dialog.resize(dialog.sizeHint());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.windowTitle() == u"连接门店服务器"_s);
        fill(dialog, u"127.0.0.1"_s, 1, u"chain"_s, u"till1"_s, u"s3cret"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"connectButton"_s), Qt::LeftButton);
        INFO(message(dialog).toStdString());
        CHECK(hasCjk(message(dialog)));
        CHECK_FALSE(message(dialog).contains(u"server"_s));
        test::screenshot(dialog, u"connect-server-down-zh.png"_s);
    }
}

TEST_CASE("connect dialog on a real server: opens the shop, remembers, refuses what is not a shop", "[ui][connect]")
{
    const auto admin = testServer();
    if (!admin)
        return; // runs under tests/pg/with-postgres.sh (ctest -L postgres: ui_pg)
    QSettings().clear();
    core::Clock::Pinned today(QDate(2026, 11, 30));
    const QString name = createDatabase(*admin, u"shop"_s);

    // TLS required: this test server offers none, and says so.
    {
        ui::ConnectServerDialog dialog;
        fill(dialog, admin->host, admin->port, name, admin->user, u"any"_s);
        child<QComboBox>(dialog, u"connectTls"_s)->setCurrentIndex(1);
        dialog.tryConnect();
        CHECK(message(dialog).contains(u"does not offer TLS"_s));
        CHECK_FALSE(dialog.takeDatabase());
    }
    // The empty database becomes a shop; the fields are remembered, the password not.
    {
        ui::ConnectServerDialog dialog;
        fill(dialog, admin->host, admin->port, name, admin->user, u"typed-not-kept"_s);
        dialog.tryConnect();
        INFO(message(dialog).toStdString());
        REQUIRE(dialog.result() == QDialog::Accepted);
        auto opened = dialog.takeDatabase();
        REQUIRE(opened);
        CHECK(opened->isServer());
        CHECK(opened->schemaVersion() == core::storage::Migrations::kLatest);
        QSettings settings;
        CHECK(settings.value(u"shopServer/database"_s).toString() == name);
        CHECK(settings.value(u"shopServer/port"_s).toInt() == admin->port);
        CHECK_FALSE(settings.contains(u"shopServer/password"_s));
    }
    // Reopened: the fields come back filled, the password empty; ticked, it is kept too.
    {
        ui::ConnectServerDialog dialog;
        CHECK(child<QLineEdit>(dialog, u"connectDatabase"_s)->text() == name);
        CHECK(child<QLineEdit>(dialog, u"connectPassword"_s)->text().isEmpty());
        QTest::keyClicks(child<QLineEdit>(dialog, u"connectPassword"_s), u"kept"_s);
        child<QCheckBox>(dialog, u"connectRemember"_s)->setChecked(true);
        dialog.tryConnect();
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(QSettings().value(u"shopServer/password"_s).toString() == u"kept");
        // A newer Clientele wrote this database since: refused with the same words as a file.
        auto opened = dialog.takeDatabase();
        REQUIRE(opened->exec(u"UPDATE clientele_schema SET version = %1"_s.arg(core::storage::Migrations::kLatest + 1))
                    .ok());
    }
    {
        ui::ConnectServerDialog dialog;
        dialog.tryConnect();
        CHECK(message(dialog).contains(u"newer version of Clientele"_s));
        CHECK(dialog.result() != QDialog::Accepted);
    }
    // Another program's database is not taken over.
    {
        const QString other = createDatabase(*admin, u"other"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QPSQL"_s, u"ui-other"_s);
            raw.setHostName(admin->host);
            raw.setPort(admin->port);
            raw.setDatabaseName(other);
            raw.setUserName(admin->user);
            raw.setConnectOptions(u"sslmode=disable"_s);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            REQUIRE(q.exec(u"CREATE TABLE invoices (number TEXT)"_s));
        }
        QSqlDatabase::removeDatabase(u"ui-other"_s);
        ui::ConnectServerDialog dialog;
        child<QLineEdit>(dialog, u"connectDatabase"_s)->setText(other);
        dialog.tryConnect();
        CHECK(message(dialog).contains(u"is not a Clientele database"_s));
        child<QLineEdit>(dialog, u"connectDatabase"_s)->setText(u"no_such_shop"_s);
        dialog.tryConnect();
        CHECK(message(dialog).contains(u"no database named no_such_shop"_s));
    }

    // From the window's File menu: the shop on the server replaces the open file.
    QSettings().remove(u"shopServer/password"_s);
    const QString fresh = createDatabase(*admin, u"window"_s);
    QTemporaryDir dir;
    ui::MainWindow window(test::demoDatabase(dir, 40));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(u"connectServerAction"_s);
    REQUIRE(action);
    test::whenModal<ui::ConnectServerDialog>([&](ui::ConnectServerDialog* dialog) {
        child<QLineEdit>(*dialog, u"connectDatabase"_s)->setText(fresh);
        QTest::mouseClick(child<QPushButton>(*dialog, u"connectButton"_s), Qt::LeftButton);
    });
    action->trigger();
    CHECK(window.database().isServer());
    CHECK(window.database().path().endsWith(u"/"_s + fresh));
}
