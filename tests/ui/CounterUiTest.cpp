// The counter (issue 16) from the keyboard, in an empty shop: enrol a member, top up, ring up a
// sale with its preview, save the receipt as PDF (rendered to PNG beside the screenshots).
#include "UiSupport.h"

#include "counter/CounterPage.h"
#include "counter/MemberLedgerPanel.h"
#include "domain/Clock.h"
#include "member/SaleService.h"
#include "pages/Page.h"
#include "storage/CustomerRepository.h"
#include "views/MainWindow.h"

#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::screenshot;
using clientele::test::whenModal;

TEST_CASE("the counter rings up a sale from the keyboard and prints its receipt to PDF", "[ui][counter]")
{
    QSettings().clear();
    core::Clock::Pinned pin(QDate(2026, 12, 1));
    QTemporaryDir dir;
    auto opened = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s));
    REQUIRE(opened.ok());
    core::storage::Database& db = **opened;

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

    // a new member in seconds: Ctrl+N, name, Tab, phone, Enter
    bool dialogSeen = false;
    whenModal<QDialog>([&](QDialog* dialog) {
        dialogSeen = dialog->objectName() == u"newMemberDialog"_s;
        dialog->findChild<QLineEdit*>(u"newMemberName"_s)->insert(u"王芳"_s); // as an input method commits it
        auto* phone = dialog->findChild<QLineEdit*>(u"newMemberPhone"_s);
        phone->setFocus();
        QTest::keyClicks(phone, u"13800001111"_s);
        QTest::keyClick(phone, Qt::Key_Return);
    });
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
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
    QTest::keyClick(topUp, Qt::Key_Return);
    CHECK(info->text().contains(u"¥1,150"_s));

    // ring up ¥300, ¥100 of it from stored value: the preview first, then Enter
    auto* amount = page.findChild<QLineEdit*>(u"counterAmount"_s);
    amount->setFocus();
    QTest::keyClicks(amount, u"300"_s);
    QTest::keyClick(amount, Qt::Key_Tab); // paid by
    QTest::keyClick(page.focusWidget(), Qt::Key_Down); // card
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
    QTest::keyClick(fromBalance, Qt::Key_Return);
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

    // the profile's Member tab lists the ledgers
    ui::MemberLedgerPanel panel(db, 1);
    auto* ledgers = panel.findChild<QTableWidget*>(u"memberLedgers"_s);
    REQUIRE(ledgers);
    CHECK(ledgers->rowCount() == 3); // top-up, payment, points earned
    CHECK(panel.findChild<QTableWidget*>(u"memberSales"_s)->rowCount() == 1);
}
