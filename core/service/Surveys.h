#pragma once

#include "../domain/Clock.h"
#include "../domain/Result.h"
#include "../storage/SurveyRepository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::service {

// A row of a survey file that could not be read: where, which column, what it said, why.
struct SurveyRowError
{
    qint64 line = 0;
    QString column;
    QString value;
    QString message;
};

struct SurveyImportResult
{
    int rows = 0;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int followUps = 0; // detractor call-backs created
    QList<SurveyRowError> errors; // any error: nothing was imported
};

// Survey answers (the built-in NPS question, survey "nps") from the profile, a file or a reply
// code. Every write is followed by the "detractor" care rule for the answers it touched, through
// the care-rule machinery, so a detractor gets exactly one call-back however often it is imported.
class Surveys
{
public:
    static constexpr int kMaxScore = 10;

    static Result<storage::AnswerWrite> record(storage::Database& database, qint64 customerId, const QDate& day,
                                               int score, const QString& comment, const QString& source = QStringLiteral("hand"));
    // A file of answers: phone or member code, date, 0–10 score, comment (English or Chinese
    // headers). All or nothing: one bad row and no row is stored (the errors name them).
    static Result<SurveyImportResult> importFile(storage::Database& database, const QString& path);

    // A link-free code to print in a survey message; the owner types it in with the answer.
    static Result<QString> issueCode(storage::Database& database, qint64 customerId,
                                     const QDate& day = core::Clock::today());
    static Result<qint64> answerByCode(storage::Database& database, const QString& code, int score,
                                       const QString& comment, const QDate& day = core::Clock::today());

    // Runs the care rule "detractor" for today (and the days it looks ahead); returns tasks created.
    static Result<int> planDetractorCalls(storage::Database& database, const QDate& today = core::Clock::today());
};

} // namespace clientele::core::service
