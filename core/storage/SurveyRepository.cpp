#include "SurveyRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::SurveyRepository", text);
}

// The customer's home store, by its name (a store's figures are its home customers').
constexpr const char* kSelect =
    "SELECT a.id, a.survey, a.customer_id, c.name, a.answered_on, a.score, a.comment, a.source, "
    "COALESCE(m.tier, ''), COALESCE((SELECT s.name FROM stores s WHERE s.code = c.home_store), ''), c.home_store "
    "FROM survey_answers a JOIN customers c ON c.id = a.customer_id "
    "LEFT JOIN customer_metrics m ON m.customer_id = a.customer_id ";

Result<QList<SurveyAnswer>> readAll(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q, tr("Reading survey answers"));
    QList<SurveyAnswer> out;
    while (q.next()) {
        SurveyAnswer a;
        a.id = q.value(0).toLongLong();
        a.survey = q.value(1).toString();
        a.customerId = q.value(2).toLongLong();
        a.customerName = q.value(3).toString();
        a.answeredOn = sqlvalue::toDate(q.value(4));
        a.score = q.value(5).toInt();
        a.comment = q.value(6).toString();
        a.source = q.value(7).toString();
        a.tier = q.value(8).toString();
        a.store = q.value(9).toString();
        a.homeStore = q.value(10).toString();
        out.append(a);
    }
    return out;
}
} // namespace

Result<AnswerWrite> SurveyRepository::put(const SurveyAnswer& answer)
{
    QSqlQuery old = m_database.prepare(QStringLiteral(
        "SELECT score, comment FROM survey_answers WHERE survey = ? AND customer_id = ? AND answered_on = ?"));
    old.addBindValue(answer.survey);
    old.addBindValue(answer.customerId);
    old.addBindValue(sqlvalue::date(answer.answeredOn));
    if (!old.exec())
        return sqlError(old, tr("Reading survey answers"));
    const bool exists = old.next();
    if (exists && old.value(0).toInt() == answer.score && old.value(1).toString() == answer.comment)
        return AnswerWrite::Unchanged;
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "INSERT INTO survey_answers (survey, customer_id, answered_on, score, comment, source, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (survey, customer_id, answered_on) DO UPDATE SET "
        "score = excluded.score, comment = excluded.comment"));
    q.addBindValue(answer.survey);
    q.addBindValue(answer.customerId);
    q.addBindValue(sqlvalue::date(answer.answeredOn));
    q.addBindValue(answer.score);
    q.addBindValue(sqlvalue::notNull(answer.comment));
    q.addBindValue(answer.source);
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Saving a survey answer"));
    return exists ? AnswerWrite::Updated : AnswerWrite::Inserted;
}

Result<QList<SurveyAnswer>> SurveyRepository::between(const QDate& from, const QDate& to) const
{
    QSqlQuery q = m_database.prepare(QLatin1String(kSelect) +
                                     u"WHERE a.answered_on BETWEEN ? AND ? ORDER BY a.answered_on, a.id"_s);
    q.addBindValue(sqlvalue::date(from));
    q.addBindValue(sqlvalue::date(to));
    return readAll(q);
}

Result<QList<SurveyAnswer>> SurveyRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(QLatin1String(kSelect) + u"WHERE a.customer_id = ? ORDER BY a.answered_on DESC"_s);
    q.addBindValue(customerId);
    return readAll(q);
}

Result<qint64> SurveyRepository::answerId(const QString& survey, qint64 customerId, const QDate& day) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT id FROM survey_answers WHERE survey = ? AND customer_id = ? AND answered_on = ?"));
    q.addBindValue(survey);
    q.addBindValue(customerId);
    q.addBindValue(sqlvalue::date(day));
    if (!q.exec())
        return sqlError(q, tr("Reading survey answers"));
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Status SurveyRepository::addCode(const QString& code, const QString& survey, qint64 customerId, const QDate& issuedOn)
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("INSERT INTO survey_codes (code, survey, customer_id, issued_on) VALUES (?, ?, ?, ?)"));
    q.addBindValue(code);
    q.addBindValue(survey);
    q.addBindValue(customerId);
    q.addBindValue(sqlvalue::date(issuedOn));
    return execQuery(q, tr("Saving a reply code"));
}

Result<std::optional<SurveyRepository::Code>> SurveyRepository::code(const QString& code) const
{
    QSqlQuery q = m_database.prepare(
        QStringLiteral("SELECT survey, customer_id, COALESCE(answer_id, 0) FROM survey_codes WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return sqlError(q, tr("Reading reply codes"));
    if (!q.next())
        return std::optional<Code>();
    return std::optional<Code>(Code{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
}

Status SurveyRepository::markCodeAnswered(const QString& code, qint64 answerId)
{
    QSqlQuery q = m_database.prepare(QStringLiteral("UPDATE survey_codes SET answer_id = ? WHERE code = ?"));
    q.addBindValue(answerId);
    q.addBindValue(code);
    return execQuery(q, tr("Saving a reply code"));
}

} // namespace clientele::core::storage
