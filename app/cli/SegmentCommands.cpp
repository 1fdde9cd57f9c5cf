// segment, tiers, migration, at-risk, rfm, tier-rules and followups.
#include "domain/Clock.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "SegmentationJson.h"
#include "TextTable.h"

#include "care/FollowUpPlanner.h"
#include "io/ICalendarExport.h"
#include "report/ReportRenderer.h"
#include "security/PhoneVisibility.h"
#include "segmentation/RuleChanges.h"
#include "segmentation/Segmenter.h"
#include "segmentation/SegmentationSettings.h"
#include "segmentation/TierPolicy.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/SegmentationRepository.h"
#include "storage/SettingsRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;
using namespace core::segmentation;

QString percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return u"0.0%"_s;
    const qint64 permille = (part * 1000 + whole / 2) / whole;
    return u"%1.%2%"_s.arg(permille / 10).arg(permille % 10);
}

double share(qint64 part, qint64 whole)
{
    return whole == 0 ? 0.0 : double(qRound64(double(part) * 10000.0 / double(whole))) / 10000.0;
}

bool dateOption(CliContext& ctx, const QString& name, QDate* out, int* exitCode)
{
    if (!ctx.parser.isSet(name))
        return true;
    *out = QDate::fromString(ctx.parser.value(name), Qt::ISODate);
    if (!out->isValid()) {
        *exitCode = ctx.usage(tr("--%1 needs a date like 2026-10-31.").arg(name));
        return false;
    }
    return true;
}

bool monthOption(CliContext& ctx, const QString& name, QString* out, int* exitCode)
{
    const QString value = ctx.parser.value(name);
    if (!QDate::fromString(value + u"-01"_s, Qt::ISODate).isValid()) {
        *exitCode = ctx.usage(tr("--%1 needs a month like 2026-10.").arg(name));
        return false;
    }
    *out = value;
    return true;
}

// The line above a store's figures naming whose they are; nothing for the chain.
QString scopeLine(const storage::Database& db, const stores::StoreScope& scope)
{
    if (scope.isChain())
        return {};
    auto named = scope.stores(db);
    return tr("Home customers of %1.")
        .arg(named ? report::ReportRenderer::storeNames(*named) : scope.codes().join(u", "_s));
}

int segment(CliContext& ctx)
{
    QDate asOf = core::Clock::today();
    int code = ExitOk;
    if (!dateOption(ctx, u"as-of"_s, &asOf, &code))
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    QElapsedTimer timer;
    timer.start();
    auto summary = Segmenter::run(**db, asOf, ctx.parser.isSet(u"history"_s));
    if (!summary)
        return ctx.fail(summary.error());
    const qint64 ms = timer.elapsed();
    if (ctx.json) {
        QJsonObject tiers, stages;
        for (auto it = summary->tiers.cbegin(); it != summary->tiers.cend(); ++it)
            tiers.insert(it.key(), it.value());
        for (auto it = summary->stages.cbegin(); it != summary->stages.cend(); ++it)
            stages.insert(it.key(), it.value());
        ctx.printJson(QJsonObject{{u"as_of"_s, asOf.toString(Qt::ISODate)},
                                  {u"customers"_s, summary->customers},
                                  {u"tiers"_s, tiers},
                                  {u"stages"_s, stages},
                                  {u"months"_s, QJsonArray::fromStringList(summary->monthsWritten)},
                                  {u"tier_rules_version"_s, summary->tierRulesVersion},
                                  {u"elapsed_ms"_s, ms}});
        return ExitOk;
    }
    auto& out = ctx.out();
    out << tr("Segmented %1 customers as of %2 in %3 ms (months written: %4).")
               .arg(summary->customers)
               .arg(asOf.toString(Qt::ISODate))
               .arg(ms)
               .arg(summary->monthsWritten.size())
        << "\n\n";
    TextTable tiers({tr("Tier"), tr("Customers"), tr("Share")});
    for (auto it = summary->tiers.cbegin(); it != summary->tiers.cend(); ++it)
        tiers.addRow({TierRules::label(it.key()), QString::number(it.value()), percent(it.value(), summary->customers)});
    tiers.print(out);
    out << '\n';
    TextTable stages({tr("Stage"), tr("Customers"), tr("Share")});
    for (auto it = summary->stages.cbegin(); it != summary->stages.cend(); ++it) {
        Stage s = Stage::Prospect;
        Lifecycle::fromKey(it.key(), &s);
        stages.addRow({Lifecycle::label(s), QString::number(it.value()), percent(it.value(), summary->customers)});
    }
    stages.print(out);
    return ExitOk;
}

int tiers(CliContext& ctx)
{
    QString month;
    int code = ExitOk;
    if (ctx.parser.isSet(u"month"_s) && !monthOption(ctx, u"month"_s, &month, &code))
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto scope = ctx.storeScope(**db);
    if (!scope)
        return ctx.fail(scope.error());
    storage::SegmentationRepository repo(**db);
    if (month.isEmpty()) {
        auto months = repo.snapshotMonths();
        if (!months)
            return ctx.fail(months.error());
        if (months->isEmpty())
            return ctx.fail(Error::make(Error::Code::NotFound, tr("No segmentation yet: run clientele-cli segment.")));
        month = months->last();
    }
    auto rows = repo.tierTotals(month, scope->codes());
    if (!rows)
        return ctx.fail(rows.error());
    auto config = Segmenter::loadConfig(**db);
    if (!config)
        return ctx.fail(config.error());
    // Order: the scheme's levels, then dormant.
    QList<storage::SegmentationRepository::TierRow> ordered = *rows;
    std::sort(ordered.begin(), ordered.end(), [&](const auto& a, const auto& b) {
        return config->tiers.rank(a.tier) < config->tiers.rank(b.tier);
    });
    qint64 customers = 0;
    Fen revenue = 0;
    for (const auto& r : ordered) {
        customers += r.customers;
        revenue += r.revenue12m;
    }
    if (ctx.json) {
        QJsonArray array;
        for (const auto& r : ordered)
            array.append(QJsonObject{{u"tier"_s, r.tier},
                                     {u"customers"_s, r.customers},
                                     {u"customer_share"_s, share(r.customers, customers)},
                                     {u"revenue_12m_fen"_s, r.revenue12m},
                                     {u"revenue_share"_s, share(r.revenue12m, revenue)}});
        ctx.printJson(QJsonObject{{u"month"_s, month},
                                  {u"stores"_s, QJsonArray::fromStringList(scope->codes())},
                                  {u"customers"_s, customers},
                                  {u"revenue_12m_fen"_s, revenue},
                                  {u"tiers"_s, array}});
        return ExitOk;
    }
    if (auto line = scopeLine(**db, *scope); !line.isEmpty())
        ctx.out() << line << Qt::endl;
    ctx.out() << tr("Tiers in %1 (customers with purchases; revenue = 12-month spend)").arg(month) << "\n\n";
    TextTable table({tr("Tier"), tr("Customers"), tr("Share"), tr("Revenue"), tr("Revenue share")});
    for (const auto& r : ordered)
        table.addRow({TierRules::label(r.tier), QString::number(r.customers), percent(r.customers, customers),
                      money::format(r.revenue12m), percent(r.revenue12m, revenue)});
    table.addRow({tr("Total"), QString::number(customers), u"100.0%"_s, money::format(revenue), u"100.0%"_s});
    table.print(ctx.out());
    return ExitOk;
}

int migration(CliContext& ctx)
{
    QString from, to;
    int code = ExitOk;
    if (!ctx.parser.isSet(u"from"_s) || !ctx.parser.isSet(u"to"_s))
        return ctx.usage(tr("Usage: clientele-cli migration --from YYYY-MM --to YYYY-MM [--store CODE[,CODE…]|all]"));
    if (!monthOption(ctx, u"from"_s, &from, &code) || !monthOption(ctx, u"to"_s, &to, &code))
        return code;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto scope = ctx.storeScope(**db);
    if (!scope)
        return ctx.fail(scope.error());
    storage::SegmentationRepository repo(**db);
    auto cells = repo.migration(from, to, scope->codes());
    if (!cells)
        return ctx.fail(cells.error());
    auto config = Segmenter::loadConfig(**db);
    if (!config)
        return ctx.fail(config.error());
    QStringList keys;
    for (const auto& l : config->tiers.levels)
        keys.append(l.key);
    keys.append(u"dormant"_s);
    if (ctx.json) {
        QJsonArray array;
        for (const auto& c : *cells)
            array.append(QJsonObject{{u"from"_s, c.from.isEmpty() ? QJsonValue() : QJsonValue(c.from)},
                                     {u"to"_s, c.to},
                                     {u"customers"_s, c.customers},
                                     {u"revenue_12m_fen"_s, c.revenue12m}});
        ctx.printJson(QJsonObject{{u"from"_s, from},
                                  {u"to"_s, to},
                                  {u"stores"_s, QJsonArray::fromStringList(scope->codes())},
                                  {u"cells"_s, array}});
        return ExitOk;
    }
    if (auto line = scopeLine(**db, *scope); !line.isEmpty())
        ctx.out() << line << Qt::endl;
    ctx.out() << tr("Tier migration %1 → %2 (rows: tier in %1; columns: tier in %2; customers)").arg(from, to) << "\n\n";
    QStringList header{QString()};
    for (const QString& k : keys)
        header.append(TierRules::label(k));
    TextTable table(header);
    QStringList rowKeys = keys;
    rowKeys.append(QString());
    for (const QString& f : rowKeys) {
        QStringList row{f.isEmpty() ? tr("(new)") : TierRules::label(f)};
        for (const QString& t : keys) {
            qint64 n = 0;
            for (const auto& c : *cells)
                if (c.from == f && c.to == t)
                    n = c.customers;
            row.append(QString::number(n));
        }
        table.addRow(row);
    }
    table.print(ctx.out());
    return ExitOk;
}

QJsonObject segmentJson(const storage::SegmentationRepository::CustomerSegmentRow& r)
{
    QJsonObject o = segmentationJson(r.evaluation);
    o.insert(u"id"_s, r.id);
    o.insert(u"name"_s, r.name);
    o.insert(u"phone"_s, security::PhoneVisibility::shown(r.phone, true)); // masked for staff
    return o;
}

int atRisk(CliContext& ctx)
{
    int limit = 0;
    if (!ctx.intOption(u"limit"_s, 20, 1, &limit))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto scope = ctx.storeScope(**db);
    if (!scope)
        return ctx.fail(scope.error());
    auto rows = storage::SegmentationRepository(**db).segmentRows(u"at_risk"_s, limit, scope->codes());
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& r : *rows)
            array.append(segmentJson(r));
        ctx.printJson(array);
        return ExitOk;
    }
    if (auto line = scopeLine(**db, *scope); !line.isEmpty())
        ctx.out() << line << Qt::endl;
    TextTable table({tr("Name"), tr("Phone"), tr("Tier"), tr("Value at stake"), tr("Why")});
    for (const auto& r : *rows)
        table.addRow({r.name, security::PhoneVisibility::shown(r.phone, true), TierRules::label(r.evaluation.tier), money::format(r.evaluation.valueAtStake),
                      r.evaluation.stageReason});
    table.print(ctx.out());
    return ExitOk;
}

int rfm(CliContext& ctx)
{
    int limit = 0;
    if (!ctx.intOption(u"limit"_s, 20, 1, &limit))
        return ExitUsage;
    const QString model = ctx.parser.value(u"model"_s);
    if (model != u"cn8" && model != u"scores")
        return ctx.usage(tr("--model is cn8 or scores."));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto rows = storage::SegmentationRepository(**db).segmentRows(QString(), limit);
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& r : *rows)
            array.append(segmentJson(r));
        ctx.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Name"), tr("R"), tr("F"), tr("M"), tr("Segment"), tr("Why")});
    for (const auto& r : *rows) {
        const Evaluation& e = r.evaluation;
        const bool cn8 = model == u"cn8";
        table.addRow({r.name, QString::number(e.scores.r), QString::number(e.scores.f), QString::number(e.scores.m),
                      RfmSegments::label(cn8 ? e.segmentCn8 : e.segmentScores),
                      cn8 ? e.segmentCn8Reason : RfmSegments::scoresReason(e.scores)});
    }
    table.print(ctx.out());
    return ExitOk;
}

int tierRules(CliContext& ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    storage::SegmentationRepository repo(**db);
    const QString action = ctx.positional.value(0, u"show"_s);
    if (action == u"show") {
        TierRules::Scheme scheme = TierRules::Scheme::Spend;
        if (!TierRules::parseScheme(ctx.parser.value(u"scheme"_s), &scheme))
            return ctx.usage(tr("--scheme is spend or value."));
        auto rules = repo.activeTierRules(scheme);
        if (!rules)
            return ctx.fail(rules.error());
        QJsonObject json = rules->toJson();
        json.insert(u"version"_s, rules->version);
        ctx.printJson(json);
        return ExitOk;
    }
    if (action == u"set" && ctx.positional.size() == 2) {
        QFile file(ctx.positional[1]);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error::make(Error::Code::Io, tr("Cannot open %1.").arg(ctx.positional[1])));
        auto rules = TierRules::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!rules)
            return ctx.fail(rules.error());
        auto version = segmentation::RuleChanges::saveTierRules(**db, *rules);
        if (!version)
            return ctx.fail(version.error());
        ctx.out() << tr("Saved %1 tier rules as version %2; run segment --history to apply them to every month.")
                         .arg(TierRules::schemeKey(rules->scheme))
                         .arg(*version)
                  << Qt::endl;
        return ExitOk;
    }
    if (action == u"use" && ctx.positional.size() == 2) {
        TierRules::Scheme scheme = TierRules::Scheme::Spend;
        if (!TierRules::parseScheme(ctx.positional[1], &scheme))
            return ctx.usage(tr("tier-rules use spend|value"));
        if (auto s = segmentation::RuleChanges::useTierScheme(**db, scheme); !s)
            return ctx.fail(s.error());
        ctx.out() << tr("Customers are now tiered by %1 rules; run segment --history.").arg(ctx.positional[1]) << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(tr("Usage: clientele-cli tier-rules show [--scheme spend|value] | set FILE.json | use spend|value"));
}

// followups generate --dry-run: what the care rules would create, with the day cap applied.
int followUpPlan(CliContext& ctx, const storage::Database& db, const QDate& from, const QDate& to)
{
    auto plan = care::FollowUpPlanner::plan(db, from, to);
    if (!plan)
        return ctx.fail(plan.error());
    const auto perRule = plan->perRule();
    const auto perDay = plan->perDay();
    if (ctx.json) {
        QJsonObject rules;
        for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
            rules.insert(it.key(), it.value());
        QJsonObject days;
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
            days.insert(it.key().toString(Qt::ISODate), it.value());
        QJsonArray tasks;
        for (const auto& t : std::as_const(plan->tasks))
            tasks.append(QJsonObject{{u"customer_id"_s, t.task.customerId},
                                     {u"due_on"_s, t.task.dueOn.toString(Qt::ISODate)},
                                     {u"rule_due_on"_s, t.ruleDue.toString(Qt::ISODate)},
                                     {u"rule"_s, t.task.rule},
                                     {u"title"_s, t.task.title},
                                     {u"reason"_s, t.task.reason}});
        ctx.printJson(QJsonObject{{u"dry_run"_s, true},
                                  {u"from"_s, from.toString(Qt::ISODate)},
                                  {u"to"_s, to.toString(Qt::ISODate)},
                                  {u"generated"_s, plan->generated},
                                  {u"new"_s, qint64(plan->tasks.size())},
                                  {u"existing"_s, plan->existing()},
                                  {u"moved"_s, plan->moved()},
                                  {u"max_new_per_day"_s, plan->load.maxNewPerDay},
                                  {u"skip_sundays"_s, plan->load.skipSundays},
                                  {u"per_rule"_s, rules},
                                  {u"per_day"_s, days},
                                  {u"tasks"_s, tasks}});
        return ExitOk;
    }
    auto& out = ctx.out();
    out << tr("Dry run: %1 new follow-ups due %2 – %3 (%4 exist already); nothing was saved.")
               .arg(plan->tasks.size())
               .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
               .arg(plan->existing())
        << Qt::endl;
    if (plan->load.maxNewPerDay > 0)
        out << tr("At most %1 new per day; %2 moved to later days.").arg(plan->load.maxNewPerDay).arg(plan->moved())
            << Qt::endl;
    TextTable rules({tr("Rule"), tr("New tasks")});
    for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
        rules.addRow({care::CareRules::label(it.key()), QString::number(it.value())});
    rules.print(out);
    TextTable days({tr("Day"), tr("New tasks")});
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it)
        days.addRow({it.key().toString(Qt::ISODate), QString::number(it.value())});
    days.print(out);
    return ExitOk;
}

// followups limit [N] [--sundays skip|keep]: the daily cap on new care tasks (a shop setting).
int followUpLimit(CliContext& ctx, const storage::Database& db)
{
    care::CareLoad load = care::CareLoad::load(db);
    bool change = false;
    if (ctx.positional.size() == 2) {
        bool ok = false;
        load.maxNewPerDay = ctx.positional[1].toInt(&ok);
        if (!ok)
            return ctx.usage(tr("Usage: clientele-cli followups limit [N] [--sundays skip|keep]"));
        change = true;
    }
    if (ctx.parser.isSet(u"sundays"_s)) {
        const QString sundays = ctx.parser.value(u"sundays"_s);
        if (sundays != u"skip" && sundays != u"keep")
            return ctx.usage(tr("--sundays is skip or keep."));
        load.skipSundays = sundays == u"skip";
        change = true;
    }
    if (change)
        if (auto s = care::CareLoad::save(db, load); !s)
            return ctx.fail(s.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"max_new_per_day"_s, load.maxNewPerDay}, {u"skip_sundays"_s, load.skipSundays}});
        return ExitOk;
    }
    ctx.out() << (load.maxNewPerDay > 0 ? tr("At most %1 new care tasks per day.").arg(load.maxNewPerDay)
                                        : tr("No daily limit on new care tasks."))
              << ' ' << (load.skipSundays ? tr("Sunday tasks move to Monday.") : tr("Sundays are working days."))
              << Qt::endl;
    return ExitOk;
}

int followups(CliContext& ctx)
{
    const QString action = ctx.positional.value(0);
    QDate from = core::Clock::today();
    QDate to = from.addDays(30);
    int code = ExitOk;
    if (!dateOption(ctx, u"from"_s, &from, &code) || !dateOption(ctx, u"to"_s, &to, &code))
        return code;
    if (to < from)
        return ctx.usage(tr("--to must not be before --from."));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (action == u"limit")
        return followUpLimit(ctx, **db);
    if (action == u"generate" && ctx.parser.isSet(u"dry-run"_s))
        return followUpPlan(ctx, **db, from, to);
    if (action == u"generate") {
        auto plan = care::FollowUpPlanner::generate(**db, from, to);
        if (!plan)
            return ctx.fail(plan.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                                      {u"to"_s, to.toString(Qt::ISODate)},
                                      {u"generated"_s, plan->generated},
                                      {u"created"_s, plan->created}});
        else
            ctx.out() << tr("%1 follow-ups due %2 – %3 by the care rules; %4 new.")
                             .arg(plan->generated)
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                             .arg(plan->created)
                      << Qt::endl;
        return ExitOk;
    }
    if (action == u"export") {
        // Open tasks only: a phone calendar is for what is still to do.
        const QString path = ctx.parser.value(u"output"_s);
        if (path.isEmpty())
            return ctx.usage(tr("Usage: clientele-cli followups export -o FILE.ics [--from DATE --to DATE]"));
        const auto written = io::ICalendarExport::exportOpen(**db, from, to, path);
        if (!written)
            return ctx.fail(written.error());
        ctx.out() << tr("%1 open follow-ups due %2 – %3 written to %4.")
                         .arg(*written)
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), path)
                  << Qt::endl;
        return ExitOk;
    }
    if (action != u"list")
        return ctx.usage(tr("Usage: clientele-cli followups generate [--dry-run]|list|export|limit [N] "
                            "[--from DATE --to DATE] [-o FILE.ics]"));
    auto rows = storage::FollowUpRepository(**db).list(from, to);
    if (!rows)
        return ctx.fail(rows.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& f : *rows)
            array.append(QJsonObject{{u"id"_s, f.id},
                                     {u"customer_id"_s, f.customerId},
                                     {u"customer"_s, f.customerName},
                                     {u"due_on"_s, f.dueOn.toString(Qt::ISODate)},
                                     {u"title"_s, f.title},
                                     {u"reason"_s, f.reason},
                                     {u"rule"_s, f.originRule},
                                     {u"status"_s, f.status}});
        ctx.printJson(array);
        return ExitOk;
    }
    TextTable table({tr("Due"), tr("Task"), tr("Why"), tr("Rule"), tr("Status")});
    for (const auto& f : *rows)
        table.addRow({f.dueOn.toString(Qt::ISODate), f.title, f.reason, f.originRule, f.status});
    table.print(ctx.out());
    return ExitOk;
}

} // namespace

QList<Command> segmentCommands()
{
    const QCommandLineOption limit(u"limit"_s, tr("At most N rows (default 20)."), tr("N"));
    return {
        {u"segment"_s, u"segment [--as-of DATE] [--history]"_s,
         tr("Recompute RFM, tiers and stages (prints counts per tier and stage)."),
         {QCommandLineOption(u"as-of"_s, tr("Date to segment as of (default today)."), tr("DATE")),
          QCommandLineOption(u"history"_s, tr("Rebuild every month end from the first order."))},
         segment},
        {u"tiers"_s, u"tiers [--month YYYY-MM] [--store CODE[,CODE…]|all]"_s,
         tr("Customers and revenue per tier, with shares, for the chain or some stores (a store's figures: its "
            "home customers')."),
         {QCommandLineOption(u"month"_s, tr("Month (default: the latest)."), tr("YYYY-MM")), storeScopeOption()},
         tiers},
        {u"migration"_s, u"migration --from YYYY-MM --to YYYY-MM [--store CODE[,CODE…]|all]"_s,
         tr("Tier migration matrix between two months, for the chain or some stores (a store's figures: its home "
            "customers')."),
         {QCommandLineOption(u"from"_s, tr("From month."), tr("YYYY-MM")),
          QCommandLineOption(u"to"_s, tr("To month."), tr("YYYY-MM")), storeScopeOption()},
         migration},
        {u"at-risk"_s, u"at-risk [--limit N] [--store CODE[,CODE…]|all]"_s,
         tr("At-risk customers with the reason and the value at stake, of the chain or some stores (their home "
            "customers)."),
         {limit, storeScopeOption()}, atRisk},
        {u"rfm"_s, u"rfm [--model cn8|scores] [--limit N]"_s, tr("RFM scores and segment per customer."),
         {QCommandLineOption(u"model"_s, tr("cn8 (8 classes) or scores (score ranges)."), tr("MODEL"), u"cn8"_s), limit},
         rfm},
        {u"tier-rules"_s, u"tier-rules show [--scheme spend|value] | set FILE.json | use spend|value"_s,
         tr("Show, replace (as a new version) or choose the tier rules."),
         {QCommandLineOption(u"scheme"_s, tr("spend or value."), tr("SCHEME"), u"spend"_s)}, tierRules},
        {u"followups"_s,
         u"followups generate [--dry-run]|list|export|limit [N] [--from DATE --to DATE] [-o FILE.ics] "
         u"[--sundays skip|keep]"_s,
         tr("Create follow-ups from the care rules, list them, or export the open ones as an iCalendar file "
            "for a phone calendar (default: the next 30 days); limit shows or sets the new care tasks per day."),
         {QCommandLineOption(u"from"_s, tr("First day."), tr("DATE")),
          QCommandLineOption(u"to"_s, tr("Last day."), tr("DATE")),
          QCommandLineOption({u"o"_s, u"output"_s}, tr("iCalendar file to write (export)."), tr("FILE")),
          QCommandLineOption(u"dry-run"_s, tr("generate: show what would be created (per rule and per day, with "
                                              "the day cap), save nothing.")),
          QCommandLineOption(u"sundays"_s, tr("limit: skip (move Sunday tasks to Monday) or keep."), tr("skip|keep"))},
         followups},
    };
}

} // namespace clientele::cli
