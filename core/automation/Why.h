#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace clientele::core::automation {

// Why a rule acted, worded when read (in the reader's language) from the key and arguments stored
// with the follow-up (facts) and the rule's log (automation_events.why_json): {"rule": key, …}.
// The care rules' keys are worded by care::CareTaskText; the engine's own triggers here:
//   tier_changed  {"from": tier, "to": tier, "up": bool}
//   won_back      {"last": ISO date}
//   no_purchase   {"last": ISO date, "days": N}
//   p_alive_below {"p_alive": percent, "below": percent, "last": ISO date}
// A rule's own title and message ("title", "message") fill in {name}.
class Why
{
public:
    static QString reason(const QJsonObject& facts);
    static QString title(const QJsonObject& facts, const QString& customerName);
    // The rule's message with {name} filled; empty when the rule has none.
    static QString message(const QJsonObject& facts, const QString& customerName);
    static QString date(const QDate& day); // as sentences show dates
    // A follow-up's facts: the event's why plus the rule's own title and message, if any.
    static QJsonObject withRuleWords(const QJsonObject& why, const QJsonObject& actionParams);
};

} // namespace clientele::core::automation
