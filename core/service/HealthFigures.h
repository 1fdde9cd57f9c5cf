#pragma once

#include "../domain/Clock.h"
#include "../domain/Money.h"
#include "../domain/Result.h"
#include "../segmentation/Evaluation.h"
#include "../report/DashboardData.h"
#include "TicketFigures.h"

#include <QList>
#include <QString>

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::service {

// One card of the health page: this month's figure, last month's, the warning level and twelve
// months of trend (oldest first; a month without data is nullopt).
//   nps         points −100…100 (answers beside it; none under 10 answers)
//   repurchase  per mille of the 12-month buyers with two purchases or more (month-end figures)
//   clv         fen: the average customer value, averageValue() — the 12-month buyers' 12-month spend
//               per buyer at the month's end — the same figure the trend plots for every month; its
//               warning a fall from last month (or the owner's dashboard threshold "average_clv")
// Every card's value is the last point of its trend, so a card and its chart always agree.
//   churn       customers turning dormant in the month
//   sla         per mille of the month's resolved tickets resolved within their SLA
struct HealthCard
{
    QString key;
    std::optional<qint64> value;
    std::optional<qint64> previous;
    report::KpiLevel level = report::KpiLevel::Normal;
    QList<std::optional<qint64>> trend;
    qint64 count = 0; // NPS answers, tickets resolved, buyers in 12 months
};

struct HealthFigures
{
    QString month;         // YYYY-MM
    QStringList months;    // the trend's months, oldest first (12)
    QList<HealthCard> cards; // nps, repurchase, clv, churn, sla
    TicketMonth tickets;     // the month's service figures beside the cards

    const HealthCard* card(const QString& key) const;
    static QStringList keys();
    static Result<HealthFigures> build(const storage::Database& database, const QString& month,
                                       const QDateTime& now = core::Clock::now());
    // The customers behind a card for the month (NPS: its detractors; repurchase: repeat buyers;
    // CLV: the 12-month buyers it divides by; churn: customers who turned dormant; SLA: customers whose ticket
    // was late).
    static Result<QList<qint64>> customers(const storage::Database& database, const QString& key, const QString& month,
                                           const QDateTime& now = core::Clock::now());
    // The one definition of the average customer value: the 12-month spend (their refunds
    // subtracted) of the customers with a purchase in those 12 months, per such customer
    // (MonthStats::buyersRevenue12m / buyers12m), rounded to the fen; none without buyers. A refund
    // to a customer who bought nothing in the window is in neither number.
    static std::optional<Fen> averageValue(const segmentation::MonthStats& stats);
    static QString label(const QString& key);         // translated
    static QString explanation(const QString& key);   // translated, how a card's figure is made ("" if plain)
    static QString valueText(const HealthCard& card); // translated, "–" without a figure
};

} // namespace clientele::core::service
