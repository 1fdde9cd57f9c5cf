#include "CareRules.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace clientele::core::care {

namespace {
QJsonArray isoDates(const QList<QDate>& dates)
{
    QJsonArray a;
    for (const QDate& d : dates)
        a.append(d.toString(Qt::ISODate));
    return a;
}
} // namespace

QList<QDate> CareRules::springFestival()
{
    return {QDate(2024, 2, 10), QDate(2025, 1, 29), QDate(2026, 2, 17), QDate(2027, 2, 6),
            QDate(2028, 1, 26), QDate(2029, 2, 13), QDate(2030, 2, 3),  QDate(2031, 1, 23),
            QDate(2032, 2, 11), QDate(2033, 1, 31), QDate(2034, 2, 19), QDate(2035, 2, 8)};
}

QList<QDate> CareRules::midAutumn()
{
    return {QDate(2024, 9, 17), QDate(2025, 10, 6), QDate(2026, 9, 25), QDate(2027, 9, 15),
            QDate(2028, 10, 3), QDate(2029, 9, 22), QDate(2030, 9, 12), QDate(2031, 10, 1),
            QDate(2032, 9, 19), QDate(2033, 9, 8),  QDate(2034, 9, 27), QDate(2035, 9, 16)};
}

QList<CareRule> CareRules::defaults()
{
    QList<QDate> nationalDay;
    for (int year = 2024; year <= 2035; ++year)
        nationalDay.append(QDate(year, 10, 1));
    const QJsonArray holidays{
        QJsonObject{{u"name"_s, u"春节"_s}, {u"dates"_s, isoDates(springFestival())}},
        QJsonObject{{u"name"_s, u"中秋节"_s}, {u"dates"_s, isoDates(midAutumn())}},
        QJsonObject{{u"name"_s, u"国庆节"_s}, {u"dates"_s, isoDates(nationalDay)}},
    };
    return {
        {u"birthday"_s, true, {{u"days_ahead"_s, 7}}},
        {u"revisit"_s, true, {{u"days_after"_s, 7}}},
        {u"winback"_s, true, {}},
        {u"vip_at_risk"_s, true, {{u"tiers"_s, QJsonArray{u"diamond"_s, u"gold"_s, u"strategic"_s}}}},
        {u"holidays"_s, true,
         {{u"days_ahead"_s, 3}, {u"tiers"_s, QJsonArray{u"diamond"_s, u"gold"_s, u"strategic"_s}},
          {u"holidays"_s, holidays}}},
        {u"replenish"_s, true, {{u"min_intervals"_s, 3}}},
        {u"detractor"_s, true, {{u"days_after"_s, 1}}},
    };
}

QString CareRules::label(const QString& key)
{
    if (key == u"birthday")
        return QCoreApplication::translate("CareRule", "Birthday greeting");
    if (key == u"revisit")
        return QCoreApplication::translate("CareRule", "Revisit after first purchase");
    if (key == u"winback")
        return QCoreApplication::translate("CareRule", "Win-back when dormant");
    if (key == u"vip_at_risk")
        return QCoreApplication::translate("CareRule", "Call a valuable customer at risk");
    if (key == u"holidays")
        return QCoreApplication::translate("CareRule", "Holiday greeting");
    if (key == u"replenish")
        return QCoreApplication::translate("CareRule", "Replenish or revisit after a product");
    if (key == u"detractor")
        return QCoreApplication::translate("CareRule", "Call back an unhappy survey answer");
    return key;
}

} // namespace clientele::core::care
