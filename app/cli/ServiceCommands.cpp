// ticket, survey, nps: service tickets with their SLA, survey answers and the net promoter score.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "service/HealthFigures.h"
#include "service/Nps.h"
#include "service/ServiceSettings.h"
#include "service/Surveys.h"
#include "service/TicketFigures.h"
#include "service/Tickets.h"
#include "segmentation/TierRules.h"
#include "storage/CustomerRepository.h"
#include "storage/TicketRepository.h"
#include "security/Session.h"

#include <QFile>
#include <QJsonDocument>

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using namespace core;

QJsonValue timeJson(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(storage::TicketRepository::timeText(at)) : QJsonValue();
}

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

// --at: "2026-12-01 14:30", "2026-12-01T14:30[:00]" or a date (its opening); default: now.
bool timeOption(CliContext& ctx, QDateTime* out)
{
    if (!ctx.parser.isSet(u"at"_s)) {
        *out = Clock::now();
        return true;
    }
    const QString text = ctx.parser.value(u"at"_s).trimmed();
    for (const QString& format : {u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-ddTHH:mm"_s, u"yyyy-MM-ddTHH:mm:ss"_s,
                                  u"yyyy-MM-dd HH:mm:ss"_s}) {
        const QDateTime at = QDateTime::fromString(text, format);
        if (at.isValid()) {
            *out = at;
            return true;
        }
    }
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid()) {
        *out = QDateTime(day, QTime(0, 0));
        return true;
    }
    ctx.usage(tr("--at needs a time like 2026-12-01 14:30, not “%1”.").arg(text));
    return false;
}

QJsonObject ticketJson(const service::TicketView& v)
{
    QJsonArray history;
    for (const auto& c : v.ticket.history)
        history.append(QJsonObject{{u"at"_s, timeJson(c.at)}, {u"status"_s, c.status}, {u"note"_s, c.note},
                                   {u"actor"_s, c.actor}});
    return QJsonObject{
        {u"id"_s, v.ticket.id},
        {u"customer_id"_s, v.ticket.customerId},
        {u"customer"_s, v.ticket.customerName},
        {u"kind"_s, v.ticket.kind},
        {u"priority"_s, v.ticket.priority},
        {u"owner"_s, v.ticket.owner},
        {u"status"_s, v.ticket.status},
        {u"subject"_s, v.ticket.subject},
        {u"description"_s, v.ticket.description},
        {u"resolution"_s, v.ticket.resolution},
        {u"opened_at"_s, timeJson(v.ticket.openedAt)},
        {u"due_at"_s, timeJson(v.sla.dueAt)},
        {u"first_response_due_at"_s, timeJson(v.sla.firstResponseDueAt)},
        {u"first_response_at"_s, timeJson(v.sla.firstResponseAt)},
        {u"resolved_at"_s, timeJson(v.sla.resolvedAt)},
        {u"paused"_s, v.sla.paused},
        {u"breached"_s, v.sla.breached},
        {u"overdue"_s, v.overdue()},
        {u"used_minutes"_s, v.sla.usedSeconds / 60},
        {u"budget_minutes"_s, v.sla.budgetSeconds / 60},
        {u"history"_s, history},
    };
}

QString dueText(const service::TicketView& v)
{
    if (v.sla.paused)
        return tr("paused");
    return timeText(v.sla.dueAt) + (v.sla.breached ? tr(" (late)") : QString());
}

int ticketOpen(CliContext& ctx)
{
    if (ctx.positional.size() != 2 || !ctx.parser.isSet(u"subject"_s))
        return ctx.usage(tr("Usage: clientele-cli ticket open CUSTOMER --kind K --priority P --subject TEXT [--at DATETIME]"));
    QDateTime at;
    if (!timeOption(ctx, &at))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    auto found = findCustomer(**db, ctx.positional[1]);
    if (!found)
        return ctx.fail(found.error());
    service::Ticket ticket;
    ticket.customerId = found->id;
    ticket.kind = ctx.parser.value(u"kind"_s);
    ticket.priority = ctx.parser.value(u"priority"_s);
    ticket.subject = ctx.parser.value(u"subject"_s);
    ticket.description = ctx.parser.value(u"description"_s);
    ticket.owner = ctx.parser.value(u"owner"_s);
    const auto id = service::Tickets::open(**db, ticket, at);
    if (!id)
        return ctx.fail(id.error());
    const auto v = service::Tickets::get(**db, *id, at);
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json) {
        ctx.printJson(ticketJson(*v));
        return ExitOk;
    }
    ctx.out() << tr("Ticket %1 opened for %2; due %3 (first response by %4).")
                     .arg(*id)
                     .arg(v->ticket.customerName, timeText(v->sla.dueAt), timeText(v->sla.firstResponseDueAt))
              << Qt::endl;
    return ExitOk;
}

int ticketList(CliContext& ctx)
{
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    const auto filter = ctx.parser.isSet(u"overdue"_s) ? service::TicketFilter::Overdue
                        : ctx.parser.isSet(u"open"_s)  ? service::TicketFilter::Open
                                                       : service::TicketFilter::All;
    const auto tickets = service::Tickets::list(**db, filter);
    if (!tickets)
        return ctx.fail(tickets.error());
    if (ctx.json) {
        QJsonArray array;
        for (const auto& v : *tickets)
            array.append(ticketJson(v));
        ctx.printJson(array);
        return ExitOk;
    }
    if (tickets->isEmpty()) {
        ctx.out() << (filter == service::TicketFilter::Overdue ? tr("No overdue tickets.") : tr("No tickets.")) << Qt::endl;
        return ExitOk;
    }
    TextTable table({tr("ID"), tr("Customer"), tr("Kind"), tr("Priority"), tr("Status"), tr("Due"), tr("Ticket subject")});
    for (const auto& v : *tickets)
        table.addRow({QString::number(v.ticket.id), v.ticket.customerName, service::Tickets::kindLabel(v.ticket.kind),
                      service::Tickets::priorityLabel(v.ticket.priority), service::Tickets::statusLabel(v.ticket.status),
                      v.sla.stopped ? QString() : dueText(v), v.ticket.subject});
    table.print(ctx.out());
    return ExitOk;
}

int ticketUpdate(CliContext& ctx)
{
    bool isNumber = false;
    const qint64 id = ctx.positional.value(1).toLongLong(&isNumber);
    if (ctx.positional.size() != 2 || !isNumber || !ctx.parser.isSet(u"status"_s))
        return ctx.usage(tr("Usage: clientele-cli ticket update ID --status open|waiting|resolved|closed [--note TEXT] [--at DATETIME]"));
    QDateTime at;
    if (!timeOption(ctx, &at))
        return ExitUsage;
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (auto s = service::Tickets::update(**db, id, ctx.parser.value(u"status"_s), ctx.parser.value(u"note"_s), at); !s)
        return ctx.fail(s.error());
    const auto v = service::Tickets::get(**db, id, at);
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json) {
        ctx.printJson(ticketJson(*v));
        return ExitOk;
    }
    ctx.out() << tr("Ticket %1 is now %2.").arg(id).arg(service::Tickets::statusLabel(v->ticket.status));
    if (!v->sla.stopped)
        ctx.out() << u' ' << tr("Due: %1.").arg(dueText(*v));
    else if (v->sla.breached)
        ctx.out() << u' ' << tr("Resolved later than its SLA.");
    ctx.out() << Qt::endl;
    return ExitOk;
}

int ticketShow(CliContext& ctx)
{
    bool isNumber = false;
    const qint64 id = ctx.positional.value(1).toLongLong(&isNumber);
    if (ctx.positional.size() != 2 || !isNumber)
        return ctx.usage(tr("Usage: clientele-cli ticket show ID"));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    const auto v = service::Tickets::get(**db, id);
    if (!v)
        return ctx.fail(v.error());
    if (ctx.json) {
        ctx.printJson(ticketJson(*v));
        return ExitOk;
    }
    auto& out = ctx.out();
    out << u'#' << id << u"  "_s << v->ticket.subject << Qt::endl;
    out << tr("Customer: %1").arg(v->ticket.customerName) << Qt::endl;
    out << tr("Kind: %1, priority: %2, status: %3")
               .arg(service::Tickets::kindLabel(v->ticket.kind), service::Tickets::priorityLabel(v->ticket.priority),
                    service::Tickets::statusLabel(v->ticket.status))
        << Qt::endl;
    if (!v->sla.stopped)
        out << tr("Due: %1").arg(dueText(*v)) << Qt::endl;
    for (const auto& c : v->ticket.history)
        out << u"  "_s << timeText(c.at) << u"  "_s << service::Tickets::statusLabel(c.status)
            << (c.note.isEmpty() ? QString() : u"  " + c.note) << Qt::endl;
    return ExitOk;
}

int ticketStats(CliContext& ctx)
{
    const QString month = ctx.parser.isSet(u"month"_s) ? ctx.parser.value(u"month"_s) : Clock::today().toString(u"yyyy-MM"_s);
    if (!service::Nps::validMonth(month))
        return ctx.usage(tr("--month needs a month like 2026-10."));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    const auto m = service::TicketFigures::forMonth(**db, month);
    if (!m)
        return ctx.fail(m.error());
    auto optional = [](const auto& v) { return v ? QJsonValue(qint64(*v)) : QJsonValue(); };
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"month"_s, month},
                                  {u"opened"_s, m->opened},
                                  {u"resolved"_s, m->resolved},
                                  {u"resolved_within_sla"_s, m->resolvedInSla},
                                  {u"within_sla_permille"_s, optional(m->withinSlaPermille())},
                                  {u"median_first_response_minutes"_s, optional(m->medianFirstResponseMinutes)},
                                  {u"median_resolution_minutes"_s, optional(m->medianResolutionMinutes)}});
        return ExitOk;
    }
    auto minutes = [](const std::optional<qint64>& v) { return v ? tr("%1 h %2 min").arg(*v / 60).arg(*v % 60) : u"–"_s; };
    auto& out = ctx.out();
    out << tr("Service in %1").arg(month) << Qt::endl;
    out << tr("Opened: %1, resolved: %2").arg(m->opened).arg(m->resolved) << Qt::endl;
    out << tr("Median first response: %1 (opening hours)").arg(minutes(m->medianFirstResponseMinutes)) << Qt::endl;
    out << tr("Median resolution: %1 (opening hours)").arg(minutes(m->medianResolutionMinutes)) << Qt::endl;
    const auto share = m->withinSlaPermille();
    out << tr("Resolved within SLA: %1").arg(share ? QStringLiteral("%1%").arg(*share / 10.0, 0, 'f', 1) : u"–"_s)
        << Qt::endl;
    return ExitOk;
}

// ticket sla show | set FILE.json: opening hours, time to resolve per priority, NPS warning line.
int ticketSla(CliContext& ctx)
{
    const QString action = ctx.positional.value(1, u"show"_s);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (action == u"show" && ctx.positional.size() <= 2) {
        ctx.printJson(service::ServiceSettings::load(**db).toJson());
        return ExitOk;
    }
    if (action == u"set" && ctx.positional.size() == 3) {
        if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
            return ctx.fail(s.error());
        QFile file(ctx.positional[2]);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error::make(Error::Code::Io, tr("Cannot open %1.").arg(ctx.positional[2])));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return ctx.fail(Error::make(Error::Code::InvalidData, tr("%1 is not a JSON object: %2")
                                                                      .arg(ctx.positional[2], parseError.errorString())));
        const auto settings = service::ServiceSettings::fromJson(doc.object(), service::ServiceSettings::load(**db));
        if (!settings)
            return ctx.fail(settings.error());
        if (auto s = settings->save(**db); !s)
            return ctx.fail(s.error());
        if (ctx.json)
            ctx.printJson(settings->toJson());
        else
            ctx.out() << tr("Saved the opening hours, SLA times and NPS warning line.") << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(tr("Usage: clientele-cli ticket sla show | set FILE.json"));
}

int ticket(CliContext& ctx)
{
    const QString sub = ctx.positional.value(0);
    if (sub == u"open")
        return ticketOpen(ctx);
    if (sub == u"list")
        return ticketList(ctx);
    if (sub == u"update")
        return ticketUpdate(ctx);
    if (sub == u"show")
        return ticketShow(ctx);
    if (sub == u"stats")
        return ticketStats(ctx);
    if (sub == u"sla")
        return ticketSla(ctx);
    return ctx.usage(tr("Usage: clientele-cli ticket open|list|update|show|stats|sla …"));
}

Result<qint64> customerId(storage::Database& db, const QString& key)
{
    auto found = findCustomer(db, key);
    if (!found)
        return found.error();
    return found->id;
}

bool scoreOption(CliContext& ctx, int* score)
{
    bool ok = false;
    *score = ctx.parser.value(u"score"_s).toInt(&ok);
    if (ok && *score >= 0 && *score <= 10)
        return true;
    ctx.usage(tr("--score is a whole number from 0 to 10, not “%1”.").arg(ctx.parser.value(u"score"_s)));
    return false;
}

int survey(CliContext& ctx)
{
    const QString sub = ctx.positional.value(0);
    const QString usage = tr("Usage: clientele-cli survey import FILE | add CUSTOMER --score N [--date D] [--note T] | "
                             "code CUSTOMER | reply CODE --score N [--note T]");
    if (ctx.positional.size() != 2 || (sub != u"import" && sub != u"add" && sub != u"code" && sub != u"reply"))
        return ctx.usage(usage);
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (sub == u"import") {
        const auto r = service::Surveys::importFile(**db, ctx.positional[1]);
        if (!r)
            return ctx.fail(r.error());
        if (ctx.json) {
            QJsonArray errors;
            for (const auto& e : r->errors)
                errors.append(QJsonObject{{u"line"_s, e.line}, {u"column"_s, e.column}, {u"value"_s, e.value},
                                          {u"message"_s, e.message}});
            ctx.printJson(QJsonObject{{u"rows"_s, r->rows}, {u"inserted"_s, r->inserted}, {u"updated"_s, r->updated},
                                      {u"unchanged"_s, r->unchanged}, {u"follow_ups"_s, r->followUps},
                                      {u"errors"_s, errors}});
        } else if (!r->errors.isEmpty()) {
            for (const auto& e : r->errors)
                ctx.out() << tr("Line %1, column %2, “%3”: %4").arg(e.line).arg(e.column, e.value, e.message) << Qt::endl;
            ctx.out() << tr("Nothing was imported: fix the rows above and import again.") << Qt::endl;
        } else {
            ctx.out() << tr("%1 answers read: %2 new, %3 changed, %4 unchanged; %5 call-backs for unhappy answers.")
                             .arg(r->rows)
                             .arg(r->inserted)
                             .arg(r->updated)
                             .arg(r->unchanged)
                             .arg(r->followUps)
                      << Qt::endl;
        }
        return r->errors.isEmpty() ? ExitOk : ExitRefused;
    }
    if (sub == u"code") {
        const auto id = customerId(**db, ctx.positional[1]);
        if (!id)
            return ctx.fail(id.error());
        const auto code = service::Surveys::issueCode(**db, *id);
        if (!code)
            return ctx.fail(code.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"code"_s, *code}, {u"customer_id"_s, *id}});
        else
            ctx.out() << *code << Qt::endl;
        return ExitOk;
    }
    int score = 0;
    if (!scoreOption(ctx, &score))
        return ExitUsage;
    QDate day = Clock::today();
    if (ctx.parser.isSet(u"date"_s)) {
        day = QDate::fromString(ctx.parser.value(u"date"_s), Qt::ISODate);
        if (!day.isValid())
            return ctx.usage(tr("--date needs a date like 2026-11-30, not “%1”.").arg(ctx.parser.value(u"date"_s)));
    }
    if (sub == u"reply") {
        const auto id = service::Surveys::answerByCode(**db, ctx.positional[1], score, ctx.parser.value(u"note"_s), day);
        if (!id)
            return ctx.fail(id.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{u"answer_id"_s, *id}});
        else
            ctx.out() << tr("Answer recorded.") << Qt::endl;
        return ExitOk;
    }
    const auto id = customerId(**db, ctx.positional[1]);
    if (!id)
        return ctx.fail(id.error());
    const auto written = service::Surveys::record(**db, *id, day, score, ctx.parser.value(u"note"_s));
    if (!written)
        return ctx.fail(written.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"customer_id"_s, *id}, {u"score"_s, score}});
    else
        ctx.out() << tr("Answer recorded.") << Qt::endl;
    return ExitOk;
}

QJsonObject npsJson(const service::NpsFigure& f)
{
    const auto nps = f.nps();
    return QJsonObject{{u"nps"_s, nps ? QJsonValue(*nps) : QJsonValue()},
                       {u"promoters"_s, f.promoters},
                       {u"passives"_s, f.passives},
                       {u"detractors"_s, f.detractors},
                       {u"answers"_s, f.answers()}};
}

int nps(CliContext& ctx)
{
    const QString month = ctx.parser.isSet(u"month"_s) ? ctx.parser.value(u"month"_s) : Clock::today().toString(u"yyyy-MM"_s);
    if (!service::Nps::validMonth(month))
        return ctx.usage(tr("--month needs a month like 2026-10, not “%1”.").arg(month));
    const QString by = ctx.parser.value(u"by"_s);
    if (!by.isEmpty() && by != u"tier" && by != u"store")
        return ctx.usage(tr("--by is tier or store, not “%1”.").arg(by));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    const auto groupBy = by == u"tier" ? service::NpsBy::Tier : by == u"store" ? service::NpsBy::Store : service::NpsBy::None;
    const auto groups = service::Nps::forMonth(**db, month, groupBy);
    if (!groups)
        return ctx.fail(groups.error());
    auto label = [&](const QString& key) {
        if (groupBy == service::NpsBy::Tier)
            return key.isEmpty() ? tr("(no tier yet)") : segmentation::TierRules::label(key);
        return key.isEmpty() ? tr("(no store)") : key;
    };
    if (ctx.json) {
        if (groupBy == service::NpsBy::None) {
            QJsonObject o = npsJson(groups->value(0).figure);
            o.insert(u"month"_s, month);
            ctx.printJson(o);
        } else {
            QJsonArray array;
            for (const auto& g : *groups) {
                QJsonObject o = npsJson(g.figure);
                o.insert(by, g.key);
                array.append(o);
            }
            ctx.printJson(QJsonObject{{u"month"_s, month}, {u"by"_s, by}, {u"groups"_s, array}});
        }
        return ExitOk;
    }
    TextTable table({groupBy == service::NpsBy::None ? tr("Month") : groupBy == service::NpsBy::Tier ? tr("Tier") : tr("Store"),
                     tr("NPS"), tr("Promoters"), tr("Passives"), tr("Detractors"), tr("Answers")});
    for (const auto& g : *groups) {
        const auto n = g.figure.nps();
        table.addRow({groupBy == service::NpsBy::None ? month : label(g.key),
                      n ? QString::number(*n) : tr("– (under %1 answers)").arg(service::NpsFigure::kMinAnswers),
                      QString::number(g.figure.promoters), QString::number(g.figure.passives),
                      QString::number(g.figure.detractors), QString::number(g.figure.answers())});
    }
    table.print(ctx.out());
    return ExitOk;
}

int health(CliContext& ctx)
{
    const QString month = ctx.parser.isSet(u"month"_s) ? ctx.parser.value(u"month"_s) : Clock::today().toString(u"yyyy-MM"_s);
    if (!service::Nps::validMonth(month))
        return ctx.usage(tr("--month needs a month like 2026-10, not “%1”.").arg(month));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    const auto h = service::HealthFigures::build(**db, month);
    if (!h)
        return ctx.fail(h.error());
    const auto levelKey = [](report::KpiLevel l) {
        return l == report::KpiLevel::Red ? u"red"_s : l == report::KpiLevel::Amber ? u"amber"_s : u"normal"_s;
    };
    if (ctx.json) {
        QJsonObject cards;
        for (const auto& c : h->cards) {
            QJsonArray trend;
            for (const auto& v : c.trend)
                trend.append(v ? QJsonValue(*v) : QJsonValue());
            cards.insert(c.key, QJsonObject{{u"value"_s, c.value ? QJsonValue(*c.value) : QJsonValue()},
                                            {u"previous"_s, c.previous ? QJsonValue(*c.previous) : QJsonValue()},
                                            {u"label"_s, service::HealthFigures::label(c.key)},
                                            {u"level"_s, levelKey(c.level)},
                                            {u"count"_s, c.count},
                                            {u"text"_s, service::HealthFigures::valueText(c)},
                                            {u"trend"_s, trend}});
        }
        ctx.printJson(QJsonObject{{u"month"_s, month}, {u"months"_s, QJsonArray::fromStringList(h->months)}, {u"cards"_s, cards}});
        return ExitOk;
    }
    TextTable table({tr("Figure"), tr("Value"), tr("Warning")});
    for (const auto& c : h->cards)
        table.addRow({service::HealthFigures::label(c.key), service::HealthFigures::valueText(c),
                      c.level == report::KpiLevel::Red     ? tr("red")
                      : c.level == report::KpiLevel::Amber ? tr("amber")
                                                           : QString()});
    table.print(ctx.out());
    // The page's definition of its one figure that a name alone does not explain.
    const QString clv = u"clv"_s;
    ctx.out() << '\n' << service::HealthFigures::label(clv) << ": " << service::HealthFigures::explanation(clv) << '\n';
    return ExitOk;
}

} // namespace

QList<Command> serviceCommands()
{
    return {
        {u"ticket"_s,
         u"ticket open CUSTOMER --kind K --priority P --subject TEXT [--at DATETIME] | list [--overdue|--open] | "
         "update ID --status S [--note TEXT] [--at DATETIME] | show ID | stats [--month YYYY-MM] | "
         "sla show|set FILE.json"_s,
         tr("Service tickets with their SLA due time (kinds complaint, return, repair, question; priorities urgent, "
            "high, normal, low; statuses open, waiting, resolved, closed)."),
         {QCommandLineOption(u"kind"_s, tr("complaint, return, repair or question."), tr("KIND"), u"question"_s),
          QCommandLineOption(u"priority"_s, tr("urgent, high, normal or low."), tr("PRIORITY"), u"normal"_s),
          QCommandLineOption(u"subject"_s, tr("What it is about."), tr("TEXT")),
          QCommandLineOption(u"description"_s, tr("More detail."), tr("TEXT")),
          QCommandLineOption(u"owner"_s, tr("Who handles it (default: you)."), tr("NAME")),
          QCommandLineOption(u"at"_s, tr("When it happened (default: now), like 2026-12-01 14:30."), tr("DATETIME")),
          QCommandLineOption(u"status"_s, tr("open, waiting, resolved or closed."), tr("STATUS")),
          QCommandLineOption(u"note"_s, tr("A note; on resolved or closed, the resolution."), tr("TEXT")),
          QCommandLineOption(u"overdue"_s, tr("Only tickets past their due time.")),
          QCommandLineOption(u"open"_s, tr("Only open or waiting tickets.")),
          QCommandLineOption(u"month"_s, tr("The month, like 2026-10."), tr("YYYY-MM"))},
         ticket},
        {u"survey"_s, u"survey import FILE | add CUSTOMER --score N [--date D] | code CUSTOMER | reply CODE --score N"_s,
         tr("Survey answers (0–10): import a file (phone or member code, date, score, comment), add one by hand, "
            "hand out a reply code or record the answer given with one."),
         {QCommandLineOption(u"score"_s, tr("0 to 10."), tr("N")),
          QCommandLineOption(u"date"_s, tr("The day of the answer (default: today)."), tr("YYYY-MM-DD")),
          QCommandLineOption(u"note"_s, tr("The customer's comment."), tr("TEXT"))},
         survey},
        {u"nps"_s, u"nps [--month YYYY-MM] [--by tier|store]"_s,
         tr("Net promoter score of a month (no figure under 10 answers), for the shop, per tier or per store "
            "(the store a customer buys at most often)."),
         {QCommandLineOption(u"month"_s, tr("The month, like 2026-10 (default: this month)."), tr("YYYY-MM")),
          QCommandLineOption(u"by"_s, tr("tier or store."), tr("GROUP"))},
         nps},
        {u"health"_s, u"health [--month YYYY-MM]"_s,
         tr("The health page's figures: NPS, repurchase rate, average customer value (what the buyers of the 12 "
            "months spent in them, per buyer), customers turning dormant, tickets within SLA, with their warning "
            "level and 12-month trend."),
         {QCommandLineOption(u"month"_s, tr("The month, like 2026-10 (default: this month)."), tr("YYYY-MM"))},
         health},
    };
}

} // namespace clientele::cli
