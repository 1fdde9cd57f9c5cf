#include "CounterPage.h"

#include "MemberLedgerPanel.h"
#include "NewMemberDialog.h"
#include "Receipt.h"
#include "TillStoreBar.h"
#include "widgets/CustomerPicker.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "i18n/LocalDates.h"
#include "member/Coupons.h"
#include "member/MemberRules.h"
#include "member/PointsLedger.h"
#include "member/VisitCards.h"
#include "security/Session.h"
#include "segmentation/TierRules.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/MemberRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
constexpr int kExpiringDays = 30;
// The counter's keys, each unique in the window's menus (Ctrl+N is New Customer, Ctrl+T tags
// the list's selection): the counter's variants add Shift.
constexpr QKeyCombination kNewMemberKeys = Qt::CTRL | Qt::SHIFT | Qt::Key_N;
constexpr QKeyCombination kTopUpKeys = Qt::CTRL | Qt::SHIFT | Qt::Key_T;
using core::money::format;

QString percentText(int percent)
{
    return QLocale().toString(percent / 100.0, 'g', 3);
}
} // namespace

CounterPage::CounterPage(core::storage::Database& database, QWidget* parent) : Page(database, parent)
{
    setObjectName(u"counterPage"_s);
    auto* page = new QVBoxLayout(this);
    m_tillStore = new TillStoreBar(database, this); // hidden while the shop has no stores
    page->addWidget(m_tillStore);
    auto* layout = new QHBoxLayout;
    page->addLayout(layout, 1);

    auto* left = new QVBoxLayout;
    auto* findBox = new QGroupBox(tr("Member"), this);
    auto* findLayout = new QVBoxLayout(findBox);
    m_picker = new CustomerPicker(database, findBox);
    m_picker->setObjectName(u"counterPicker"_s);
    findLayout->addWidget(m_picker);
    auto* newMember = new QPushButton(tr("New member…"), findBox);
    newMember->setObjectName(u"counterNewMember"_s);
    findLayout->addWidget(newMember);
    m_member = new QLabel(findBox);
    m_member->setObjectName(u"counterMemberInfo"_s);
    m_member->setWordWrap(true);
    m_member->setTextFormat(Qt::RichText);
    m_member->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    findLayout->addWidget(m_member, 1);
    left->addWidget(findBox);
    layout->addLayout(left, 2);

    auto* right = new QVBoxLayout;
    auto* saleBox = new QGroupBox(tr("Ring up"), this);
    auto* form = new QFormLayout(saleBox);
    m_amount = new QLineEdit(saleBox);
    m_amount->setObjectName(u"counterAmount"_s);
    m_amount->setPlaceholderText(tr("e.g. 128.50"));
    form->addRow(tr("&Amount (¥):"), m_amount);
    // Payment rows: a method and an amount each; an empty amount takes the rest. One row is the
    // old single method; "Add payment" splits the sale (e.g. part by card, the rest by WeChat).
    m_payBox = new QWidget(saleBox);
    auto* payLayout = new QVBoxLayout(m_payBox);
    payLayout->setContentsMargins(0, 0, 0, 0);
    m_addPayment = new QPushButton(tr("Add paym&ent"), saleBox);
    m_addPayment->setObjectName(u"counterAddPayment"_s);
    m_addPayment->setToolTip(tr("Split the sale: each payment gets its amount; one left empty takes the rest."));
    addPaymentRow();
    m_payMethod = m_payRows.front().method;
    form->addRow(tr("&Paid by:"), m_payBox);
    m_remaining = new QLabel(saleBox);
    m_remaining->setObjectName(u"counterRemaining"_s);
    m_remaining->setWordWrap(true);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addPayment);
    addRow->addWidget(m_remaining, 1);
    form->addRow(addRow);
    m_coupon = new QComboBox(saleBox);
    m_coupon->setObjectName(u"counterCoupon"_s);
    form->addRow(tr("C&oupon:"), m_coupon);
    m_redeem = new QSpinBox(saleBox);
    m_redeem->setObjectName(u"counterRedeemPoints"_s);
    m_redeem->setRange(0, 100000000);
    m_redeem->setSingleStep(100);
    form->addRow(tr("&Redeem points:"), m_redeem);
    m_fromBalance = new QLineEdit(saleBox);
    m_fromBalance->setObjectName(u"counterPayBalance"_s);
    m_fromBalance->setPlaceholderText(tr("0, an amount, or \"all\""));
    form->addRow(tr("From store&d value (¥):"), m_fromBalance);
    m_preview = new QLabel(saleBox);
    m_preview->setObjectName(u"counterPreview"_s);
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 4); // the result, whole, before confirming
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    form->addRow(m_preview);
    m_confirm = new QPushButton(
        tr("Confirm sale (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
        saleBox);
    m_confirm->setObjectName(u"counterConfirm"_s);
    m_confirm->setAutoDefault(true); // Enter on it, once the amount's Enter brought the focus here
    form->addRow(m_confirm);
    right->addWidget(saleBox);

    auto* topUpBox = new QGroupBox(tr("Top up stored value"), this);
    auto* topUpForm = new QFormLayout(topUpBox);
    m_topUpAmount = new QLineEdit(topUpBox);
    m_topUpAmount->setObjectName(u"counterTopUpAmount"_s);
    topUpForm->addRow(tr("Amou&nt (¥):"), m_topUpAmount);
    m_topUpMethod = new QComboBox(topUpBox);
    m_topUpMethod->setObjectName(u"counterTopUpMethod"_s);
    for (const QString& method : core::member::SaleService::payMethods())
        m_topUpMethod->addItem(core::member::SaleService::payMethodLabel(method), method);
    topUpForm->addRow(tr("Paid b&y:"), m_topUpMethod);
    m_topUpPreview = new QLabel(topUpBox);
    m_topUpPreview->setObjectName(u"counterTopUpPreview"_s);
    m_topUpPreview->setWordWrap(true);
    m_topUpPreview->setMinimumHeight(m_topUpPreview->fontMetrics().lineSpacing() * 2);
    topUpForm->addRow(m_topUpPreview);
    m_topUp =
        new QPushButton(tr("Top up (%1)").arg(QKeySequence(kTopUpKeys).toString(QKeySequence::NativeText)), topUpBox);
    m_topUp->setObjectName(u"counterTopUp"_s);
    m_topUp->setAutoDefault(true);
    topUpForm->addRow(m_topUp);
    right->addWidget(topUpBox);

    auto* receiptRow = new QHBoxLayout;
    receiptRow->addWidget(new QLabel(tr("Receipt paper:"), this));
    m_paper = new QComboBox(this);
    m_paper->setObjectName(u"counterPaper"_s);
    m_paper->addItem(tr("58 mm roll"), int(Receipt::Paper::Roll58));
    m_paper->addItem(tr("80 mm roll"), int(Receipt::Paper::Roll80));
    m_paper->addItem(tr("A5"), int(Receipt::Paper::A5));
    m_paper->setCurrentIndex(1);
    receiptRow->addWidget(m_paper);
    receiptRow->addStretch(1);
    right->addLayout(receiptRow);
    m_status = new QLabel(this);
    m_status->setObjectName(u"counterStatus"_s);
    m_status->setWordWrap(true);
    right->addWidget(m_status);
    right->addStretch(1);
    layout->addLayout(right, 3);

    auto action = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    // F3 from any view (Ctrl+F is the customer list's search): the counter comes to the front,
    // with the customer selected in the list when there is one.
    m_findAction = action(tr("&Find Member"), QKeySequence(Qt::Key_F3), [this] {
        if (!isVisible())
            Q_EMIT comeForwardWithCustomerInHand();
        m_picker->focusSearch(); // the text there selected: what is typed next replaces it
    });
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    m_findAction->setProperty("windowWide", true);
    m_newMemberAction = action(tr("&New Member…"), QKeySequence(kNewMemberKeys), &CounterPage::newMember);
    m_confirmAction = action(tr("&Confirm Sale"), QKeySequence(Qt::CTRL | Qt::Key_Return), &CounterPage::confirmSale);
    m_topUpAction = action(tr("&Top Up"), QKeySequence(kTopUpKeys), &CounterPage::confirmTopUp);
    m_topUpAction->setObjectName(u"counterTopUpAction"_s);
    m_confirmAction->setObjectName(u"counterConfirmAction"_s);
    // Ctrl+P is File ▸ Print Monthly Report everywhere; the receipt's keys add Shift (Save As's
    // Ctrl+Shift+S for the PDF).
    m_printAction =
        action(tr("&Print Receipt…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &CounterPage::printReceipt);
    m_pdfAction =
        action(tr("&Save Receipt as PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &CounterPage::saveReceipt);
    m_refundAction = action(tr("&Refund or Void a Sale…"), QKeySequence(), &CounterPage::refundSale);
    // The store line's own mnemonic is Alt+I ("T&ill's store"); this is the menu's way in.
    m_storeAction =
        writes(needs(action(tr("Choose This Till's St&ore…"), QKeySequence(), [this] { m_tillStore->focusChoice(); }),
                     int(core::security::Permission::ManageStores)));
    m_storeAction->setObjectName(u"counterChooseStore"_s);

    connect(m_tillStore, &TillStoreBar::message, m_status, &QLabel::setText);
    connect(m_picker, &CustomerPicker::customerChanged, this, &CounterPage::memberChanged);
    connect(m_picker, &CustomerPicker::chosen, this, [this] { // the member is found: on to the amount
        if (m_amount->isEnabled()) {
            m_amount->setFocus(Qt::TabFocusReason);
            m_amount->selectAll();
        }
    });
    connect(newMember, &QPushButton::clicked, this, &CounterPage::newMember);
    connect(m_confirm, &QPushButton::clicked, this, &CounterPage::confirmSale);
    connect(m_topUp, &QPushButton::clicked, this, &CounterPage::confirmTopUp);
    for (QLineEdit* edit : {m_amount, m_fromBalance})
        connect(edit, &QLineEdit::textChanged, this, &CounterPage::updatePreview);
    connect(m_addPayment, &QPushButton::clicked, this, [this] {
        addPaymentRow();
        m_payRows.back().method->setFocus();
    });
    connect(m_redeem, &QSpinBox::valueChanged, this, &CounterPage::updatePreview);
    connect(m_coupon, &QComboBox::currentIndexChanged, this, &CounterPage::updatePreview);
    connect(m_topUpAmount, &QLineEdit::textChanged, this, &CounterPage::updateTopUpPreview);
    // Enter in an amount field goes to the button that takes the money, a second Enter confirms
    // what the preview shows: no single key press rings up a sale or a top-up.
    for (QLineEdit* edit : {m_amount, m_fromBalance})
        connect(edit, &QLineEdit::returnPressed, this, [this] { focusConfirm(m_confirm); });
    connect(m_topUpAmount, &QLineEdit::returnPressed, this, [this] {
        if (m_topUpAmount->text().trimmed().isEmpty())
            confirmTopUp(); // nothing typed: asks for an amount, takes nothing
        else
            focusConfirm(m_topUp);
    });
    setTabOrder(m_picker, m_amount);
    // The first method right after the amount (the usual sale); a split's amounts after stored value.
    setTabOrder(m_amount, m_payMethod);
    setTabOrder(m_payMethod, m_coupon);
    setTabOrder(m_coupon, m_redeem);
    setTabOrder(m_redeem, m_fromBalance);
    setTabOrder(m_fromBalance, m_payRows.front().amount);
    setTabOrder(m_payRows.front().amount, m_addPayment);
    setTabOrder(m_addPayment, m_confirm);
    setTabOrder(m_confirm, m_topUpAmount);
    memberChanged(0);
}

void CounterPage::showItem(qint64 customerId)
{
    m_picker->pick(customerId);
}

void CounterPage::focusConfirm(QPushButton* button)
{
    if (button->isEnabled())
        button->setFocus(Qt::TabFocusReason);
}

void CounterPage::addPaymentRow()
{
    const int n = int(m_payRows.size()) + 1;
    auto* row = new QWidget(m_payBox);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* method = new QComboBox(row);
    method->setObjectName(n == 1 ? u"counterPayMethod"_s : u"counterPayMethod%1"_s.arg(n));
    for (const QString& m : core::member::SaleService::payMethods())
        method->addItem(core::member::SaleService::payMethodLabel(m), m);
    if (n > 1) // the next method by default, so two rows do not start alike
        method->setCurrentIndex((m_payRows.back().method->currentIndex() + 1) % method->count());
    auto* amount = new QLineEdit(row);
    amount->setObjectName(n == 1 ? u"counterPayAmount"_s : u"counterPayAmount%1"_s.arg(n));
    amount->setPlaceholderText(tr("the rest"));
    amount->setToolTip(tr("The amount paid this way (¥); empty: whatever is left to pay."));
    layout->addWidget(method, 1);
    layout->addWidget(amount, 1);
    if (n > 1) {
        auto* remove = new QPushButton(tr("Remove"), row);
        remove->setObjectName(u"counterPayRemove%1"_s.arg(n));
        remove->setToolTip(tr("Remove this payment"));
        layout->addWidget(remove);
        connect(remove, &QPushButton::clicked, this, [this, row] { removePaymentRow(row); });
    }
    static_cast<QVBoxLayout*>(m_payBox->layout())->addWidget(row);
    row->show(); // at once, not on the next event loop turn
    m_payRows.append({row, method, amount});
    connect(method, &QComboBox::currentIndexChanged, this, &CounterPage::updatePreview);
    connect(amount, &QLineEdit::textChanged, this, &CounterPage::updatePreview);
    connect(amount, &QLineEdit::returnPressed, this, [this] { focusConfirm(m_confirm); });
    method->setEnabled(m_customerId > 0);
    amount->setEnabled(m_customerId > 0);
    if (n > 1) {
        setTabOrder(m_payRows[n - 2].amount, method);
        setTabOrder(method, amount);
        setTabOrder(amount, m_addPayment);
        setTabOrder(m_addPayment, m_confirm);
    }
    updatePreview();
}

void CounterPage::removePaymentRow(QWidget* row)
{
    for (int i = 1; i < m_payRows.size(); ++i)
        if (m_payRows[i].row == row) {
            m_payRows.removeAt(i);
            row->deleteLater();
            break;
        }
    m_addPayment->setFocus();
    updatePreview();
}

QString CounterPage::title() const
{
    return tr("Counter");
}

QString CounterPage::menuText() const
{
    return tr("Coun&ter", "View menu");
}

QString CounterPage::menuTitle() const
{
    return tr("Co&unter");
}

QList<QAction*> CounterPage::pageActions()
{
    return {m_findAction,  m_newMemberAction, m_confirmAction, m_topUpAction,
            m_printAction, m_pdfAction,       m_refundAction,  m_storeAction};
}

void CounterPage::refresh()
{
    m_tillStore->reload();
    showStoreAction();
    showMember();
}

void CounterPage::updateActions()
{
    Page::updateActions();
    m_tillStore->reload();
    showStoreAction();
}

void CounterPage::showStoreAction()
{
    m_storeAction->setVisible(isPermitted(m_storeAction) && m_tillStore->canChoose());
    m_storeAction->setEnabled(isAllowed(m_storeAction) && m_tillStore->canChoose());
}

bool CounterPage::writable()
{
    if (!database().isReadOnly())
        return true;
    m_status->setText(tr("This shop is open read-only; nothing can be rung up here."));
    return false;
}

void CounterPage::memberChanged(qint64 customerId)
{
    if (customerId != m_customerId)
        m_topUpPreview->clear(); // the last member's top-up answer is not this one's
    m_customerId = customerId;
    showMember();
}

void CounterPage::showMember()
{
    const bool chosen = m_customerId > 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_amount, m_addPayment, m_redeem, m_coupon, m_fromBalance,
                                                      m_confirm, m_topUpAmount, m_topUpMethod, m_topUp})
        w->setEnabled(chosen);
    for (const PayRow& row : m_payRows) {
        row.method->setEnabled(chosen);
        row.amount->setEnabled(chosen);
    }
    m_confirmAction->setEnabled(chosen);
    m_topUpAction->setEnabled(chosen);
    m_printAction->setEnabled(m_lastSale.has_value());
    m_pdfAction->setEnabled(m_lastSale.has_value());
    if (!chosen) {
        m_member->setText(tr("Find a member by phone, member code, name or pinyin (%1), or enrol a new one (%2).")
                              .arg(m_findAction->shortcut().toString(QKeySequence::NativeText),
                                   m_newMemberAction->shortcut().toString(QKeySequence::NativeText)));
        m_preview->clear();
        m_remaining->clear();
        m_topUpPreview->clear();
        fillCoupons({});
        return;
    }
    const auto& db = database();
    auto customer = core::storage::CustomerRepository(db).findById(m_customerId);
    if (!customer || !customer->has_value()) {
        m_member->setText(customer ? tr("This customer no longer exists.") : customer.error().message);
        return;
    }
    const core::Customer& c = **customer;
    const QDate today = core::Clock::today();
    core::storage::MemberRepository members(db);
    const QString tier = members.tierOf(c.id).value();
    auto rules = core::member::MemberRules::load(db);
    const core::member::MemberRules r = rules ? *rules : core::member::MemberRules::defaults();
    const core::member::TierBenefit benefit = r.benefitFor(tier);
    auto pointRows = members.pointsOf(c.id);
    const core::member::PointsState points =
        core::member::PointsLedger::evaluate(pointRows ? *pointRows : QList<core::storage::PointsRow>(), today);
    const auto held = core::member::SaleService::balance(db, c.id);
    QStringList lines;
    lines << u"<b>%1</b> %2"_s.arg(c.name.toHtmlEscaped(),
                                   c.memberCode.isEmpty() ? tr("(no member code yet)") : c.memberCode.toHtmlEscaped());
    QString benefits = tr("points ×%1").arg(percentText(benefit.pointsMultiplierPercent));
    if (benefit.discountPercent > 0)
        benefits += tr(", %1% off").arg(benefit.discountPercent);
    lines << tr("Tier: %1 (%2)")
                 .arg(tier.isEmpty() ? tr("not yet tiered") : core::segmentation::TierRules::label(tier), benefits)
                 .toHtmlEscaped();
    const qint64 expiring = points.expiringWithin(today, kExpiringDays);
    lines << tr("Points: %1 (worth %2)")
                 .arg(QLocale().toString(points.balance), format(r.pointsValue(points.balance)))
                 .toHtmlEscaped();
    if (expiring > 0)
        lines << u"<span style=\"color:#b35900\">%1</span>"_s.arg(
            tr("%1 points expire within %2 days").arg(expiring).arg(kExpiringDays).toHtmlEscaped());
    if (held)
        lines << tr("Stored value: %1 (principal %2, bonus %3)")
                     .arg(format(held->total()), format(held->principal), format(held->bonus))
                     .toHtmlEscaped();
    if (c.birthday.isValid() && c.birthday.month() == today.month())
        lines << u"<b>%1</b>"_s.arg(
            tr("Birthday this month (%1)").arg(core::i18n::LocalDates::dayAndMonth(c.birthday)).toHtmlEscaped());
    if (r.isMemberDay(today))
        lines << u"<b>%1</b>"_s.arg(tr("Today is member day: points ×2").toHtmlEscaped());
    if (auto tasks = core::storage::FollowUpRepository(db).forCustomer(c.id); tasks)
        for (const auto& t : *tasks)
            if (t.status == u"open") {
                lines << tr("Open follow-up: %1 (due %2)")
                             .arg(t.title, core::i18n::LocalDates::shortDate(t.dueOn))
                             .toHtmlEscaped();
                break;
            }
    if (auto cards = core::member::VisitCards::cardsOf(db, c.id); cards)
        for (const auto& card : *cards)
            if (card.usable(today))
                lines << tr("Visit card %1 %2: %3 of %4 uses left, until %5")
                             .arg(card.cardNo, card.planName)
                             .arg(card.remaining())
                             .arg(card.uses)
                             .arg(core::i18n::LocalDates::shortDate(card.expiresOn))
                             .toHtmlEscaped();
    QList<core::Coupon> usable;
    if (auto coupons = core::member::Coupons::list(db, c.id); coupons)
        for (const auto& coupon : *coupons)
            if (core::member::Coupons::stateOn(coupon, today) == core::member::Coupons::State::Unused)
                usable << coupon;
    if (!usable.isEmpty())
        lines << tr("%Ln coupon(s) to use", nullptr, int(usable.size())).toHtmlEscaped();
    fillCoupons(usable);
    m_member->setText(lines.join(u"<br/>"_s));
    m_redeem->setMaximum(std::max<qint64>(0, points.balance));
    updatePreview();
    updateTopUpPreview();
}

void CounterPage::fillCoupons(const QList<core::Coupon>& coupons)
{
    const QString current = m_coupon->currentData().toString();
    const QSignalBlocker block(m_coupon);
    m_coupon->clear();
    m_coupon->addItem(coupons.isEmpty() ? tr("(no coupons)") : tr("(none)"), QString());
    for (const auto& coupon : coupons)
        m_coupon->addItem(
            tr("%1 %2, until %3").arg(coupon.typeName, coupon.code, core::i18n::LocalDates::shortDate(coupon.validTo)),
            coupon.code);
    m_coupon->setCurrentIndex(std::max(0, m_coupon->findData(current)));
}

core::member::SaleRequest CounterPage::request() const
{
    core::member::SaleRequest req;
    req.customerId = m_customerId;
    req.amount = core::money::parse(m_amount->text()).value_or(0);
    req.payMethod = m_payMethod->currentData().toString();
    if (m_payRows.size() > 1 || !m_payRows.front().amount->text().trimmed().isEmpty())
        for (const PayRow& row : m_payRows) {
            core::member::PaymentPart part;
            part.method = row.method->currentData().toString();
            const QString text = row.amount->text().trimmed();
            part.rest = text.isEmpty();
            part.amount = part.rest ? 0 : core::money::parse(text).value_or(0);
            req.payments.append(part);
        }
    req.redeemPoints = m_redeem->value();
    req.couponCode = m_coupon->currentData().toString();
    const QString balance = m_fromBalance->text().trimmed();
    if (balance.compare(u"all"_s, Qt::CaseInsensitive) == 0 || balance == tr("all"))
        req.payBalanceAll = true;
    else if (!balance.isEmpty())
        req.payBalance = core::money::parse(balance).value_or(-1);
    return req;
}

QString CounterPage::badAmountText() const
{
    const auto bad = [](const QString& text) { return !text.isEmpty() && !core::money::parse(text).has_value(); };
    const QString amount = m_amount->text().trimmed();
    if (bad(amount))
        return tr("\"%1\" is not an amount: type the sale's amount in yuan, like 128.50.").arg(amount);
    const QString balance = m_fromBalance->text().trimmed();
    if (bad(balance) && balance.compare(u"all"_s, Qt::CaseInsensitive) != 0 && balance != tr("all"))
        return tr("\"%1\" is not an amount: type how much to pay from stored value, like 50, or \"all\".").arg(balance);
    for (const PayRow& row : m_payRows)
        if (bad(row.amount->text().trimmed()))
            return tr("\"%1\" is not an amount: type what is paid by %2, like 50, or leave it empty for the rest.")
                .arg(row.amount->text().trimmed(), row.method->currentText());
    return {};
}

void CounterPage::updatePreview()
{
    if (m_payRows.isEmpty() || !m_remaining)
        return; // still being built
    m_remaining->clear();
    if (m_customerId <= 0 || m_amount->text().trimmed().isEmpty()) {
        m_preview->setText(m_customerId > 0 ? tr("Type the amount; the result shows here before you confirm.")
                                            : QString());
        m_confirm->setEnabled(false);
        return;
    }
    const auto showError = [this](const QString& message) {
        m_preview->setText(u"<span style=\"color:#b00020\">%1</span>"_s.arg(message.toHtmlEscaped()));
        m_confirm->setEnabled(false);
    };
    if (const QString bad = badAmountText(); !bad.isEmpty())
        return showError(bad);
    const core::member::SaleRequest req = request();
    if (!req.payments.isEmpty()) {
        // What is left after stored value and points, less the amounts typed.
        core::member::SaleRequest whole = req;
        whole.payments.clear();
        if (auto left = core::member::SaleService::preview(database(), whole); left) {
            core::Fen typed = 0;
            QString restMethod;
            for (const auto& part : req.payments) {
                if (part.rest && restMethod.isEmpty())
                    restMethod = core::member::SaleService::payMethodLabel(part.method);
                typed += part.rest ? 0 : part.amount;
            }
            const core::Fen remaining = left->paidOther - typed;
            m_remaining->setText(remaining < 0           ? tr("%1 more than is due").arg(format(-remaining))
                                 : !restMethod.isEmpty() ? tr("the rest, %1, by %2").arg(format(remaining), restMethod)
                                 : remaining == 0        ? tr("adds up")
                                                         : tr("%1 still to pay").arg(format(remaining)));
        }
    }
    auto plan = core::member::SaleService::preview(database(), req);
    if (!plan)
        return showError(plan.error().message);
    m_confirm->setEnabled(true);
    QStringList parts;
    if (plan->discount > 0)
        parts << tr("tier discount %1").arg(format(plan->discount));
    if (!plan->couponCode.isEmpty())
        parts << tr("coupon %1 takes %2 off").arg(plan->couponType, format(plan->couponDiscount));
    if (!plan->freeItem.isEmpty())
        parts << tr("hand over %1 free").arg(plan->freeItem);
    if (plan->pointsRedeemed > 0)
        parts << tr("%1 points = %2").arg(QLocale().toString(plan->pointsRedeemed), format(plan->pointsValue));
    if (plan->paidPrincipal + plan->paidBonus > 0)
        parts << tr("stored value %1 (principal %2, bonus %3)")
                     .arg(format(plan->paidPrincipal + plan->paidBonus), format(plan->paidPrincipal),
                          format(plan->paidBonus));
    if (plan->payments.isEmpty())
        parts << tr("%1 to pay by %2")
                     .arg(format(plan->paidOther), core::member::SaleService::payMethodLabel(plan->payMethod));
    for (const auto& part : plan->payments)
        parts << tr("%1 to pay by %2").arg(format(part.amount), core::member::SaleService::payMethodLabel(part.method));
    m_preview->setText(tr("Due %1: %2. Earns %3 points; afterwards %4 points and %5 stored value.")
                           .arg(format(plan->due()), parts.join(tr("; ")))
                           .arg(QLocale().toString(plan->pointsEarned), QLocale().toString(plan->points))
                           .arg(format(plan->balance.total()))
                           .toHtmlEscaped());
}

void CounterPage::confirmSale()
{
    if (comeToFront(m_amount))
        return;
    if (m_customerId <= 0 || !writable())
        return;
    if (!m_confirm->isEnabled()) { // the preview says what is missing
        m_status->setText(tr("Not rung up: %1").arg(QTextDocumentFragment::fromHtml(m_preview->text()).toPlainText()));
        return;
    }
    auto done = core::member::SaleService::sell(database(), request());
    if (!done) {
        m_status->setText(done.error().message);
        return;
    }
    m_lastSale = *done;
    // "Paid" as the receipt says it (SaleOutcome::paid): what the customer handed over, after the
    // coupon, the points and the tier discount; the amount is the sale's list price.
    m_status->setText(
        tr("Sale %1 saved: amount %2, total paid %3, %4 points earned. %5 prints the receipt.")
            .arg(done->orderNo, format(done->list), format(done->paid()))
            .arg(QLocale().toString(done->pointsEarned), m_printAction->shortcut().toString(QKeySequence::NativeText)) +
        (done->problem.isEmpty() ? QString() : u"\n"_s + done->problem));
    m_amount->clear();
    m_fromBalance->clear();
    while (m_payRows.size() > 1) {
        m_payRows.back().row->deleteLater();
        m_payRows.removeLast();
    }
    m_payRows.front().amount->clear();
    m_redeem->setValue(0);
    m_coupon->setCurrentIndex(0);
    showMember();
    m_amount->setFocus();
    Q_EMIT dataChanged();
}

void CounterPage::updateTopUpPreview()
{
    const auto amount = core::money::parse(m_topUpAmount->text());
    if (m_customerId <= 0 || !amount || *amount <= 0) {
        m_topUpPreview->clear();
        return;
    }
    auto plan = core::member::SaleService::previewTopUp(database(), m_customerId, *amount);
    if (!plan) {
        m_topUpPreview->setText(plan.error().message);
        return;
    }
    m_topUpPreview->setText(tr("Bonus %1: stored value afterwards %2 (principal %3, bonus %4).")
                                .arg(format(plan->bonus), format(plan->balance.total()),
                                     format(plan->balance.principal), format(plan->balance.bonus)));
}

// Money is taken only where the cashier sees it: from another view (the Counter menu), the
// counter comes to the front with the amount to check instead.
bool CounterPage::comeToFront(QLineEdit* field)
{
    if (isVisible())
        return false;
    Q_EMIT openPage(objectName(), 0);
    m_status->setText(tr("Check the member and the amount, then take the money here."));
    QTimer::singleShot(0, field, [field] { // after the page's own focus on coming forward
        field->setFocus();
        field->selectAll();
    });
    return true;
}

void CounterPage::confirmTopUp()
{
    if (comeToFront(m_topUpAmount))
        return;
    if (m_customerId <= 0 || !writable())
        return;
    // The top-up's answers go in its own box, under the amount the eyes are on (the page's status
    // line is the sale's).
    const auto amount = core::money::parse(m_topUpAmount->text());
    if (!amount || *amount <= 0) {
        m_topUpPreview->setText(tr("Type the amount to top up, like 1000."));
        return;
    }
    auto done =
        core::member::SaleService::topUp(database(), m_customerId, *amount, m_topUpMethod->currentData().toString());
    if (!done) {
        m_topUpPreview->setText(done.error().message);
        return;
    }
    m_topUpAmount->clear();
    showMember(); // its balance; clears the preview, which then says what was done
    m_topUpPreview->setText(tr("Topped up %1 with a bonus of %2.").arg(format(done->principal), format(done->bonus)));
    Q_EMIT dataChanged();
}

void CounterPage::newMember()
{
    if (!writable())
        return;
    NewMemberDialog dialog(database(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto enrolled = dialog.enroll();
    if (!enrolled) {
        m_status->setText(enrolled.error().message);
        return;
    }
    m_status->setText(tr("%1 is member %2.").arg(enrolled->name, enrolled->memberCode));
    m_picker->search(enrolled->memberCode);
    m_amount->setFocus();
    Q_EMIT dataChanged();
}

void CounterPage::refundSale()
{
    if (!writable())
        return;
    bool ok = false;
    const QString number =
        QInputDialog::getText(this, tr("Refund or Void a Sale"), tr("Sale number (a sale of today is voided):"),
                              QLineEdit::Normal, m_lastSale ? m_lastSale->orderNo : QString(), &ok)
            .trimmed();
    if (!ok || number.isEmpty())
        return;
    // Nothing is written before a second, explicit Yes: whose sale, its amount, what goes back.
    QString problem;
    if (!MemberLedgerPanel::confirmRefund(database(), number, this, &problem)) {
        m_status->setText(problem.isEmpty() ? tr("Nothing refunded.") : problem);
        return;
    }
    auto done = core::member::SaleService::refund(database(), number);
    if (!done) {
        m_status->setText(done.error().message);
        return;
    }
    m_status->setText((done->voided
                           ? tr("Voided %1 (reversal recorded as %2): pay back %3; points and stored value restored.")
                           : tr("Refunded %1 (refund recorded as %2): pay back %3; points and stored value restored."))
                          .arg(done->refundOf, done->orderNo, format(done->otherReturned)) +
                      (done->couponsReturned.isEmpty()
                           ? QString()
                           : u" "_s + tr("Coupon given back: %1.").arg(done->couponsReturned.join(tr(", ")))));
    showMember();
    Q_EMIT dataChanged();
}

void CounterPage::printReceipt()
{
    if (!m_lastSale)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(Receipt::pageSize(Receipt::Paper(m_paper->currentData().toInt())));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Receipt::print(*m_lastSale, Receipt::Paper(m_paper->currentData().toInt()), &printer);
}

core::Status CounterPage::saveReceiptPdf(const QString& path)
{
    if (!m_lastSale)
        return core::Error::make(core::Error::Code::NotFound, tr("No sale rung up here yet."));
    return Receipt::writePdf(*m_lastSale, Receipt::Paper(m_paper->currentData().toInt()), path);
}

void CounterPage::saveReceipt()
{
    if (!m_lastSale)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Receipt as PDF"), m_lastSale->orderNo + u".pdf"_s,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const core::Status s = saveReceiptPdf(path);
    m_status->setText(s ? tr("Receipt saved as %1.").arg(path) : s.error().message);
}

} // namespace clientele::ui
