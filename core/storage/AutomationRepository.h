#pragma once

#include "../automation/Registry.h"
#include "../automation/Rule.h"
#include "../domain/Result.h"

#include <QDate>
#include <QList>

namespace clientele::core::storage {

class Database;

// What one rule did to one customer, and why (automation_events).
struct AutomationEvent
{
    qint64 ruleId = 0;
    QString eventKey;
    qint64 customerId = 0;
    QString customerName;
    QString action; // action kind
    QJsonObject why; // key + arguments (automation::Why words them)
    QDate doneOn;
};

// Automation rules and the record of what they did (schema v10).
class AutomationRepository
{
public:
    explicit AutomationRepository(const Database& database) : m_database(database) {}

    Result<QList<automation::Rule>> rules() const; // by id
    Result<automation::Rule> rule(qint64 id) const; // NotFound for an unknown id
    // Inserts (id 0) or replaces the trigger, conditions, action, name and on/off of rule `id`;
    // returns the id.
    Result<qint64> save(const automation::Rule& rule);
    Status setEnabled(qint64 id, bool enabled);

    // Customers as the rules see them, from the latest segmentation run (products not loaded).
    Result<QList<automation::Subject>> subjects() const;

    Result<bool> hasEvent(qint64 ruleId, const QString& eventKey) const;
    // false when the rule had acted on this event already (the unique index).
    Result<bool> recordEvent(const AutomationEvent& event);
    Result<qint64> eventsOn(const QDate& day) const; // actions done that day, for the daily cap
    Result<QList<AutomationEvent>> events(qint64 ruleId, int limit) const; // newest first

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
