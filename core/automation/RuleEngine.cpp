#include "RuleEngine.h"

#include "../care/CareLoad.h"
#include "../domain/Clock.h"
#include "../security/GuardedChange.h"
#include "../segmentation/SegmentationSettings.h"
#include "../storage/AutomationRepository.h"
#include "../storage/FollowUpRepository.h"
#include "../storage/ProductQueries.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"
#include "Why.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace clientele::core::automation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::automation::RuleEngine", text);
}

// Each customer's products with the products' repurchase figures (one definition: ProductQueries).
Status attachProducts(const storage::Database& database, QList<Subject>& customers)
{
    auto figures = storage::ProductQueries::repurchase(database);
    if (!figures)
        return figures.error();
    auto purchases = storage::ProductQueries::lastPurchases(database);
    if (!purchases)
        return purchases.error();
    QHash<qint64, storage::ProductQueries::ProductFigures> byProduct;
    for (const auto& f : *figures)
        byProduct.insert(f.productId, f);
    QHash<qint64, qsizetype> byCustomer;
    for (qsizetype i = 0; i < customers.size(); ++i)
        byCustomer.insert(customers[i].care.id, i);
    for (const auto& p : *purchases) {
        const auto c = byCustomer.constFind(p.customerId);
        const auto f = byProduct.constFind(p.productId);
        if (c == byCustomer.cend() || f == byProduct.cend())
            continue;
        customers[c.value()].care.products.append({p.productId, f->name.isEmpty() ? f->code : f->name, p.lastBought,
                                                   f->repurchaseDays, f->repurchaseIntervals, f->repurchaseDaysSet});
    }
    return {};
}

// What keeps the rule from running here, empty when nothing does.
QString unavailableParts(const Rule& rule)
{
    QStringList parts;
    const TriggerKind* trigger = Registry::trigger(rule.triggerKind());
    if (!trigger)
        parts.append(tr("unknown trigger \"%1\"").arg(rule.triggerKind()));
    else if (!trigger->find)
        parts.append(tr("the trigger \"%1\" is %2").arg(Registry::label(trigger->label), Registry::notAvailable()));
    for (const QJsonValue& c : rule.conditions) {
        const ConditionKind* kind = Registry::condition(c.toObject().value(u"kind"_s).toString());
        if (!kind)
            parts.append(tr("unknown condition \"%1\"").arg(c.toObject().value(u"kind"_s).toString()));
        else if (!kind->test)
            parts.append(tr("the condition \"%1\" is %2").arg(Registry::label(kind->label), Registry::notAvailable()));
    }
    const ActionKind* action = Registry::action(rule.actionKind());
    if (!action)
        parts.append(tr("unknown action \"%1\"").arg(rule.actionKind()));
    else if (!action->apply)
        parts.append(tr("the action \"%1\" is %2").arg(Registry::label(action->label), Registry::notAvailable()));
    return parts.join(u"; "_s);
}

bool passes(const Rule& rule, const Subject& s)
{
    for (const QJsonValue& c : rule.conditions) {
        const QJsonObject condition = c.toObject();
        const ConditionKind* kind = Registry::condition(condition.value(u"kind"_s).toString());
        if (!kind || !kind->test || !kind->test(s, condition))
            return false;
    }
    return true;
}

Firing firingOf(const Planned& p)
{
    return {p.ruleId, p.customerName, {p.customerId, p.day, p.eventKey, p.why}, p.dueOn};
}
} // namespace

QString Planned::whatText() const
{
    const ActionKind* kind = Registry::action(action);
    return kind && kind->describe ? kind->describe(actionParams, firingOf(*this)) : action;
}

QString Planned::whyText() const
{
    return Why::reason(why);
}

care::CareTask Planned::toCareTask() const
{
    const QJsonObject facts = Why::withRuleWords(why, actionParams);
    return {customerId, dueOn.isValid() ? dueOn : day, Why::title(facts, customerName), Why::reason(facts), origin,
            dedupeKey, facts};
}

Result<Collection> RuleEngine::collect(const storage::Database& database, const QList<Rule>& rules, const QDate& from,
                                       const QDate& to)
{
    Collection out;
    auto config = segmentation::SegmentationSettings::load(database);
    if (!config)
        return config.error();
    const storage::AutomationRepository repo(database);
    auto customers = repo.subjects();
    if (!customers)
        return customers.error();
    bool products = false;
    for (Subject& s : *customers) {
        segmentation::RfmMetrics m;
        m.medianGapDays = s.care.atRiskAfterDays; // carried the median gap (or −1)
        s.care.atRiskAfterDays = config->lifecycle.atRiskAfter(m);
        s.care.dormantDays = config->lifecycle.dormantDays;
    }
    for (const Rule& rule : rules)
        if (const TriggerKind* t = Registry::trigger(rule.triggerKind()); t && t->needsProducts)
            products = true;
    if (products)
        if (auto s = attachProducts(database, *customers); !s)
            return s.error();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < customers->size(); ++i)
        index.insert(customers->at(i).care.id, i);

    const QDate today = Clock::today();
    const storage::FollowUpRepository followUps(database);
    const TriggerContext context{database, *customers, *config, from, to};
    for (const Rule& rule : rules) {
        if (const QString problem = unavailableParts(rule); !problem.isEmpty()) {
            out.unavailable.insert(rule.id, problem);
            continue;
        }
        const ActionKind* action = Registry::action(rule.actionKind());
        auto events = Registry::trigger(rule.triggerKind())->find(context, rule.trigger);
        if (!events)
            return events.error();
        for (const Event& e : std::as_const(*events)) {
            const auto at = index.constFind(e.customerId);
            if (at == index.cend())
                continue;
            const Subject& s = customers->at(at.value());
            if (!passes(rule, s) || (!action->makesFollowUp && e.day > today))
                continue;
            Planned p{rule.id, rule.origin(), rule.label(), s.care.id, s.care.name, action->key, rule.action, e.key,
                      rule.builtin.isEmpty() ? rule.origin() + u':' + e.key : e.key, e.day, e.day, e.why};
            auto known = repo.hasEvent(rule.id, e.key);
            if (!known)
                return known.error();
            if (!*known && action->makesFollowUp) {
                // Follow-ups made before the rules kept their events (the care rules of v9).
                known = followUps.hasDedupeKey(p.dedupeKey);
                if (!known)
                    return known.error();
            }
            if (*known)
                ++out.done;
            else
                out.items.append(p);
        }
    }
    std::stable_sort(out.items.begin(), out.items.end(), [](const Planned& a, const Planned& b) {
        return a.day != b.day ? a.day < b.day : a.customerId < b.customerId;
    });
    return out;
}

Result<DryRun> RuleEngine::dryRun(const storage::Database& database, qint64 id)
{
    auto rule = storage::AutomationRepository(database).rule(id);
    if (!rule)
        return rule.error();
    return dryRun(database, *rule);
}

Result<DryRun> RuleEngine::dryRun(const storage::Database& database, const Rule& rule)
{
    DryRun out;
    out.rule = rule;
    out.from = Clock::today();
    out.to = out.from.addDays(kLookAheadDays);
    auto collected = collect(database, {rule}, out.from, out.to);
    if (!collected)
        return collected.error();
    out.items = collected->items;
    out.done = collected->done;
    out.unavailable = collected->unavailable.value(rule.id);
    return out;
}

Result<qint64> RuleEngine::apply(storage::Database& database, const QList<Planned>& items, const QDate& today)
{
    storage::AutomationRepository repo(database);
    qint64 changed = 0;
    for (const Planned& p : items) {
        const ActionKind* kind = Registry::action(p.action);
        if (!kind || !kind->apply)
            continue;
        // The record first: an event some other run took meanwhile is left alone.
        auto fresh = repo.recordEvent({p.ruleId, p.eventKey, p.customerId, p.customerName, p.action, p.why, today});
        if (!fresh)
            return fresh.error();
        if (!*fresh)
            continue;
        ActionContext ctx{database, p.origin, p.dedupeKey};
        auto applied = kind->apply(ctx, firingOf(p), p.actionParams);
        if (!applied)
            return applied.error();
        if (*applied)
            ++changed;
    }
    return changed;
}

Result<RunSummary> RuleEngine::run(storage::Database& database)
{
    RunSummary summary;
    summary.day = Clock::today();
    summary.cap = dailyCap(database);
    storage::AutomationRepository repo(database);
    auto rules = repo.rules();
    if (!rules)
        return rules.error();
    QList<Rule> enabled;
    std::copy_if(rules->cbegin(), rules->cend(), std::back_inserter(enabled), [](const Rule& r) { return r.enabled; });
    auto collected = collect(database, enabled, summary.day, summary.day.addDays(kLookAheadDays));
    if (!collected)
        return collected.error();
    summary.done = collected->done;
    summary.unavailable = collected->unavailable;

    storage::Transaction transaction(database);
    if (!transaction.isActive())
        return transaction.beginStatus().error();
    auto doneToday = repo.eventsOn(summary.day);
    if (!doneToday)
        return doneToday.error();
    QList<Planned> items = collected->items;
    if (summary.cap > 0) {
        const qint64 room = qMax<qint64>(0, summary.cap - *doneToday);
        if (items.size() > room) {
            summary.overCap = items.size() - room;
            items = items.mid(0, room);
        }
    }
    // Follow-ups are spread by the follow-up day cap (care::CareLoad) like the calendar's run.
    QList<care::CareTask> tasks;
    QList<qsizetype> taskAt;
    for (qsizetype i = 0; i < items.size(); ++i)
        if (const ActionKind* k = Registry::action(items[i].action); k && k->makesFollowUp) {
            tasks.append(items[i].toCareTask());
            taskAt.append(i);
        }
    const QList<care::PlannedTask> spread = care::CareLoad::spread(tasks, care::CareLoad::load(database));
    for (qsizetype i = 0; i < spread.size(); ++i)
        items[taskAt[i]].dueOn = spread[i].task.dueOn;
    auto applied = apply(database, items, summary.day);
    if (!applied)
        return applied.error();
    summary.applied = items.size();
    for (const Planned& p : std::as_const(items))
        ++summary.perRule[p.ruleId];
    storage::SettingsRepository settings(database);
    if (auto s = settings.setValue(kLastRunKey, summary.day.toString(Qt::ISODate)); !s)
        return s.error();
    if (auto s = settings.setValue(kLastOverCapKey, QString::number(summary.overCap)); !s)
        return s.error();
    if (auto s = transaction.commit(); !s)
        return s.error();
    return summary;
}

Result<std::optional<RunSummary>> RuleEngine::runIfDue(storage::Database& database)
{
    if (lastRun(database).first == Clock::today())
        return std::optional<RunSummary>();
    return runAfterRecalculation(database);
}

Result<std::optional<RunSummary>> RuleEngine::runAfterRecalculation(storage::Database& database)
{
    if (database.isReadOnly() || !runsByThemselves(database))
        return std::optional<RunSummary>();
    auto summary = run(database);
    if (!summary)
        return summary.error();
    return std::optional<RunSummary>(*summary);
}

bool RuleEngine::runsByThemselves(const storage::Database& database)
{
    const auto value = storage::SettingsRepository(database).value(kAutoRunKey);
    return !value || *value != u"0";
}

Status RuleEngine::setRunsByThemselves(storage::Database& database, bool on)
{
    return security::guardedChange(database, security::Permission::ChangeRules, u"before-rule-change"_s, u"rules"_s,
                                   u"automation runs by themselves"_s, [&](QString* detail) -> Status {
                                       *detail = on ? u"on"_s : u"off"_s;
                                       return storage::SettingsRepository(database).setValue(kAutoRunKey,
                                                                                             on ? u"1"_s : u"0"_s);
                                   });
}

int RuleEngine::dailyCap(const storage::Database& database)
{
    const auto value = storage::SettingsRepository(database).value(kDailyCapKey);
    bool ok = false;
    const int cap = value ? value->toInt(&ok) : 0;
    return ok && cap >= 0 && cap <= kMaxDailyCap ? cap : kDefaultDailyCap;
}

Status RuleEngine::setDailyCap(storage::Database& database, int cap)
{
    if (cap < 0 || cap > kMaxDailyCap)
        return Error::make(Error::Code::Usage,
                           tr("Automation actions per day: between 0 (no limit) and %1, not %2.").arg(kMaxDailyCap).arg(cap));
    return security::guardedChange(database, security::Permission::ChangeRules, u"before-rule-change"_s, u"rules"_s,
                                   u"automation daily cap"_s, [&](QString* detail) -> Status {
                                       *detail = QString::number(cap);
                                       return storage::SettingsRepository(database).setValue(kDailyCapKey,
                                                                                             QString::number(cap));
                                   });
}

std::pair<QDate, qint64> RuleEngine::lastRun(const storage::Database& database)
{
    const storage::SettingsRepository settings(database);
    const auto day = settings.value(kLastRunKey);
    const auto over = settings.value(kLastOverCapKey);
    return {day ? QDate::fromString(*day, Qt::ISODate) : QDate(), over ? over->toLongLong() : 0};
}

} // namespace clientele::core::automation
