#pragma once

#include "../care/CareRules.h"
#include "../care/CareTaskGenerator.h"
#include "../domain/Result.h"

#include <QDate>

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
};

// Follow-up tasks and the care rules that create them.
class FollowUpRepository
{
public:
    explicit FollowUpRepository(const Database& database) : m_database(database) {}

    // Stores a rule-made task unless its dedupe key exists; true when stored.
    Result<bool> insertIfNew(const care::CareTask& task);
    Result<QList<FollowUp>> list(const QDate& from, const QDate& to, const QString& status = {}) const;
    // A task made by hand (the profile, a bulk action). Title must not be empty.
    Result<qint64> create(qint64 customerId, const QDate& dueOn, const QString& title, const QString& reason = {});
    // Every task of one customer, open ones first, then by due date.
    Result<QList<FollowUp>> forCustomer(qint64 customerId) const;

    Result<QList<care::CareRule>> careRules() const;
    Status setCareRule(const care::CareRule& rule);
    // Customer state from the latest segmentation run, for the care rules.
    Result<QList<care::CareCustomer>> careCustomers() const;

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
