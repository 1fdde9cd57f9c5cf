#pragma once

#include "../care/CareTaskGenerator.h"
#include "../domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QMap>

namespace clientele::core::storage {

class Database;

struct FollowUp
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    QDate dueOn;
    QString title;
    QString reason;
    QString originRule; // empty for tasks made by hand
    QString status;     // open, done, cancelled
    QString outcome;    // what came of it, written when completed
    QDateTime completedAt; // UTC; null while open
    QString message;       // the rule's message with the name filled in; empty: the built-in suggestion

    bool isOpen() const { return status == u"open"; }
    bool madeByRule() const { return !originRule.isEmpty(); }
};

// How many follow-ups fall on one day. Open ones on a day before today are overdue.
struct DayLoad
{
    int open = 0;
    int done = 0; // done or cancelled
};

// Follow-up tasks (the rules that create them: automation::RuleEngine).
class FollowUpRepository
{
public:
    explicit FollowUpRepository(const Database& database) : m_database(database) {}

    // Stores a rule-made task unless its dedupe key exists; true when stored.
    Result<bool> insertIfNew(const care::CareTask& task);
    // Whether a rule-made task with this dedupe key was stored before (the care plan's dry run).
    Result<bool> hasDedupeKey(const QString& key) const;
    Result<QList<FollowUp>> list(const QDate& from, const QDate& to, const QString& status = {}) const;
    // A task made by hand (the profile, a bulk action). Title must not be empty.
    Result<qint64> create(qint64 customerId, const QDate& dueOn, const QString& title, const QString& reason = {});
    // Every task of one customer, open ones first, then by due date.
    Result<QList<FollowUp>> forCustomer(qint64 customerId) const;
    Result<FollowUp> get(qint64 id) const;
    // Open tasks due on or before `to` (overdue and today's lists), oldest first.
    Result<QList<FollowUp>> openUntil(const QDate& to) const;
    // Per-day counts for a calendar page; days without follow-ups are absent.
    Result<QMap<QDate, DayLoad>> dayLoads(const QDate& from, const QDate& to) const;

    // Changes to one task. Each fails with NotFound for an unknown id; changing the date or text of a
    // task that is no longer open fails with InvalidData (its history stays as it was).
    Status edit(qint64 id, const QDate& dueOn, const QString& title);
    Status moveTo(qint64 id, const QDate& dueOn);
    Status complete(qint64 id, const QString& outcome, const QDateTime& at);
    Status cancel(qint64 id, const QDateTime& at);

    // Customer state from the latest segmentation run, for the care rules.
    Result<QList<care::CareCustomer>> careCustomers() const;

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
