#pragma once

#include "../domain/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace clientele::core::automation {

// One automation rule, stored as data (automation_rules.rule_json):
//   {"trigger": {"kind": "birthday", "days_ahead": 7},
//    "conditions": [{"kind": "tier", "in": ["gold", "diamond"]}, {"kind": "city", "in": ["上海"]}],
//    "action": {"kind": "follow_up", "title": "Call {name}", "message": "Hello {name}, …"}}
// The kinds and their parameters are listed in Registry (Triggers.cpp, Conditions.cpp,
// Actions.cpp). `builtin` is the key of a rule the shop ships with (the care rules of before:
// birthday, revisit, winback, vip_at_risk, holidays, replenish); its label is translated and its
// follow-ups keep the care rules' words and dedupe keys. The owner's own rules have a name.
struct Rule
{
    qint64 id = 0;
    QString builtin; // empty for the owner's rules
    QString name;    // the owner's name for it; built-ins use label()
    bool enabled = true;
    QJsonObject trigger;
    QJsonArray conditions;
    QJsonObject action;

    QString triggerKind() const { return trigger.value(QLatin1String("kind")).toString(); }
    QString actionKind() const { return action.value(QLatin1String("kind")).toString(); }
    // What follow-ups and the log name as the rule that made them: the built-in key, or
    // "automation:<id>".
    QString origin() const;
    QString label() const; // translated for built-ins, else the name (or "Rule N")
    // "Birthday coming up → Create a follow-up (1 condition)", in the reader's language.
    QString summary() const;

    QJsonObject body() const; // trigger, conditions, action (rule_json)
    QJsonObject toJson() const; // body plus id, builtin, name, enabled
    // Reads a rule as `rules set` and the editor give it: body plus optional id, name, enabled.
    // Checks the shape and that every kind is known (an unavailable kind is accepted: it stays
    // idle and a dry run says so); the message names the bad value.
    static Result<Rule> fromJson(const QJsonObject& json);
};

// The care rules of before (care_rules rows) as rules of the engine, parameters kept:
//   birthday {days_ahead}        → trigger birthday {days_ahead}
//   revisit {days_after}         → trigger first_purchase {days_after}
//   winback {}                   → trigger stage_changed {to: dormant}
//   vip_at_risk {tiers}          → trigger stage_changed {to: at_risk, early_by_model: true}, condition tier in tiers
//   holidays {days_ahead, tiers, holidays} → trigger holiday {days_ahead, holidays}, condition tier in tiers (if any)
//   replenish {min_intervals}    → trigger repurchase_due {min_intervals}
// each with the action follow_up (the care rules' own words). Unknown keys give a rule with no
// trigger kind that stays idle.
Rule fromCareRule(const QString& key, bool enabled, const QJsonObject& params);

} // namespace clientele::core::automation
