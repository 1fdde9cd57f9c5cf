#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace clientele::core::care {

// A care rule as stored in care_rules: a key naming the behaviour, on/off, and parameters.
//   birthday     {"days_ahead": 7}                 greeting task N days before the birthday
//   revisit      {"days_after": 7}                 call N days after a first purchase
//   winback      {}                                when a customer turns dormant
//   vip_at_risk  {"tiers": ["diamond", "gold"]}    call when such a customer turns at risk
//   holidays     {"days_ahead": 3, "tiers": [...], "holidays": [{"name", "dates": [...]}]}
//   replenish    {"min_intervals": 3}              call when a product's repurchase interval has passed
//                                                  since the customer's last purchase of it
// Greetings (birthday, holidays) and replenish suggestions (a sales call) go only to customers who have not opted out of marketing.
//   detractor    {"days_after": 1}                 call back a survey score of 0–6 (one task per answer)
struct CareRule
{
    QString key;
    bool enabled = true;
    QJsonObject params;
};

class CareRules
{
public:
    static QList<CareRule> defaults();
    // Spring Festival and Mid-Autumn Festival follow the lunar calendar; 2024–2035 listed here.
    static QList<QDate> springFestival();
    static QList<QDate> midAutumn();
    static QString label(const QString& key); // translated
};

} // namespace clientele::core::care
