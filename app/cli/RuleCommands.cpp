// rules list|show|set|dry-run|on|off|run|limit: the automation rules (the care rules among them).
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "automation/Registry.h"
#include "automation/RuleChanges.h"
#include "automation/RuleEngine.h"
#include "automation/Why.h"
#include "storage/AutomationRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using core::automation::Planned;
using core::automation::Registry;
using core::automation::Rule;
using core::automation::RuleEngine;

QJsonObject plannedJson(const Planned& p)
{
    return {{u"customer_id"_s, p.customerId}, {u"customer"_s, p.customerName}, {u"action"_s, p.action},
            {u"day"_s, p.day.toString(Qt::ISODate)}, {u"due_on"_s, p.dueOn.toString(Qt::ISODate)},
            {u"event_key"_s, p.eventKey}, {u"what"_s, p.whatText()}, {u"why"_s, p.whyText()}, {u"why_data"_s, p.why}};
}

bool ruleId(CliContext& ctx, qint64* id)
{
    bool ok = false;
    *id = ctx.positional.value(1).toLongLong(&ok);
    if (!ok || *id <= 0) {
        ctx.usage(tr("A rule ID is a number from `rules list`, not \"%1\".").arg(ctx.positional.value(1)));
        return false;
    }
    return true;
}

int list(CliContext& ctx, const core::storage::Database& db)
{
    auto rules = core::storage::AutomationRepository(db).rules();
    if (!rules)
        return ctx.fail(rules.error());
    const auto [lastDay, overCap] = RuleEngine::lastRun(db);
    if (ctx.json) {
        QJsonArray array;
        for (const Rule& r : std::as_const(*rules)) {
            QJsonObject o = r.toJson();
            o.insert(u"summary"_s, r.summary());
            array.append(o);
        }
        ctx.printJson(QJsonObject{{u"rules"_s, array},
                                  {u"max_actions_per_day"_s, RuleEngine::dailyCap(db)},
                                  {u"runs_by_themselves"_s, RuleEngine::runsByThemselves(db)},
                                  {u"last_run"_s, lastDay.toString(Qt::ISODate)},
                                  {u"last_over_cap"_s, overCap}});
        return ExitOk;
    }
    TextTable table({tr("ID"), tr("On"), tr("Rule"), tr("Trigger → action")});
    for (const Rule& r : std::as_const(*rules))
        table.addRow({QString::number(r.id), r.enabled ? tr("on") : tr("off"), r.label(), r.summary()});
    table.print(ctx.out());
    const int cap = RuleEngine::dailyCap(db);
    ctx.out() << (cap > 0 ? tr("At most %1 actions per day.").arg(cap) : tr("No daily limit on actions."));
    if (lastDay.isValid())
        ctx.out() << ' ' << tr("Last run %1; %2 over the daily limit.").arg(lastDay.toString(Qt::ISODate)).arg(overCap);
    ctx.out() << Qt::endl;
    return ExitOk;
}

int show(CliContext& ctx, const core::storage::Database& db, qint64 id)
{
    auto rule = core::storage::AutomationRepository(db).rule(id);
    if (!rule)
        return ctx.fail(rule.error());
    auto events = core::storage::AutomationRepository(db).events(id, 20);
    if (!events)
        return ctx.fail(events.error());
    if (ctx.json) {
        QJsonObject o = rule->toJson();
        o.insert(u"summary"_s, rule->summary());
        QJsonArray done;
        for (const auto& e : std::as_const(*events))
            done.append(QJsonObject{{u"customer_id"_s, e.customerId}, {u"action"_s, e.action},
                                    {u"done_on"_s, e.doneOn.toString(Qt::ISODate)}, {u"event_key"_s, e.eventKey},
                                    {u"why"_s, core::automation::Why::reason(e.why)}, {u"why_data"_s, e.why}});
        o.insert(u"recent"_s, done);
        ctx.printJson(o);
        return ExitOk;
    }
    ctx.out() << rule->id << ' ' << rule->label() << " (" << (rule->enabled ? tr("on") : tr("off")) << ")\n"
              << rule->summary() << '\n'
              << QString::fromUtf8(QJsonDocument(rule->body()).toJson(QJsonDocument::Indented));
    if (!events->isEmpty()) {
        TextTable table({tr("Day"), tr("Customer"), tr("Why")});
        for (const auto& e : std::as_const(*events))
            table.addRow({e.doneOn.toString(Qt::ISODate), e.customerName, core::automation::Why::reason(e.why)});
        table.print(ctx.out());
    }
    return ExitOk;
}

int set(CliContext& ctx, core::storage::Database& db)
{
    const QString path = ctx.positional.value(1);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return ctx.fail(core::Error::make(core::Error::Code::Io, tr("Cannot read %1.").arg(path)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        return ctx.fail(core::Error::make(core::Error::Code::InvalidData,
                                          tr("%1 is not JSON: %2.").arg(path, parseError.errorString())));
    QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(u"rules"_s).toArray();
    if (doc.isObject() && !doc.object().contains(u"rules"_s))
        items = {doc.object()};
    QJsonArray saved;
    for (const QJsonValue& item : std::as_const(items)) {
        auto rule = Rule::fromJson(item.toObject());
        if (!rule)
            return ctx.fail(rule.error());
        if (rule->id > 0) {
            auto existing = core::storage::AutomationRepository(db).rule(rule->id);
            if (!existing)
                return ctx.fail(existing.error());
            rule->builtin = existing->builtin;
            if (!item.toObject().contains(u"enabled"_s))
                rule->enabled = existing->enabled;
        }
        auto id = core::automation::RuleChanges::save(db, *rule);
        if (!id)
            return ctx.fail(id.error());
        saved.append(*id);
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"saved"_s, saved}});
    else
        ctx.out() << QCoreApplication::translate("clientele-cli", "Saved %Ln rule(s).", nullptr, int(saved.size())) << Qt::endl;
    return ExitOk;
}

int dryRun(CliContext& ctx, const core::storage::Database& db, qint64 id)
{
    auto dry = RuleEngine::dryRun(db, id);
    if (!dry)
        return ctx.fail(dry.error());
    if (ctx.json) {
        QJsonArray items;
        for (const Planned& p : std::as_const(dry->items))
            items.append(plannedJson(p));
        ctx.printJson(QJsonObject{{u"dry_run"_s, true}, {u"rule"_s, dry->rule.toJson()},
                                  {u"from"_s, dry->from.toString(Qt::ISODate)}, {u"to"_s, dry->to.toString(Qt::ISODate)},
                                  {u"available"_s, dry->unavailable.isEmpty()}, {u"unavailable"_s, dry->unavailable},
                                  {u"done_before"_s, dry->done}, {u"items"_s, items}});
        return ExitOk;
    }
    auto& out = ctx.out();
    if (!dry->unavailable.isEmpty()) {
        out << tr("Rule %1 cannot run: %2.").arg(id).arg(dry->unavailable) << Qt::endl;
        return ExitOk;
    }
    out << QCoreApplication::translate("clientele-cli", "Dry run of rule %1 (%2 – %3): %Ln action(s); nothing was saved.", nullptr, int(dry->items.size()))
               .arg(id)
               .arg(dry->from.toString(Qt::ISODate), dry->to.toString(Qt::ISODate))
        << ' ' << QCoreApplication::translate("clientele-cli", "%Ln event(s) acted on before.", nullptr, int(dry->done)) << Qt::endl;
    TextTable table({tr("Day"), tr("Customer"), tr("Action"), tr("Why")});
    for (const Planned& p : std::as_const(dry->items))
        table.addRow({p.day.toString(Qt::ISODate), p.customerName, p.whatText(), p.whyText()});
    table.print(out);
    return ExitOk;
}

int run(CliContext& ctx, core::storage::Database& db)
{
    auto summary = RuleEngine::run(db);
    if (!summary)
        return ctx.fail(summary.error());
    if (ctx.json) {
        QJsonObject perRule;
        for (auto it = summary->perRule.cbegin(); it != summary->perRule.cend(); ++it)
            perRule.insert(QString::number(it.key()), it.value());
        ctx.printJson(QJsonObject{{u"day"_s, summary->day.toString(Qt::ISODate)}, {u"applied"_s, summary->applied},
                                  {u"over_cap"_s, summary->overCap}, {u"done_before"_s, summary->done},
                                  {u"max_actions_per_day"_s, summary->cap}, {u"per_rule"_s, perRule}});
        return ExitOk;
    }
    ctx.out() << QCoreApplication::translate("clientele-cli", "The rules took %Ln action(s).", nullptr, int(summary->applied));
    if (summary->overCap > 0)
        ctx.out() << ' ' << QCoreApplication::translate("clientele-cli", "%Ln more wait for tomorrow (daily limit %1).", nullptr, int(summary->overCap)).arg(summary->cap);
    ctx.out() << Qt::endl;
    return ExitOk;
}

int rules(CliContext& ctx)
{
    const QString action = ctx.positional.value(0, u"list"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    qint64 id = 0;
    if (action == u"list")
        return list(ctx, **db);
    if (action == u"show")
        return ruleId(ctx, &id) ? show(ctx, **db, id) : ExitUsage;
    if (action == u"dry-run")
        return ruleId(ctx, &id) ? dryRun(ctx, **db, id) : ExitUsage;
    if (action == u"set")
        return set(ctx, **db);
    if (action == u"on" || action == u"off") {
        if (!ruleId(ctx, &id))
            return ExitUsage;
        if (auto s = core::automation::RuleChanges::setEnabled(**db, id, action == u"on"); !s)
            return ctx.fail(s.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"id"_s, id}, {u"enabled"_s, action == u"on"}});
        else
            ctx.out() << (action == u"on" ? tr("Rule %1 is on.") : tr("Rule %1 is off.")).arg(id) << Qt::endl;
        return ExitOk;
    }
    if (action == u"run")
        return run(ctx, **db);
    if (action == u"auto" && (ctx.positional.value(1) == u"on" || ctx.positional.value(1) == u"off")) {
        const bool on = ctx.positional.value(1) == u"on";
        if (auto s = RuleEngine::setRunsByThemselves(**db, on); !s)
            return ctx.fail(s.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"runs_by_themselves"_s, on}});
        else
            ctx.out() << (on ? tr("The rules run after each recalculation and once a day.")
                             : tr("The rules run only when asked (rules run)."))
                      << Qt::endl;
        return ExitOk;
    }
    if (action == u"limit" && ctx.positional.size() == 2) {
        bool ok = false;
        const int cap = ctx.positional[1].toInt(&ok);
        if (!ok)
            return ctx.usage(tr("The daily limit is a number (0: none), not \"%1\".").arg(ctx.positional[1]));
        if (auto s = RuleEngine::setDailyCap(**db, cap); !s)
            return ctx.fail(s.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"max_actions_per_day"_s, cap}});
        else
            ctx.out() << tr("At most %1 actions per day.").arg(cap) << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(tr("Usage: clientele-cli rules list | show ID | set FILE.json | dry-run ID | on ID | off ID | run | "
                        "limit N | auto on|off"));
}

} // namespace

QList<Command> ruleCommands()
{
    return {
        {u"rules"_s, u"rules list | show ID | set FILE.json | dry-run ID | on ID | off ID | run | limit N | auto on|off"_s,
         tr("Automation rules (trigger → conditions → action; the care rules are built in): list, show, change "
            "(owners), try without saving, switch on or off, run now, the daily limit of actions."),
         {},
         rules},
    };
}

} // namespace clientele::cli
