#include "ReportRenderer.h"
#include "../customers/DisplayName.h"
#include "MemberSection.h"
#include "../i18n/LocalDates.h"

#include "../segmentation/TierRules.h"
#include "../storage/ProductQueries.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::core::report {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("clientele::core::report::ReportRenderer", text, disambiguation);
}

using Unit = KeyFigure::Unit;

struct KpiRow
{
    QString key; // for the CSV
    QString label;
    QString definition;
    const Kpi* kpi;
    Unit unit;
};

// Names and definitions from the figures catalogue, values from the report.
QList<KpiRow> kpiRows(const MonthlyReport& r)
{
    QList<KpiRow> rows;
    for (const KeyFigure& f : r.keyFigures())
        rows.append({Figures::key(f.id), Figures::name(f.id), Figures::definition(f.id), f.kpi, f.unit});
    return rows;
}

QString formatted(qint64 value, Unit unit)
{
    switch (unit) {
    case Unit::Count: return QLocale().toString(value);
    case Unit::Money: return ReportRenderer::money(value);
    case Unit::Permille: return ReportRenderer::percent(int(value));
    }
    return {};
}

// The change from last month, or a dash when there was no last month. (Two plain arguments, not
// an optional: GCC's -O2 flow analysis warns about optionals built on the fly.)
QString signedChange(bool known, qint64 change, Unit unit)
{
    if (!known)
        return u"—"_s;
    if (change == 0)
        return u"±0"_s;
    const qint64 magnitude = change < 0 ? -change : change;
    const QString text = unit == Unit::Permille ? QLocale().toString(magnitude / 10.0, 'f', 1) + tr(" pts")
                                                : formatted(magnitude, unit);
    return (change > 0 ? u"+"_s : u"−"_s) + text;
}

QString signedChange(const Kpi& kpi, Unit unit)
{
    return signedChange(kpi.previous.has_value(), kpi.previous ? kpi.value - *kpi.previous : 0, unit);
}

QString tierLabel(const QString& key)
{
    return key.isEmpty() ? tr("New since") : segmentation::TierRules::label(key);
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A horizontal bar as text (full and eighth blocks, 40 wide at 100%): the same in a browser, in
// QTextDocument and in the PDF, where it stays text.
QString bar(int permille, const QString& colour)
{
    static const QString eighths[] = {QString(), u"▏"_s, u"▎"_s, u"▍"_s, u"▌"_s, u"▋"_s, u"▊"_s, u"▉"_s};
    const int units = std::clamp((permille * 320 + 500) / 1000, 0, 320); // eighths of a block
    QString text = QString(units / 8, QChar(0x2588)) + eighths[units % 8];
    if (text.isEmpty())
        text = u"▏"_s;
    return u"<span style=\"color: %1;\">%2</span>"_s.arg(colour, text);
}

QString tierColour(const QString& tier)
{
    if (tier == u"diamond" || tier == u"strategic")
        return u"#3b82f6"_s;
    if (tier == u"gold" || tier == u"growth")
        return u"#d99a06"_s;
    if (tier == u"silver" || tier == u"basic")
        return u"#94a3b8"_s;
    return u"#cbd5e1"_s;
}

const QString kTable = u"<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                       u"style=\"border-collapse: collapse; border-color: #cbd5e1;\">"_s;

// In <thead>, so QTextDocument repeats it at the top of every page a table runs onto.
QString headerRow(const QStringList& cells)
{
    QString row = u"<thead><tr bgcolor=\"#f1f5f9\">"_s;
    for (const QString& c : cells)
        row += u"<th align=\"left\">"_s + esc(c) + u"</th>"_s;
    return row + u"</tr></thead>"_s;
}

// A right-aligned figure that never breaks inside ("¥2,318,554.10", "−7.1 pts", "3 days ago"):
// a narrow column grows instead of splitting a number over two lines.
QString figure(const QString& text)
{
    return u"<td align=\"right\" style=\"white-space: nowrap;\">"_s + esc(text) + u"</td>"_s;
}

// Up to this many store columns fit beside the tier table's own seven on A4 portrait; more get a
// table of their own below it.
constexpr qsizetype kInlineStoreColumns = 2;

// The tier table's store cells of one tier (customers by home store).
QString storeCells(const StoreColumns& columns, const QString& tier)
{
    QString cells;
    for (const storage::Store& store : columns.stores)
        cells += figure(QLocale().toString(columns.of(tier, store.code)));
    return cells;
}

QStringList storeHeaders(const StoreColumns& columns)
{
    QStringList headers;
    // Short: the name alone (the code when it has none); the report's note says what they count.
    for (const storage::Store& store : columns.stores)
        headers.append(store.code.isEmpty() || store.name.isEmpty() ? ReportRenderer::storeName(store) : store.name);
    return headers;
}

// A section whose figures are the whole chain's even in a report of some stores.
QString chainHeading(const MonthlyReport& r, const QString& text)
{
    return r.isChain() ? text : tr("%1 (whole chain)", "a report section not split by store").arg(text);
}
} // namespace

QString ReportRenderer::title()
{
    return tr("Monthly tier report");
}

QString ReportRenderer::storeName(const storage::Store& store)
{
    if (store.code.isEmpty())
        return tr("No home store");
    return store.name.isEmpty() || store.name == store.code ? store.code
                                                            : tr("%1 (%2)", "store name and code").arg(store.name, store.code);
}

QString ReportRenderer::storeNames(const QList<storage::Store>& stores)
{
    QStringList names;
    for (const storage::Store& store : stores)
        names.append(storeName(store));
    return names.join(tr(", "));
}

QString ReportRenderer::monthLabel(const QString& month)
{
    const QDate first = QDate::fromString(month + u"-01"_s, Qt::ISODate);
    return QLocale().toString(first, tr("MMMM yyyy", "month and year, QLocale date format"));
}

QString ReportRenderer::money(Fen fen)
{
    // ¥ first in every language (¥12,345.00), grouped and pointed by the locale; exact in fen.
    const QLocale locale;
    const qint64 magnitude = fen < 0 ? -fen : fen;
    return (fen < 0 ? u"-"_s : QString()) + u"¥"_s + locale.toString(magnitude / 100) + locale.decimalPoint() +
           u"%1"_s.arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString ReportRenderer::percent(int permille)
{
    return QLocale().toString(permille / 10.0, 'f', 1) + u'%';
}

QString ReportRenderer::html(const MonthlyReport& r)
{
    QString h;
    // A store's report names the store (printed per store, or for the chain).
    const QString heading = r.isChain() ? title() : title() + u" · "_s + storeNames(r.stores);
    h += u"<html><head><meta charset=\"utf-8\"><title>"_s + esc(heading + u" — "_s + monthLabel(r.month)) +
         u"</title></head><body style=\"font-size: 10pt;\">"_s;
    h += u"<h1>"_s + esc(r.shopName.isEmpty() ? heading : r.shopName + u" · "_s + heading) + u"</h1>"_s;
    h += u"<p><b>"_s + esc(monthLabel(r.month)) + u"</b> · "_s +
         esc(tr("figures as of %1; changes against %2").arg(i18n::LocalDates::shortDate(r.asOf),
                                                             monthLabel(r.previousMonth))) +
         u"</p>"_s;
    if (!r.isChain() || r.storeColumns.shown())
        h += u"<p>"_s + esc(Figures::storesNote()) +
             (r.isChain() ? QString()
                          : u" "_s + esc(tr("Campaigns, service tickets and the member program are the whole chain's."))) +
             u"</p>"_s;
    const bool storesInline = r.storeColumns.shown() && r.storeColumns.stores.size() <= kInlineStoreColumns;

    h += u"<h2>"_s + esc(tr("Key figures")) + u"</h2>"_s + kTable +
         headerRow({tr("Figure"), monthLabel(r.month), monthLabel(r.previousMonth), tr("Change")});
    for (const KpiRow& k : kpiRows(r))
        h += u"<tr><td>"_s + esc(k.label) + u"</td>"_s + figure(formatted(k.kpi->value, k.unit)) +
             figure(k.kpi->previous ? formatted(*k.kpi->previous, k.unit) : u"—"_s) +
             figure(signedChange(*k.kpi, k.unit)) + u"</tr>"_s;
    h += u"</table>"_s;

    h += u"<h2>"_s + esc(tr("Tiers")) + u"</h2>"_s + kTable +
         headerRow(QStringList{tr("Tier"), tr("Customers"), tr("Share"), tr("Revenue, 12 months"), tr("Revenue share"),
                               tr("Average order"), tr("Change in customers")} +
                   (storesInline ? storeHeaders(r.storeColumns) : QStringList()));
    for (const TierLine& t : r.tiers) {
        const QString change = signedChange(t.customersBefore.has_value(),
                                            t.customersBefore ? t.customers - *t.customersBefore : 0, Unit::Count);
        h += u"<tr><td>"_s + esc(tierLabel(t.tier)) + u"</td>"_s + figure(QLocale().toString(t.customers)) +
             figure(percent(t.customerSharePermille)) +
             figure(Figures::tierRevenueText(t.revenue12m, money(t.revenue12m < 0 ? -t.revenue12m : t.revenue12m))) +
             figure(percent(t.revenueSharePermille)) + figure(t.orders12m > 0 ? money(t.averageOrder) : u"—"_s) +
             figure(change) + (storesInline ? storeCells(r.storeColumns, t.tier) : QString()) + u"</tr>"_s;
    }
    h += u"</table>"_s;
    if (r.storeColumns.shown() && !storesInline) {
        h += u"<h2>"_s + esc(tr("Customers per tier and store")) + u"</h2>"_s + kTable +
             headerRow(QStringList{tr("Tier")} + storeHeaders(r.storeColumns));
        for (const TierLine& t : r.tiers)
            h += u"<tr><td>"_s + esc(tierLabel(t.tier)) + u"</td>"_s + storeCells(r.storeColumns, t.tier) + u"</tr>"_s;
        h += u"</table>"_s;
    }

    // The chart: for each tier, its share of customers beside its share of revenue.
    h += u"<h2>"_s + esc(tr("Share of customers and of revenue")) + u"</h2>"_s +
         u"<table cellspacing=\"0\" cellpadding=\"2\">"_s;
    for (const TierLine& t : r.tiers) {
        h += u"<tr><td rowspan=\"2\"><b>%1</b></td><td style=\"white-space: nowrap;\">%2 %3</td><td>%4</td></tr>"_s.arg(
            esc(tierLabel(t.tier)), esc(tr("customers")), percent(t.customerSharePermille),
            bar(t.customerSharePermille, tierColour(t.tier)));
        h += u"<tr><td style=\"white-space: nowrap;\">%1 %2</td><td>%3</td></tr>"_s.arg(esc(tr("revenue")), percent(t.revenueSharePermille),
                                                         bar(t.revenueSharePermille, u"#15803d"_s));
    }
    h += u"</table>"_s;

    // Migration matrix: rows last month's tier (or new), columns this month's.
    h += u"<h2>"_s + esc(tr("Tier migration from %1 to %2").arg(monthLabel(r.previousMonth), monthLabel(r.month))) +
         u"</h2>"_s;
    QStringList header{tr("From \\ to")};
    for (const QString& to : r.tierOrder)
        header.append(tierLabel(to));
    h += kTable + headerRow(header);
    QStringList fromKeys = r.tierOrder;
    fromKeys.append(QString());
    for (const QString& from : fromKeys) {
        h += u"<tr><td>"_s + esc(tierLabel(from)) + u"</td>"_s;
        for (const QString& to : r.tierOrder) {
            qint64 n = 0;
            for (const MigrationLine& m : r.migration)
                if (m.from == from && m.to == to)
                    n = m.customers;
            const bool stayed = from == to;
            h += u"<td align=\"right\" style=\"white-space: nowrap;\"%1>%2</td>"_s.arg(
                stayed ? u" bgcolor=\"#f1f5f9\""_s : QString(), n ? QLocale().toString(n) : u"·"_s);
        }
        h += u"</tr>"_s;
    }
    h += u"</table>"_s;

    h += u"<h2>"_s + esc(tr("Top customers per tier")) + u"</h2>"_s + kTable +
         headerRow({tr("Tier"), tr("Customer"), tr("Spend, 12 months"), tr("Last purchase")});
    for (const ReportCustomer& c : r.topCustomers)
        h += u"<tr><td>%1</td><td>%2</td>"_s.arg(esc(tierLabel(c.tier)), esc(customers::displayName(c.name))) + figure(money(c.spend12m)) +
             figure(tr("%1 days ago").arg(c.recencyDays)) + u"</tr>"_s;
    h += u"</table>"_s;

    if (!r.topCategories.isEmpty()) {
        h += u"<h2>"_s + esc(tr("Top categories per tier")) + u"</h2>"_s + kTable +
             headerRow({tr("Tier"), tr("Category"), tr("Revenue, 12 months"), tr("Units")});
        for (const TierCategoryLine& c : r.topCategories)
            h += u"<tr><td>%1</td><td>%2</td>"_s.arg(esc(tierLabel(c.tier)),
                                                     esc(c.category.isEmpty() ? tr("(no category)") : c.category)) +
                 figure(money(c.revenue12m)) + figure(storage::ProductQueries::unitsText(c.unitsMilli)) + u"</tr>"_s;
        h += u"</table>"_s;
    }

    if (!r.topProducts.isEmpty()) {
        h += u"<h2>"_s + esc(tr("Top products per tier")) + u"</h2>"_s + kTable +
             headerRow({tr("Tier"), tr("Product"), tr("Revenue, 12 months"), tr("Units")});
        for (const TierProductLine& p : r.topProducts)
            h += u"<tr><td>%1</td><td>%2</td>"_s.arg(esc(tierLabel(p.tier)), esc(p.name.isEmpty() ? p.code : p.name)) +
                 figure(money(p.revenue12m)) + figure(storage::ProductQueries::unitsText(p.unitsMilli)) + u"</tr>"_s;
        h += u"</table>"_s;
    }

    if (!r.campaigns.isEmpty()) {
        const QLocale locale;
        h += u"<h2>"_s + esc(chainHeading(r, tr("Campaigns this month"))) + u"</h2>"_s + kTable +
             headerRow({tr("Campaign"), tr("Contacted"), tr("Held out"), tr("Contact date"), tr("Conversion lift (95% interval)")});
        for (const CampaignLine& c : r.campaigns)
            h += u"<tr><td>%1</td>"_s.arg(esc(customers::displayName(c.name))) + figure(locale.toString(c.contacted)) +
                 figure(locale.toString(c.holdout)) +
                 figure(c.contactedOn.isValid() ? i18n::LocalDates::shortDate(c.contactedOn) : tr("not yet")) +
                 figure(c.measured ? tr("%1 pts (%2 to %3)")
                                         .arg(locale.toString(c.lift * 100, 'f', 1), locale.toString(c.low * 100, 'f', 1),
                                              locale.toString(c.high * 100, 'f', 1))
                                   : u"—"_s) +
                 u"</tr>"_s;
        h += u"</table>"_s;
    }

    h += u"<h2>"_s + esc(tr("Customers at risk")) + u"</h2>"_s;
    if (r.atRiskCustomers.isEmpty()) {
        h += u"<p>"_s + esc(tr("Nobody is at risk this month.")) + u"</p>"_s;
    } else {
        h += kTable + headerRow({tr("Customer"), tr("Tier"), tr("Spend, 12 months"), tr("Last purchase")});
        for (const ReportCustomer& c : r.atRiskCustomers)
            h += u"<tr><td>%1</td><td>%2</td>"_s.arg(esc(customers::displayName(c.name)), esc(tierLabel(c.tier))) + figure(money(c.spend12m)) +
                 figure(tr("%1 days ago").arg(c.recencyDays)) + u"</tr>"_s;
        h += u"</table>"_s;
    }

    h += u"<h2>"_s + esc(tr("Follow-ups")) + u"</h2><p>"_s +
         esc((r.followUpsOverdueToday
                  ? tr("Due this month: %1 done, %2 still open. Overdue today: %3.")
                  : tr("Due this month: %1 done, %2 still open. Overdue at the month's end: %3."))
                 .arg(QLocale().toString(r.followUpsDone), QLocale().toString(r.followUpsOpen),
                      QLocale().toString(r.followUpsOverdue))) +
         u"</p>"_s;

    if (r.hasService()) {
        const auto minutes = [](const std::optional<qint64>& m) {
            return m ? tr("%1 h %2 min").arg(*m / 60).arg(*m % 60) : u"–"_s;
        };
        const auto share = r.tickets.withinSlaPermille();
        const auto nps = r.nps.nps();
        h += u"<h2>"_s + esc(tr("Service")) + u"</h2><p>"_s +
             esc(tr("Tickets opened: %1, resolved: %2, resolved within SLA: %3. Median first response: %4; median "
                    "resolution: %5 (opening hours).")
                     .arg(QLocale().toString(r.tickets.opened), QLocale().toString(r.tickets.resolved),
                          share ? QLocale().toString(*share / 10.0, 'f', 1) + u"%"_s : u"–"_s,
                          minutes(r.tickets.medianFirstResponseMinutes), minutes(r.tickets.medianResolutionMinutes))) +
             u"<br>"_s +
             esc(tr("Net promoter score: %1 (%2 answers: %3 promoters, %4 passives, %5 detractors).")
                     .arg(nps ? QString::number(*nps) : u"–"_s, QLocale().toString(r.nps.answers()),
                          QLocale().toString(r.nps.promoters), QLocale().toString(r.nps.passives),
                          QLocale().toString(r.nps.detractors))) +
             u"</p>"_s;
    }

    if (r.hasMember())
        h += MemberSection::html(r.member);

    // On paper there are no tooltips: what each figure counts, from the figures catalogue.
    h += u"<h2>"_s + esc(tr("How these figures are counted")) + u"</h2><p>"_s;
    QList<FigureId> defined;
    for (const KeyFigure& f : r.keyFigures())
        defined.append(f.id);
    defined += {FigureId::TierRevenue12m, FigureId::TierAverageOrder};
    for (const FigureId id : std::as_const(defined))
        h += u"<b>"_s + esc(Figures::name(id)) + u"</b>: "_s + esc(Figures::definition(id)) + u"<br>"_s;
    h += u"</p></body></html>"_s;
    return h;
}

Status ReportRenderer::writeCsv(const MonthlyReport& r, const QString& path, io::CsvWriter::Encoding encoding)
{
    // Unguarded so signed changes stay numbers; the only free text (names) is neutralized here.
    io::CsvWriter csv(path, encoding, false);
    if (auto s = csv.open(); !s)
        return s;
    const auto yuan = [](Fen fen) { return money::toDecimalString(fen); };
    const auto value = [&](qint64 v, Unit unit) {
        return unit == Unit::Money ? yuan(v) : unit == Unit::Permille ? QString::number(v / 10.0, 'f', 1) : QString::number(v);
    };
    csv.writeRow({u"section"_s, u"key"_s, u"label"_s, u"value"_s, u"previous"_s, u"change"_s});
    for (const KpiRow& k : kpiRows(r))
        csv.writeRow({u"kpi"_s, k.key, k.label, value(k.kpi->value, k.unit),
                      k.kpi->previous ? value(*k.kpi->previous, k.unit) : QString(),
                      k.kpi->previous ? value(k.kpi->value - *k.kpi->previous, k.unit) : QString()});
    csv.writeRow({});
    // With 2+ stores, a column per store at the end (customers by home store; "none": without one).
    QStringList storeKeys;
    for (const storage::Store& store : r.storeColumns.shown() ? r.storeColumns.stores : QList<storage::Store>())
        storeKeys.append(u"customers_"_s + (store.code.isEmpty() ? u"none"_s : io::CsvWriter::neutralize(store.code)));
    csv.writeRow(QStringList{u"section"_s, u"tier"_s, u"label"_s, u"customers"_s, u"customer_share_percent"_s,
                             u"revenue_12m"_s, u"revenue_share_percent"_s, u"orders_12m"_s, u"average_order"_s,
                             u"customers_change"_s} +
                 storeKeys);
    for (const TierLine& t : r.tiers) {
        QStringList row{u"tier"_s, t.tier, tierLabel(t.tier), QString::number(t.customers),
                        QString::number(t.customerSharePermille / 10.0, 'f', 1), yuan(t.revenue12m),
                        QString::number(t.revenueSharePermille / 10.0, 'f', 1), QString::number(t.orders12m),
                        yuan(t.averageOrder),
                        t.customersBefore ? QString::number(t.customers - *t.customersBefore) : QString()};
        if (r.storeColumns.shown())
            for (const storage::Store& store : r.storeColumns.stores)
                row.append(QString::number(r.storeColumns.of(t.tier, store.code)));
        csv.writeRow(row);
    }
    csv.writeRow({});
    csv.writeRow({u"section"_s, u"from"_s, u"to"_s, u"customers"_s});
    for (const MigrationLine& m : r.migration)
        csv.writeRow({u"migration"_s, m.from.isEmpty() ? u"new"_s : m.from, m.to, QString::number(m.customers)});
    csv.writeRow({});
    csv.writeRow({u"section"_s, u"tier"_s, u"customer_id"_s, u"name"_s, u"spend_12m"_s, u"days_since_purchase"_s});
    for (const ReportCustomer& c : r.topCustomers)
        csv.writeRow({u"top"_s, c.tier, QString::number(c.id), io::CsvWriter::neutralize(c.name), yuan(c.spend12m),
                      QString::number(c.recencyDays)});
    for (const ReportCustomer& c : r.atRiskCustomers)
        csv.writeRow({u"at_risk"_s, c.tier, QString::number(c.id), io::CsvWriter::neutralize(c.name), yuan(c.spend12m),
                      QString::number(c.recencyDays)});
    if (!r.topCategories.isEmpty() || !r.topProducts.isEmpty()) {
        csv.writeRow({});
        csv.writeRow({u"section"_s, u"tier"_s, u"code"_s, u"name"_s, u"revenue_12m"_s, u"units"_s});
        for (const TierCategoryLine& c : r.topCategories)
            csv.writeRow({u"top_category"_s, c.tier, QString(), io::CsvWriter::neutralize(c.category), yuan(c.revenue12m),
                          storage::ProductQueries::unitsText(c.unitsMilli)});
        for (const TierProductLine& p : r.topProducts)
            csv.writeRow({u"top_product"_s, p.tier, io::CsvWriter::neutralize(p.code), io::CsvWriter::neutralize(p.name),
                          yuan(p.revenue12m), storage::ProductQueries::unitsText(p.unitsMilli)});
    }
    csv.writeRow({});
    csv.writeRow({u"section"_s, u"done"_s, u"open"_s, u"overdue"_s});
    csv.writeRow({u"follow_ups"_s, QString::number(r.followUpsDone), QString::number(r.followUpsOpen),
                  QString::number(r.followUpsOverdue)});
    if (r.hasService()) {
        const auto optional = [](const auto& v) { return v ? QString::number(*v) : QString(); };
        csv.writeRow({});
        csv.writeRow({u"section"_s, u"opened"_s, u"resolved"_s, u"within_sla_percent"_s,
                      u"median_first_response_minutes"_s, u"median_resolution_minutes"_s});
        const auto share = r.tickets.withinSlaPermille();
        csv.writeRow({u"tickets"_s, QString::number(r.tickets.opened), QString::number(r.tickets.resolved),
                      share ? QString::number(*share / 10.0, 'f', 1) : QString(),
                      optional(r.tickets.medianFirstResponseMinutes), optional(r.tickets.medianResolutionMinutes)});
        csv.writeRow({u"section"_s, u"nps"_s, u"promoters"_s, u"passives"_s, u"detractors"_s, u"answers"_s});
        csv.writeRow({u"nps"_s, optional(r.nps.nps()), QString::number(r.nps.promoters), QString::number(r.nps.passives),
                      QString::number(r.nps.detractors), QString::number(r.nps.answers())});
    }
    if (r.hasMember())
        MemberSection::writeCsv(csv, r.member);
    if (!r.isChain()) { // the stores whose home customers the figures are
        csv.writeRow({});
        csv.writeRow({u"section"_s, u"code"_s, u"name"_s});
        for (const storage::Store& store : r.stores)
            csv.writeRow({u"store"_s, io::CsvWriter::neutralize(store.code), io::CsvWriter::neutralize(store.name)});
    }
    return csv.commit();
}

} // namespace clientele::core::report
