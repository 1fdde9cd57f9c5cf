#include "TierRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace clientele::core::segmentation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::segmentation::TierRules", text);
}
} // namespace

TierRules TierRules::spendPreset()
{
    TierRules r;
    r.scheme = Scheme::Spend;
    r.levels = {{u"diamond"_s, 5000000}, {u"gold"_s, 1000000}, {u"silver"_s, 0}};
    return r;
}

TierRules TierRules::valuePreset()
{
    TierRules r;
    r.scheme = Scheme::Value;
    r.levels = {{u"strategic"_s, 0, 4, 4, true, 50}, {u"growth"_s, 0, 3, 3, false, 0}, {u"basic"_s, 0, 0, 0, true, 0}};
    return r;
}

QString TierRules::schemeKey(Scheme scheme)
{
    return scheme == Scheme::Spend ? u"spend"_s : u"value"_s;
}

bool TierRules::parseScheme(const QString& text, Scheme* scheme)
{
    if (text == u"spend")
        *scheme = Scheme::Spend;
    else if (text == u"value")
        *scheme = Scheme::Value;
    else
        return false;
    return true;
}

QJsonObject TierRules::toJson() const
{
    QJsonArray array;
    for (const TierLevel& l : levels) {
        QJsonObject o{{u"key"_s, l.key}};
        if (scheme == Scheme::Spend) {
            o.insert(u"min_spend_fen"_s, l.minSpend);
        } else {
            o.insert(u"min_m_score"_s, l.minMScore);
            o.insert(u"min_f_score"_s, l.minFScore);
            o.insert(u"match"_s, l.matchAll ? u"all"_s : u"any"_s);
            o.insert(u"min_p_alive_percent"_s, l.minPAlivePercent);
        }
        array.append(o);
    }
    return QJsonObject{{u"scheme"_s, schemeKey(scheme)},
                       {u"dormant_days"_s, dormantDays},
                       {u"grace_months"_s, graceMonths},
                       {u"levels"_s, array}};
}

Result<TierRules> TierRules::fromJson(const QJsonObject& json)
{
    TierRules r;
    if (!parseScheme(json.value(u"scheme"_s).toString(), &r.scheme))
        return Error::make(Error::Code::InvalidData, tr("Tier rules need \"scheme\": \"spend\" or \"value\"."));
    r.dormantDays = json.value(u"dormant_days"_s).toInt(365);
    r.graceMonths = json.value(u"grace_months"_s).toInt(0);
    if (r.dormantDays < 1 || r.graceMonths < 0 || r.graceMonths > 24)
        return Error::make(Error::Code::InvalidData,
                           tr("dormant_days must be at least 1 and grace_months between 0 and 24."));
    const QJsonArray levels = json.value(u"levels"_s).toArray();
    if (levels.size() < 1)
        return Error::make(Error::Code::InvalidData, tr("Tier rules need at least one level."));
    for (const QJsonValue& v : levels) {
        const QJsonObject o = v.toObject();
        TierLevel l;
        l.key = o.value(u"key"_s).toString().trimmed();
        if (l.key.isEmpty() || l.key == u"dormant" || l.key == u"none" || r.rank(l.key) < r.levels.size())
            return Error::make(Error::Code::InvalidData,
                               tr("Each tier level needs its own key (not \"dormant\" or \"none\")."));
        l.minSpend = o.value(u"min_spend_fen"_s).toInteger(0);
        l.minMScore = o.value(u"min_m_score"_s).toInt(0);
        l.minFScore = o.value(u"min_f_score"_s).toInt(0);
        l.matchAll = o.value(u"match"_s).toString(u"all"_s) != u"any";
        l.minPAlivePercent = qBound(0, o.value(u"min_p_alive_percent"_s).toInt(0), 100);
        if (!r.levels.isEmpty() && r.scheme == Scheme::Spend && l.minSpend >= r.levels.back().minSpend)
            return Error::make(Error::Code::InvalidData, tr("Spend levels must be listed from the highest threshold "
                                                            "down."));
        r.levels.append(l);
    }
    return r;
}

int TierRules::rank(const QString& key) const
{
    for (qsizetype i = 0; i < levels.size(); ++i)
        if (levels[i].key == key)
            return int(i);
    if (key == u"dormant")
        return int(levels.size());
    return int(levels.size() + 1);
}

QString TierRules::label(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {u"diamond"_s, QT_TRANSLATE_NOOP("Tier", "Diamond")}, {u"gold"_s, QT_TRANSLATE_NOOP("Tier", "Gold")},
        {u"silver"_s, QT_TRANSLATE_NOOP("Tier", "Silver")},   {u"dormant"_s, QT_TRANSLATE_NOOP("Tier", "Dormant")},
        {u"strategic"_s, QT_TRANSLATE_NOOP("Tier", "Strategic")}, {u"growth"_s, QT_TRANSLATE_NOOP("Tier", "Growth")},
        {u"basic"_s, QT_TRANSLATE_NOOP("Tier", "Basic")},     {u"none"_s, QT_TRANSLATE_NOOP("Tier", "No tier")}};
    const auto it = names.constFind(key);
    if (it == names.cend())
        return key.isEmpty() ? key : key.left(1).toUpper() + key.mid(1);
    return QCoreApplication::translate("Tier", it.value());
}

} // namespace clientele::core::segmentation
