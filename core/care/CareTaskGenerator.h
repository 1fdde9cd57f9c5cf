#pragma once

#include "CareRules.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace clientele::core::care {

// A product the customer bought, with the product's repurchase figures (storage::ProductQueries).
struct CareProduct
{
    qint64 productId = 0;
    QString name; // the product's name, or its code when it has none
    QDate lastBought;
    std::optional<double> medianDays; // median days between repeat purchases, all customers
    qint64 intervals = 0;             // repeat-purchase gaps that median is taken over
    std::optional<int> ownDays;       // the owner's own interval; wins over the median
};

// What the rules need to know about a customer (from the latest segmentation run).
// A survey answer of 0–6 (NPS detractor); the customer's answers per survey and day are unique.
struct DetractorAnswer
{
    QDate answeredOn;
    int score = 0;
    QString survey;
};

struct CareCustomer
{
    qint64 id = 0;
    QString name;
    QDate birthday;
    bool marketingConsent = true;
    QString tier;
    QString stage;
    QDate firstPurchase;
    QDate lastPurchase;
    int atRiskAfterDays = 0; // this customer's own overdue limit
    int dormantDays = 365;
    bool churnRisk = false; // flagged by the purchase model: valuable and P(alive) falling
    QList<CareProduct> products; // filled only when the replenish rule is on
    QList<DetractorAnswer> detractorAnswers;
};

struct CareTask
{
    qint64 customerId = 0;
    QDate dueOn;
    QString title;
    QString reason;
    QString rule;
    QString dedupeKey; // the same key is never created twice
    QJsonObject facts; // what title and reason say, as data (CareTaskText renders them when read)
};

// Turns customer state into follow-up tasks due within [from, to]. Pure and deterministic;
// storing them (and skipping keys already stored) is the caller's job.
// Win-back and at-risk calls are due on the day the customer turns dormant / overdue (last
// purchase + the limit); one who turned so up to 30 days before `from` gets a task due on `from`.
// Replenish calls are due the product's interval after the customer's last purchase of it (the
// owner's number, else the median when it rests on at least min_intervals gaps), with the same
// catch-up; buying it again moves the date and the key, so one purchase makes at most one task.
// At most one replenish task per customer per run: the product that ran out first.
class CareTaskGenerator
{
public:
    static constexpr int kCatchUpDays = 30;
    static QList<CareTask> generate(const QList<CareRule>& rules, const QList<CareCustomer>& customers,
                                    const QDate& from, const QDate& to);
};

} // namespace clientele::core::care
