// Tools ▸ Automation…: the rules listed (the care rules among them), switched off, tried with a
// dry run that writes nothing, a trigger with nothing to do shows an empty preview.
#include "CatchCompat.h"

#include "UiSupport.h"

#include "automation/AutomationDialog.h"
#include "domain/Clock.h"
#include "storage/AutomationRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

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
    CHECK_FALSE(dialog.findChild<QLabel*>(u"automationPreviewSummary"_s)->text().contains(u"not available in this shop yet"_s));
    CHECK(preview->rowCount() == 0);
}
