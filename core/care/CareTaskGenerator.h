#pragma once

#include "CareRules.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace clientele::core::care {

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
class CareTaskGenerator
{
public:
    static constexpr int kCatchUpDays = 30;
    static QList<CareTask> generate(const QList<CareRule>& rules, const QList<CareCustomer>& customers,
                                    const QDate& from, const QDate& to);
};

} // namespace clientele::core::care
