// The import wizard end to end on a GBK Excel export, and an import cancelled midway.
#include "UiSupport.h"

#include "import/ImportWizard.h"
#include "storage/CustomerRepository.h"
#include "views/CustomerProfileDialog.h"

#include <QAbstractButton>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::screenshot;

namespace {
qint64 customerCount(const core::storage::Database& db)
{
    return core::storage::CustomerRepository(db).count().value();
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

    QTest::mouseClick(undo, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return wizard.state().undone; }, 30000));
    CHECK(customerCount(**db) == 0);
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
        wizard.reject();

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
