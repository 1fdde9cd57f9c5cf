// Duplicates: the profile's merge dialog warns about records that contradict each other and does
// not propose them; Tools ▸ Find Duplicates lists the shop's pairs and merges the checked ones
// through the undoable merge.
#include "UiSupport.h"

#include "dialogs/FindDuplicatesDialog.h"
#include "dialogs/MergeDialog.h"
#include "storage/CustomerRepository.h"
#include "views/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;
using clientele::test::whenModal;

namespace {
qint64 add(core::storage::Database& db, const QString& name, const QString& phone, const QDate& birthday,
           const QString& city)
{
    core::Customer c;
    c.name = name;
    c.phone = phone;
    c.birthday = birthday;
    c.city = city;
    const auto id = core::storage::CustomerRepository(db).insert(c);
    REQUIRE(id.ok());
    return *id;
}
} // namespace

TEST_CASE("the merge dialog flags a namesake born elsewhere and another year and does not pick it", "[ui][merge]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto db = demoDatabase(dir, 40);
    const qint64 shanghai = add(*db, u"谢秀英"_s, u"13900000001"_s, QDate(1965, 3, 2), u"上海"_s);
    add(*db, u"谢秀英"_s, u"13900000002"_s, QDate(1992, 7, 11), u"广州"_s);
    ui::MergeDialog merge(*db, shanghai);
    merge.show();
    REQUIRE(QTest::qWaitForWindowExposed(&merge));
    REQUIRE(merge.candidateCount() == 1);
    auto* list = merge.findChild<QListWidget*>(u"duplicateList"_s);
    REQUIRE(list);
    CHECK(list->selectedItems().isEmpty()); // not proposed
    CHECK_FALSE(merge.findChild<QPushButton*>(u"mergeIntoThis"_s)->isEnabled());
    CHECK(list->item(0)->text().contains(u"1965-03-02 / 1992-07-11"_s));
    CHECK(list->item(0)->text().contains(u"上海 / 广州"_s));
    CHECK(list->item(0)->text().contains(u"139****0002"_s)); // phones masked as in the list
    CHECK_FALSE(merge.mergeSelected());
    screenshot(merge, u"ui-merge-conflict-en.png"_s);
}

TEST_CASE("Tools ▸ Find Duplicates lists the shop's pairs, merges the checked one and undoes it", "[ui][merge]")
{
    QSettings().clear();
    QTemporaryDir dir;
    ui::MainWindow window(demoDatabase(dir, 40));
    auto& db = window.database();
    const qint64 a = add(db, u"谢秀英"_s, u"13900000001"_s, QDate(1965, 3, 2), u"上海"_s);
    add(db, u"谢秀英"_s, u"13900000002"_s, QDate(1992, 7, 11), u"广州"_s);
    const qint64 twin = add(db, u"谢秀英"_s, u"13900000001"_s, QDate(1965, 3, 2), u"上海"_s);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* action = window.findChild<QAction*>(u"findDuplicatesAction"_s);
    REQUIRE(action);

    bool handled = false;
    whenModal<ui::FindDuplicatesDialog>([&](ui::FindDuplicatesDialog* dialog) {
        handled = true;
        CHECK(dialog->objectName() == u"findDuplicatesDialog"_s);
        auto* table = dialog->findChild<QTableWidget*>(u"duplicatePairs"_s);
        REQUIRE(table);
        REQUIRE(table->rowCount() == dialog->pairCount());
        int ours = -1;
        int conflicting = 0;
        for (int row = 0; row < dialog->pairCount(); ++row) {
            const auto& p = dialog->pair(row);
            if (p.second.conflicting()) {
                ++conflicting;
                CHECK_FALSE(dialog->isChecked(row)); // never proposed
                CHECK(table->item(row, 4)->text().contains(u"probably another person"_s));
            }
            if (p.first.id == a && p.second.customer.id == twin)
                ours = row;
            else
                dialog->setChecked(row, false);
        }
        CHECK(conflicting >= 2);
        REQUIRE(ours >= 0);
        CHECK(dialog->isChecked(ours)); // same phone, nothing contradicts
        screenshot(*dialog, u"ui-find-duplicates-en.png"_s);
        CHECK(dialog->mergeChecked() == 1);
        CHECK_FALSE(core::storage::CustomerRepository(db).findById(twin).value().has_value());
        auto* undo = dialog->findChild<QPushButton*>(u"undoLastMerge"_s);
        REQUIRE(undo);
        CHECK(undo->isEnabled());
        undo->click();
        INFO(dialog->findChild<QLabel*>(u"findDuplicatesStatus"_s)->text().toStdString());
        CHECK(core::storage::CustomerRepository(db).findById(twin).value().has_value());
        dialog->reject();
    });
    action->trigger();
    CHECK(handled);
}
