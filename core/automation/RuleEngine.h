#pragma once

#include "../care/CareTaskGenerator.h"
#include "../domain/Result.h"
#include "Registry.h"
#include "Rule.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::automation {

// One action a rule calls for: whom, what, why. Follow-ups are planned ahead within the window
// (due on the event's day); other actions only for events due by today.
struct Planned
{
    qint64 ruleId = 0;
    QString origin; // Rule::origin()
    QString ruleLabel;
    qint64 customerId = 0;
    QString customerName;
    QString action;          // kind
    QJsonObject actionParams; // the rule's action object
    QString eventKey;         // unique per rule (automation_events)
    QString dedupeKey;        // a follow-up's dedupe key: the event key, prefixed by the origin for the owner's rules
    QDate day;                // the event's day
    QDate dueOn;              // follow-ups: the day it is planned for
    QJsonObject why;

    QString whatText() const; // in the reader's language
    QString whyText() const;
    care::CareTask toCareTask() const; // a follow-up as the care plan and the calendar show it
};

struct Collection
{
    QList<Planned> items;   // not done yet, by day then customer
    qint64 done = 0;        // events the rules acted on before (not repeated)
    QMap<qint64, QString> unavailable; // rule id → what is not available in this shop yet
};

struct DryRun
{
    Rule rule;
    QDate from;
    QDate to;
    QList<Planned> items;
    qint64 done = 0;
    QString unavailable; // empty when the rule can run
};

struct RunSummary
{
    QDate day;
    qint64 applied = 0;    // actions taken (and recorded)
    qint64 overCap = 0;    // called for but over the daily cap: counted, left for a later day
    qint64 done = 0;       // acted on before
    int cap = 0;           // 0: none
    QMap<qint64, qint64> perRule; // rule id → actions taken
    QMap<qint64, QString> unavailable;
};

// The rule engine: every enabled rule's trigger finds events, its conditions keep or drop the
// customer, its action is applied once per event (rule id + event key, a unique index) and
// recorded with the why. Runs after each recalculation and once a day when the app first
// starts (runIfDue); the owner caps the actions per day (automation.max_actions_per_day):
// what is over the cap is counted and reported, not recorded, so a later run takes it up.
class RuleEngine
{
public:
    static constexpr int kLookAheadDays = 30; // follow-ups are planned this far ahead
    static constexpr int kDefaultDailyCap = 200;
    static constexpr int kMaxDailyCap = 100000;
    static inline const QString kDailyCapKey = QStringLiteral("automation.max_actions_per_day");
    static inline const QString kLastRunKey = QStringLiteral("automation.last_run");
    static inline const QString kLastOverCapKey = QStringLiteral("automation.last_over_cap");
    // "0": the rules run only when asked (rules run, the calendar's Run Care Rules); default on.
    static inline const QString kAutoRunKey = QStringLiteral("automation.auto_run");

    // Reads only. `rules` in the order they should act (by id).
    static Result<Collection> collect(const storage::Database& database, const QList<Rule>& rules, const QDate& from,
                                      const QDate& to);
    // Whom rule `id` would touch today and in the look-ahead, and what it would do; writes nothing
    // (also for a rule switched off).
    static Result<DryRun> dryRun(const storage::Database& database, qint64 id);
    static Result<DryRun> dryRun(const storage::Database& database, const Rule& rule);
    // Every enabled rule, as of Clock::today(), in one transaction; the daily cap applies.
    static Result<RunSummary> run(storage::Database& database);
    // run() unless one ran today already (the app's first start of the day); nothing when the
    // database is read-only or the owner switched automatic runs off.
    static Result<std::optional<RunSummary>> runIfDue(storage::Database& database);
    // After a recalculation: run() unless read-only or automatic runs are off.
    static Result<std::optional<RunSummary>> runAfterRecalculation(storage::Database& database);
    static bool runsByThemselves(const storage::Database& database);
    static Status setRunsByThemselves(storage::Database& database, bool on); // owners only; audited
    // Applies and records `items` in the caller's transaction; returns how many changed something.
    static Result<qint64> apply(storage::Database& database, const QList<Planned>& items, const QDate& today);

    static int dailyCap(const storage::Database& database);
    // Owners only; audited.
    static Status setDailyCap(storage::Database& database, int cap);
    // The summary of the latest run (day, over cap), for the dialog.
    static std::pair<QDate, qint64> lastRun(const storage::Database& database);
};

} // namespace clientele::core::automation
