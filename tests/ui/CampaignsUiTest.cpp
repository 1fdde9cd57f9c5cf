// The Campaigns page (issue 17): build a campaign in its dialog, export the contact list, work
// through it and mark contacted, and read the results — in English and in Chinese.
#include "ChineseScope.h"
#include "UiSupport.h"

#include "campaigns/AudienceBuilder.h"
#include "campaigns/CampaignDialog.h"
#include "campaigns/CampaignsPage.h"
#include "campaigns/WorkThroughDialog.h"

#include "campaigns/Campaigns.h"
#include "domain/Clock.h"
#include "storage/CustomerRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/InteractionRepository.h"
#include "security/PhoneVisibility.h"
#include "security/Session.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QMessageBox>
#include <QDir>
#include <QToolButton>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {
void buildAndRun(const QString& lang, const QString& message)
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 10, 31), QTime(10, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir);
    ui::CampaignsPage page(*db);
    page.resize(900, 640);
    page.show();
    CHECK(page.list()->rowCount() == 0);

    // A new campaign through its dialog: the audience's size and the checks show live.
    test::whenModal<ui::CampaignDialog>([&](ui::CampaignDialog* dialog) {
        dialog->findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"Autumn win-back"_s);
        // The audience from widgets in the user's language, not typed English keys.
        auto* stage = dialog->findChild<QComboBox*>(u"audienceStage"_s);
        REQUIRE(stage);
        const int atRisk = stage->findData(u"at_risk"_s);
        REQUIRE(atRisk > 0);
        if (lang != u"en"_s)
            CHECK(test::hasCjk(stage->itemText(atRisk)));
        CHECK_FALSE(dialog->findChild<QLineEdit*>(u"filterEdit"_s)->isVisible()); // the text is advanced
        stage->setCurrentIndex(atRisk);
        CHECK(dialog->findChild<QLineEdit*>(u"filterEdit"_s)->text() == u"stage=at_risk"_s);
        QTest::mouseClick(dialog->findChild<QToolButton*>(u"audienceAdvancedButton"_s), Qt::LeftButton);
        CHECK(dialog->findChild<QLineEdit*>(u"filterEdit"_s)->isVisible());
        auto* spend = dialog->findChild<QSpinBox*>(u"audienceSpend"_s);
        spend->setValue(500);
        CHECK(dialog->findChild<QLineEdit*>(u"filterEdit"_s)->text() == u"stage=at_risk;spend_min=500"_s);
        spend->setValue(0);
        CHECK(dialog->findChild<QLineEdit*>(u"filterEdit"_s)->text() == u"stage=at_risk"_s);
        dialog->findChild<QSpinBox*>(u"holdoutSpin"_s)->setValue(20);
        dialog->findChild<QLineEdit*>(u"seedEdit"_s)->setText(u"2026"_s);
        dialog->findChild<QPlainTextEdit*>(u"messageEdit"_s)->setPlainText(message);
        dialog->updatePreview();
        const QString audience = dialog->findChild<QLabel*>(u"audienceLabel"_s)->text();
        CHECK_FALSE(audience.isEmpty());
        const QString checks = dialog->findChild<QLabel*>(u"checksLabel"_s)->text();
        CHECK(checks.contains(lang == u"en"_s ? u"SMS per customer"_s : u"条短信"_s));
        CHECK_FALSE(dialog->findChild<QLabel*>(u"previewLabel"_s)->text().contains(u"{name}"_s));
        test::screenshot(*dialog, u"campaign-dialog-%1.png"_s.arg(lang));
        dialog->accept();
    });
    page.newCampaign();
    REQUIRE(page.list()->rowCount() == 1);
    const qint64 id = page.selectedCampaign();
    REQUIRE(id != 0);
    const auto members = core::storage::CampaignRepository(*db).members(id).value();
    qsizetype holdout = 0;
    for (const auto& m : members)
        holdout += m.holdout ? 1 : 0;
    CHECK(std::abs(double(holdout) - members.size() * 0.2) <= 1.0);
    // Just created: a contact group, nobody marked contacted — the list agrees with the page's text.
    const QLocale locale;
    CHECK(page.list()->item(0, 1)->text() == locale.toString(members.size() - holdout));
    CHECK(page.list()->item(0, 2)->text() == locale.toString(0));
    // The audience in words, in the reader's language; never the raw filter text.
    const QString created = page.resultsView()->toPlainText();
    INFO(created.toStdString());
    CHECK_FALSE(created.contains(u"stage="_s));
    if (lang == u"en"_s)
        CHECK(created.contains(u"Audience: lifecycle stage At risk"_s));

    // Export: the contacted group only.
    const QString path = dir.filePath(u"list.csv"_s);
    QStringList messages;
    QObject::connect(&page, &ui::Page::message, [&](const QString& text, int) { messages.append(text); });
    page.exportSelected(path);
    // It says where the list went, as the customer list's export does.
    REQUIRE(messages.size() == 1);
    CHECK(messages.first().contains(QDir::toNativeSeparators(path)));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(f.readAll()).count(u"\r\n"_s) == members.size() - holdout + 1);

    // Work through: copy and mark the first one; it shows as contacted and on the timeline.
    test::whenModal<ui::WorkThroughDialog>([&](ui::WorkThroughDialog* dialog) {
        QTableWidget* table = dialog->table();
        CHECK(table->rowCount() == members.size() - holdout);
        table->selectRow(0);
        const qint64 first = table->item(0, 0)->data(Qt::UserRole).toLongLong();
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"copyMessageButton"_s), Qt::LeftButton);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"markContactedButton"_s), Qt::LeftButton);
        CHECK_FALSE(table->item(0, 3)->text().isEmpty());
        CHECK(table->item(1, 3)->text().isEmpty());
        const auto logged = core::storage::InteractionRepository(*db).forCustomer(first).value();
        CHECK(std::any_of(logged.cbegin(), logged.cend(), [](const auto& i) { return i.summary.contains(u"Autumn"_s); }));
        test::screenshot(*dialog, u"campaign-work-through-%1.png"_s.arg(lang));
        dialog->reject();
    });
    page.workThrough();
    CHECK(page.list()->item(0, 2)->text() == locale.toString(1)); // one marked, the group unchanged
    CHECK(page.list()->item(0, 1)->text() == locale.toString(members.size() - holdout));

    // The date asked for Mark All Contacted cannot be after today.
    test::whenModal<QDialog>([&](QDialog* ask) {
        auto* edit = ask->findChild<QDateEdit*>(u"contactDateEdit"_s);
        REQUIRE(edit);
        CHECK(edit->maximumDate() == QDate(2026, 10, 31));
        edit->setDate(QDate(2026, 11, 9));
        CHECK(edit->date() == QDate(2026, 10, 31));
        ask->reject();
    });
    page.markAllContacted();

    // Everyone else contacted three weeks ago: the window has closed, the results show.
    page.markAllContacted(QDate(2026, 10, 10));
    const auto c = core::storage::CampaignRepository(*db).find(id).value();
    CHECK(c->contactedOn == QDate(2026, 10, 10)); // the earliest contact
    CHECK(page.resultsView()->toPlainText().contains(u"Wald"_s));
    const QString results = page.resultsView()->toPlainText();
    INFO(results.toStdString());
    CHECK(page.list()->item(0, 5)->text() != u"—"_s);
    CHECK(page.list()->item(0, 2)->text() == locale.toString(members.size() - holdout));
    test::screenshot(page, u"campaigns-page-%1.png"_s.arg(lang));
}
} // namespace

TEST_CASE("a campaign is built, exported, worked through and measured", "[campaigns]")
{
    buildAndRun(u"en"_s, u"Hi {name}, we miss you: 10% off this week."_s);
}

TEST_CASE("the campaigns page speaks Chinese", "[campaigns]")
{
    test::ChineseUi chinese;
    buildAndRun(u"zh_CN"_s, u"{name}您好，好久不见，本周到店九折。拒收请回复R"_s);
}

TEST_CASE("the contact list shows who cannot be reached by phone; the dialog counts one customer", "[campaigns]")
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 12, 2), QTime(10, 0)));
    QTemporaryDir dir;
    auto opened = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(opened.ok());
    auto& db = **opened;
    const auto add = [&](const QString& name, const QString& phone, bool valid) {
        core::Customer c;
        c.name = name;
        c.phone = phone;
        c.phoneValid = valid;
        c.marketingConsent = true;
        REQUIRE(core::storage::CustomerRepository(db).insert(c).ok());
    };
    add(u"张伟"_s, u"13800138000"_s, true);
    add(u"王芳"_s, u"12345"_s, false);
    add(u"陈静"_s, QString(), true);
    add(u"赵磊"_s, u"138001380"_s, false);
    core::campaigns::NewCampaign n;
    n.name = u"流失挽回"_s;
    n.holdoutPercent = 0;
    n.message = u"{name}您好，余额{balance}元。拒收请回复R"_s;
    const qint64 id = core::campaigns::Campaigns::create(db, n).value();

    ui::WorkThroughDialog work(db, id);
    QTableWidget* table = work.table();
    REQUIRE(table->rowCount() == 4);
    QStringList phones, why;
    for (int row = 0; row < 4; ++row) {
        phones.append(table->item(row, 1)->text());
        why.append(table->item(row, 1)->toolTip());
    }
    CHECK(phones[0] == u"13800138000"_s); // the owner (no accounts) sees full numbers
    CHECK(phones[1] == u"not reachable by phone (not a valid mobile number)"_s);
    CHECK(phones[2] == u"not reachable by phone (no number)"_s);
    CHECK(phones[3] == u"not reachable by phone (not a valid mobile number)"_s);
    CHECK(why[1] == u"Recorded as 12345"_s);
    CHECK(why[2].isEmpty());
    CHECK(why[3] == u"Recorded as 138001380"_s);
    CHECK(work.findChild<QLabel*>(u"workStatus"_s)->text().contains(u"3 not reachable by phone"_s));

    // The exported list says it in the same words, with the phone left empty (one rule in the core).
    const QString path = dir.filePath(u"list.csv"_s);
    const auto written = core::campaigns::Campaigns::exportCsv(db, id, path, core::io::CsvWriter::Encoding::Utf8);
    REQUIRE(written.ok());
    CHECK(written->noPhone == 3);
    QFile csv(path);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    for (int row = 0; row < 4; ++row) {
        const QStringList cells = lines[row + 1].split(u',');
        CHECK(cells.value(1) == table->item(row, 0)->text());
        CHECK(cells.value(2) == (row == 0 ? phones[0] : QString()));
        CHECK(cells.value(3) == (row == 0 ? QString() : phones[row]));
    }
    CHECK_FALSE(table->item(1, 2)->text().contains(u"¥"_s)); // "余额0元", not "¥0元"
    test::screenshot(work, u"campaign-work-through-unreachable.png"_s);

    ui::CampaignDialog dialog(db);
    dialog.findChild<QLineEdit*>(u"filterEdit"_s)->setText(u"search=张伟"_s);
    dialog.updatePreview();
    const QString audience = dialog.findChild<QLabel*>(u"audienceLabel"_s)->text();
    INFO(audience.toStdString());
    CHECK(audience.startsWith(u"1 customer: 1 to contact"_s));
}

TEST_CASE("working through a campaign, staff see phones masked as in the customer list", "[campaigns][security]")
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 12, 2), QTime(10, 0)));
    QTemporaryDir dir;
    auto opened = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(opened.ok());
    auto& db = **opened;
    const auto add = [&](const QString& name, const QString& phone, bool valid) {
        core::Customer c;
        c.name = name;
        c.phone = phone;
        c.phoneValid = valid;
        c.marketingConsent = true;
        REQUIRE(core::storage::CustomerRepository(db).insert(c).ok());
    };
    add(u"张伟"_s, u"13800138000"_s, true);
    add(u"王芳"_s, u"12345"_s, false);
    core::campaigns::NewCampaign n;
    n.name = u"回访"_s;
    n.holdoutPercent = 0;
    n.message = u"{name}您好。拒收请回复R"_s;
    const qint64 id = core::campaigns::Campaigns::create(db, n).value();

    const auto shown = [&] {
        ui::WorkThroughDialog work(db, id);
        QStringList out;
        for (int row = 0; row < work.table()->rowCount(); ++row)
            out << work.table()->item(row, 1)->text() << work.table()->item(row, 1)->toolTip();
        return out;
    };
    // The owner sees the full number.
    core::security::Session::signIn(u"boss"_s, core::security::Role::Owner);
    CHECK(shown() == QStringList{u"13800138000"_s, QString(), u"not reachable by phone (not a valid mobile number)"_s,
                                 u"Recorded as 12345"_s});
    // Staff may not: masked like the customer list, the invalid number's tooltip too.
    core::security::Session::signIn(u"anna"_s, core::security::Role::Staff);
    const QStringList staff = shown();
    core::security::Session::signOut();
    CHECK(staff == QStringList{u"138****8000"_s, QString(), u"not reachable by phone (not a valid mobile number)"_s,
                               u"Recorded as ***45"_s});
    CHECK(staff[0] == core::security::PhoneVisibility::shown(u"13800138000"_s, false));
    for (const QString& text : staff)
        CHECK_FALSE(text.contains(u"13800138000"_s));
}

TEST_CASE("staff get no contact-list export on the campaigns page; owners do", "[ui][campaigns][security]")
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 10, 31), QTime(10, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir);
    core::campaigns::NewCampaign n;
    n.name = u"回访"_s;
    n.holdoutPercent = 0;
    n.message = u"{name}您好。拒收请回复R"_s;
    REQUIRE(core::campaigns::Campaigns::create(*db, n).ok());
    const auto exportShown = [&](core::security::Role role) {
        core::security::Session::signIn(u"someone"_s, role);
        ui::CampaignsPage page(*db);
        page.show();
        page.list()->selectRow(0);
        auto* button = page.findChild<QPushButton*>(u"exportCampaignButton"_s);
        REQUIRE(button);
        QAction* action = nullptr;
        for (QAction* a : page.pageActions())
            if (a->text().contains(u"Export"_s))
                action = a;
        REQUIRE(action);
        const bool shown = button->isVisible() && button->isEnabled() && action->isVisible() && action->isEnabled();
        const bool hidden = !button->isVisible() && !action->isVisible() && !action->isEnabled();
        core::security::Session::signOut();
        REQUIRE(shown != hidden);
        return shown;
    };
    CHECK(exportShown(core::security::Role::Owner));
    CHECK_FALSE(exportShown(core::security::Role::Staff));
}

namespace {
// Every label that leads to a control and every button has an Alt+letter, and no two in the dialog
// share one (Qt would cycle between them instead of acting).
void checkMnemonics(QWidget& dialog, const QStringList& exempt = {})
{
    QHash<QString, QString> seen; // Alt+X → the text that has it
    const auto note = [&](const QString& text) {
        const QString key = QKeySequence::mnemonic(text).toString();
        if (key.isEmpty())
            return;
        INFO(text.toStdString() << " and " << seen.value(key).toStdString() << " share " << key.toStdString());
        CHECK_FALSE(seen.contains(key));
        seen.insert(key, text);
    };
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        const QWidget* buddy = label->buddy();
        if (buddy && ((buddy->focusPolicy() & Qt::TabFocus) || buddy->focusProxy())) { // reachable by keyboard
            INFO(label->text().toStdString());
            CHECK_FALSE(QKeySequence::mnemonic(label->text()).isEmpty());
        }
        note(label->text());
    }
    for (const QAbstractButton* button : dialog.findChildren<QAbstractButton*>()) {
        if (button->text().isEmpty() || exempt.contains(button->text()))
            continue;
        INFO(button->text().toStdString());
        CHECK_FALSE(QKeySequence::mnemonic(button->text()).isEmpty());
        note(button->text());
    }
}

void checkDialogKeys(const QString& lang)
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 10, 31), QTime(10, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir);
    ui::CampaignDialog dialog(*db);
    dialog.show();
    // The standard Cancel/Close text comes from Qt (its own "&Cancel" on some desktops).
    const QDialogButtonBox* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box);
    checkMnemonics(dialog, {box->button(QDialogButtonBox::Cancel)->text()});
    if (lang != u"en"_s)
        CHECK(dialog.findChild<QPushButton*>(u"saveFilterButton"_s)->text().contains(u"(&F)"_s));
    // The Audience mnemonic reaches the first condition.
    auto* nameLabel = qobject_cast<QLabel*>(
        dialog.findChild<QFormLayout*>()->labelForField(dialog.findChild<ui::AudienceBuilder*>()));
    REQUIRE(nameLabel);
    CHECK(nameLabel->buddy()->focusProxy() == dialog.findChild<QComboBox*>(u"audienceTier"_s));

    const qint64 id =
        core::campaigns::Campaigns::create(*db, {u"keys"_s, QString(), 10, 1, u"Hi {name}"_s, QString(), 14}).value();
    ui::WorkThroughDialog work(*db, id);
    work.show();
    const QDialogButtonBox* closeBox = work.findChild<QDialogButtonBox*>();
    REQUIRE(closeBox);
    checkMnemonics(work, {closeBox->button(QDialogButtonBox::Close)->text()});
    CHECK_FALSE(QKeySequence::mnemonic(work.findChild<QPushButton*>(u"copyMessageButton"_s)->text()).isEmpty());
    CHECK_FALSE(QKeySequence::mnemonic(work.findChild<QPushButton*>(u"markContactedButton"_s)->text()).isEmpty());
}
} // namespace

TEST_CASE("the campaign and work-through dialogs have a distinct Alt+letter for each label and button", "[campaigns][keys]")
{
    checkDialogKeys(u"en"_s);
}

TEST_CASE("in Chinese the campaign dialogs' Alt+letters read (&X) and do not clash", "[campaigns][keys][i18n]")
{
    test::ChineseUi chinese;
    checkDialogKeys(u"zh_CN"_s);
}

TEST_CASE("Esc, Cancel or closing a filled-in campaign asks first; an empty one just closes", "[campaigns]")
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 10, 31), QTime(10, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir);
    {
        ui::CampaignDialog empty(*db);
        empty.show();
        CHECK_FALSE(empty.isModified());
        QTest::keyClick(&empty, Qt::Key_Escape); // nothing entered: no question
        CHECK_FALSE(empty.isVisible());
        CHECK(empty.result() == QDialog::Rejected);
    }
    ui::CampaignDialog dialog(*db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QPlainTextEdit*>(u"messageEdit"_s)->setPlainText(u"Hi {name}"_s);
    CHECK(dialog.isModified());
    QString asked;
    bool keepIsDefault = false;
    // Esc: the question, "Keep Editing" the default; taking it keeps the dialog and its text.
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        asked = box->text();
        keepIsDefault = box->defaultButton() == box->findChild<QPushButton*>(u"keepEditing"_s);
        CHECK(box->findChild<QPushButton*>(u"saveChanges"_s) == nullptr);
        box->findChild<QPushButton*>(u"keepEditing"_s)->click();
    });
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(asked == u"Discard this campaign?"_s);
    CHECK(keepIsDefault);
    CHECK(dialog.isVisible());
    CHECK(dialog.findChild<QPlainTextEdit*>(u"messageEdit"_s)->toPlainText() == u"Hi {name}"_s);
    // The window's close button asks too.
    asked.clear();
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        asked = box->text();
        box->findChild<QPushButton*>(u"keepEditing"_s)->click();
    });
    dialog.close();
    CHECK_FALSE(asked.isEmpty());
    CHECK(dialog.isVisible());
    // Cancel, then Discard: gone, nothing created.
    test::whenModal<QMessageBox>([](QMessageBox* box) { box->findChild<QPushButton*>(u"discardChanges"_s)->click(); });
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    CHECK_FALSE(dialog.isVisible());
    CHECK(core::storage::CampaignRepository(*db).list().value().isEmpty());
}

TEST_CASE("the dialog's empty-{coupon} count is the export's: the whole group to contact", "[campaigns]")
{
    const core::Clock::Pinned today(QDateTime(QDate(2026, 10, 31), QTime(10, 0)));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir);
    ui::CampaignsPage page(*db);
    QString inDialog;
    test::whenModal<ui::CampaignDialog>([&](ui::CampaignDialog* dialog) {
        dialog->findChild<QLineEdit*>(u"nameEdit"_s)->setText(u"Coupons"_s);
        dialog->findChild<QLineEdit*>(u"seedEdit"_s)->setText(u"11"_s);
        dialog->findChild<QPlainTextEdit*>(u"messageEdit"_s)->setPlainText(u"Hi {name}, {coupon}"_s);
        dialog->updatePreview();
        inDialog = dialog->findChild<QLabel*>(u"checksLabel"_s)->text();
        dialog->accept();
    });
    page.newCampaign();
    const auto c = core::storage::CampaignRepository(*db).find(page.selectedCampaign()).value();
    REQUIRE(c);
    REQUIRE(c->contacted > 200); // more than the dialog once sampled
    const QString count = u"{coupon} is empty for %1 customers"_s.arg(QLocale().toString(c->contacted));
    INFO(inDialog.toStdString());
    CHECK(inDialog.contains(count));
    QString inExport;
    test::whenModal<QMessageBox>([&](QMessageBox* box) {
        inExport = box->text();
        box->button(QMessageBox::No)->click();
    });
    page.exportSelected();
    CHECK(inExport.contains(count));
}
