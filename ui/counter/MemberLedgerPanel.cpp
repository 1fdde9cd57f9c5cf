#include "MemberLedgerPanel.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "i18n/LocalDates.h"
#include "member/PointsLedger.h"
#include "member/SaleService.h"
#include "storage/Database.h"
#include "storage/MemberRepository.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
using core::money::format;

using core::member::SaleService;

// Every column fits its contents and never elides (dates, amounts, sale numbers, the till), except
// the `freeText` ones (a note, who), which split what is left and elide: the whole text is the
// cell's tooltip. When even that does not fit, the table scrolls sideways rather than cut a number.
QTableWidget* table(QWidget* parent, const QStringList& headers, const QString& name, const QList<int>& freeText)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->setTextElideMode(Qt::ElideRight);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setMinimumSectionSize(40);
    for (int c = 0; c < headers.size(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, freeText.contains(c) ? QHeaderView::Stretch
                                                                            : QHeaderView::ResizeToContents);
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}
} // namespace

MemberLedgerPanel::MemberLedgerPanel(core::storage::Database& database, qint64 customerId, QWidget* parent)
    : QWidget(parent), m_database(database), m_customerId(customerId)
{
    setObjectName(u"memberLedgerPanel"_s);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"memberSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_ledgers = table(this,
                      {tr("Date"), tr("Ledger"), tr("What"), tr("Change"), tr("Expires"),
                       tr("Sale", "column: a sale's number"), tr("Note"), tr("By"), tr("Till")},
                      u"memberLedgers"_s, {6, 7});
    layout->addWidget(m_ledgers, 2);
    m_sales = table(this,
                    {tr("Date"), tr("Number"), tr("What"), tr("Amount"), tr("Points redeemed"), tr("Stored value"),
                     tr("Other payment"), tr("Points earned")},
                    u"memberSales"_s, {6});
    m_sales->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_sales, 1);
    auto* row = new QHBoxLayout;
    m_refund = new QPushButton(tr("&Refund or Void Sale…"), this);
    m_refund->setObjectName(u"memberRefund"_s);
    m_refund->setToolTip(tr("Gives back the sale's points, stored value, coupon and card uses; a sale of today is "
                            "voided, an older one refunded (owners only)."));
    row->addWidget(m_refund);
    m_status = new QLabel(this);
    m_status->setObjectName(u"memberRefundStatus"_s);
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    layout->addLayout(row);
    connect(m_sales, &QTableWidget::itemSelectionChanged, this, &MemberLedgerPanel::selectionChanged);
    connect(m_refund, &QPushButton::clicked, this, &MemberLedgerPanel::refundSelected);
    reload();
}

void MemberLedgerPanel::reload()
{
    core::storage::MemberRepository members(m_database);
    const QDate today = core::Clock::today();
    auto points = members.pointsOf(m_customerId);
    auto value = members.storedValueOf(m_customerId);
    auto sales = members.salesOf(m_customerId);
    auto held = core::member::SaleService::balance(m_database, m_customerId);
    m_ledgers->setRowCount(0);
    m_sales->setRowCount(0);
    m_saleRows.clear();
    m_reversed.clear();
    if (!points || !value || !sales || !held) {
        m_summary->setText(!points  ? points.error().message
                           : !value ? value.error().message
                           : !sales ? sales.error().message
                                    : held.error().message);
        selectionChanged();
        return;
    }
    const core::member::PointsState state = core::member::PointsLedger::evaluate(*points, today);
    m_summary->setText(tr("Points: %1 (%2 expire within 30 days, %3 expired so far). Stored value: %4 "
                          "(principal %5, bonus %6).")
                           .arg(QLocale().toString(state.balance))
                           .arg(QLocale().toString(state.expiringWithin(today, 30)))
                           .arg(QLocale().toString(state.expired))
                           .arg(format(held->total()), format(held->principal), format(held->bonus)));
    struct Line
    {
        QDate date;
        qint64 id;
        QStringList cells;
    };
    QList<Line> lines;
    QHash<qint64, QString> saleNumber; // a ledger row's sale, by its id
    for (const auto& s : *sales)
        saleNumber.insert(s.id, s.orderNo);
    for (const auto& r : *points) {
        const QString number = saleNumber.value(r.saleId);
        const QString note = core::member::SaleService::noteText(r.note);
        lines.append(
            {r.occurredOn,
             r.id,
             {core::i18n::LocalDates::shortDate(r.occurredOn), tr("Points"), SaleService::kindLabel(r.kind, r.saleKind),
              (r.points > 0 ? u"+"_s : QString()) + QLocale().toString(r.points),
              r.expiresOn.isValid() ? core::i18n::LocalDates::shortDate(r.expiresOn) : QString(), number,
              note == number ? QString() : note, // the number once, in its own column
              core::member::SaleService::whoText(r.actor), r.till}});
    }
    for (const auto& r : *value)
        lines.append({r.occurredOn,
                      r.id,
                      {core::i18n::LocalDates::shortDate(r.occurredOn), tr("Stored value"),
                       SaleService::kindLabel(r.kind, r.saleKind),
                       tr("principal %1, bonus %2").arg(format(r.principal), format(r.bonus)), QString(),
                       saleNumber.value(r.saleId),
                       r.payMethod.isEmpty() ? QString() : core::member::SaleService::payMethodLabel(r.payMethod),
                       core::member::SaleService::whoText(r.actor), r.till}});
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.date > b.date; });
    for (const auto& l : lines)
        addRow(m_ledgers, l.cells);
    m_saleRows = *sales;
    QSet<qint64> voided; // reversed on its day: no order at all (storage::standingOrder), not a refund
    for (const auto& s : *sales)
        if (s.reversesId > 0) {
            m_reversed.insert(s.reversesId);
            if (s.kind == u"void")
                voided.insert(s.reversesId);
        }
    QHash<qint64, QString> numberOf; // a reversal names the sale it reverses
    for (const auto& s : *sales)
        numberOf.insert(s.id, s.orderNo);
    const auto what = [&](const core::storage::SaleRow& s) {
        // A void or refund is its own row with the sale's figures negated: it says whose reversal it is.
        if (s.reversesId > 0)
            return s.kind == u"void" ? tr("Void of %1").arg(numberOf.value(s.reversesId))
                                     : tr("Refund of %1").arg(numberOf.value(s.reversesId));
        if (voided.contains(s.id))
            return tr("%1 (voided)").arg(SaleService::kindLabel(s.kind));
        return m_reversed.contains(s.id) ? tr("%1 (refunded)").arg(SaleService::kindLabel(s.kind))
                                         : SaleService::kindLabel(s.kind);
    };
    // A reversal's points columns say which way the points went (as the ledger's rows do): the
    // redemption's points came back to the member, the points the sale earned were taken back.
    const auto redeemedText = [](const core::storage::SaleRow& s) {
        if (s.reversesId > 0 && s.pointsRedeemed < 0)
            return tr("+%1 returned").arg(QLocale().toString(-s.pointsRedeemed));
        return QLocale().toString(s.pointsRedeemed);
    };
    const auto earnedText = [](const core::storage::SaleRow& s) {
        if (s.reversesId > 0 && s.pointsEarned < 0)
            return tr("%1 taken back").arg(QLocale().toString(s.pointsEarned));
        return QLocale().toString(s.pointsEarned);
    };
    for (const auto& s : *sales)
        addRow(m_sales,
               {core::i18n::LocalDates::shortDate(s.soldOn), s.orderNo, what(s), format(s.amount()), redeemedText(s),
                format(s.paidPrincipal + s.paidBonus),
                format(s.paidOther) + u" "_s + core::member::SaleService::payMethodLabel(s.payMethod), earnedText(s)});
    selectionChanged();
}

void MemberLedgerPanel::selectionChanged()
{
    const int row = m_sales->currentRow();
    const bool refundable = !m_database.isReadOnly() && row >= 0 && row < m_saleRows.size() &&
                            m_sales->selectionModel()->hasSelection() && m_saleRows[row].kind == u"sale" &&
                            !m_reversed.contains(m_saleRows[row].id);
    m_refund->setEnabled(refundable);
    if (refundable)
        m_refund->setText(m_saleRows[row].soldOn == core::Clock::today() ? tr("&Void Sale…") : tr("&Refund Sale…"));
    else
        m_refund->setText(tr("&Refund or Void Sale…"));
}

QString MemberLedgerPanel::refundText(const core::member::RefundOutcome& r, const QString& payMethod)
{
    QStringList lines;
    lines << (r.voided ? tr("Void sale %1 (rung up today)?") : tr("Refund sale %1? (After its day: owners only.)"))
                 .arg(r.refundOf);
    if (!r.customerName.isEmpty() || !r.memberCode.isEmpty()) {
        const QString who = r.memberCode.isEmpty() || r.customerName.isEmpty()
                                ? r.customerName + r.memberCode
                                : tr("%1 (member %2)").arg(r.customerName, r.memberCode);
        lines << tr("Customer: %1. Sale amount: %2, rung up on %3.")
                     .arg(who, format(r.saleAmount), core::i18n::LocalDates::shortDate(r.soldOn));
    }
    for (const auto& part : r.paymentsReturned)
        lines << tr("Pay back %1 by %2.")
                     .arg(format(part.amount), core::member::SaleService::payMethodLabel(part.method));
    if (r.paymentsReturned.isEmpty() && r.otherReturned != 0)
        lines << tr("Pay back %1 by %2.")
                     .arg(format(r.otherReturned),
                          core::member::SaleService::payMethodLabel(payMethod.isEmpty() ? r.payMethod : payMethod));
    if (r.principalReturned + r.bonusReturned != 0)
        lines << tr("Stored value that will be returned: principal %1, bonus %2.")
                     .arg(format(r.principalReturned), format(r.bonusReturned));
    if (r.pointsReturned != 0)
        lines << tr("Points that will be given back: %1.").arg(QLocale().toString(r.pointsReturned));
    if (r.pointsTakenBack != 0)
        lines << tr("Points the sale earned that will be taken back: %1.").arg(QLocale().toString(r.pointsTakenBack));
    if (!r.couponsReturned.isEmpty())
        lines << tr("Coupon that will be returned: %1.").arg(r.couponsReturned.join(tr(", ")));
    if (!r.cardCancelled.isEmpty())
        lines << tr("Visit card %1: its %2 unused uses (of %3) will be cancelled.")
                     .arg(r.cardCancelled)
                     .arg(r.cardUsesCancelled)
                     .arg(r.cardUses);
    if (r.cardUsesReturned != 0)
        lines << tr("Visit-card uses that will be given back: %1.").arg(r.cardUsesReturned);
    lines << tr("Afterwards: %1 points, stored value %2.").arg(QLocale().toString(r.points), format(r.balance.total()));
    if (r.points < 0) // the member program's rule: the balance shows what the member owes
        lines << tr("The points this sale earned were partly spent since: the balance goes below zero, and "
                    "the next points the member earns make it up.");
    return lines.join(u"\n"_s);
}

bool MemberLedgerPanel::confirmRefund(const core::storage::Database& database, const QString& orderNo, QWidget* parent,
                                      QString* problem)
{
    if (problem)
        problem->clear();
    auto would = core::member::SaleService::previewRefund(database, orderNo);
    if (!would) {
        if (problem)
            *problem = would.error().message;
        return false;
    }
    QMessageBox confirm(QMessageBox::Question, would->voided ? tr("Void Sale") : tr("Refund Sale"), refundText(*would),
                        QMessageBox::Yes | QMessageBox::No, parent);
    confirm.setObjectName(u"refundConfirm"_s);
    confirm.setDefaultButton(QMessageBox::No);
    confirm.setEscapeButton(QMessageBox::No);
    return confirm.exec() == QMessageBox::Yes;
}

void MemberLedgerPanel::refundSelected()
{
    const int row = m_sales->currentRow();
    if (row < 0 || row >= m_saleRows.size())
        return;
    const core::storage::SaleRow sale = m_saleRows[row];
    QString problem;
    if (!confirmRefund(m_database, sale.orderNo, this, &problem)) {
        if (!problem.isEmpty())
            m_status->setText(problem);
        return;
    }
    auto done = core::member::SaleService::refund(m_database, sale.orderNo);
    if (!done) {
        m_status->setText(done.error().message);
        return;
    }
    reload();
    m_status->setText(
        (done->voided ? tr("Voided %1 (reversal recorded as %2).") : tr("Refunded %1 (refund recorded as %2)."))
            .arg(done->refundOf, done->orderNo) +
        (done->problem.isEmpty() ? QString() : u" "_s + done->problem));
    Q_EMIT changed();
}

} // namespace clientele::ui
