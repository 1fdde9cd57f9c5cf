// Issue 16 in the profile: the "Cards & coupons" tab sells a card, records a use after asking,
// issues a coupon; plans and coupon types are added in their dialog. English and Chinese.
#include "UiSupport.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "io/Importer.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "member/Coupons.h"
#include "member/SaleService.h"
#include "member/VisitCards.h"
#include "storage/MemberRepository.h"
#include "member/CardsCouponsPanel.h"
#include "member/MemberProgramDialog.h"
#include "views/CustomerProfileDialog.h"
#include "views/MainWindow.h"
#include "storage/OrderRepository.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include "member/SaleService.h"

#include "storage/MemberRepository.h"

#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace clientele;
using namespace Qt::StringLiterals;
using clientele::test::demoDatabase;
using clientele::test::screenshot;
using clientele::test::whenModal;

namespace {
// A visit-card plan of ten washes for ¥880, valid a year.
void addWashPlan(core::storage::Database& db)
{
    core::CardPlan plan;
    plan.name = u"Wash 10"_s;
    plan.uses = 10;
    plan.price = 88000;
    plan.monthsValid = 12;
    REQUIRE(core::member::VisitCards::addPlan(db, plan).ok());
}
} // namespace

namespace {
void runCardsAndCoupons(const QString& suffix, const QString& tabTitle, const QString& useWord)
{
    core::Clock::Pinned pinned(QDate(2026, 11, 2));
    QTemporaryDir dir;
    auto db = demoDatabase(dir, 40);
    const qint64 customer = 3;
    ui::CustomerProfileDialog profile(*db, customer);
    profile.resize(1000, 680);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    auto* tabs = profile.findChild<QTabWidget*>(u"profileTabs"_s);
    auto* panel = profile.findChild<ui::CardsCouponsPanel*>(u"profileCardsCoupons"_s);
    REQUIRE((tabs && panel));
    CHECK(tabs->tabText(tabs->indexOf(panel)).replace(u"&&"_s, u"&"_s) == tabTitle);
    tabs->setCurrentWidget(panel);
    auto* cards = panel->findChild<QTableWidget*>(u"cardTable"_s);
    auto* coupons = panel->findChild<QTableWidget*>(u"couponTable"_s);
    REQUIRE((cards && coupons));
    CHECK(cards->rowCount() == 0);

    // Plans and coupon types, through their dialog.
    whenModal<ui::MemberProgramDialog>([&](ui::MemberProgramDialog* dialog) {
        dialog->findChild<QLineEdit*>(u"planName"_s)->setText(u"洗剪吹10次"_s);
        dialog->findChild<QSpinBox*>(u"planUses"_s)->setValue(10);
        dialog->findChild<QLineEdit*>(u"planPrice"_s)->setText(u"880"_s);
        dialog->findChild<QLineEdit*>(u"planItems"_s)->setText(u"洗剪吹"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"addPlanButton"_s), Qt::LeftButton);
        CHECK(dialog->findChild<QTableWidget*>(u"planTable"_s)->rowCount() == 1);
        dialog->findChild<QTabWidget*>(u"memberProgramTabs"_s)->setCurrentIndex(1);
        dialog->findChild<QLineEdit*>(u"typeName"_s)->setText(u"满200减20"_s);
        dialog->findChild<QLineEdit*>(u"typeAmount"_s)->setText(u"20"_s);
        dialog->findChild<QLineEdit*>(u"typeMinSpend"_s)->setText(u"200"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"addCouponTypeButton"_s), Qt::LeftButton);
        CHECK(dialog->findChild<QTableWidget*>(u"couponTypeTable"_s)->rowCount() == 1);
        screenshot(*dialog, u"member-program-%1.png"_s.arg(suffix));
        dialog->reject();
    });
    QTest::mouseClick(panel->findChild<QPushButton*>(u"memberProgramButton"_s), Qt::LeftButton);
    REQUIRE(core::member::VisitCards::plans(*db).value().size() == 1);
    REQUIRE(core::member::Coupons::types(*db).value().size() == 1);

    // The plan, then how it was paid (selling a card is a sale, as at the counter).
    const qsizetype salesBefore = core::storage::MemberRepository(*db).salesOf(customer).value().size();
    whenModal<QInputDialog>([](QInputDialog* plan) {
        whenModal<QInputDialog>([](QInputDialog* pay) {
            CHECK(pay->labelText().contains(u"880"_s));
            pay->setTextValue(core::member::SaleService::payMethodLabel(u"wechat"_s));
            pay->accept();
        });
        plan->accept();
    });
    QTest::mouseClick(panel->findChild<QPushButton*>(u"sellCardButton"_s), Qt::LeftButton);
    REQUIRE(cards->rowCount() == 1);
    const auto sales = core::storage::MemberRepository(*db).salesOf(customer).value();
    REQUIRE(sales.size() == salesBefore + 1);
    bool paidByWechat = false;
    for (const auto& sale : sales)
        paidByWechat = paidByWechat || sale.payMethod == u"wechat"_s;
    CHECK(paidByWechat);
    CHECK(cards->item(0, 0)->text() == u"K000001"_s);

    // A use asks first; "No" records nothing, "Yes" one use.
    cards->selectRow(0);
    auto* use = panel->findChild<QPushButton*>(u"useCardButton"_s);
    REQUIRE(use->isEnabled());
    whenModal<QMessageBox>([&](QMessageBox* box) {
        CHECK(box->text().contains(u"K000001"_s));
        CHECK(box->text().contains(useWord));
        box->button(QMessageBox::No)->click();
    });
    CHECK_FALSE(panel->useSelectedCard());
    CHECK(core::member::VisitCards::findCard(*db, u"K000001"_s).value()->remaining() == 10);
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    CHECK(panel->useSelectedCard());
    CHECK(core::member::VisitCards::findCard(*db, u"K000001"_s).value()->remaining() == 9);
    CHECK(cards->item(0, 2)->text().startsWith(u"9"_s));

    whenModal<QInputDialog>([](QInputDialog* dialog) { dialog->accept(); });
    QTest::mouseClick(panel->findChild<QPushButton*>(u"issueCouponButton"_s), Qt::LeftButton);
    REQUIRE(coupons->rowCount() == 1);
    CHECK(coupons->item(0, 1)->text() == u"满200减20"_s);
    CHECK(profile.changed());
    screenshot(profile, u"profile-cards-coupons-%1.png"_s.arg(suffix));
}
} // namespace

TEST_CASE("the profile's cards and coupons tab sells, uses after asking, issues; plans and types in their dialog",
          "[ui][cards]")
{
    runCardsAndCoupons(u"en"_s, u"Cards & Coupons"_s, u"uses will be left"_s);
}

TEST_CASE("the cards and coupons tab in Chinese", "[ui][cards]")
{
    clientele::test::ChineseUi chinese;
    runCardsAndCoupons(u"zh"_s, u"次卡和优惠券"_s, u"剩余"_s);
}

TEST_CASE("a card sold in the profile shows at once on every tab: figures, purchases, member ledger, products",
          "[ui][cards][profile]")
{
    core::Clock::Pinned pinned(QDate(2026, 11, 2));
    QTemporaryDir dir;
    auto db = demoDatabase(dir, 40);
    const qint64 customer = 3;
    addWashPlan(*db);
    ui::CustomerProfileDialog profile(*db, customer);
    profile.show();
    REQUIRE(QTest::qWaitForWindowExposed(&profile));
    auto* tabs = profile.findChild<QTabWidget*>(u"profileTabs"_s);
    auto* panel = profile.findChild<ui::CardsCouponsPanel*>(u"profileCardsCoupons"_s);
    auto* purchases = profile.findChild<QTableWidget*>(u"purchaseTable"_s);
    auto* sales = profile.findChild<QTableWidget*>(u"memberSales"_s);
    auto* summary = profile.findChild<QLabel*>(u"memberSummary"_s);
    REQUIRE((tabs && panel && purchases && sales && summary));
    const auto orders = [&] {
        auto* label = profile.findChild<QLabel*>(u"figure_customer_orders"_s);
        return label ? label->text() : QString();
    };
    const int purchasesBefore = purchases->rowCount();
    const QString headingBefore = tabs->tabText(tabs->indexOf(purchases));
    const QString ordersBefore = orders();
    const QString pointsBefore = summary->text();
    const int salesBefore = sales->rowCount();
    REQUIRE_FALSE(ordersBefore.isEmpty());

    tabs->setCurrentWidget(panel);
    whenModal<QInputDialog>([](QInputDialog* plan) { // the plan, then how it was paid
        whenModal<QInputDialog>([](QInputDialog* pay) { pay->accept(); });
        plan->accept();
    });
    REQUIRE(panel->sellCard());

    // Nothing closed or reopened: the other tabs read the sale already.
    CHECK(purchases->rowCount() == purchasesBefore + 1);
    CHECK(tabs->tabText(tabs->indexOf(purchases)) != headingBefore);
    CHECK(orders() == QLocale().toString(ordersBefore.toInt() + 1));
    CHECK(sales->rowCount() == salesBefore + 1);
    CHECK(summary->text() != pointsBefore); // the card's points earned
    CHECK(tabs->currentWidget() == panel); // the tab in front stays in front
    CHECK(profile.changed());
    screenshot(profile, u"profile-after-card-sale.png"_s);
}

TEST_CASE("a visit card is paid from stored value first, the rest by another way", "[ui][cards]")
{
    core::Clock::Pinned pinned(QDate(2026, 11, 2));
    QTemporaryDir dir;
    auto opened = core::storage::Database::open(dir.filePath(u"shop.sqlite"_s)); // a new shop, its own file
    REQUIRE(opened.ok());
    auto& db = **opened;
    REQUIRE(core::io::Importer::run(db, QStringLiteral(CLIENTELE_TEST_DATA) + u"/customers_utf8_bom.csv"_s,
                                    core::io::ImportOptions())
                .ok());
    const qint64 customer = core::storage::CustomerRepository(db).search(u"Alice"_s, 1).value().value(0).id;
    REQUIRE(customer > 0);
    REQUIRE(core::member::SaleService::topUp(db, customer, 50000, u"cash"_s).ok());
    const core::Fen held = core::member::SaleService::balance(db, customer).value().total();
    REQUIRE(held >= 50000);
    REQUIRE(held < 88000); // a bonus on top-up may add to it, never past the price
    addWashPlan(db);

    ui::CardsCouponsPanel panel(db, customer);
    panel.show();
    QString offered, restAsked;
    whenModal<QInputDialog>([&](QInputDialog* plans) {
        whenModal<QInputDialog>([&](QInputDialog* pay) {
            offered = pay->comboBoxItems().value(0);
            whenModal<QInputDialog>([&](QInputDialog* rest) {
                restAsked = rest->labelText();
                rest->setTextValue(core::member::SaleService::payMethodLabel(u"wechat"_s));
                rest->accept();
            });
            pay->setTextValue(offered); // stored value, offered first
            pay->accept();
        });
        plans->accept();
    });
    REQUIRE(panel.sellCard());
    CHECK(offered.contains(u"Stored value"_s));
    CHECK(offered.contains(core::money::format(held)));
    CHECK(restAsked.contains(core::money::format(88000 - held)));

    const auto sales = core::storage::MemberRepository(db).salesOf(customer).value();
    REQUIRE(sales.size() == 1);
    CHECK(sales[0].paidPrincipal + sales[0].paidBonus == held);
    CHECK(sales[0].paidOther == 88000 - held);
    CHECK(sales[0].payMethod == u"wechat"_s);
    CHECK(core::member::SaleService::balance(db, customer).value().total() == 0);
    CHECK(core::member::VisitCards::cardsOf(db, customer).value().size() == 1);
}

TEST_CASE("a card sold in an open profile counts in the window's status bar at once", "[ui][cards][profile]")
{
    QSettings().clear();
    core::Clock::Pinned pinned(QDate(2026, 11, 2));
    QTemporaryDir dir;
    auto db = demoDatabase(dir, 40);
    addWashPlan(*db);
    const qint64 before = core::storage::OrderRepository(*db).countPurchases().value();
    ui::MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* status = window.findChild<QLabel*>(u"shopStatus"_s);
    REQUIRE(status);
    REQUIRE(status->text().contains(QLocale().toString(before) + u" orders"_s));

    QString whileOpen;
    whenModal<ui::CustomerProfileDialog>([&](ui::CustomerProfileDialog* profile) {
        auto* panel = profile->findChild<ui::CardsCouponsPanel*>();
        REQUIRE(panel);
        whenModal<QInputDialog>([](QInputDialog* plans) {
            whenModal<QInputDialog>([](QInputDialog* pay) {
                pay->setTextValue(core::member::SaleService::payMethodLabel(u"cash"_s));
                pay->accept();
            });
            plans->accept();
        });
        CHECK(panel->sellCard());
        whileOpen = status->text(); // the profile still open over the window
        profile->accept();
    });
    window.openCustomer(3);
    CHECK(whileOpen.contains(QLocale().toString(before + 1) + u" orders"_s));
}
