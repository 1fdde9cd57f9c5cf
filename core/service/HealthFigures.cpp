#include "HealthFigures.h"

#include "../domain/Money.h"
#include "../storage/HealthQueries.h"
#include "../storage/SegmentationRepository.h"
#include "../storage/SurveyRepository.h"
#include "Nps.h"
#include "TicketFigures.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace clientele::core::service {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::service::HealthFigures", text);
}

QString monthKey(const QDate& d)
{
    return d.toString(u"yyyy-MM"_s);
}

// Turning dormant: amber above 3 %, red above 5 % of the 12-month buyers; SLA: amber under 90 %,
// red under 80 % resolved in time.
constexpr qint64 kChurnAmberPermille = 30;
constexpr qint64 kChurnRedPermille = 50;
constexpr qint64 kSlaAmberPermille = 900;
constexpr qint64 kSlaRedPermille = 800;
constexpr qint64 kClvAmberFallPermille = 50;
constexpr qint64 kClvRedFallPermille = 100;
} // namespace

std::optional<Fen> HealthFigures::averageValue(const segmentation::MonthStats& stats)
{
    if (stats.buyers12m <= 0)
        return std::nullopt;
    const qint64 half = stats.buyers12m / 2;
    const Fen spend = stats.buyersRevenue12m;
    return spend >= 0 ? (spend + half) / stats.buyers12m : (spend - half) / stats.buyers12m;
}

const HealthCard* HealthFigures::card(const QString& key) const
{
    for (const auto& c : cards)
        if (c.key == key)
            return &c;
    return nullptr;
}

QStringList HealthFigures::keys()
{
    return {u"nps"_s, u"repurchase"_s, u"clv"_s, u"churn"_s, u"sla"_s};
}

Result<HealthFigures> HealthFigures::build(const storage::Database& database, const QString& month, const QDateTime& now)
{
    const QDate first = Nps::firstDay(month);
    if (!first.isValid())
        return Error::make(Error::Code::Usage, tr("“%1” is not a month like 2026-10.").arg(month));
    HealthFigures h;
    h.month = month;
    for (int i = 11; i >= 0; --i)
        h.months.append(monthKey(first.addMonths(-i)));

    const auto stats = storage::SegmentationRepository(database).monthStats();
    if (!stats)
        return stats.error();
    QHash<QString, segmentation::MonthStats> byMonth;
    for (const auto& s : *stats)
        byMonth.insert(s.month, s);

    const auto answers = storage::SurveyRepository(database).between(first.addMonths(-11), first.addMonths(1).addDays(-1));
    if (!answers)
        return answers.error();
    QHash<QString, QList<storage::SurveyAnswer>> answersByMonth;
    for (const auto& a : *answers)
        answersByMonth[monthKey(a.answeredOn)].append(a);

    HealthCard nps{u"nps"_s, {}, {}, report::KpiLevel::Normal, {}, 0};
    HealthCard repurchase{u"repurchase"_s, {}, {}, report::KpiLevel::Normal, {}, 0};
    HealthCard clv{u"clv"_s, {}, {}, report::KpiLevel::Normal, {}, 0};
    HealthCard churn{u"churn"_s, {}, {}, report::KpiLevel::Normal, {}, 0};
    HealthCard sla{u"sla"_s, {}, {}, report::KpiLevel::Normal, {}, 0};
    for (const QString& m : h.months) {
        const auto groups = Nps::group(answersByMonth.value(m), NpsBy::None);
        const NpsFigure f = groups.value(0).figure;
        nps.trend.append(f.nps() ? std::optional<qint64>(*f.nps()) : std::nullopt);
        if (m == month)
            nps.count = f.answers();

        const auto s = byMonth.constFind(m);
        const bool has = s != byMonth.cend() && s->buyers12m > 0;
        repurchase.trend.append(has ? std::optional<qint64>(report::MonthlyReport::permille(s->repeatBuyers12m, s->buyers12m))
                                    : std::nullopt);
        clv.trend.append(has ? averageValue(*s) : std::nullopt);
        churn.trend.append(s != byMonth.cend() ? std::optional<qint64>(s->lostCustomers) : std::nullopt);
        if (m == month) {
            repurchase.count = has ? s->buyers12m : 0;
            churn.count = has ? s->buyers12m : 0;
        }

        const auto t = TicketFigures::forMonth(database, m, now);
        if (!t)
            return t.error();
        const auto share = t->withinSlaPermille();
        sla.trend.append(share ? std::optional<qint64>(*share) : std::nullopt);
        if (m == month) {
            sla.count = t->resolved;
            h.tickets = *t;
        }
    }
    // Every card's figure is the last point of its own trend line, so the card and the chart agree.
    for (HealthCard* c : {&nps, &repurchase, &clv, &churn, &sla}) {
        c->value = c->trend.last();
        c->previous = c->trend.value(c->trend.size() - 2);
    }
    clv.count = repurchase.count;
    nps.level = [&] {
        switch (NpsAlert::load(database).level(nps.value ? std::optional<int>(int(*nps.value)) : std::nullopt,
                                               nps.previous ? std::optional<int>(int(*nps.previous)) : std::nullopt)) {
        case NpsAlert::Level::Red: return report::KpiLevel::Red;
        case NpsAlert::Level::Amber: return report::KpiLevel::Amber;
        case NpsAlert::Level::Normal: break;
        }
        return report::KpiLevel::Normal;
    }();
    if (repurchase.value)
        for (const auto& threshold : report::DashboardData::loadThresholds(database))
            if (threshold.key == u"repurchase_rate")
                repurchase.level = report::DashboardData::level(*repurchase.value, threshold);
    // The average value warns after a fall of 5 % (amber) or 10 % (red) from last month, unless
    // the owner set a line.
    if (clv.value) {
        bool own = false;
        for (const auto& threshold : report::DashboardData::loadThresholds(database))
            if (threshold.key == u"average_clv" && (threshold.amber > 0 || threshold.red > 0)) {
                clv.level = report::DashboardData::level(*clv.value, threshold);
                own = true;
            }
        const auto now12 = clv.value;
        const auto before12 = clv.previous;
        if (!own && now12 && before12 && *before12 > 0) {
            const qint64 fallPermille = (*before12 - *now12) * 1000 / *before12;
            clv.level = fallPermille > kClvRedFallPermille     ? report::KpiLevel::Red
                        : fallPermille > kClvAmberFallPermille ? report::KpiLevel::Amber
                                                               : report::KpiLevel::Normal;
        }
    }
    if (churn.value && churn.count > 0) {
        const qint64 permille = report::MonthlyReport::permille(*churn.value, churn.count);
        churn.level = permille > kChurnRedPermille     ? report::KpiLevel::Red
                      : permille > kChurnAmberPermille ? report::KpiLevel::Amber
                                                       : report::KpiLevel::Normal;
    }
    if (sla.value)
        sla.level = *sla.value < kSlaRedPermille     ? report::KpiLevel::Red
                    : *sla.value < kSlaAmberPermille ? report::KpiLevel::Amber
                                                     : report::KpiLevel::Normal;
    h.cards = {nps, repurchase, clv, churn, sla};
    return h;
}

Result<QList<qint64>> HealthFigures::customers(const storage::Database& database, const QString& key,
                                               const QString& month, const QDateTime& now)
{
    const QDate first = Nps::firstDay(month);
    if (!first.isValid())
        return Error::make(Error::Code::Usage, tr("“%1” is not a month like 2026-10.").arg(month));
    if (key == u"nps") {
        const auto answers = storage::SurveyRepository(database).between(first, first.addMonths(1).addDays(-1));
        if (!answers)
            return answers.error();
        QList<qint64> ids;
        for (const auto& a : *answers)
            if (a.score <= 6 && !ids.contains(a.customerId))
                ids.append(a.customerId);
        return ids;
    }
    if (key == u"repurchase")
        return storage::HealthQueries::repeatBuyers(database, first.addMonths(1).addDays(-1));
    if (key == u"clv")
        return storage::HealthQueries::buyers(database, first.addMonths(1).addDays(-1));
    if (key == u"churn")
        return storage::HealthQueries::turnedDormant(database, month, monthKey(first.addMonths(-1)));
    if (key == u"sla") {
        const auto t = TicketFigures::forMonth(database, month, now);
        if (!t)
            return t.error();
        return t->breachedCustomers;
    }
    return Error::make(Error::Code::Usage, tr("Unknown health figure “%1”.").arg(key));
}

QString HealthFigures::label(const QString& key)
{
    if (key == u"nps")
        return tr("Net promoter score");
    if (key == u"repurchase")
        return tr("Repurchase rate");
    if (key == u"clv")
        return tr("Average customer value");
    if (key == u"churn")
        return tr("Customers turning dormant");
    if (key == u"sla")
        return tr("Tickets resolved within SLA");
    return key;
}

QString HealthFigures::explanation(const QString& key)
{
    if (key == u"clv")
        return tr("What the shop's customers are worth a year: what the customers who bought in the 12 months to "
                  "the month's end spent in them (less their refunds), divided by their number. A refund to someone "
                  "who bought nothing in those months does not count. The line plots the same figure at each month's "
                  "end. A customer's own predicted value is on their profile.");
    return {};
}

QString HealthFigures::valueText(const HealthCard& card)
{
    if (!card.value)
        return u"–"_s;
    const qint64 v = *card.value;
    if (card.key == u"nps")
        return (v > 0 ? u"+"_s : QString()) + QString::number(v);
    if (card.key == u"repurchase" || card.key == u"sla")
        return QStringLiteral("%1%").arg(double(v) / 10.0, 0, 'f', 1);
    if (card.key == u"clv")
        return money::format(v);
    return QString::number(v);
}

} // namespace clientele::core::service
