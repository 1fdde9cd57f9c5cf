#include "FollowUpRepository.h"

#include "Database.h"
#include "dialect/SqlDialect.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

#include "../care/CareTaskText.h"
#include "../automation/Why.h"

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::FollowUpRepository", text);
}
} // namespace

namespace {
// The column list readFollowUps() expects; every query ends with its own WHERE/ORDER.
constexpr auto kSelect = "SELECT f.id, f.customer_id, c.name, f.due_on, f.title, f.reason, COALESCE(f.origin_rule, ''), "
                         "f.status, COALESCE(f.outcome, ''), f.completed_at, f.facts FROM follow_ups f "
                         "JOIN customers c ON c.id = f.customer_id ";

QJsonObject factsOf(const QVariant& value)
{
    return value.isNull() ? QJsonObject() : QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// A rule-made task is worded from its facts in the reader's language; the stored title and
// reason (the words of the day it was made) are kept for what cannot be worded: a title someone
// typed ("own_title") and tasks whose facts could not be recovered (schema v6).
QList<FollowUp> readFollowUps(QSqlQuery& q)
{
    QList<FollowUp> rows;
    while (q.next()) {
        FollowUp f{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                   sqlvalue::toDate(q.value(3)), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                   q.value(7).toString(), q.value(8).toString(),
                   q.value(9).isNull() ? QDateTime() : QDateTime::fromString(q.value(9).toString(), Qt::ISODate), {}};
        const QJsonObject facts = factsOf(q.value(10));
        if (!facts.isEmpty()) {
            if (const QString title = automation::Why::title(facts, f.customerName);
                !title.isEmpty() && !facts.value(u"own_title"_s).toBool())
                f.title = title;
            if (const QString reason = automation::Why::reason(facts); !reason.isEmpty())
                f.reason = reason;
            f.message = automation::Why::message(facts, f.customerName);
        }
        rows.append(f);
    }
    return rows;
}

Error notFound(qint64 id)
{
    return Error::make(Error::Code::NotFound, tr("Follow-up %1 does not exist (any more).").arg(id));
}
} // namespace

Result<bool> FollowUpRepository::insertIfNew(const care::CareTask& task)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO follow_ups (customer_id, due_on, title, reason, origin_rule, dedupe_key, created_at, facts) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dedupe_key) DO NOTHING"));
    q.addBindValue(task.customerId);
    q.addBindValue(sqlvalue::date(task.dueOn));
    q.addBindValue(task.title);
    q.addBindValue(sqlvalue::notNull(task.reason));
    q.addBindValue(task.rule);
    q.addBindValue(task.dedupeKey);
    q.addBindValue(sqlvalue::now());
    q.addBindValue(task.facts.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(sqlvalue::json(task.facts)));
    if (!q.exec())
        return sqlError(q, tr("Saving a follow-up"));
    return q.numRowsAffected() > 0;
}

Result<bool> FollowUpRepository::hasDedupeKey(const QString& key) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT 1 FROM follow_ups WHERE dedupe_key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(q, tr("Reading follow-ups"));
    return q.next();
}

Result<QList<FollowUp>> FollowUpRepository::list(const QDate& from, const QDate& to, const QString& status) const
{
    QSqlQuery q = m_database.prepare(QLatin1String(kSelect)
                                     + u"WHERE f.due_on BETWEEN :from AND :to AND (:status = '' OR f.status = :status) "
                                       u"ORDER BY f.due_on, f.id"_s);
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
    QSqlQuery q = m_database.prepare(QLatin1String(kSelect)
                                     + u"WHERE f.customer_id = ? ORDER BY f.status <> 'open', f.due_on, f.id"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Listing follow-ups"));
    return readFollowUps(q);
}

Result<FollowUp> FollowUpRepository::get(qint64 id) const
{
    QSqlQuery q = m_database.prepare(QLatin1String(kSelect) + u"WHERE f.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("Reading a follow-up"));
    const QList<FollowUp> rows = readFollowUps(q);
    if (rows.isEmpty())
        return notFound(id);
    return rows.first();
}

Result<QList<FollowUp>> FollowUpRepository::openUntil(const QDate& to) const
{
    // follow_ups_due (status, due_on) serves this without a scan.
    QSqlQuery q = m_database.prepare(QLatin1String(kSelect)
                                     + u"WHERE f.status = 'open' AND f.due_on <= ? ORDER BY f.due_on, f.id"_s);
    q.addBindValue(sqlvalue::date(to));
    if (!q.exec())
        return sqlError(q, tr("Listing follow-ups"));
    return readFollowUps(q);
}

Result<QMap<QDate, DayLoad>> FollowUpRepository::dayLoads(const QDate& from, const QDate& to) const
{
    QSqlQuery q = m_database.prepare(
        u"SELECT due_on, SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END), "
        u"SUM(CASE WHEN status <> 'open' THEN 1 ELSE 0 END) FROM follow_ups "
        u"WHERE due_on BETWEEN ? AND ? GROUP BY due_on"_s);
    q.addBindValue(sqlvalue::date(from));
    q.addBindValue(sqlvalue::date(to));
    if (!q.exec())
        return sqlError(q, tr("Counting follow-ups"));
    QMap<QDate, DayLoad> loads;
    while (q.next())
        loads.insert(sqlvalue::toDate(q.value(0)), {q.value(1).toInt(), q.value(2).toInt()});
    return loads;
}

namespace {
// Runs an UPDATE on one open task; tells an unknown id apart from a closed task.
Status updateOpen(const Database& database, qint64 id, QSqlQuery& q, const QString& what)
{
    if (auto s = execQuery(q, what); !s)
        return s;
    if (q.numRowsAffected() > 0)
        return {};
    QSqlQuery exists = database.prepare(u"SELECT status FROM follow_ups WHERE id = ?"_s);
    exists.addBindValue(id);
    if (!exists.exec() || !exists.next())
        return notFound(id);
    return Error::make(Error::Code::InvalidData,
                       tr("This follow-up is already %1; it can no longer be changed.")
                           .arg(exists.value(0).toString() == u"done" ? tr("done") : tr("cancelled")));
}
} // namespace

Status FollowUpRepository::edit(qint64 id, const QDate& dueOn, const QString& title)
{
    if (title.trimmed().isEmpty() || !dueOn.isValid())
        return Error::make(Error::Code::InvalidData, tr("A follow-up needs a title and a date."));
    // A rule-made title saved unchanged stays the rule's (worded in the reader's language); one
    // changed by hand is the person's own from now on.
    bool ownTitle = true;
    if (const auto current = get(id); current && current->madeByRule())
        ownTitle = current->title != title.trimmed();
    QSqlQuery q = m_database.prepare(
        u"UPDATE follow_ups SET due_on = ?, title = CASE WHEN ? = 1 THEN ? ELSE title END, "
        u"facts = CASE WHEN ? = 1 AND facts IS NOT NULL THEN "_s +
        m_database.dialect().jsonSetTrue(u"facts"_s, u"own_title"_s) + u" ELSE facts END WHERE id = ? AND status = 'open'"_s);
    q.addBindValue(sqlvalue::date(dueOn));
    q.addBindValue(ownTitle ? 1 : 0);
    q.addBindValue(title.trimmed());
    q.addBindValue(ownTitle ? 1 : 0);
    q.addBindValue(id);
    return updateOpen(m_database, id, q, tr("Saving a follow-up"));
}

Status FollowUpRepository::moveTo(qint64 id, const QDate& dueOn)
{
    if (!dueOn.isValid())
        return Error::make(Error::Code::InvalidData, tr("A follow-up needs a date."));
    // The dedupe key stays, so the care rules do not make the moved task again on its old day.
    QSqlQuery q = m_database.prepare(u"UPDATE follow_ups SET due_on = ? WHERE id = ? AND status = 'open'"_s);
    q.addBindValue(sqlvalue::date(dueOn));
    q.addBindValue(id);
    return updateOpen(m_database, id, q, tr("Moving a follow-up"));
}

Status FollowUpRepository::complete(qint64 id, const QString& outcome, const QDateTime& at)
{
    QSqlQuery q = m_database.prepare(
        u"UPDATE follow_ups SET status = 'done', outcome = ?, completed_at = ? WHERE id = ? AND status = 'open'"_s);
    q.addBindValue(sqlvalue::text(outcome.trimmed()));
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    return updateOpen(m_database, id, q, tr("Completing a follow-up"));
}

Status FollowUpRepository::cancel(qint64 id, const QDateTime& at)
{
    QSqlQuery q = m_database.prepare(
        u"UPDATE follow_ups SET status = 'cancelled', completed_at = ? WHERE id = ? AND status = 'open'"_s);
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    q.addBindValue(id);
    return updateOpen(m_database, id, q, tr("Cancelling a follow-up"));
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
    // Unhappy survey answers (NPS detractors) for the "detractor" rule; customers are in id order.
    QSqlQuery answers = m_database.prepare(QStringLiteral(
        "SELECT customer_id, answered_on, score, survey FROM survey_answers WHERE score <= 6 ORDER BY customer_id"));
    if (!answers.exec())
        return sqlError(answers, tr("Reading survey answers for care rules"));
    while (answers.next()) {
        const qint64 id = answers.value(0).toLongLong();
        const auto c = std::lower_bound(customers.begin(), customers.end(), id,
                                        [](const care::CareCustomer& x, qint64 v) { return x.id < v; });
        if (c != customers.end() && c->id == id)
            c->detractorAnswers.append({sqlvalue::toDate(answers.value(1)), answers.value(2).toInt(),
                                        answers.value(3).toString()});
    }
    return customers;
}

} // namespace clientele::core::storage
