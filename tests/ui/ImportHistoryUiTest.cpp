#include "UiSupport.h"

#include "import/ImportHistoryDialog.h"
#include "io/ImportService.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::answerNextMessageBox;
using clientele::test::MessageBoxAnswer;
using clientele::test::screenshot;

namespace {
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile file(dir.filePath(name));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return file.fileName();
}

qint64 imported(core::storage::Database& db, core::io::ImportKind kind, const QString& path)
{
    core::io::ImportOptions options;
    options.kind = kind;
    auto outcome = core::io::ImportService::run(db, path, options);
    REQUIRE(outcome.ok());
    return outcome->report.batchId;
}

void selectBatch(QTableWidget& table, qint64 batch)
{
    for (int row = 0; row < table.rowCount(); ++row)
        if (table.item(row, 0)->data(Qt::UserRole).toLongLong() == batch) {
            table.selectRow(row);
            return;
        }
    FAIL("import not listed");
}
} // namespace

TEST_CASE("an import can be undone later from the import history, newest first, asked first", "[ui][import]")
{
    QTemporaryDir dir;
    auto db = test::newShop(dir);
    {
        ui::ImportHistoryDialog empty(*db);
        empty.show();
        REQUIRE(QTest::qWaitForWindowExposed(&empty));
        CHECK(empty.findChild<QLabel*>(u"importHistoryEmpty"_s)->isVisible());
        CHECK_FALSE(empty.findChild<QPushButton*>(u"importHistoryUndo"_s)->isEnabled());
    }
    const qint64 customers = imported(*db, core::io::ImportKind::Customers,
                                      writeFile(dir, u"会员.csv"_s, "会员卡号,姓名,手机号\nA1,张丽,13800001111\nA2,王伟,13800002222\n"));
    const qint64 orders = imported(*db, core::io::ImportKind::Orders,
                                   writeFile(dir, u"orders.csv"_s, "订单号,会员卡号,下单时间,实付金额\nN1,A1,2026-11-02,88\n"));

    ui::ImportHistoryDialog dialog(*db);
    QSignalSpy changed(&dialog, &ui::ImportHistoryDialog::databaseChanged);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(u"importHistoryTable"_s);
    auto* undo = dialog.findChild<QPushButton*>(u"importHistoryUndo"_s);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->data(Qt::UserRole).toLongLong() == orders); // newest first
    CHECK(table->item(1, 3)->text() == u"会员.csv"_s);
    CHECK(table->item(1, 5)->text() == u"2"_s); // added
    screenshot(dialog, u"ui-import-history-en.png"_s);

    // The customers' orders came later: that undo is refused with the reason, nothing changes.
    selectBatch(*table, customers);
    REQUIRE(undo->isEnabled());
    MessageBoxAnswer asked, refused;
    answerNextMessageBox(asked, QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(asked.seen);
    CHECK(asked.defaultButton == QMessageBox::No); // Enter keeps the import
    answerNextMessageBox(refused);
    REQUIRE(QTest::qWaitFor([&] { return refused.seen; }, 30000));
    CHECK(core::storage::CustomerRepository(*db).count().value() == 2);

    // Enter on the question keeps the import.
    selectBatch(*table, orders);
    MessageBoxAnswer kept;
    answerNextMessageBox(kept);
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(kept.seen);
    QTest::qWait(200);
    CHECK(core::storage::OrderRepository(*db).count().value() == 1);

    // The orders, then the customers: each undone, the list says so.
    MessageBoxAnswer yes;
    answerNextMessageBox(yes, QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 1; }, 30000));
    CHECK(core::storage::OrderRepository(*db).count().value() == 0);
    selectBatch(*table, orders);
    CHECK(table->item(table->currentRow(), 9)->text().startsWith(u"Undone"_s));
    CHECK_FALSE(undo->isEnabled()); // already undone
    CHECK(dialog.findChild<QLabel*>(u"importHistoryOutcome"_s)->text().contains(u"1 order removed"_s));

    selectBatch(*table, customers);
    MessageBoxAnswer again;
    answerNextMessageBox(again, QMessageBox::Yes);
    QTest::mouseClick(undo, Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return changed.count() == 2; }, 30000));
    CHECK(core::storage::CustomerRepository(*db).count().value() == 0);
    screenshot(dialog, u"ui-import-history-undone-en.png"_s);
    {
        test::ChineseUi chinese;
        ui::ImportHistoryDialog zh(*db);
        zh.show();
        REQUIRE(QTest::qWaitForWindowExposed(&zh));
        CHECK(zh.windowTitle() != u"Import History"_s);
        screenshot(zh, u"ui-import-history-zh.png"_s);
    }
}
