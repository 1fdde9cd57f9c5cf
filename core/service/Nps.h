#pragma once

#include "../domain/Result.h"
#include "../storage/SurveyRepository.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::service {

// Net promoter score of a set of 0–10 answers: % promoters (9–10) − % detractors (0–6), −100…+100,
// rounded half away from zero. No figure under kMinAnswers answers: too few to mean anything.
struct NpsFigure
{
    static constexpr int kMinAnswers = 10;
    int promoters = 0;
    int passives = 0;
    int detractors = 0;

    void add(int score);
    int answers() const { return promoters + passives + detractors; }
    std::optional<int> nps() const;
    static NpsFigure of(const QList<int>& scores);
};

enum class NpsBy { None, Tier, Store };

struct NpsGroup
{
    QString key; // tier key or store; '' = whole shop / no tier / no store
    NpsFigure figure;
};

// The owner's warning line: red below `below`, amber after a drop of `drop` points from last month.
struct NpsAlert
{
    int below = 30;
    int drop = 10;
    enum class Level { Normal, Amber, Red };
    Level level(std::optional<int> nps, std::optional<int> previous) const;
    static NpsAlert load(const storage::Database& database); // setting "service.nps_alert"
    static Status save(const storage::Database& database, const NpsAlert& alert);
};

class Nps
{
public:
    // Pure: the answers grouped (NpsBy::None: one group with key '').
    static QList<NpsGroup> group(const QList<storage::SurveyAnswer>& answers, NpsBy by);
    // The month "YYYY-MM" (by answer date).
    static Result<QList<NpsGroup>> forMonth(const storage::Database& database, const QString& month, NpsBy by);
    // `stores`: only the answers of the home customers of these stores (stores::StoreScope); none:
    // the whole chain.
    static Result<NpsFigure> shopMonth(const storage::Database& database, const QString& month,
                                       const QStringList& stores = {});
    static bool validMonth(const QString& month);
    static QDate firstDay(const QString& month);
};

} // namespace clientele::core::service
