#include "CardsCouponsPanel.h"

#include "member/MemberBalances.h"

#include "MemberProgramDialog.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "i18n/LocalDates.h"
#include "member/Coupons.h"
#include "member/SaleService.h"
#include "member/VisitCards.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using core::member::Coupons;
using core::member::VisitCards;

namespace {
QTableWidget* makeTable(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem* cell(const QString& text, const QVariant& data = {})
{
    auto* item = new QTableWidgetItem(text);
    if (data.isValid())
        item->setData(Qt::UserRole, data);
    return item;
}

QString day(const QDate& date)
{
    return core::i18n::LocalDates::shortDate(date);
}
} // namespace

CardsCouponsPanel::CardsCouponsPanel(core::storage::Database& database, qint64 customerId, QWidget* parent)
    : QWidget(parent), m_database(database), m_customerId(customerId)
{
    setObjectName(QStringLiteral("profileCardsCoupons"));
    auto* layout = new QVBoxLayout(this);

    auto* cardsBox = new QGroupBox(tr("Visit cards"), this);
    auto* cardsLayout = new QVBoxLayout(cardsBox);
    m_cards = makeTable(QStringLiteral("cardTable"),
                        {tr("Card"), tr("Plan"), tr("Uses left"), tr("Valid until"), tr("Status")}, cardsBox);
    cardsLayout->addWidget(m_cards);
    auto* cardButtons = new QHBoxLayout;
    m_use = new QPushButton(tr("Record a &Use…"), cardsBox);
    m_use->setObjectName(QStringLiteral("useCardButton"));
    m_sell = new QPushButton(tr("&Sell a Card…"), cardsBox);
    m_sell->setObjectName(QStringLiteral("sellCardButton"));
    cardButtons->addWidget(m_use);
    cardButtons->addWidget(m_sell);
    cardButtons->addStretch(1);
    cardsLayout->addLayout(cardButtons);
    layout->addWidget(cardsBox, 1);

    auto* couponsBox = new QGroupBox(tr("Coupons"), this);
    auto* couponsLayout = new QVBoxLayout(couponsBox);
    m_coupons =
        makeTable(QStringLiteral("couponTable"), {tr("Code"), tr("Type"), tr("Valid until"), tr("Status")}, couponsBox);
    couponsLayout->addWidget(m_coupons);
    auto* couponButtons = new QHBoxLayout;
    m_issue = new QPushButton(tr("&Issue a Coupon…"), couponsBox);
    m_issue->setObjectName(QStringLiteral("issueCouponButton"));
    auto* manage = new QPushButton(tr("&Plans && Coupon Types…"), couponsBox);
    manage->setObjectName(QStringLiteral("memberProgramButton"));
    couponButtons->addWidget(m_issue);
    couponButtons->addStretch(1);
    couponButtons->addWidget(manage);
    couponsLayout->addLayout(couponButtons);
    layout->addWidget(couponsBox, 1);

    connect(m_use, &QPushButton::clicked, this, &CardsCouponsPanel::useSelectedCard);
    connect(m_sell, &QPushButton::clicked, this, &CardsCouponsPanel::sellCard);
    connect(m_issue, &QPushButton::clicked, this, &CardsCouponsPanel::issueCoupon);
    connect(manage, &QPushButton::clicked, this, &CardsCouponsPanel::managePlans);
    connect(m_cards, &QTableWidget::itemSelectionChanged, this, &CardsCouponsPanel::updateButtons);
    reload();
}

void CardsCouponsPanel::reload()
{
    const QDate today = core::Clock::today();
    m_cards->setRowCount(0);
    if (auto cards = VisitCards::cardsOf(m_database, m_customerId)) {
        for (const auto& c : *cards) {
            const int row = m_cards->rowCount();
            m_cards->insertRow(row);
            QString status = tr("Usable");
            if (c.expiredOn(today))
                status = tr("Expired");
            else if (c.remaining() <= 0)
                status = tr("Used up");
            m_cards->setItem(row, 0, cell(c.cardNo, c.id));
            m_cards->setItem(row, 1, cell(c.items.isEmpty() ? c.planName : tr("%1 (%2)").arg(c.planName, c.items)));
            m_cards->setItem(row, 2, cell(tr("%1 of %2").arg(c.remaining()).arg(c.uses)));
            m_cards->setItem(row, 3, cell(day(c.expiresOn)));
            m_cards->setItem(row, 4, cell(status, c.usable(today)));
        }
    }
    m_coupons->setRowCount(0);
    if (auto coupons = Coupons::list(m_database, m_customerId)) {
        for (const auto& c : *coupons) {
            const int row = m_coupons->rowCount();
            m_coupons->insertRow(row);
            m_coupons->setItem(row, 0, cell(c.code, c.id));
            m_coupons->setItem(row, 1, cell(c.typeName));
            m_coupons->setItem(row, 2, cell(day(c.validTo)));
            QString status = Coupons::stateLabel(Coupons::stateOn(c, today));
            if (c.used())
                status = tr("Used on %1 (%2 off)").arg(day(c.redeemedOn), core::money::format(c.discount));
            m_coupons->setItem(row, 3, cell(status));
        }
    }
    m_cards->resizeColumnsToContents();
    m_coupons->resizeColumnsToContents();
    const bool writable = !m_database.isReadOnly();
    m_sell->setEnabled(writable);
    m_issue->setEnabled(writable);
    updateButtons();
}

void CardsCouponsPanel::updateButtons()
{
    const int row = m_cards->currentRow();
    const bool usable = row >= 0 && m_cards->item(row, 4) && m_cards->item(row, 4)->data(Qt::UserRole).toBool();
    m_use->setEnabled(usable && !m_database.isReadOnly());
}

bool CardsCouponsPanel::useSelectedCard()
{
    const int row = m_cards->currentRow();
    if (row < 0)
        return false;
    const qint64 cardId = m_cards->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto card = VisitCards::findCard(m_database, QString::number(cardId));
    if (!card || !card->has_value())
        return false;
    const QDate today = core::Clock::today();
    if (const QString why = VisitCards::refusal(**card, today); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Visit Card"), why);
        return false;
    }
    const auto answer = QMessageBox::question(this, tr("Record a Use"),
                                              tr("Record one use of card %1 (%2) today? %3 of %4 uses will be left.")
                                                  .arg((*card)->cardNo, (*card)->planName)
                                                  .arg((*card)->remaining() - 1)
                                                  .arg((*card)->uses));
    if (answer != QMessageBox::Yes)
        return false;
    auto used = VisitCards::use(m_database, cardId, today, QString(), core::member::SaleService::whoKey());
    if (!used) {
        QMessageBox::warning(this, tr("Visit Card"), used.error().message);
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

bool CardsCouponsPanel::sellCard()
{
    auto plans = VisitCards::plans(m_database);
    if (!plans)
        return false;
    if (plans->isEmpty()) {
        QMessageBox::information(this, tr("Sell a Card"),
                                 tr("There are no visit-card plans yet. Add one under Plans & Coupon Types."));
        return false;
    }
    QStringList names;
    for (const auto& p : *plans)
        names << tr("%1 — %2 uses, %3, %4 months")
                     .arg(p.name)
                     .arg(p.uses)
                     .arg(core::money::format(p.price))
                     .arg(p.monthsValid);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Sell a Card"), tr("Plan (the price is recorded as a sale):"),
                                                 names, 0, false, &ok);
    if (!ok)
        return false;
    const qsizetype index = names.indexOf(chosen);
    if (index < 0)
        return false;
    // Selling a card is a sale: how it was paid goes on the sale and the receipt, as at the counter.
    // Stored value is offered first when the customer has some: it pays what it covers.
    const core::CardPlan plan = (*plans)[index];
    const auto balance = core::member::MemberBalances::storedValue(m_database, m_customerId);
    const core::Fen held = balance ? *balance : 0;
    const QStringList methods = core::member::SaleService::payMethods();
    QStringList methodNames;
    if (held > 0)
        methodNames << tr("Stored value (balance %1)").arg(core::money::format(held));
    for (const QString& m : methods)
        methodNames << core::member::SaleService::payMethodLabel(m);
    QString method = QInputDialog::getItem(this, tr("Sell a Card"),
                                           tr("%1 for %2 — paid by:").arg(plan.name, core::money::format(plan.price)),
                                           methodNames, 0, false, &ok);
    if (!ok || methodNames.indexOf(method) < 0)
        return false;
    const bool fromBalance = held > 0 && methodNames.indexOf(method) == 0;
    if (fromBalance) {
        methodNames.removeFirst();
        method = methodNames.first(); // the rest's way, when the balance pays it all: unused
        // What the balance pays and what is left, as the sale will work them out (tier discount too).
        core::member::SaleRequest request;
        request.customerId = m_customerId;
        request.cardPlanId = plan.id;
        request.payBalanceAll = true;
        const auto planned = core::member::SaleService::preview(m_database, request);
        if (!planned) {
            QMessageBox::warning(this, tr("Sell a Card"), planned.error().message);
            return false;
        }
        if (planned->paidOther > 0) {
            method = QInputDialog::getItem(this, tr("Sell a Card"),
                                           tr("Stored value pays %1; the other %2 paid by:")
                                               .arg(core::money::format(planned->paidPrincipal + planned->paidBonus),
                                                    core::money::format(planned->paidOther)),
                                           methodNames, 0, false, &ok);
            if (!ok || methodNames.indexOf(method) < 0)
                return false;
        }
    }
    auto sold = VisitCards::sell(m_database, m_customerId, plan.id, core::Clock::today(), QString(),
                                 methods.at(methodNames.indexOf(method)), fromBalance);
    if (!sold) {
        QMessageBox::warning(this, tr("Sell a Card"), sold.error().message);
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

bool CardsCouponsPanel::issueCoupon()
{
    auto types = Coupons::types(m_database);
    if (!types)
        return false;
    if (types->isEmpty()) {
        QMessageBox::information(this, tr("Issue a Coupon"),
                                 tr("There are no coupon types yet. Add one under Plans & Coupon Types."));
        return false;
    }
    QStringList names;
    for (const auto& t : *types)
        names << tr("%1 — %2").arg(t.name, Coupons::describe(t));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Issue a Coupon"), tr("Coupon type:"), names, 0, false, &ok);
    if (!ok)
        return false;
    const qsizetype index = names.indexOf(chosen);
    if (index < 0)
        return false;
    auto issued = Coupons::issue(m_database, (*types)[index].id, {m_customerId}, core::Clock::today());
    if (!issued) {
        QMessageBox::warning(this, tr("Issue a Coupon"), issued.error().message);
        return false;
    }
    if (issued->coupons.isEmpty()) {
        QMessageBox::information(this, tr("Issue a Coupon"),
                                 tr("This customer already holds as many coupons of this type as one customer may."));
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

void CardsCouponsPanel::managePlans()
{
    MemberProgramDialog dialog(m_database, this);
    dialog.exec();
    reload();
}

} // namespace clientele::ui
