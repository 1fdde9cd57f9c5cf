// The counter (issue 16) from the keyboard, in an empty shop: enrol a member, top up, ring up a
// sale with its preview, save the receipt as PDF (rendered to PNG beside the screenshots).
#include "TestSupport.h"
#include "UiSupport.h"

#include "counter/CounterPage.h"
#include "counter/MemberLedgerPanel.h"
#include "counter/Receipt.h"
#include "domain/Clock.h"
#include "member/Coupons.h"
#include "member/SaleService.h"
#include "pages/Page.h"
#include "storage/CustomerRepository.h"
#include "stores/StoreService.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"
#include "report/Figures.h"
#include "storage/CustomerQueries.h"
#include "widgets/CustomerPicker.h"
#include "ChineseScope.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QProcess>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTabWidget>
#include <QHeaderView>
#include <QTabBar>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::screenshot;
using clientele::test::whenModal;

using clientele::test::newShop;

TEST_CASE("the counter rings up a sale from the keyboard and prints its receipt to PDF", "[ui][counter]")
{
    core::Clock::Pinned pin(QDate(2026, 12, 1));
    QTemporaryDir dir;
    const auto shop = newShop(dir);
    core::storage::Database& db = *shop;

    const auto pages = ui::registeredPages();
    const auto counterSpec = std::find_if(pages.begin(), pages.end(), [](const ui::PageSpec& p) {
        return p.objectName == u"counter"_s;
    });
    REQUIRE(counterSpec != pages.end());
    CHECK(counterSpec->shortcut == QKeySequence(Qt::CTRL | Qt::Key_4));

    ui::CounterPage page(db);
    page.resize(1000, 640);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();

    // a new member in seconds: Ctrl+Shift+N, name, Tab, phone, Enter
    bool dialogSeen = false;
    whenModal<QDialog>([&](QDialog* dialog) {
        dialogSeen = dialog->objectName() == u"newMemberDialog"_s;
        dialog->findChild<QLineEdit*>(u"newMemberName"_s)->insert(u"王芳"_s); // as an input method commits it
        auto* phone = dialog->findChild<QLineEdit*>(u"newMemberPhone"_s);
        phone->setFocus();
        QTest::keyClicks(phone, u"13800001111"_s);
        QTest::keyClick(phone, Qt::Key_Return);
    });
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(dialogSeen);
    auto* info = page.findChild<QLabel*>(u"counterMemberInfo"_s);
    REQUIRE(info);
    REQUIRE(QTest::qWaitFor([&] { return info->text().contains(u"M000001"_s); }, 5000));
    CHECK(info->text().contains(u"王芳"_s));

    // top up ¥1,000: the bonus shows before it is confirmed
    auto* topUp = page.findChild<QLineEdit*>(u"counterTopUpAmount"_s);
    topUp->setFocus();
    QTest::keyClicks(topUp, u"1000"_s);
    CHECK(page.findChild<QLabel*>(u"counterTopUpPreview"_s)->text().contains(u"¥150"_s));
    QTest::keyClick(topUp, Qt::Key_Return); // Enter goes to the button, it takes nothing yet
    CHECK(page.focusWidget() == page.findChild<QPushButton*>(u"counterTopUp"_s));
    CHECK_FALSE(info->text().contains(u"¥1,150"_s));
    QTest::keyClick(page.focusWidget(), Qt::Key_Return); // the second Enter tops up
    CHECK(info->text().contains(u"¥1,150"_s));
    // the answer stays in the top-up box, where the amount was typed
    CHECK(page.findChild<QLabel*>(u"counterTopUpPreview"_s)->text() == u"Topped up ¥1,000 with a bonus of ¥150."_s);
    screenshot(page, u"ui-counter-topped-up-en.png"_s);
    topUp->setFocus();
    QTest::keyClick(topUp, Qt::Key_Return); // nothing typed: asked for an amount, right there
    CHECK(page.findChild<QLabel*>(u"counterTopUpPreview"_s)->text().contains(u"Type the amount to top up"_s));

    // ring up ¥300, ¥100 of it from stored value: the preview first, then Enter
    auto* amount = page.findChild<QLineEdit*>(u"counterAmount"_s);
    amount->setFocus();
    QTest::keyClicks(amount, u"300"_s);
    QTest::keyClick(amount, Qt::Key_Tab); // paid by
    QTest::keyClick(page.focusWidget(), Qt::Key_Down); // card
    QTest::keyClick(page.focusWidget(), Qt::Key_Tab); // coupon (none held)
    CHECK(page.focusWidget()->objectName() == u"counterCoupon"_s);
    QTest::keyClick(page.focusWidget(), Qt::Key_Tab); // points
    QTest::keyClick(page.focusWidget(), Qt::Key_Tab); // stored value
    auto* fromBalance = page.findChild<QLineEdit*>(u"counterPayBalance"_s);
    REQUIRE(page.focusWidget() == fromBalance);
    QTest::keyClicks(fromBalance, u"100"_s);
    const QString preview = page.findChild<QLabel*>(u"counterPreview"_s)->text();
    CHECK(preview.contains(u"¥86.96"_s));  // principal's share
    CHECK(preview.contains(u"286"_s));     // points earned
    screenshot(page, u"ui-counter-preview-en.png"_s);
    CHECK_FALSE(page.lastSale().has_value());
    QTest::keyClick(fromBalance, Qt::Key_Return); // Enter goes to Confirm: one key rings up nothing
    CHECK_FALSE(page.lastSale().has_value());
    REQUIRE(page.focusWidget() == page.findChild<QPushButton*>(u"counterConfirm"_s));
    QTest::keyClick(page.focusWidget(), Qt::Key_Return);
    REQUIRE(page.lastSale().has_value());
    const auto& sale = *page.lastSale();
    CHECK(sale.orderNo == u"S20261201-0001"_s);
    CHECK(sale.payMethod == u"card"_s);
    CHECK(sale.paidPrincipal == 8696);
    CHECK(sale.paidBonus == 1304);
    CHECK(sale.paidOther == 20000);
    CHECK(sale.pointsEarned == 286);
    // the ledgers say what the receipt says
    auto held = core::member::SaleService::balance(db, 1);
    REQUIRE(held.ok());
    CHECK(held->principal == sale.balance.principal);
    CHECK(held->bonus == sale.balance.bonus);
    screenshot(page, u"ui-counter-sold-en.png"_s);

    // the receipt on an 80 mm roll, as PDF: real text, looked at as PNG
    const QString pdf = dir.filePath(u"receipt.pdf"_s);
    REQUIRE(page.saveReceiptPdf(pdf).ok());
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.waitForFinished(30000));
    const QString receipt = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(receipt.contains(u"S20261201-0001"_s));
    CHECK(receipt.contains(u"M000001"_s));
    CHECK(receipt.contains(u"王芳"_s));
    CHECK(receipt.contains(u"¥86.96"_s));
    QProcess::execute(u"pdftoppm"_s, {u"-r"_s, u"100"_s, u"-png"_s, u"-singlefile"_s, pdf,
                                      QStringLiteral(CLIENTELE_TEST_OUTPUT) + u"/ui-counter-receipt-80mm"_s});

    // a coupon from the picker: the preview shows its discount before the sale is confirmed
    core::CouponType type;
    type.name = u"满200减20"_s;
    type.amount = 2000;
    type.minSpend = 20000;
    type.validDays = 30;
    auto typeId = core::member::Coupons::addType(db, type);
    REQUIRE(typeId.ok());
    auto issued = core::member::Coupons::issue(db, *typeId, {1}, core::Clock::today());
    REQUIRE(issued.ok());
    const QString code = issued->coupons.first().code;
    page.refresh();
    CHECK(info->text().contains(u"1 coupon"_s));
    auto* couponBox = page.findChild<QComboBox*>(u"counterCoupon"_s);
    REQUIRE(couponBox);
    REQUIRE(couponBox->count() == 2);
    amount->setFocus();
    QTest::keyClicks(amount, u"250"_s);
    couponBox->setFocus();
    QTest::keyClick(couponBox, Qt::Key_Down);
    CHECK(couponBox->currentData().toString() == code);
    const QString couponPreview = page.findChild<QLabel*>(u"counterPreview"_s)->text();
    CHECK(couponPreview.contains(u"¥20 "_s));
    CHECK(couponPreview.contains(u"¥230"_s));
    screenshot(page, u"ui-counter-coupon-en.png"_s);
    amount->setFocus();
    QTest::keyClick(amount, Qt::Key_Return); // Enter, Enter: confirms what the preview shows
    QTest::keyClick(page.focusWidget(), Qt::Key_Return);
    REQUIRE(page.lastSale().has_value());
    CHECK(page.lastSale()->couponCode == code);
    CHECK(page.lastSale()->couponDiscount == 2000);
    CHECK(couponBox->count() == 1); // used: no longer offered
    const QString couponPdf = dir.filePath(u"coupon.pdf"_s);
    REQUIRE(page.saveReceiptPdf(couponPdf).ok());
    QProcess couponText;
    couponText.start(u"pdftotext"_s, {u"-layout"_s, couponPdf, u"-"_s});
    REQUIRE(couponText.waitForFinished(30000));
    CHECK(QString::fromUtf8(couponText.readAllStandardOutput()).contains(u"-¥20"_s));

    // the profile's Member tab lists the ledgers
    ui::MemberLedgerPanel panel(db, 1);
    auto* ledgers = panel.findChild<QTableWidget*>(u"memberLedgers"_s);
    REQUIRE(ledgers);
    CHECK(ledgers->rowCount() == 4); // top-up, payment, points earned twice
    auto* sales = panel.findChild<QTableWidget*>(u"memberSales"_s);
    CHECK(sales->rowCount() == 2);

    // refund from the profile: the confirmation shows what comes back, then the ledgers have it
    auto* refund = panel.findChild<QPushButton*>(u"memberRefund"_s);
    REQUIRE(refund);
    CHECK_FALSE(refund->isEnabled()); // nothing chosen yet
    panel.resize(900, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    sales->setFocus();
    QTest::keyClick(sales, Qt::Key_Home); // the newest sale: the one with the coupon
    sales->selectRow(0);
    REQUIRE(refund->isEnabled());
    CHECK(refund->text().contains(u"Void"_s)); // rung up today
    QString confirmation;
    whenModal<QMessageBox>([&](QMessageBox* box) {
        confirmation = box->text();
        screenshot(*box, u"ui-member-refund-confirm-en.png"_s);
        box->button(QMessageBox::Yes)->click();
    });
    bool changed = false;
    QObject::connect(&panel, &ui::MemberLedgerPanel::changed, [&] { changed = true; });
    refund->click();
    CHECK(confirmation.contains(code));           // the coupon comes back
    CHECK(confirmation.contains(u"¥230"_s));      // the money paid back
    CHECK(confirmation.contains(u"230"_s));       // the points the sale earned
    REQUIRE(changed);
    CHECK(sales->rowCount() == 3);
    CHECK(sales->item(1, 2)->text().contains(u"voided"_s)); // voided on its day: not "refunded"
    auto back = core::member::Coupons::find(db, code);
    REQUIRE(back.ok());
    CHECK_FALSE((*back)->used());
    sales->selectRow(1); // the sale just voided: not again
    CHECK_FALSE(refund->isEnabled());
    screenshot(panel, u"ui-member-refunded-en.png"_s);
}

TEST_CASE("the counter splits a sale: payment rows, what is left shown, confirm only when it adds up",
          "[ui][counter][split]")
{
    core::Clock::Pinned pin(QDate(2026, 12, 1));
    QTemporaryDir dir;
    const auto shop = newShop(dir);
    core::storage::Database& db = *shop;
    const qint64 id = clientele::test::addCustomer(db, u"李娜"_s, u"13900139000"_s);
    REQUIRE(core::member::SaleService::topUp(db, id, 100000, u"cash"_s).ok());

    ui::CounterPage page(db);
    page.resize(1024, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto* picker = page.findChild<ui::CustomerPicker*>(u"counterPicker"_s);
    REQUIRE(picker);
    picker->search(u"13900139000"_s);
    auto* amount = page.findChild<QLineEdit*>(u"counterAmount"_s);
    REQUIRE(QTest::qWaitFor([&] { return amount->isEnabled(); }, 5000));
    auto* confirm = page.findChild<QPushButton*>(u"counterConfirm"_s);
    auto* remaining = page.findChild<QLabel*>(u"counterRemaining"_s);
    auto* preview = page.findChild<QLabel*>(u"counterPreview"_s);

    // a letter in the amount: the preview names the text, not "more than ¥0"
    amount->setFocus();
    QTest::keyClicks(amount, u"x"_s);
    CHECK(preview->text().contains(u"x&quot; is not an amount"_s));
    CHECK_FALSE(preview->text().contains(u"¥0"_s));
    CHECK_FALSE(confirm->isEnabled());
    amount->clear();

    QTest::keyClicks(amount, u"500"_s);
    QTest::keyClicks(page.findChild<QLineEdit*>(u"counterPayBalance"_s), u"300"_s);
    auto* firstMethod = page.findChild<QComboBox*>(u"counterPayMethod"_s);
    firstMethod->setCurrentIndex(firstMethod->findData(u"card"_s));
    QTest::keyClicks(page.findChild<QLineEdit*>(u"counterPayAmount"_s), u"100"_s);
    // ¥300 stored value + ¥100 card of ¥500: ¥100 still to pay, confirm off
    CHECK(remaining->text().contains(u"¥100"_s));
    CHECK_FALSE(confirm->isEnabled());
    amount->setFocus();
    QTest::keyClick(amount, Qt::Key_Return); // Enter does not ring up what does not add up
    QTest::keyClick(page.focusWidget(), Qt::Key_Return);
    CHECK_FALSE(page.lastSale().has_value());

    page.findChild<QPushButton*>(u"counterAddPayment"_s)->click();
    auto* second = page.findChild<QComboBox*>(u"counterPayMethod2"_s);
    REQUIRE(second);
    second->setCurrentIndex(second->findData(u"wechat"_s));
    CHECK(remaining->text().contains(u"the rest"_s)); // an empty second amount takes the rest
    CHECK(confirm->isEnabled());
    QTest::keyClicks(page.findChild<QLineEdit*>(u"counterPayAmount2"_s), u"150"_s);
    CHECK(remaining->text().contains(u"¥50 more than is due"_s));
    CHECK_FALSE(confirm->isEnabled());
    page.findChild<QLineEdit*>(u"counterPayAmount2"_s)->clear();
    QTest::keyClicks(page.findChild<QLineEdit*>(u"counterPayAmount2"_s), u"100"_s);
    CHECK(remaining->text().contains(u"adds up"_s));
    CHECK(confirm->isEnabled());
    CHECK(preview->text().contains(u"WeChat"_s));
    screenshot(page, u"ui-counter-split-en.png"_s);
    QTest::mouseClick(confirm, Qt::LeftButton);
    REQUIRE(page.lastSale().has_value());
    const auto& sale = *page.lastSale();
    REQUIRE(sale.payments.size() == 2);
    CHECK(sale.paidOther == 20000);
    CHECK(sale.pointsEarned == 460);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page.findChild<QComboBox*>(u"counterPayMethod2"_s) == nullptr); // one row again after the sale

    const QString pdf = dir.filePath(u"split.pdf"_s);
    REQUIRE(page.saveReceiptPdf(pdf).ok());
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(text.waitForFinished(30000));
    const QString receipt = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(receipt.contains(u"Bank card"_s));
    CHECK(receipt.contains(u"WeChat Pay"_s));
    CHECK(receipt.contains(u"Total paid"_s));
    CHECK(receipt.contains(u"¥500"_s));
}

TEST_CASE("voiding a sale at the counter asks first: customer, amount, what goes back; Enter says No",
          "[ui][counter][refund]")
{
    core::Clock::Pinned pin(QDate(2026, 12, 2));
    QTemporaryDir dir;
    const auto shop = newShop(dir);
    core::storage::Database& db = *shop;
    const qint64 id = clientele::test::addCustomer(db, u"张伟"_s, u"13800138000"_s);
    REQUIRE(core::member::SaleService::topUp(db, id, 100000, u"cash"_s).ok());
    const auto start = core::member::SaleService::balance(db, id); // ¥1,000 and its bonus
    REQUIRE(start.ok());

    ui::CounterPage page(db);
    page.resize(1024, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.findChild<ui::CustomerPicker*>(u"counterPicker"_s)->search(u"13800138000"_s);
    auto* amount = page.findChild<QLineEdit*>(u"counterAmount"_s);
    REQUIRE(QTest::qWaitFor([&] { return amount->isEnabled(); }, 5000));
    QTest::keyClicks(amount, u"500"_s);
    QTest::keyClicks(page.findChild<QLineEdit*>(u"counterPayBalance"_s), u"300"_s);
    amount->setFocus();
    QTest::keyClick(amount, Qt::Key_Return);
    QTest::keyClick(page.focusWidget(), Qt::Key_Return);
    REQUIRE(page.lastSale().has_value());
    const QString number = page.lastSale()->orderNo;
    const auto held = core::member::SaleService::balance(db, id);
    REQUIRE(held.ok());

    QAction* refund = nullptr;
    for (QAction* a : page.actions())
        if (a->text().contains(u"Refund or Void"_s))
            refund = a;
    REQUIRE(refund);
    auto voidIt = [&](QMessageBox::StandardButton answer, QString* question, bool* noIsDefault) {
        whenModal<QInputDialog>([&, answer, question, noIsDefault](QInputDialog* input) {
            CHECK(input->textValue() == number); // pre-filled with the last sale
            whenModal<QMessageBox>([answer, question, noIsDefault](QMessageBox* box) {
                *question = box->text();
                *noIsDefault = box->defaultButton() == box->button(QMessageBox::No);
                screenshot(*box, u"ui-counter-void-confirm-en.png"_s);
                if (answer == QMessageBox::No)
                    QTest::keyClick(box, Qt::Key_Return); // what the tester pressed: the default
                else
                    box->button(answer)->click();
            });
            QTest::keyClick(input, Qt::Key_Return);
        });
        refund->trigger();
    };

    // Enter, Enter: the input, then the question's default, No. Nothing is written.
    QString question;
    bool noIsDefault = false;
    voidIt(QMessageBox::No, &question, &noIsDefault);
    CHECK(noIsDefault);
    CHECK(question.contains(number));
    CHECK(question.contains(u"张伟"_s));
    CHECK(question.contains(u"¥500"_s));    // the sale's amount
    CHECK(question.contains(u"¥200"_s));    // the money paid back
    CHECK(question.contains(u"principal"_s)); // the stored value that comes back
    CHECK(question.contains(u"460"_s));     // the points the sale earned, taken back
    const auto after = core::member::SaleService::balance(db, id);
    REQUIRE(after.ok());
    CHECK(after->total() == held->total());
    REQUIRE(core::member::SaleService::previewRefund(db, number).ok()); // still not reversed

    // Yes: voided
    voidIt(QMessageBox::Yes, &question, &noIsDefault);
    auto again = core::member::SaleService::previewRefund(db, number);
    CHECK_FALSE(again.ok()); // already reversed
    const auto restored = core::member::SaleService::balance(db, id);
    REQUIRE(restored.ok());
    CHECK(restored->total() == start->total());
}

TEST_CASE("a sale voided on its day counts alike in the list row, the profile overview and the purchases tab",
          "[ui][counter][figures]")
{
    QSettings().clear();
    QTemporaryDir dir;
    auto opened = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(opened.ok());
    core::storage::Database& db = **opened;
    const qint64 id = clientele::test::addCustomer(db, u"张伟"_s, u"13800138000"_s);
    const auto sell = [&](core::Fen amount) {
        core::member::SaleRequest request;
        request.customerId = id;
        request.amount = amount;
        auto sale = core::member::SaleService::sell(db, request);
        REQUIRE(sale.ok());
        return sale->orderNo;
    };
    QString later;
    {
        core::Clock::Pinned day(QDate(2026, 11, 30));
        later = sell(30000);
    }
    core::Clock::Pinned day(QDate(2026, 12, 2));
    const QString voided = sell(50000);
    REQUIRE(core::member::SaleService::refund(db, voided).ok()); // its day: a void
    sell(20000);
    REQUIRE(core::member::SaleService::refund(db, later).ok());  // a later day: a refund

    auto row = core::storage::CustomerQueries::row(db, id);
    REQUIRE(row.ok());
    REQUIRE(row->has_value());
    CHECK((*row)->orders == 2);

    ui::CustomerProfileDialog profile(db, id);
    profile.resize(1024, 700);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    auto* orders = profile.findChild<QLabel*>(u"figure_"_s +
                                              core::report::Figures::key(core::report::FigureId::CustomerOrders));
    REQUIRE(orders);
    CHECK(orders->text() == u"2"_s);
    auto* tabs = profile.findChild<QTabWidget*>(u"profileTabs"_s);
    auto* purchases = profile.findChild<QTableWidget*>(u"purchaseTable"_s);
    REQUIRE(purchases);
    CHECK(purchases->rowCount() == 5); // every row listed; the voided pair marked
    CHECK(tabs->tabText(tabs->indexOf(purchases)) == u"Purchases (2 + 1 refund)"_s);
    QStringList amounts;
    for (int r = 0; r < purchases->rowCount(); ++r)
        amounts << purchases->item(r, 2)->text();
    CHECK(amounts.filter(u"(voided)"_s).size() == 1);
    CHECK(amounts.filter(u"(void)"_s).size() == 1);
    auto* sales = profile.findChild<QTableWidget*>(u"memberSales"_s);
    REQUIRE(sales);
    for (int r = 0; r < sales->rowCount(); ++r)
        if (sales->item(r, 1)->text() == voided)
            CHECK(sales->item(r, 2)->text().contains(u"voided"_s));
    {
        clientele::test::ChineseUi zh;
        ui::CustomerProfileDialog cn(db, id);
        auto* cnTabs = cn.findChild<QTabWidget*>(u"profileTabs"_s);
        auto* cnPurchases = cn.findChild<QTableWidget*>(u"purchaseTable"_s);
        CHECK(cnTabs->tabText(cnTabs->indexOf(cnPurchases)).startsWith(u"购买记录（2 + 1"_s));
    }
    screenshot(profile, u"ui-profile-voided-counts-en.png"_s);

    // voiding the standing sale from the Member tab: the overview and the heading follow at once
    tabs->setCurrentWidget(profile.findChild<ui::MemberLedgerPanel*>(u"memberLedgerPanel"_s));
    int standing = -1;
    for (int r = 0; r < sales->rowCount(); ++r)
        if (sales->item(r, 3)->text() == u"¥200"_s)
            standing = r;
    REQUIRE(standing >= 0);
    sales->selectRow(standing);
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    profile.findChild<QPushButton*>(u"memberRefund"_s)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(tabs->tabText(tabs->indexOf(purchases)) == u"Purchases (1 + 1 refund)"_s);
    auto* after = profile.findChild<QLabel*>(u"figure_"_s +
                                             core::report::Figures::key(core::report::FigureId::CustomerOrders));
    REQUIRE(after);
    CHECK(after->text() == u"1"_s);
    auto rowAfter = core::storage::CustomerQueries::row(db, id);
    REQUIRE(rowAfter.ok());
    CHECK((**rowAfter).orders == 1);
}

TEST_CASE("the Member tab never elides a sale number; stored-value rows name their sale; the profile opens larger",
          "[ui][counter][ledger]")
{
    core::Clock::Pinned day(QDate(2026, 12, 2));
    QTemporaryDir dir;
    const auto shop = newShop(dir);
    core::storage::Database& db = *shop;
    const qint64 id = clientele::test::addCustomer(db, u"张伟"_s, u"13800138000"_s);
    REQUIRE(core::member::SaleService::topUp(db, id, 100000, u"cash"_s).ok());
    QStringList numbers;
    for (core::Fen amount : {50000, 28800, 98000}) {
        core::member::SaleRequest request;
        request.customerId = id;
        request.amount = amount;
        request.payBalance = amount == 28800 ? 10000 : 0;
        auto sale = core::member::SaleService::sell(db, request);
        REQUIRE(sale.ok());
        numbers << sale->orderNo;
    }
    REQUIRE(core::member::SaleService::refund(db, numbers.front()).ok());

    ui::CustomerProfileDialog profile(db, id);
    profile.resize(1024 - 40, 700 - 60); // as large as a 1024×700 screen allows
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    auto* tabs = profile.findChild<QTabWidget*>(u"profileTabs"_s);
    auto* panel = profile.findChild<ui::MemberLedgerPanel*>(u"memberLedgerPanel"_s);
    REQUIRE(panel);
    tabs->setCurrentWidget(panel);
    QCoreApplication::processEvents();
    auto* ledgers = panel->findChild<QTableWidget*>(u"memberLedgers"_s);
    REQUIRE(ledgers);
    int saleColumn = -1;
    for (int col = 0; col < ledgers->columnCount(); ++col)
        if (ledgers->horizontalHeaderItem(col)->text() == u"Sale"_s)
            saleColumn = col;
    REQUIRE(saleColumn >= 0);
    const QFontMetrics metrics(ledgers->font());
    bool storedValuePayment = false;
    for (int row = 0; row < ledgers->rowCount(); ++row) {
        // every column but the free text (note, who) is as wide as its text: nothing cut
        for (int col = 0; col < ledgers->columnCount(); ++col) {
            if (ledgers->horizontalHeader()->sectionResizeMode(col) == QHeaderView::Stretch)
                continue;
            const QString text = ledgers->item(row, col)->text();
            INFO(text.toStdString());
            CHECK(ledgers->columnWidth(col) >= metrics.horizontalAdvance(text));
        }
        if (ledgers->item(row, 1)->text() == u"Stored value"_s && ledgers->item(row, 2)->text() == u"Payment"_s) {
            storedValuePayment = true;
            CHECK(ledgers->item(row, saleColumn)->text() == numbers[1]); // the sale it paid
        }
        if (ledgers->item(row, 1)->text() == u"Points"_s && ledgers->item(row, 2)->text() == u"Earned"_s)
            CHECK(numbers.contains(ledgers->item(row, saleColumn)->text()));
    }
    CHECK(storedValuePayment);
    auto* sales = panel->findChild<QTableWidget*>(u"memberSales"_s);
    for (int col = 0; col < 2; ++col) // the date and the number: never elided
        CHECK(sales->horizontalHeader()->sectionResizeMode(col) == QHeaderView::ResizeToContents);
    screenshot(profile, u"ui-profile-member-1024-en.png"_s);

    // on a large screen the profile opens large enough for every tab, and remembers its size
    const QSize large = ui::CustomerProfileDialog::initialSize(QSize(1600, 1000), {});
    CHECK(large.width() > 820);
    CHECK(large.height() > 640);
    CHECK(large.width() <= 1600);
    CHECK(ui::CustomerProfileDialog::initialSize(QSize(1024, 700), {}).width() <= 1024);
    CHECK(ui::CustomerProfileDialog::initialSize(QSize(1024, 700), {}).height() <= 700);
    CHECK(ui::CustomerProfileDialog::initialSize(QSize(1024, 700), {}).width() > 820); // wider than it was
    CHECK(ui::CustomerProfileDialog::initialSize(QSize(1600, 1000), QSize(900, 700)) == QSize(900, 700));
    profile.resize(large);
    QCoreApplication::processEvents();
    CHECK(tabs->tabBar()->sizeHint().width() <= tabs->width()); // no scroll arrows
    profile.resize(QSize(760, 560).expandedTo(profile.minimumSizeHint()));
    const QSize closedAt = profile.size();
    profile.reject();
    CHECK(QSettings().value(u"customerProfile/size"_s).toSize() == closedAt);
}

TEST_CASE("F3 on the counter selects the search text; points are written as the locale writes numbers",
          "[ui][counter][find]")
{
    core::Clock::Pinned day(QDate(2026, 12, 2));
    QTemporaryDir dir;
    const auto shop = newShop(dir);
    core::storage::Database& db = *shop;
    const qint64 id = clientele::test::addCustomer(db, u"张伟"_s, u"13800138000"_s);
    core::member::SaleRequest request;
    request.customerId = id;
    request.amount = 138400;
    auto sale = core::member::SaleService::sell(db, request);
    REQUIRE(sale.ok());
    REQUIRE(sale->points >= 1000);

    ui::CounterPage page(db);
    page.resize(1024, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    auto* search = page.findChild<QLineEdit*>(u"customerPickerSearch"_s);
    REQUIRE(search);
    search->setFocus();
    QTest::keyClicks(search, u"13800138000"_s);
    auto* amount = page.findChild<QLineEdit*>(u"counterAmount"_s);
    page.findChild<ui::CustomerPicker*>(u"counterPicker"_s)->search(u"13800138000"_s);
    REQUIRE(QTest::qWaitFor([&] { return amount->isEnabled(); }, 5000));
    auto* info = page.findChild<QLabel*>(u"counterMemberInfo"_s);
    REQUIRE(info);
    const QString points = QLocale().toString(sale->points);
    CHECK(points.contains(u','));
    CHECK(info->text().contains(points));

    amount->setFocus();
    QTest::keyClick(amount, Qt::Key_F3);
    CHECK(search->hasFocus());
    CHECK(search->selectedText() == u"13800138000"_s);
    QTest::keyClicks(search, u"li"_s);
    CHECK(search->text() == u"li"_s); // typing replaces what was there
}

TEST_CASE("Enter in the member search picks the member at once and moves on to the amount", "[ui][counter][find]")
{
    core::Clock::Pinned day(QDate(2026, 12, 2));
    QTemporaryDir dir;
    const auto shop = newShop(dir);
    const qint64 id = clientele::test::addCustomer(*shop, u"王芳"_s, u"13800138001"_s);
    ui::CounterPage page(*shop);
    page.resize(1024, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    auto* search = page.findChild<QLineEdit*>(u"customerPickerSearch"_s);
    auto* amount = page.findChild<QLineEdit*>(u"counterAmount"_s);
    REQUIRE(search);
    REQUIRE(amount);
    search->setFocus();
    // Typed and Enter at once, before the search's pause: no waiting, no keys lost to the search box.
    QTest::keyClicks(search, u"13800138001"_s);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(page.findChild<ui::CustomerPicker*>(u"counterPicker"_s)->customerId() == id);
    CHECK(amount->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"128.5"_s);
    CHECK(amount->text() == u"128.5"_s);
    CHECK(search->text() == u"13800138001"_s);
}

TEST_CASE("the void/refund preview speaks of what will happen, in both languages", "[ui][counter][wording]")
{
    core::member::RefundOutcome would;
    would.refundOf = u"S20261201-0001"_s;
    would.voided = true;
    would.principalReturned = 26087;
    would.bonusReturned = 3913;
    would.pointsReturned = 100;
    would.couponsReturned = {u"C8K2M"_s};
    would.paymentsReturned = {{u"card"_s, 10000, false}, {u"wechat"_s, 10000, false}};
    const QString en = ui::MemberLedgerPanel::refundText(would, u"card+wechat"_s);
    CHECK(en.contains(u"Coupon that will be returned: C8K2M."_s));
    CHECK(en.contains(u"Stored value that will be returned"_s));
    CHECK(en.contains(u"Pay back ¥100 by Bank card."_s));
    CHECK(en.contains(u"Pay back ¥100 by WeChat Pay."_s));
    CHECK_FALSE(en.contains(u"Coupon given back"_s));
    clientele::test::Chinese zh;
    const QString cn = ui::MemberLedgerPanel::refundText(would, u"card+wechat"_s);
    CHECK(cn.contains(u"将退回优惠券"_s));
    CHECK_FALSE(cn.contains(u"已退回"_s));
    CHECK(clientele::test::hasCjk(cn));
    CHECK_FALSE(cn.contains(u"Coupon"_s));
    CHECK_FALSE(cn.contains(u"WeChat"_s));
    // whose sale and its amount, in Chinese too
    would.customerName = u"张伟"_s;
    would.memberCode = u"M001"_s;
    would.saleAmount = 50000;
    would.soldOn = QDate(2026, 12, 1);
    const QString named = ui::MemberLedgerPanel::refundText(would);
    CHECK(named.contains(u"顾客：张伟（会员 M001）"_s));
    CHECK(named.contains(u"¥500"_s));
    CHECK_FALSE(named.contains(u"低于零"_s));
    // Earned points spent since: the balance goes below zero, and the preview says so before it happens.
    would.pointsTakenBack = 500;
    would.points = -104;
    CHECK(ui::MemberLedgerPanel::refundText(would).contains(u"低于零"_s));
}

TEST_CASE("the Member tab says what a void gave back as a void, a refund's as a refund, in both languages",
          "[ui][counter][ledger][i18n]")
{
    core::Clock::Pinned day(QDate(2026, 12, 2));
    QTemporaryDir dir;
    auto db = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(db.ok());
    core::Customer c;
    c.name = u"王芳"_s;
    c.phone = u"13800001111"_s;
    auto inserted = core::storage::CustomerRepository(**db).insert(c);
    REQUIRE(inserted.ok());
    const qint64 id = *inserted;
    REQUIRE(core::member::SaleService::topUp(**db, id, 100000, u"cash"_s).ok());
    core::member::SaleRequest request;
    request.customerId = id;
    request.amount = 30000;
    request.payBalance = 10000;
    request.date = QDate(2026, 11, 20); // refunded after its day
    auto older = core::member::SaleService::sell(**db, request);
    REQUIRE(older.ok());
    request.date = {}; // today: voided
    auto today = core::member::SaleService::sell(**db, request);
    REQUIRE(today.ok());
    auto voided = core::member::SaleService::refund(**db, today->orderNo);
    REQUIRE(voided.ok());
    REQUIRE(voided->voided);
    auto refunded = core::member::SaleService::refund(**db, older->orderNo);
    REQUIRE(refunded.ok());
    REQUIRE_FALSE(refunded->voided);

    // "Ledger: What" of the rows the void and the refund wrote (their numbers in the Sale column).
    const auto written = [&](const QString& orderNo) {
        ui::MemberLedgerPanel panel(**db, id);
        auto* ledgers = panel.findChild<QTableWidget*>(u"memberLedgers"_s);
        REQUIRE(ledgers);
        QStringList rows;
        for (int row = 0; row < ledgers->rowCount(); ++row)
            if (ledgers->item(row, 5)->text() == orderNo)
                rows << ledgers->item(row, 1)->text() + u": "_s + ledgers->item(row, 2)->text();
        rows.sort();
        return rows;
    };
    CHECK(written(voided->orderNo) == QStringList{u"Points: Taken back (void)"_s, u"Stored value: Void"_s});
    CHECK(written(refunded->orderNo) == QStringList{u"Points: Taken back (refund)"_s, u"Stored value: Refund"_s});

    clientele::test::Chinese chinese;
    CHECK(written(voided->orderNo) == QStringList{u"储值: 作废"_s, u"积分: 收回（作废）"_s});
    CHECK(written(refunded->orderNo) == QStringList{u"储值: 退款"_s, u"积分: 收回（退款）"_s});
}

TEST_CASE("a sale with a coupon and points: the status line's paid is the receipt's; its void says what each row is",
          "[ui][counter][paid]")
{
    core::Clock::Pinned day(QDate(2026, 12, 2));
    QTemporaryDir dir;
    const auto shop = newShop(dir);
    core::storage::Database& db = *shop;
    const qint64 id = clientele::test::addCustomer(db, u"张伟"_s, u"13800138000"_s);
    core::member::SaleRequest first; // points to redeem
    first.customerId = id;
    first.amount = 60000;
    REQUIRE(core::member::SaleService::sell(db, first).ok());
    core::CouponType type;
    type.name = u"满100减20"_s;
    type.amount = 2000;
    type.minSpend = 10000;
    type.validDays = 30;
    auto typeId = core::member::Coupons::addType(db, type);
    REQUIRE(typeId.ok());
    REQUIRE(core::member::Coupons::issue(db, *typeId, {id}, core::Clock::today()).ok());

    ui::CounterPage page(db);
    page.resize(1024, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.findChild<ui::CustomerPicker*>(u"counterPicker"_s)->search(u"13800138000"_s);
    auto* amount = page.findChild<QLineEdit*>(u"counterAmount"_s);
    REQUIRE(QTest::qWaitFor([&] { return amount->isEnabled(); }, 5000));
    QTest::keyClicks(amount, u"150"_s);
    auto* coupon = page.findChild<QComboBox*>(u"counterCoupon"_s);
    REQUIRE(coupon->count() == 2);
    coupon->setCurrentIndex(1);
    page.findChild<QSpinBox*>(u"counterRedeemPoints"_s)->setValue(400);
    amount->setFocus();
    QTest::keyClick(amount, Qt::Key_Return);
    QTest::keyClick(page.focusWidget(), Qt::Key_Return);
    REQUIRE(page.lastSale().has_value());
    const auto sale = *page.lastSale();
    REQUIRE(sale.couponDiscount == 2000);
    REQUIRE(sale.pointsRedeemed == 400);
    REQUIRE(sale.paid() == 12600);
    const QString status = page.findChild<QLabel*>(u"counterStatus"_s)->text();
    CHECK(status.contains(u"amount ¥150"_s));
    CHECK(status.contains(u"total paid ¥126"_s)); // the receipt's "Total paid", not the ¥130 due
    CHECK_FALSE(status.contains(u"¥130"_s));
    CHECK(status.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText)));
    CHECK(ui::Receipt::html(sale, {}).contains(u"¥126"_s));

    // Voided from the profile's Member tab: the message names the reversal, its row says whose
    // void it is and which way the points went (the redemption's 400 came back).
    ui::MemberLedgerPanel panel(db, id);
    panel.resize(1000, 600);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    auto* sales = panel.findChild<QTableWidget*>(u"memberSales"_s);
    sales->selectRow(0);
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    panel.findChild<QPushButton*>(u"memberRefund"_s)->click();
    REQUIRE(QTest::qWaitFor([&] { return sales->rowCount() == 3; }, 5000));
    const QString message = panel.findChild<QLabel*>(u"memberRefundStatus"_s)->text();
    CHECK(message.contains(u"Voided %1 (reversal recorded as "_s.arg(sale.orderNo)));
    CHECK(sales->item(0, 2)->text() == u"Void of %1"_s.arg(sale.orderNo));
    CHECK(sales->item(0, 4)->text() == u"+400 returned"_s);
    CHECK(sales->item(0, 7)->text().contains(u"taken back"_s));
    auto* ledgers = panel.findChild<QTableWidget*>(u"memberLedgers"_s);
    bool returned = false;
    for (int row = 0; row < ledgers->rowCount(); ++row)
        returned |= ledgers->item(row, 2)->text() == u"Returned (void)"_s && ledgers->item(row, 3)->text() == u"+400"_s;
    CHECK(returned); // the points ledger itself adds the 400 back
    screenshot(panel, u"ui-member-void-rows-en.png"_s);
}
