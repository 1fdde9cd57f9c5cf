#include "Rule.h"

#include "../care/CareRules.h"
#include "Registry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::automation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::automation::Rule", text);
}

QJsonObject withKind(const QString& kind, QJsonObject params)
{
    params.insert(u"kind"_s, kind);
    return params;
}
} // namespace

QString Rule::origin() const
{
    return builtin.isEmpty() ? u"automation:%1"_s.arg(id) : builtin;
}

QString Rule::label() const
{
    if (!builtin.isEmpty())
        return care::CareRules::label(builtin);
    return name.isEmpty() ? tr("Rule %1").arg(id) : name;
}

QString Rule::summary() const
{
    const TriggerKind* t = Registry::trigger(triggerKind());
    const ActionKind* a = Registry::action(actionKind());
    QString text = (t ? Registry::label(t->label) : triggerKind()) + u" → "_s + (a ? Registry::label(a->label) : actionKind());
    if (!conditions.isEmpty())
        text += u' ' + QCoreApplication::translate("clientele::core::automation::Rule", "(%Ln condition(s))", nullptr,
                                                   int(conditions.size()));
    return text;
}

QJsonObject Rule::body() const
{
    return {{u"trigger"_s, trigger}, {u"conditions"_s, conditions}, {u"action"_s, action}};
}

QJsonObject Rule::toJson() const
{
    QJsonObject json = body();
    json.insert(u"id"_s, id);
    json.insert(u"builtin"_s, builtin.isEmpty() ? QJsonValue() : QJsonValue(builtin));
    json.insert(u"name"_s, name);
    json.insert(u"label"_s, label());
    json.insert(u"enabled"_s, enabled);
    return json;
}

Result<Rule> Rule::fromJson(const QJsonObject& json)
{
    Rule rule;
    rule.id = json.value(u"id"_s).toInteger();
    rule.name = json.value(u"name"_s).toString().trimmed();
    rule.enabled = json.value(u"enabled"_s).toBool(true);
    rule.trigger = json.value(u"trigger"_s).toObject();
    rule.action = json.value(u"action"_s).toObject();
    if (!json.value(u"conditions"_s).isUndefined() && !json.value(u"conditions"_s).isArray())
        return Error::make(Error::Code::InvalidData, tr("\"conditions\" must be a list."));
    rule.conditions = json.value(u"conditions"_s).toArray();
    if (!Registry::trigger(rule.triggerKind()))
        return Error::make(Error::Code::InvalidData, tr("Unknown trigger \"%1\".").arg(rule.triggerKind()));
    if (!Registry::action(rule.actionKind()))
        return Error::make(Error::Code::InvalidData, tr("Unknown action \"%1\".").arg(rule.actionKind()));
    for (const QJsonValue& c : std::as_const(rule.conditions)) {
        const QString kind = c.toObject().value(u"kind"_s).toString();
        if (!c.isObject() || !Registry::condition(kind))
            return Error::make(Error::Code::InvalidData, tr("Unknown condition \"%1\".").arg(kind));
    }
    if ((rule.actionKind() == u"add_tag" || rule.actionKind() == u"remove_tag") &&
        rule.action.value(u"tag"_s).toString().trimmed().isEmpty())
        return Error::make(Error::Code::InvalidData, tr("The action \"%1\" needs a \"tag\".").arg(rule.actionKind()));
    return rule;
}

Rule fromCareRule(const QString& key, bool enabled, const QJsonObject& params)
{
    Rule rule;
    rule.builtin = key;
    rule.enabled = enabled;
    rule.action = {{u"kind"_s, u"follow_up"_s}};
    const QJsonArray tiers = params.value(u"tiers"_s).toArray();
    if (key == u"birthday") {
        rule.trigger = withKind(u"birthday"_s, {{u"days_ahead"_s, params.value(u"days_ahead"_s).toInt(7)}});
    } else if (key == u"revisit") {
        rule.trigger = withKind(u"first_purchase"_s, {{u"days_after"_s, params.value(u"days_after"_s).toInt(7)}});
    } else if (key == u"winback") {
        rule.trigger = withKind(u"stage_changed"_s, {{u"to"_s, u"dormant"_s}});
    } else if (key == u"vip_at_risk") {
        rule.trigger = withKind(u"stage_changed"_s, {{u"to"_s, u"at_risk"_s}, {u"early_by_model"_s, true}});
        rule.conditions.append(QJsonObject{{u"kind"_s, u"tier"_s}, {u"in"_s, tiers}});
    } else if (key == u"holidays") {
        rule.trigger = withKind(u"holiday"_s, {{u"days_ahead"_s, params.value(u"days_ahead"_s).toInt(3)},
                                               {u"holidays"_s, params.value(u"holidays"_s).toArray()}});
        if (!tiers.isEmpty())
            rule.conditions.append(QJsonObject{{u"kind"_s, u"tier"_s}, {u"in"_s, tiers}});
    } else if (key == u"replenish") {
        rule.trigger = withKind(u"repurchase_due"_s, {{u"min_intervals"_s, params.value(u"min_intervals"_s).toInt(3)}});
    } else if (key == u"detractor") {
        rule.trigger = withKind(u"survey_detractor"_s, {{u"days_after"_s, params.value(u"days_after"_s).toInt(1)}});
    } else {
        rule.trigger = {{u"kind"_s, QString()}};
    }
    return rule;
}

} // namespace clientele::core::automation
