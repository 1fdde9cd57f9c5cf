#include "MemberSection.h"

#include "ReportRenderer.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::core::report {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::report::MemberSection", text);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

QList<MemberSection::Line> MemberSection::lines(const member::MemberMonth& m)
{
    using R = ReportRenderer;
    const auto& o = m.owed;
    QList<Line> out = {
        {u"stored_value"_s, tr("Stored value owed (principal + bonus)"),
         tr("%1 (%2 + %3)").arg(R::money(o.principal + o.bonus), R::money(o.principal), R::money(o.bonus))},
        {u"points"_s, tr("Points outstanding"), tr("%1, worth %2").arg(count(o.points), R::money(o.pointsValue))},
        {u"unused_card_uses"_s, tr("Unused visit-card uses"),
         tr("%1, worth %2").arg(count(o.unusedCardUses), R::money(o.unusedCardValue))},
        {u"owed_total"_s, tr("Owed to members in all"), R::money(o.total())},
        {u"top_ups"_s, tr("Top-ups this month"),
         tr("%1 for %2; bonus given %3").arg(count(m.topUps), R::money(m.topUpPrincipal), R::money(m.topUpBonus))},
        {u"points_month"_s, tr("Points this month"),
         tr("earned %1, spent %2, expired %3").arg(count(m.pointsEarned), count(m.pointsSpent), count(m.pointsExpired))},
        {u"card_uses"_s, tr("Visit-card uses this month"), count(m.cardUses)},
        {u"member_day_sales"_s, tr("Member-day sales this month"),
         tr("%1 for %2").arg(count(m.memberDaySales), R::money(m.memberDayRevenue))},
    };
    for (const auto& c : m.coupons)
        out.append({u"coupon_type"_s, tr("Coupon type %1").arg(c.type),
                    tr("%1 of %2 used (%3)").arg(count(c.redeemed), count(c.issued), R::percent(c.ratePermille()))});
    return out;
}

QString MemberSection::html(const member::MemberMonth& m)
{
    const auto esc = [](const QString& t) { return t.toHtmlEscaped(); };
    const QString table = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          u"style=\"border-collapse: collapse; border-color: #cbd5e1;\">"_s;
    QString h = u"<h2>"_s + esc(tr("Member program")) + u"</h2>"_s + table;
    for (const Line& l : lines(m))
        h += u"<tr><td>%1</td><td align=\"right\" style=\"white-space: nowrap;\">%2</td></tr>"_s.arg(esc(l.label),
                                                                                                    esc(l.value));
    h += u"</table>"_s;
    return h;
}

void MemberSection::writeCsv(io::CsvWriter& csv, const member::MemberMonth& m)
{
    const auto yuan = [](Fen fen) { return money::toDecimalString(fen); };
    const auto n = [](qint64 v) { return QString::number(v); };
    const auto& o = m.owed;
    csv.writeRow({});
    csv.writeRow({u"section"_s, u"key"_s, u"value"_s});
    const QList<std::pair<QString, QString>> rows = {
        {u"stored_value_principal"_s, yuan(o.principal)}, {u"stored_value_bonus"_s, yuan(o.bonus)},
        {u"points"_s, n(o.points)},                       {u"points_value"_s, yuan(o.pointsValue)},
        {u"unused_card_uses"_s, n(o.unusedCardUses)},     {u"unused_card_value"_s, yuan(o.unusedCardValue)},
        {u"owed_total"_s, yuan(o.total())},               {u"top_ups"_s, n(m.topUps)},
        {u"top_up_principal"_s, yuan(m.topUpPrincipal)},  {u"top_up_bonus"_s, yuan(m.topUpBonus)},
        {u"points_earned"_s, n(m.pointsEarned)},          {u"points_spent"_s, n(m.pointsSpent)},
        {u"points_expired"_s, n(m.pointsExpired)},        {u"points_adjusted"_s, n(m.pointsAdjusted)},
        {u"card_uses"_s, n(m.cardUses)},                  {u"member_day_sales"_s, n(m.memberDaySales)},
        {u"member_day_revenue"_s, yuan(m.memberDayRevenue)},
    };
    for (const auto& [key, value] : rows)
        csv.writeRow({u"member"_s, key, value});
    if (m.coupons.isEmpty())
        return;
    csv.writeRow({u"section"_s, u"type"_s, u"issued"_s, u"used"_s, u"redemption_rate_percent"_s});
    for (const auto& c : m.coupons)
        csv.writeRow({u"coupon_type"_s, io::CsvWriter::neutralize(c.type), n(c.issued), n(c.redeemed),
                      QString::number(c.ratePermille() / 10.0, 'f', 1)});
}

} // namespace clientele::core::report
