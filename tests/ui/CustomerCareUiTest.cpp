// The profile (edit, note, follow-up, tags), duplicate merge and undo, bulk actions, first start
// and drag-and-drop, driven through the real widgets.
#include "domain/Clock.h"
#include "UiSupport.h"

#include "customers/CustomerEditor.h"
#include "charts/DashboardView.h"
#include "dialogs/FirstStartDialog.h"
#include "report/MonthlyReport.h"
#include "report/ReportRenderer.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NoteDialog.h"
#include "dialogs/ReportDialog.h"
#include "import/ImportWizard.h"
#include "models/CustomerTableModel.h"
#include "security/AuditLog.h"
#include "security/PhoneVisibility.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"
#include "widgets/TimelineView.h"

#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QProcess>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QUrl>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;
using clientele::test::whenModal;

TEST_CASE("the profile edits and saves a phone, adds a note and a follow-up to the timeline", "[ui][profile]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir));
    auto* model = window.customerModel();
    const qint64 id = model->customerId(0);
    ui::CustomerProfileDialog profile(window.database(), id);
    profile.resize(900, 680);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    auto* tabs = profile.findChild<QTabWidget*>(u"profileTabs"_s);
    REQUIRE(tabs);

    // A badly typed phone is refused with the import's message, and nothing is saved.
    tabs->setCurrentIndex(1);
    auto* phone = profile.findChild<QLineEdit*>(u"field_phone"_s);
    REQUIRE(phone);
    // Masked as in the list until Show, which is recorded in the audit log.
    const QString before = core::storage::CustomerRepository(window.database()).findById(id).value()->phone;
    CHECK(phone->text() == core::security::PhoneVisibility::shown(before, false));
    CHECK(phone->isReadOnly());
    auto* reveal = profile.findChild<QPushButton*>(u"revealPhone"_s);
    REQUIRE(reveal);
    const qint64 reveals = core::security::AuditLog::count(window.database(), u"reveal"_s).value();
    QTest::mouseClick(reveal, Qt::LeftButton);
    CHECK(phone->text() == before);
    CHECK_FALSE(phone->isReadOnly());
    CHECK_FALSE(reveal->isVisible());
    CHECK(core::security::AuditLog::count(window.database(), u"reveal"_s).value() == reveals + 1);
    phone->setText(u"12ab"_s);
    CHECK_FALSE(profile.saveContact());
    auto* problems = profile.findChild<QLabel*>(u"formProblems"_s);
    REQUIRE(problems);
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(u"not a phone number"_s));
    screenshot(profile, u"ui-profile-invalid-en.png"_s);
    CHECK(core::storage::CustomerRepository(window.database()).findById(id).value()->phone == before);

    // Typed the way people type it; stored the way the import stores it.
    phone->setText(u"+86 186-0000-1234"_s);
    REQUIRE(profile.saveContact());
    CHECK(core::storage::CustomerRepository(window.database()).findById(id).value()->phone == u"18600001234"_s);
    CHECK(phone->text() == u"186****1234"_s); // masked again once saved
    CHECK(profile.changed());

    // A note through its dialog lands on the timeline.
    tabs->setCurrentIndex(2);
    auto* timeline = profile.findChild<QTreeWidget*>(u"timeline"_s);
    REQUIRE(timeline);
    const int eventsBefore = timeline->topLevelItemCount();
    whenModal<ui::NoteDialog>([](ui::NoteDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>(u"noteText"_s)->setPlainText(u"想要 M 码的新款外套，到货后通知"_s);
        dialog->accept();
    });
    REQUIRE(profile.addNote());
    CHECK(timeline->topLevelItemCount() == eventsBefore + 1);
    CHECK(core::storage::InteractionRepository(window.database()).forCustomer(id).value().size() == 1);

    whenModal<ui::FollowUpDialog>([](ui::FollowUpDialog* dialog) {
        dialog->findChild<QLineEdit*>(u"followUpTitle"_s)->setText(u"Call when the coat arrives"_s);
        dialog->accept();
    });
    REQUIRE(profile.scheduleFollowUp());
    CHECK(timeline->topLevelItemCount() == eventsBefore + 2);
    const auto tasks = core::storage::FollowUpRepository(window.database()).forCustomer(id).value();
    REQUIRE_FALSE(tasks.isEmpty());
    CHECK(tasks.first().title == u"Call when the coat arrives"_s);
    screenshot(profile, u"ui-profile-timeline-en.png"_s);

    whenModal<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(u"VIP，想要新款"_s);
        dialog->accept();
    });
    profile.editTags();
    CHECK(core::storage::CustomerRepository(window.database()).tags(id).value() == QStringList{u"VIP"_s, u"想要新款"_s});
    CHECK(profile.findChild<QLabel*>(u"profileHeader"_s)->text().contains(u"想要新款"_s));
    tabs->setCurrentIndex(0);
    screenshot(profile, u"ui-profile-en.png"_s);
}

TEST_CASE("two records of one person are merged field by field, and the merge is undone", "[ui][merge]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir));
    auto& db = window.database();
    const qint64 keep = window.customerModel()->customerId(0);
    const auto survivor = *core::storage::CustomerRepository(db).findById(keep).value();
    const qint64 ordersBefore = core::storage::OrderRepository(db).forCustomer(keep).value().size();

    // The same person, entered again at the till with an e-mail and one order.
    core::customers::CustomerForm::Values values{{core::io::ImportField::Name, survivor.name},
                                                 {core::io::ImportField::Email, u"same.person@example.com"_s}};
    const auto created = core::customers::CustomerEditor::save(db, 0, values, clientele::core::Clock::today());
    REQUIRE(created.ok());
    REQUIRE(created->saved());
    core::Order order;
    order.orderNo = u"DUP-1"_s;
    order.customerId = created->id;
    order.date = QDate(2026, 10, 1);
    order.amount = 45600;
    REQUIRE(core::storage::OrderRepository(db).insertIfNew(order, u"no:DUP-1"_s, 1, 0, 0).ok());

    ui::MergeDialog merge(db, keep);
    merge.show();
    REQUIRE(QTest::qWaitForWindowExposed(&merge));
    REQUIRE(merge.candidateCount() >= 1);
    int row = 0;
    while (row < merge.candidateCount() - 1)
        ++row; // the new record has the highest id and comes last
    merge.selectCandidate(row);
    merge.pickFromDuplicate(core::io::ImportField::Email);
    screenshot(merge, u"ui-merge-en.png"_s);
    REQUIRE(merge.mergeSelected());
    CHECK_FALSE(core::storage::CustomerRepository(db).findById(created->id).value().has_value());
    CHECK(core::storage::CustomerRepository(db).findById(keep).value()->email == u"same.person@example.com"_s);
    CHECK(core::storage::OrderRepository(db).forCustomer(keep).value().size() == ordersBefore + 1);

    REQUIRE(merge.undoLatest());
    CHECK(core::storage::CustomerRepository(db).findById(created->id).value()->email == u"same.person@example.com"_s);
    CHECK(core::storage::CustomerRepository(db).findById(keep).value()->email == survivor.email);
    CHECK(core::storage::OrderRepository(db).forCustomer(keep).value().size() == ordersBefore);
    CHECK(core::storage::OrderRepository(db).forCustomer(created->id).value().size() == 1);
    screenshot(merge, u"ui-merge-undone-en.png"_s);
}

TEST_CASE("bulk tag on a multi-selection; first start and drag-and-drop", "[ui][bulk]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir));
    window.resize(1280, 760);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* table = window.findChild<QTableView*>(u"customerTable"_s);
    table->selectRow(0);
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> ids = window.selectedCustomerIds();
    REQUIRE(ids.size() == 2);
    whenModal<QInputDialog>([](QInputDialog* dialog) {
        dialog->setTextValue(u"双十一, 回访"_s);
        dialog->accept();
    });
    window.tagSelection();
    for (const qint64 id : ids) {
        const QStringList tags = core::storage::CustomerRepository(window.database()).tags(id).value();
        CHECK(tags.contains(u"双十一"_s));
        CHECK(tags.contains(u"回访"_s));
    }
    screenshot(window, u"ui-customers-selection-en.png"_s);

    // Dropping a CSV on the window starts the import wizard on that file.
    const QString csv = QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_gbk_excel.csv"_s;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(100, 100), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto* wizard = window.findChild<ui::ImportWizard*>();
    REQUIRE(wizard);
    CHECK(wizard->findChild<QLineEdit*>(u"importPath"_s)->text() == csv);
    wizard->reject();

    ui::FirstStartDialog welcome;
    welcome.show();
    REQUIRE(QTest::qWaitForWindowExposed(&welcome));
    screenshot(welcome, u"ui-first-start-en.png"_s);
    QTest::mouseClick(welcome.findChild<QWidget*>(u"startDemo"_s), Qt::LeftButton);
    CHECK(welcome.result() == QDialog::Accepted);
    CHECK(welcome.choice() == ui::FirstStartDialog::Choice::Demo);
}

TEST_CASE("the report dialog lists the months and saves the report as PDF, HTML and CSV", "[ui][report]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = demoDatabase(dir);
    ui::ReportDialog dialog(*db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.hasMonths());
    CHECK(dialog.month() == u"2026-10"_s); // the latest first
    screenshot(dialog, u"ui-report-dialog-en.png"_s);
    for (const QString& name : {u"report.pdf"_s, u"report.html"_s, u"report.csv"_s}) {
        REQUIRE(dialog.saveAs(dir.filePath(name)));
        CHECK(QFileInfo(dir.filePath(name)).size() > 1000);
    }
    // The PDF's first page as an image beside the other screenshots, for people to look at.
    QProcess::execute(u"pdftoppm"_s, {u"-r"_s, u"70"_s, u"-png"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                      dir.filePath(u"report.pdf"_s),
                                      QStringLiteral(CLIENTELE_TEST_OUTPUT) + u"/ui-report-page"_s});
}

TEST_CASE("the dashboard shows the core's figures, and a click lists those customers", "[ui][dashboard]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir));
    window.resize(1400, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showDashboard();
    auto* dashboard = window.dashboard();
    REQUIRE(dashboard);
    REQUIRE(QTest::qWaitFor([&] { return dashboard->data().has_value(); }, 30000));
    const auto report = core::report::MonthlyReport::build(window.database(), u"2026-10"_s);
    REQUIRE(report.ok());
    CHECK(dashboard->data()->report.month == u"2026-10"_s);
    CHECK(dashboard->kpiValue(u"customers"_s) == QLocale().toString(report->customers.value));
    CHECK(dashboard->kpiValue(u"repurchase_rate"_s) == core::report::ReportRenderer::percent(int(report->repurchasePermille.value)));
    CHECK(dashboard->kpiValue(u"revenue_12m"_s) == core::report::ReportRenderer::money(report->revenue12m.value));
    qint64 stages = 0;
    for (const auto& [key, n] : dashboard->data()->stages)
        stages += n;
    CHECK(stages > 0);
    QTest::qWait(300); // let the charts lay out their axes and legends
    screenshot(window, u"ui-dashboard-en.png"_s);

    // A migration cell (silver → silver) opens the list filtered to exactly those customers.
    qint64 expected = 0;
    for (const auto& m : report->migration)
        if (m.from == u"silver" && m.to == u"silver")
            expected = m.customers;
    REQUIRE(expected > 0);
    const int silver = int(report->tierOrder.indexOf(u"silver"_s));
    dashboard->openMigrationCell(silver, silver);
    CHECK(window.customerModel()->totalCount() == expected);
    screenshot(window, u"ui-dashboard-drilldown-en.png"_s);
}

TEST_CASE("the dashboard in Chinese", "[ui][dashboard][i18n]")
{
    QSettings().clear();
    const clientele::test::ChineseUi chinese;
    {
        QTemporaryDir dir;
        ui::MainWindow window(demoDatabase(dir));
        window.resize(1400, 1000);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showDashboard();
        REQUIRE(QTest::qWaitFor([&] { return window.dashboard()->data().has_value(); }, 30000));
        QTest::qWait(300);
        CHECK(window.dashboard()->kpiValue(u"revenue_12m"_s).startsWith(u"¥"_s));
        screenshot(window, u"ui-dashboard-zh.png"_s);
    }
}
