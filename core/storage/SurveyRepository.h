#pragma once

#include "../domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace clientele::core::storage {

class Database;

// One answer to a survey (the built-in NPS question: "how likely are you to recommend us", 0–10).
struct SurveyAnswer
{
    qint64 id = 0;
    QString survey = QStringLiteral("nps");
    qint64 customerId = 0;
    QString customerName;
    QDate answeredOn;
    int score = 0;
    QString comment;
    QString source; // hand, import, reply
    QString tier;   // the customer's tier in the latest segmentation run ('' before one)
    QString store;  // the name of the customer's home store ('' when none)
    QString homeStore; // the customer's home store (customers.home_store; '' none)
};

enum class AnswerWrite { Inserted, Updated, Unchanged };

class SurveyRepository
{
public:
    explicit SurveyRepository(const Database& database) : m_database(database) {}

    // One answer per customer, survey and day: a second write of the same day updates it.
    Result<AnswerWrite> put(const SurveyAnswer& answer);
    // Answers given in [from, to], oldest first, with tier and store.
    Result<QList<SurveyAnswer>> between(const QDate& from, const QDate& to) const;
    Result<QList<SurveyAnswer>> forCustomer(qint64 customerId) const;
    Result<qint64> answerId(const QString& survey, qint64 customerId, const QDate& day) const;

    // Reply codes handed out with a survey message.
    Status addCode(const QString& code, const QString& survey, qint64 customerId, const QDate& issuedOn);
    struct Code
    {
        QString survey;
        qint64 customerId = 0;
        qint64 answerId = 0; // 0: not answered yet
    };
    Result<std::optional<Code>> code(const QString& code) const;
    Status markCodeAnswered(const QString& code, qint64 answerId);

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
