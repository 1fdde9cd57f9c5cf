#include "AutomationRepository.h"

#include "Database.h"
#include "FollowUpRepository.h"
#include "SqlLimit.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::AutomationRepository", text);
}

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

constexpr auto kSelectRule = "SELECT id, COALESCE(builtin, ''), name, enabled, rule_json FROM automation_rules ";

automation::Rule readRule(const QSqlQuery& q)
{
    automation::Rule r;
    r.id = q.value(0).toLongLong();
    r.builtin = q.value(1).toString();
    r.name = q.value(2).toString();
    r.enabled = q.value(3).toBool();
    const QJsonObject body = object(q.value(4));
    r.trigger = body.value(u"trigger"_s).toObject();
    r.conditions = body.value(u"conditions"_s).toArray();
    r.action = body.value(u"action"_s).toObject();
    return r;
}
} // namespace

Result<QList<automation::Rule>> AutomationRepository::rules() const
{
    QSqlQuery q = m_database.prepare(QString::fromLatin1(kSelectRule) + u"ORDER BY id"_s);
    if (!q.exec())
        return sqlError(q, tr("Reading automation rules"));
    QList<automation::Rule> out;
    while (q.next())
        out.append(readRule(q));
    return out;
}

Result<automation::Rule> AutomationRepository::rule(qint64 id) const
{
    QSqlQuery q = m_database.prepare(QString::fromLatin1(kSelectRule) + u"WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("Reading automation rules"));
    if (!q.next())
        return Error::make(Error::Code::NotFound, tr("There is no automation rule %1.").arg(id));
    return readRule(q);
}

Result<qint64> AutomationRepository::save(const automation::Rule& rule)
{
    if (rule.id > 0) {
        QSqlQuery q = m_database.prepare(
            u"UPDATE automation_rules SET name = ?, enabled = ?, rule_json = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(sqlvalue::notNull(rule.name)); // a built-in rule is named by its key, not here
        q.addBindValue(rule.enabled ? 1 : 0);
        q.addBindValue(sqlvalue::json(rule.body()));
        q.addBindValue(sqlvalue::now());
        q.addBindValue(rule.id);
        if (!q.exec())
            return sqlError(q, tr("Saving automation rule %1").arg(rule.id));
        if (q.numRowsAffected() == 0)
            return Error::make(Error::Code::NotFound, tr("There is no automation rule %1.").arg(rule.id));
        return rule.id;
    }
    QSqlQuery q = m_database.prepare(
        u"INSERT INTO automation_rules (builtin, name, enabled, rule_json, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(sqlvalue::text(rule.builtin));
    q.addBindValue(sqlvalue::notNull(rule.name)); // a built-in rule is named by its key, not here
    q.addBindValue(rule.enabled ? 1 : 0);
    q.addBindValue(sqlvalue::json(rule.body()));
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Saving an automation rule"));
    return q.lastInsertId().toLongLong();
}

Status AutomationRepository::setEnabled(qint64 id, bool enabled)
{
    QSqlQuery q = m_database.prepare(u"UPDATE automation_rules SET enabled = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(enabled ? 1 : 0);
    q.addBindValue(sqlvalue::now());
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, tr("Switching automation rule %1").arg(id));
    if (q.numRowsAffected() == 0)
        return Error::make(Error::Code::NotFound, tr("There is no automation rule %1.").arg(id));
    return {};
}

Result<QList<automation::Subject>> AutomationRepository::subjects() const
{
    auto care = FollowUpRepository(m_database).careCustomers();
    if (!care)
        return care.error();
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT c.id, COALESCE(c.city, ''), COALESCE(m.segment_cn8, ''), COALESCE(m.monetary_fen, 0), "
        "COALESCE(m.clv_fen, 0), COALESCE(m.p_alive, -1), COALESCE(m.prev_tier, ''), m.as_of, c.home_store FROM customers c "
        "LEFT JOIN customer_metrics m ON m.customer_id = c.id ORDER BY c.id"));
    if (!q.exec())
        return sqlError(q, tr("Reading customers for automation rules"));
    QHash<qint64, automation::Subject> extra;
    while (q.next()) {
        automation::Subject s;
        s.city = q.value(1).toString();
        s.segment = q.value(2).toString();
        s.spendFen = q.value(3).toLongLong();
        s.clvFen = q.value(4).toLongLong();
        s.pAlive = q.value(5).toDouble();
        s.previousTier = q.value(6).toString();
        s.asOf = sqlvalue::toDate(q.value(7));
        s.homeStore = q.value(8).toString();
        extra.insert(q.value(0).toLongLong(), s);
    }
    QSqlQuery t = m_database.prepare(
        u"SELECT ct.customer_id, t.name FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id ORDER BY t.name"_s);
    if (!t.exec())
        return sqlError(t, tr("Reading customers for automation rules"));
    QHash<qint64, QStringList> tags;
    while (t.next())
        tags[t.value(0).toLongLong()].append(t.value(1).toString());
    QList<automation::Subject> out;
    out.reserve(care->size());
    for (const care::CareCustomer& c : std::as_const(*care)) {
        automation::Subject s = extra.value(c.id);
        s.care = c;
        s.tags = tags.value(c.id);
        out.append(s);
    }
    return out;
}

Result<bool> AutomationRepository::hasEvent(qint64 ruleId, const QString& eventKey) const
{
    QSqlQuery q = m_database.prepare(u"SELECT 1 FROM automation_events WHERE rule_id = ? AND event_key = ?"_s);
    q.addBindValue(ruleId);
    q.addBindValue(eventKey);
    if (!q.exec())
        return sqlError(q, tr("Reading what automation rules did"));
    return q.next();
}

Result<bool> AutomationRepository::recordEvent(const AutomationEvent& e)
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO automation_events (rule_id, event_key, customer_id, action, why_json, done_on, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rule_id, event_key) DO NOTHING"));
    q.addBindValue(e.ruleId);
    q.addBindValue(e.eventKey);
    q.addBindValue(e.customerId > 0 ? QVariant(e.customerId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(e.action);
    q.addBindValue(sqlvalue::json(e.why));
    q.addBindValue(sqlvalue::date(e.doneOn));
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Recording what an automation rule did"));
    return q.numRowsAffected() > 0;
}

Result<qint64> AutomationRepository::eventsOn(const QDate& day) const
{
    QSqlQuery q = m_database.prepare(u"SELECT COUNT(*) FROM automation_events WHERE done_on = ?"_s);
    q.addBindValue(sqlvalue::date(day));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Reading what automation rules did"));
    return q.value(0).toLongLong();
}

Result<QList<AutomationEvent>> AutomationRepository::events(qint64 ruleId, int limit) const
{
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "SELECT e.rule_id, e.event_key, COALESCE(e.customer_id, 0), COALESCE(c.name, ''), e.action, e.why_json, "
        "e.done_on FROM automation_events e LEFT JOIN customers c ON c.id = e.customer_id WHERE e.rule_id = ? "
        "ORDER BY e.id DESC LIMIT ?"));
    q.addBindValue(ruleId);
    q.addBindValue(sqlvalue::limit(limit));
    if (!q.exec())
        return sqlError(q, tr("Reading what automation rules did"));
    QList<AutomationEvent> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                    q.value(4).toString(), object(q.value(5)), sqlvalue::toDate(q.value(6))});
    return out;
}

} // namespace clientele::core::storage
