// The table of conditions: each keeps or drops one customer an event happened to.
#include "Registry.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::automation {

namespace {
QStringList list(const QJsonObject& c, const QString& field)
{
    QStringList out;
    for (const QJsonValue& v : c.value(field).toArray())
        out.append(v.toString());
    return out;
}

// {"in": [...]} keeps a customer whose value is listed; {"not_in": [...]} drops one.
bool inList(const QString& value, const QJsonObject& c)
{
    if (c.contains(u"in"_s) && !list(c, u"in"_s).contains(value))
        return false;
    return !list(c, u"not_in"_s).contains(value);
}

// {"min_fen": N} and/or {"max_fen": N}, inclusive.
bool inRange(qint64 fen, const QJsonObject& c)
{
    if (c.contains(u"min_fen"_s) && fen < c.value(u"min_fen"_s).toInteger())
        return false;
    return !c.contains(u"max_fen"_s) || fen <= c.value(u"max_fen"_s).toInteger();
}
} // namespace

QList<ConditionKind> conditionTable()
{
    return {
        {u"tier"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Tier"), {{u"in"_s, QJsonArray{}}},
         [](const Subject& s, const QJsonObject& c) { return inList(s.care.tier, c); }},
        {u"segment"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "RFM segment"),
         {{u"in"_s, QJsonArray{}}}, [](const Subject& s, const QJsonObject& c) { return inList(s.segment, c); }},
        {u"tags"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Tags"), {{u"any"_s, QJsonArray{}}},
         [](const Subject& s, const QJsonObject& c) {
             // {"any": [...]}: has one of them; {"none": [...]}: has none of them.
             const QStringList any = list(c, u"any"_s);
             if (!any.isEmpty() && std::none_of(any.cbegin(), any.cend(), [&](const QString& t) { return s.tags.contains(t); }))
                 return false;
             const QStringList none = list(c, u"none"_s);
             return std::none_of(none.cbegin(), none.cend(), [&](const QString& t) { return s.tags.contains(t); });
         }},
        {u"city"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "City"), {{u"in"_s, QJsonArray{}}},
         [](const Subject& s, const QJsonObject& c) { return inList(s.city, c); }},
        {u"spend"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Total spend"), {{u"min_fen"_s, 0}},
         [](const Subject& s, const QJsonObject& c) { return inRange(s.spendFen, c); }},
        {u"predicted_value"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Predicted 12-month value"),
         {{u"min_fen"_s, 0}}, [](const Subject& s, const QJsonObject& c) { return inRange(s.clvFen, c); }},
        // The customer's home store (a code on the store list).
        {u"store"_s, QT_TRANSLATE_NOOP("clientele::core::automation::Registry", "Home store"), {{u"in"_s, QJsonArray{}}},
         [](const Subject& s, const QJsonObject& c) { return inList(s.homeStore, c); }},
    };
}

} // namespace clientele::core::automation
