#pragma once

#include <QJsonObject>
#include <QString>

namespace clientele::core::care {

// The words of a rule-made follow-up, rendered when read from the facts stored with it, so a task
// made while the app spoke English reads in Chinese after a switch (and the other way round).
// Facts: {"rule": key, ...}; per rule
//   birthday     {"birthday": ISO date, "ahead": days}
//   revisit      {"first": ISO date, "after": days}
//   winback      {"last": ISO date, "turned": ISO date}
//   vip_at_risk  {"tier": tier key, "last": ISO date, "model": bool, "overdue_after": days}
//   holidays     {"holiday": name as in the rule, "day": ISO date}
//   replenish    {"product": name, "last": ISO date, "interval": days, "own": the owner's number}
// Dates come out in the locale's way (i18n::LocalDates). Unknown facts render as empty text.
class CareTaskText
{
public:
    static QString title(const QJsonObject& facts, const QString& customerName);
    static QString reason(const QJsonObject& facts);
    // The built-in holidays (春节, 中秋节, 国庆节) in the reader's language; other names as typed.
    static QString holidayName(const QString& name);

    // For tasks stored before facts were kept (schema v6): the facts read back from the stored
    // reason (ISO dates and numbers, whatever its language) and dedupe key; empty when they cannot
    // be read. isRuleTitle: the title is the rule's own (English or the current language), not
    // one a person typed, so it may be worded anew.
    static QJsonObject factsFromText(const QString& rule, const QString& dedupeKey, const QString& reason);
    static bool isRuleTitle(const QString& title, const QJsonObject& facts, const QString& customerName);
};

} // namespace clientele::core::care
