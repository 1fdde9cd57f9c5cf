#include "FollowUpRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::FollowUpRepository", text);
}
} // namespace

namespace {
// Rows of the column list shared by list() and forCustomer().
QList<FollowUp> readFollowUps(QSqlQuery& q)
{
    QList<FollowUp> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                     sqlvalue::toDate(q.value(3)), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                     q.value(7).toString(), q.value(8).toString()});
    return rows;
}
} // namespace

Result<bool> FollowUpRepository::insertIfNew(const care::CareTask& task)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO follow_ups (customer_id, due_on, title, reason, origin_rule, dedupe_key, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING"));
    q.addBindValue(task.customerId);
    q.addBindValue(sqlvalue::date(task.dueOn));
    q.addBindValue(task.title);
    q.addBindValue(sqlvalue::notNull(task.reason));
    q.addBindValue(task.rule);
    q.addBindValue(task.dedupeKey);
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Saving a follow-up"));
    return q.numRowsAffected() > 0;
}

Result<QList<FollowUp>> FollowUpRepository::list(const QDate& from, const QDate& to, const QString& status) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT f.id, f.customer_id, c.name, f.due_on, f.title, f.reason, COALESCE(f.origin_rule, ''), f.status, "
        "COALESCE(f.outcome, '') FROM follow_ups f JOIN customers c ON c.id = f.customer_id "
        "WHERE f.due_on BETWEEN :from AND :to AND (:status = '' OR f.status = :status) ORDER BY f.due_on, f.id"));
    q.bindValue(u":from"_s, sqlvalue::date(from));
    q.bindValue(u":to"_s, sqlvalue::date(to));
    q.bindValue(u":status"_s, sqlvalue::notNull(status));
    if (!q.exec())
        return sqlError(q, tr("Listing follow-ups"));
    return readFollowUps(q);
}

Result<qint64> FollowUpRepository::create(qint64 customerId, const QDate& dueOn, const QString& title,
                                          const QString& reason)
{
    if (title.trimmed().isEmpty() || !dueOn.isValid())
        return Error::make(Error::Code::InvalidData, tr("A follow-up needs a title and a date."));
    QSqlQuery q = m_database.prepare(
        u"INSERT INTO follow_ups (customer_id, due_on, title, reason, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(customerId);
    q.addBindValue(sqlvalue::date(dueOn));
    q.addBindValue(title.trimmed());
    q.addBindValue(sqlvalue::notNull(reason));
    q.addBindValue(sqlvalue::now());
    if (auto s = execQuery(q, tr("Saving a follow-up")); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<QList<FollowUp>> FollowUpRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT f.id, f.customer_id, c.name, f.due_on, f.title, f.reason, COALESCE(f.origin_rule, ''), f.status, "
        "COALESCE(f.outcome, '') FROM follow_ups f JOIN customers c ON c.id = f.customer_id "
        "WHERE f.customer_id = ? ORDER BY f.status <> 'open', f.due_on, f.id"));
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Listing follow-ups"));
    return readFollowUps(q);
}

Result<QList<care::CareRule>> FollowUpRepository::careRules() const
{
    QSqlQuery q = m_database.prepare(u"SELECT key, enabled, params_json FROM care_rules ORDER BY key"_s);
    if (!q.exec())
        return sqlError(q, tr("Reading care rules"));
    QList<care::CareRule> rules;
    while (q.next())
        rules.append({q.value(0).toString(), q.value(1).toBool(),
                      QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()});
    return rules;
}

Status FollowUpRepository::setCareRule(const care::CareRule& rule)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO care_rules (key, enabled, params_json, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) "
        "DO UPDATE SET enabled = excluded.enabled, params_json = excluded.params_json, updated_at = excluded.updated_at"));
    q.addBindValue(rule.key);
    q.addBindValue(rule.enabled ? 1 : 0);
    q.addBindValue(QString::fromUtf8(QJsonDocument(rule.params).toJson(QJsonDocument::Compact)));
    q.addBindValue(sqlvalue::now());
    return execQuery(q, tr("Saving care rule %1").arg(rule.key));
}

Result<QList<care::CareCustomer>> FollowUpRepository::careCustomers() const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT c.id, c.name, c.birthday, c.marketing_consent, COALESCE(m.tier, ''), COALESCE(m.stage, ''), "
        "m.first_purchase, m.last_purchase, m.median_gap_days, COALESCE(m.churn_risk, 0) FROM customers c "
        "LEFT JOIN customer_metrics m ON m.customer_id = c.id ORDER BY c.id"));
    if (!q.exec())
        return sqlError(q, tr("Reading customers for care rules"));
    QList<care::CareCustomer> customers;
    while (q.next()) {
        care::CareCustomer c;
        c.id = q.value(0).toLongLong();
        c.name = q.value(1).toString();
        c.birthday = sqlvalue::toDate(q.value(2));
        c.marketingConsent = q.value(3).toBool();
        c.tier = q.value(4).toString();
        c.stage = q.value(5).toString();
        c.firstPurchase = sqlvalue::toDate(q.value(6));
        c.lastPurchase = sqlvalue::toDate(q.value(7));
        c.atRiskAfterDays = q.value(8).isNull() ? -1 : q.value(8).toInt(); // median gap; planner turns it into a limit
        c.churnRisk = q.value(9).toBool();
        customers.append(c);
    }
    return customers;
}

} // namespace clientele::core::storage
