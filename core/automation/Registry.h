#pragma once

#include "../care/CareTaskGenerator.h"
#include "../domain/Result.h"
#include "../segmentation/Segmenter.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::automation {

// A customer as the rules see them (the latest segmentation run; storage::AutomationRepository).
struct Subject
{
    care::CareCustomer care; // id, name, birthday, consent, tier, stage, purchases, limits, products
    QString city;
    QString homeStore; // store code ('' none)
    QString segment; // segment_cn8 key
    QStringList tags;
    qint64 spendFen = 0; // all purchases
    qint64 clvFen = 0;   // predicted 12-month value
    double pAlive = -1;  // −1: no model
    QString previousTier; // at the previous month end, empty when unknown
    QDate asOf;           // of the segmentation run
};

// Something that happened to one customer (or will, on `day`: a birthday ahead). `key` names the
// customer and the occurrence (e.g. "birthday:42:2026"): a rule acts on one key once.
// `why` is the reason as data: {"rule": trigger or care key, arguments…} (Why renders it).
struct Event
{
    qint64 customerId = 0;
    QDate day;
    QString key;
    QJsonObject why;
};

struct TriggerContext
{
    const storage::Database& database;
    const QList<Subject>& customers;
    const segmentation::SegmentationConfig& config;
    QDate from; // events whose day is in [from, to]; some catch up on up to 30 days before `from`
    QDate to;
};

// A trigger finds the events in the window; `find` empty: registered but not available in this
// shop yet (a dry run says so, a run skips the rule).
struct TriggerKind
{
    QString key;
    const char* label; // QT_TRANSLATE_NOOP("clientele::core::automation::Registry", …)
    QJsonObject defaults;    // parameters a new rule starts with
    std::function<Result<QList<Event>>(const TriggerContext&, const QJsonObject& params)> find;
    bool needsProducts = false; // the customers' products are loaded only for such triggers
};

// A condition keeps or drops one customer; `test` empty: not available yet.
struct ConditionKind
{
    QString key;
    const char* label;
    QJsonObject defaults;
    std::function<bool(const Subject&, const QJsonObject& condition)> test;
};

// What a rule is doing for one customer and event.
struct Firing
{
    qint64 ruleId = 0;
    QString customerName;
    Event event;
    QDate dueOn; // follow-ups: the day planned (after the follow-up day cap)
};

struct ActionContext
{
    storage::Database& database;
    QString origin;    // Rule::origin()
    QString dedupeKey; // the event key as the follow-up's dedupe key
};

// An action applies to one customer (in the run's transaction); `apply` empty: not available yet.
// Returns whether it changed anything (a tag already there: false; still recorded as done).
// `describe` says what it would do, in the reader's language (dry runs, the log).
struct ActionKind
{
    QString key;
    const char* label;
    QJsonObject defaults;
    std::function<Result<bool>(ActionContext&, const Firing&, const QJsonObject& params)> apply;
    std::function<QString(const QJsonObject& params, const Firing&)> describe;
    bool makesFollowUp = false; // planned ahead within the window; other actions only on events due by today
};

// The tables of kinds. To add one (campaigns, coupons, ledgers, service): one entry in the list
// of Triggers.cpp, Conditions.cpp or Actions.cpp, replacing its "not available" entry.
class Registry
{
public:
    static const QList<TriggerKind>& triggers();
    static const QList<ConditionKind>& conditions();
    static const QList<ActionKind>& actions();
    static const TriggerKind* trigger(const QString& key);
    static const ConditionKind* condition(const QString& key);
    static const ActionKind* action(const QString& key);
    static QString label(const char* source); // translated
    static QString notAvailable(); // "not available in this shop yet"
};

// Defined with the tables.
QList<TriggerKind> triggerTable();
QList<ConditionKind> conditionTable();
QList<ActionKind> actionTable();

} // namespace clientele::core::automation
