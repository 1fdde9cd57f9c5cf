#include "MemberLedgerPanel.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "member/PointsLedger.h"
#include "member/SaleService.h"
#include "storage/MemberRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
using core::money::format;

QString kindLabel(const QString& kind)
{
    if (kind == u"earn")
        return MemberLedgerPanel::tr("Earned");
    if (kind == u"redeem")
        return MemberLedgerPanel::tr("Redeemed");
    if (kind == u"earn_reversal")
        return MemberLedgerPanel::tr("Taken back (refund)");
    if (kind == u"redeem_return")
        return MemberLedgerPanel::tr("Returned (refund)");
    if (kind == u"adjust")
        return MemberLedgerPanel::tr("Adjusted");
    if (kind == u"topup")
        return MemberLedgerPanel::tr("Top-up");
    if (kind == u"payment")
        return MemberLedgerPanel::tr("Payment");
    if (kind == u"refund")
        return MemberLedgerPanel::tr("Refund");
    if (kind == u"sale")
        return MemberLedgerPanel::tr("Sale");
    if (kind == u"void")
        return MemberLedgerPanel::tr("Void");
    return kind;
}

QTableWidget* table(QWidget* parent, const QStringList& headers, const QString& name)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells[c]));
}
} // namespace

MemberLedgerPanel::MemberLedgerPanel(const core::storage::Database& database, qint64 customerId, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"memberLedgerPanel"_s);
    auto* layout = new QVBoxLayout(this);
    core::storage::MemberRepository members(database);
    const QDate today = core::Clock::today();
    auto points = members.pointsOf(customerId);
    auto value = members.storedValueOf(customerId);
    auto sales = members.salesOf(customerId);
    auto held = core::member::SaleService::balance(database, customerId);
    if (!points || !value || !sales || !held) {
        layout->addWidget(new QLabel(!points ? points.error().message
                                     : !value ? value.error().message
                                     : !sales ? sales.error().message
                                              : held.error().message,
                                     this));
        return;
    }
    const core::member::PointsState state = core::member::PointsLedger::evaluate(*points, today);
    auto* summary = new QLabel(tr("Points: %1 (%2 expire within 30 days, %3 expired so far). Stored value: %4 "
                                  "(principal %5, bonus %6).")
                                   .arg(state.balance)
                                   .arg(state.expiringWithin(today, 30))
                                   .arg(state.expired)
                                   .arg(format(held->total()), format(held->principal), format(held->bonus)),
                               this);
    summary->setObjectName(u"memberSummary"_s);
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto* ledgers = table(this, {tr("Date"), tr("Ledger"), tr("What"), tr("Change"), tr("Expires"), tr("Note"), tr("By"),
                                 tr("Till")},
                          u"memberLedgers"_s);
    struct Line
    {
        QDate date;
        qint64 id;
        QStringList cells;
    };
    QList<Line> lines;
    for (const auto& r : *points)
        lines.append({r.occurredOn, r.id,
                      {QLocale().toString(r.occurredOn, QLocale::ShortFormat), tr("Points"), kindLabel(r.kind),
                       (r.points > 0 ? u"+"_s : QString()) + QString::number(r.points),
                       r.expiresOn.isValid() ? QLocale().toString(r.expiresOn, QLocale::ShortFormat) : QString(), r.note,
                       r.actor, r.till}});
    for (const auto& r : *value)
        lines.append({r.occurredOn, r.id,
                      {QLocale().toString(r.occurredOn, QLocale::ShortFormat), tr("Stored value"), kindLabel(r.kind),
                       tr("principal %1, bonus %2").arg(format(r.principal), format(r.bonus)), QString(),
                       r.payMethod.isEmpty() ? QString() : core::member::SaleService::payMethodLabel(r.payMethod),
                       r.actor, r.till}});
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.date > b.date; });
    for (const auto& l : lines)
        addRow(ledgers, l.cells);
    layout->addWidget(ledgers, 2);

    auto* saleTable = table(this, {tr("Date"), tr("Number"), tr("What"), tr("Amount"), tr("Points"), tr("Stored value"),
                                   tr("Other payment"), tr("Points earned")},
                            u"memberSales"_s);
    for (const auto& s : *sales)
        addRow(saleTable, {QLocale().toString(s.soldOn, QLocale::ShortFormat), s.orderNo, kindLabel(s.kind),
                           format(s.amount()), QString::number(s.pointsRedeemed),
                           format(s.paidPrincipal + s.paidBonus),
                           format(s.paidOther) + u" "_s + core::member::SaleService::payMethodLabel(s.payMethod),
                           QString::number(s.pointsEarned)});
    layout->addWidget(saleTable, 1);
}

} // namespace clientele::ui
