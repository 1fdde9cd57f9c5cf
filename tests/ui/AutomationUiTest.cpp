// Tools ▸ Automation…: the rules listed (the care rules among them), switched off, tried with a
// dry run that writes nothing, a trigger with nothing to do shows an empty preview.
#include "CatchCompat.h"

#include "UiSupport.h"

#include "automation/AutomationDialog.h"
#include "domain/Clock.h"
#include "io/Importer.h"
#include "segmentation/Segmenter.h"
#include "storage/AutomationRepository.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <optional>

using namespace clientele;
using namespace Qt::StringLiterals;

namespace {
qint64 rowsOf(const core::storage::Database& db, const QString& table)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM "_s + table); // table names are the test's own
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}
} // namespace

TEST_CASE("the automation dialog lists, switches and dry-runs rules", "[ui][automation]")
{
    core::Clock::Pinned pinned(QDate(2026, 10, 31));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir, 120);
    ui::AutomationDialog dialog(*db);
    dialog.show();
    auto* list = dialog.findChild<QTableWidget*>(u"automationRules"_s);
    REQUIRE(list);
    CHECK(list->rowCount() == 7); // the built-in rules: six care rules and the survey detractor call-back

    // The birthday rule: a dry run lists customers and what would happen, and saves nothing.
    int birthday = -1;
    const auto rules = core::storage::AutomationRepository(*db).rules().value();
    for (int i = 0; i < rules.size(); ++i)
        if (rules[i].builtin == u"birthday"_s)
            birthday = i;
    REQUIRE(birthday >= 0);
    list->setCurrentCell(birthday, 1);
    const qint64 followUps = rowsOf(*db, u"follow_ups"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"automationDryRun"_s), Qt::LeftButton);
    auto* preview = dialog.findChild<QTableWidget*>(u"automationPreview"_s);
    CHECK(preview->rowCount() > 0);
    CHECK(dialog.findChild<QLabel*>(u"automationPreviewSummary"_s)->text().contains(u"nothing has been saved"_s));
    CHECK(rowsOf(*db, u"follow_ups"_s) == followUps);
    CHECK(rowsOf(*db, u"automation_events"_s) == 0);
    test::screenshot(dialog, u"automation-dialog.png"_s);

    // Switched off from the list.
    list->item(birthday, 0)->setCheckState(Qt::Unchecked);
    CHECK_FALSE(core::storage::AutomationRepository(*db).rule(rules[birthday].id).value().enabled);
    CHECK(dialog.changed());

    // Every trigger is available now (overdue tickets: none in this shop, so nothing to do).
    auto* trigger = dialog.findChild<QComboBox*>(u"automationTrigger"_s);
    trigger->setCurrentIndex(trigger->findData(u"ticket_overdue"_s));
    REQUIRE(trigger->currentData().toString() == u"ticket_overdue"_s);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"automationDryRun"_s), Qt::LeftButton);
    CHECK_FALSE(
        dialog.findChild<QLabel*>(u"automationPreviewSummary"_s)->text().contains(u"not available in this shop yet"_s));
    CHECK(preview->rowCount() == 0);
}

namespace {
template <typename T> T* child(QWidget& parent, const QString& name)
{
    auto* found = parent.findChild<T*>(name);
    REQUIRE(found);
    return found;
}

// The shop of tests/data/figures, imported as a new owner would, then segmented.
std::unique_ptr<core::storage::Database> importedShop(const QTemporaryDir& dir, const QDate& asOf)
{
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    core::io::ImportOptions options;
    options.kind = core::io::ImportKind::Customers;
    REQUIRE(
        core::io::Importer::run(**db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/figures/customers.csv"_s, options).ok());
    options.kind = core::io::ImportKind::Orders;
    REQUIRE(
        core::io::Importer::run(**db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/figures/orders.csv"_s, options).ok());
    REQUIRE(core::segmentation::Segmenter::run(**db, asOf).ok());
    return std::move(db).value();
}
} // namespace

TEST_CASE("a rule is written with labelled controls, not JSON, and saved as the engine reads it", "[ui][automation]")
{
    const QDate asOf(2026, 3, 31);
    core::Clock::Pinned pinned(asOf);
    QTemporaryDir dir;
    auto db = importedShop(dir, asOf);
    ui::AutomationDialog dialog(*db);
    dialog.resize(1024, 700);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(dialog, u"automationNewRule"_s), Qt::LeftButton);
    QTest::keyClicks(QApplication::focusWidget(), u"Lapsed VIPs"_s);

    auto* trigger = child<QComboBox>(dialog, u"automationTrigger"_s);
    trigger->setCurrentIndex(trigger->findData(u"no_purchase"_s));
    auto* days = child<QSpinBox>(dialog, u"param_days"_s);
    CHECK(days->value() == 90); // the kind's default, as a spin box
    days->setValue(60);

    // Two conditions: a tier ticked from the shop's own tiers, tags typed as words.
    auto* add = child<QPushButton>(dialog, u"automationAddCondition"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    auto kinds = dialog.findChildren<QComboBox*>(u"conditionKind"_s);
    REQUIRE(kinds.size() == 2);
    kinds[0]->setCurrentIndex(kinds[0]->findData(u"tier"_s));
    kinds[1]->setCurrentIndex(kinds[1]->findData(u"tags"_s));
    QApplication::processEvents();
    auto frames = dialog.findChildren<QWidget*>(u"automationCondition"_s);
    REQUIRE(frames.size() == 2);
    auto* tiers = frames[0]->findChild<QListWidget*>(u"param_in"_s);
    REQUIRE(tiers);
    REQUIRE(tiers->count() >= 2);
    QString firstTier = tiers->item(0)->data(Qt::UserRole).toString();
    CHECK_FALSE(tiers->item(0)->text() == firstTier); // a label, not the stored key
    // Every tick shows whole, clear of the frame, with no empty rows below the last (up to six).
    QApplication::processEvents();
    const QRect viewport = tiers->viewport()->rect();
    const QRect firstRow = tiers->visualItemRect(tiers->item(0));
    const QRect lastRow = tiers->visualItemRect(tiers->item(qMin(tiers->count(), 6) - 1));
    CHECK(firstRow.top() > viewport.top());
    CHECK(lastRow.bottom() <= viewport.bottom());
    CHECK(viewport.bottom() - lastRow.bottom() < firstRow.height());
    tiers->item(0)->setCheckState(Qt::Checked);
    auto* tags = frames[1]->findChild<QLineEdit*>(u"param_any"_s);
    REQUIRE(tags);
    tags->setFocus();
    tags->insert(u"vip，复购, vip"_s); // typed through an input method: QTest types ASCII only

    auto* action = child<QComboBox>(dialog, u"automationAction"_s);
    action->setCurrentIndex(action->findData(u"add_tag"_s));
    QTest::keyClicks(child<QLineEdit>(dialog, u"param_tag"_s), u" lapsed "_s);
    test::MessageBoxAnswer complaint; // none expected: answered should one come
    test::answerNextMessageBox(complaint, QMessageBox::NoButton, &dialog);
    QTest::mouseClick(child<QPushButton>(dialog, u"automationSave"_s), Qt::LeftButton);
    INFO(complaint.text.toStdString());
    CHECK_FALSE(complaint.seen);
    test::screenshot(dialog, u"automation-rule-editor.png"_s);

    const auto rules = core::storage::AutomationRepository(*db).rules().value();
    const auto saved =
        std::find_if(rules.cbegin(), rules.cend(), [](const auto& r) { return r.name == u"Lapsed VIPs"_s; });
    REQUIRE(saved != rules.cend());
    CHECK(saved->trigger == QJsonObject{{u"kind"_s, u"no_purchase"_s}, {u"days"_s, 60}});
    CHECK(saved->conditions ==
          QJsonArray{QJsonObject{{u"kind"_s, u"tier"_s}, {u"in"_s, QJsonArray{firstTier}}},
                     QJsonObject{{u"kind"_s, u"tags"_s}, {u"any"_s, QJsonArray{u"vip"_s, u"复购"_s}}}});
    CHECK(saved->action == QJsonObject{{u"kind"_s, u"add_tag"_s}, {u"tag"_s, u"lapsed"_s}});
    CHECK_FALSE(saved->enabled); // a new rule starts off

    // Shown again as it was saved; one condition removed and saved again.
    auto* list = child<QTableWidget>(dialog, u"automationRules"_s);
    for (int row = 0; row < list->rowCount(); ++row)
        if (list->item(row, 1)->text() == u"Lapsed VIPs"_s)
            list->setCurrentCell(row, 1);
    CHECK(child<QSpinBox>(dialog, u"param_days"_s)->value() == 60);
    REQUIRE(dialog.findChildren<QWidget*>(u"automationCondition"_s).size() == 2);
    auto* remove =
        dialog.findChildren<QWidget*>(u"automationCondition"_s)[1]->findChild<QPushButton*>(u"conditionRemove"_s);
    REQUIRE(remove);
    CHECK(remove->isEnabled());
    remove->click();
    CHECK(dialog.findChildren<QWidget*>(u"automationCondition"_s).size() == 1);
    auto* save = child<QPushButton>(dialog, u"automationSave"_s);
    save->setFocus(); // from the keyboard this time
    QTest::keyClick(save, Qt::Key_Space);
    INFO(complaint.text.toStdString());
    CHECK(child<QLabel>(dialog, u"automationPreviewSummary"_s)->text() == u"Saved."_s);
    const auto again = core::storage::AutomationRepository(*db).rule(saved->id).value();
    CHECK(again.conditions.size() == 1);
}

TEST_CASE("holidays are a line each; a line that is not understood is named and nothing is saved", "[ui][automation]")
{
    const QDate asOf(2026, 3, 31);
    core::Clock::Pinned pinned(asOf);
    QTemporaryDir dir;
    auto db = importedShop(dir, asOf);
    const test::ChineseUi chinese;
    ui::AutomationDialog dialog(*db);
    dialog.resize(1024, 700);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* list = child<QTableWidget>(dialog, u"automationRules"_s);
    const auto rules = core::storage::AutomationRepository(*db).rules().value();
    int holiday = -1;
    for (int i = 0; i < rules.size(); ++i)
        if (rules[i].builtin == u"holidays"_s)
            holiday = i;
    REQUIRE(holiday >= 0);
    list->setCurrentCell(holiday, 1);
    auto* lines = child<QPlainTextEdit>(dialog, u"param_holidays"_s);
    CHECK(lines->toPlainText().startsWith(u"春节: 20"_s));
    test::screenshot(dialog, u"automation-holidays-zh.png"_s);
    // No stored key shows anywhere in the editor's words.
    for (auto* label : dialog.findChildren<QLabel*>())
        for (const QString& key : {u"days_ahead"_s, u"min_fen"_s, u"kind"_s, u"in ("_s})
            CHECK_FALSE(label->text().contains(key));

    const QJsonObject before = core::storage::AutomationRepository(*db).rule(rules[holiday].id).value().trigger;
    lines->setPlainText(lines->toPlainText() + u"\n端午节：2027-06-09，2027-13-01"_s);
    test::MessageBoxAnswer answer;
    test::answerNextMessageBox(answer);
    QTest::mouseClick(child<QPushButton>(dialog, u"automationSave"_s), Qt::LeftButton);
    CHECK(answer.seen);
    CHECK(answer.text.contains(u"2027-13-01"_s));
    CHECK(answer.text.contains(u"4"_s)); // the line
    CHECK(core::storage::AutomationRepository(*db).rule(rules[holiday].id).value().trigger == before);

    // Written right (a full-width colon and commas, as a Chinese keyboard types them), it is saved.
    lines->setPlainText(lines->toPlainText().replace(u"2027-13-01"_s, u"2028-05-28"_s));
    test::MessageBoxAnswer none;
    test::answerNextMessageBox(none, QMessageBox::NoButton, &dialog);
    QTest::mouseClick(child<QPushButton>(dialog, u"automationSave"_s), Qt::LeftButton);
    INFO(none.text.toStdString());
    CHECK_FALSE(none.seen);
    const QJsonArray holidays =
        core::storage::AutomationRepository(*db).rule(rules[holiday].id).value().trigger.value(u"holidays"_s).toArray();
    REQUIRE(holidays.size() == 4);
    CHECK(holidays[3].toObject() ==
          QJsonObject{{u"name"_s, u"端午节"_s}, {u"dates"_s, QJsonArray{u"2027-06-09"_s, u"2028-05-28"_s}}});
}

TEST_CASE("an edited rule is not lost to Escape or to another rule without asking", "[ui][automation]")
{
    const QDate asOf(2026, 3, 31);
    core::Clock::Pinned pinned(asOf);
    QTemporaryDir dir;
    auto db = importedShop(dir, asOf);
    ui::AutomationDialog dialog(*db);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* list = child<QTableWidget>(dialog, u"automationRules"_s);
    list->setCurrentCell(0, 1);
    const QString shown = list->item(0, 1)->text();

    // Looking is not editing: moving between rules asks nothing (a question here would go unanswered).
    list->setCurrentCell(1, 1);
    list->setCurrentCell(0, 1);

    auto* days = dialog.findChild<QSpinBox*>(u"param_days_ahead"_s);
    REQUIRE(days); // the birthday rule, first in the list
    days->setValue(days->value() + 1);

    test::MessageBoxAnswer stay;
    test::answerNextMessageBox(stay); // Enter: the default
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(stay.seen);
    CHECK(stay.defaultButton == QMessageBox::No);
    CHECK(dialog.isVisible());

    test::MessageBoxAnswer keep;
    test::answerNextMessageBox(keep, QMessageBox::No);
    list->setCurrentCell(1, 1);
    CHECK(keep.seen);
    CHECK(QTest::qWaitFor([&] { return list->currentRow() == 0; }, 2000)); // back on the rule being edited
    CHECK(list->selectionModel()->isRowSelected(0, {}));
    CHECK_FALSE(list->selectionModel()->isRowSelected(1, {}));
    CHECK(list->item(list->currentRow(), 1)->text() == shown);

    test::MessageBoxAnswer leave;
    test::answerNextMessageBox(leave, QMessageBox::Yes);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    CHECK(leave.seen);
    CHECK_FALSE(dialog.isVisible());
}

namespace {
// The letter after '&' in a button's or label's text ('' none); "&&" is a literal ampersand.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i)
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toUpper();
        }
    return {};
}
} // namespace

TEST_CASE("the rule editor by keyboard: Tab runs top to bottom, no Alt letter twice, empty conditions refused",
          "[ui][automation]")
{
    const QDate asOf(2026, 3, 31);
    core::Clock::Pinned pinned(asOf);
    QTemporaryDir dir;
    auto db = importedShop(dir, asOf);
    for (const bool chinese : {false, true}) {
        std::optional<test::ChineseUi> zh;
        if (chinese)
            zh.emplace();
        ui::AutomationDialog dialog(*db);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        QMap<QChar, QString> letters;
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            QString text;
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                text = b->text();
            else if (auto* l = qobject_cast<QLabel*>(w); l && l->buddy())
                text = l->text();
            const QChar letter = mnemonicOf(text);
            if (letter.isNull())
                continue;
            INFO(text.toStdString() << " and " << letters.value(letter).toStdString());
            CHECK_FALSE(letters.contains(letter));
            letters.insert(letter, text);
        }

        QTest::mouseClick(child<QPushButton>(dialog, u"automationNewRule"_s), Qt::LeftButton);
        REQUIRE(dialog.focusWidget() == child<QLineEdit>(dialog, u"automationName"_s));
        auto* trigger = child<QComboBox>(dialog, u"automationTrigger"_s);
        trigger->setCurrentIndex(trigger->findData(u"no_purchase"_s));
        QApplication::processEvents();
        const auto tab = [&dialog] {
            QApplication::processEvents(); // as between two key presses: new rows are shown
            QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
            return dialog.focusWidget();
        };
        CHECK(tab() == trigger);
        CHECK(tab()->objectName() == u"param_days"_s); // the trigger's setting comes next, not last
        CHECK(tab()->objectName() == u"automationAddCondition"_s);
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Space); // a condition row: its kind in focus
        CHECK(dialog.focusWidget()->objectName() == u"conditionKind"_s);
        CHECK(tab()->objectName() == u"param_in"_s);
        CHECK(tab()->objectName() == u"conditionRemove"_s);
        CHECK(tab()->objectName() == u"automationAddCondition"_s);
        CHECK(tab()->objectName() == u"automationAction"_s);
        CHECK(tab()->objectName() == u"param_title"_s);

        // The tier condition with nothing ticked is refused, named, and nothing is saved.
        const qsizetype rules = core::storage::AutomationRepository(*db).rules().value().size();
        test::MessageBoxAnswer refused;
        test::answerNextMessageBox(refused, QMessageBox::NoButton, &dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"automationSave"_s), Qt::LeftButton);
        CHECK(refused.seen);
        CHECK(refused.text.contains(child<QComboBox>(dialog, u"conditionKind"_s)->currentText()));
        CHECK(core::storage::AutomationRepository(*db).rules().value().size() == rules);

        // Tab leaves the rule list instead of walking its cells.
        auto* list = child<QTableWidget>(dialog, u"automationRules"_s);
        test::MessageBoxAnswer discard;
        test::answerNextMessageBox(discard, QMessageBox::Yes, &dialog);
        list->setFocus();
        CHECK(tab() == child<QPushButton>(dialog, u"automationNewRule"_s));
        // Space on a rule in the list switches it (the list's current cell is its On box).
        list->setFocus();
        const bool wasOn = list->item(list->currentRow(), 0)->checkState() == Qt::Checked;
        QTest::keyClick(list, Qt::Key_Space);
        CHECK((list->item(list->currentRow(), 0)->checkState() == Qt::Checked) != wasOn);
        QTest::keyClick(list, Qt::Key_Space); // and back
        dialog.reject();                      // the new rule's edits: "Discard?" answered Yes above if asked
        QApplication::processEvents();
    }
}

TEST_CASE("a ticked choice the shop does not have is marked, not shown as one of its tiers", "[ui][automation]")
{
    core::Clock::Pinned pinned(QDate(2026, 10, 31));
    QTemporaryDir dir;
    auto db = test::demoDatabase(dir, 120); // spend tiers: diamond, gold, silver, dormant
    std::optional<test::ChineseUi> chinese;
    if (GENERATE(false, true))
        chinese.emplace();
    ui::AutomationDialog dialog(*db);
    dialog.resize(1024, 700);
    dialog.show();
    auto* list = dialog.findChild<QTableWidget*>(u"automationRules"_s);
    REQUIRE(list);
    int atRisk = -1;
    const auto rules = core::storage::AutomationRepository(*db).rules().value();
    for (int i = 0; i < rules.size(); ++i)
        if (rules[i].builtin == u"vip_at_risk"_s)
            atRisk = i;
    REQUIRE(atRisk >= 0);
    list->setCurrentCell(atRisk, 1);
    QApplication::processEvents();
    QListWidget* tiers = nullptr;
    for (auto* candidate : dialog.findChildren<QListWidget*>(u"param_in"_s))
        if (candidate->isVisible())
            tiers = candidate;
    REQUIRE(tiers);
    int marked = 0;
    for (int i = 0; i < tiers->count(); ++i) {
        const QListWidgetItem* item = tiers->item(i);
        if (item->data(Qt::UserRole).toString() == u"strategic"_s) {
            ++marked;
            CHECK(item->text().endsWith(chinese ? u"（本店当前没有）"_s : u"(not in this shop now)"_s));
            // whole in its list: the list is wide enough for the marked name
            CHECK(tiers->visualItemRect(item).right() <= tiers->viewport()->width());
            CHECK(tiers->fontMetrics().horizontalAdvance(item->text()) + 30 < tiers->viewport()->width());
            CHECK(item->checkState() == Qt::Checked); // kept as the rule has it
        } else {
            CHECK_FALSE(item->text().contains(chinese ? u"本店当前没有"_s : u"not in this shop"_s));
        }
    }
    CHECK(marked == 1);
    test::screenshot(dialog, chinese ? u"automation-unknown-tier-zh.png"_s : u"automation-unknown-tier-en.png"_s);
}
