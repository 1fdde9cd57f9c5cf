#include "CareTaskGenerator.h"

#include "CareTaskText.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace clientele::core::care {

namespace {
QString iso(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// The task with its facts; title and reason rendered now (previews show them), and again from the
// facts whenever a stored task is read (CareTaskText), in the reader's language.
CareTask task(const CareCustomer& c, const QDate& due, const QString& rule, const QString& dedupeKey, QJsonObject facts)
{
    facts.insert(u"rule"_s, rule);
    return {c.id, due, CareTaskText::title(facts, c.name), CareTaskText::reason(facts), rule, dedupeKey, facts};
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

QDate birthdayIn(const QDate& birthday, int year)
{
    if (birthday.month() == 2 && birthday.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, birthday.month(), birthday.day());
}

bool within(const QDate& d, const QDate& from, const QDate& to)
{
    return d.isValid() && d >= from && d <= to;
}
} // namespace

QList<CareTask> CareTaskGenerator::generate(const QList<CareRule>& rules, const QList<CareCustomer>& customers,
                                            const QDate& from, const QDate& to)
{
    QList<CareTask> tasks;
    for (const CareRule& rule : rules) {
        if (!rule.enabled)
            continue;
        if (rule.key == u"birthday") {
            const int ahead = rule.params.value(u"days_ahead"_s).toInt(7);
            for (const CareCustomer& c : customers) {
                if (!c.birthday.isValid() || !c.marketingConsent)
                    continue;
                for (int year = from.year(); year <= to.addDays(ahead).year(); ++year) {
                    const QDate birthday = birthdayIn(c.birthday, year);
                    const QDate due = birthday.addDays(-ahead);
                    if (within(due, from, to))
                        tasks.append(task(c, due, rule.key, u"birthday:%1:%2"_s.arg(c.id).arg(year),
                                          {{u"birthday"_s, iso(birthday)}, {u"ahead"_s, ahead}}));
                }
            }
        } else if (rule.key == u"revisit") {
            const int after = rule.params.value(u"days_after"_s).toInt(7);
            for (const CareCustomer& c : customers) {
                const QDate due = c.firstPurchase.addDays(after);
                if (c.firstPurchase.isValid() && within(due, from, to))
                    tasks.append(task(c, due, rule.key, u"revisit:%1:%2"_s.arg(c.id).arg(iso(c.firstPurchase)),
                                      {{u"first"_s, iso(c.firstPurchase)}, {u"after"_s, after}}));
            }
        } else if (rule.key == u"winback" || rule.key == u"vip_at_risk") {
            const bool winback = rule.key == u"winback";
            const QStringList tiers = stringList(rule.params.value(u"tiers"_s));
            for (const CareCustomer& c : customers) {
                if (!c.lastPurchase.isValid())
                    continue;
                // Planned from the last purchase date, so a customer who turns dormant or overdue inside
                // the window gets the task on that day; buying again moves the date (and the key).
                if (!winback && (!tiers.contains(c.tier) || c.stage == u"dormant" || c.stage == u"prospect"))
                    continue;
                const int limit = winback ? c.dormantDays : c.atRiskAfterDays + 1;
                QDate turned = c.lastPurchase.addDays(limit);
                // The purchase model may see the risk before the customer is overdue: call now.
                const bool modelSaysRisk = !winback && c.churnRisk && turned > from;
                if (modelSaysRisk)
                    turned = from;
                if (turned > to || turned < from.addDays(-kCatchUpDays))
                    continue;
                const QDate due = qMax(turned, from);
                const QJsonObject facts =
                    winback ? QJsonObject{{u"last"_s, iso(c.lastPurchase)}, {u"turned"_s, iso(turned)}}
                            : QJsonObject{{u"tier"_s, c.tier}, {u"last"_s, iso(c.lastPurchase)}, {u"model"_s, modelSaysRisk},
                                          {u"overdue_after"_s, c.atRiskAfterDays}};
                tasks.append(task(c, due, rule.key, u"%1:%2:%3"_s.arg(rule.key).arg(c.id).arg(iso(c.lastPurchase)), facts));
            }
        } else if (rule.key == u"replenish") {
            const int minIntervals = rule.params.value(u"min_intervals"_s).toInt(3);
            for (const CareCustomer& c : customers) {
                if (!c.marketingConsent)
                    continue;
                // One call per customer and window: the product whose interval ran out first (a
                // customer of many products is not rung once per product).
                const CareProduct* pick = nullptr;
                QDate pickRan;
                int pickInterval = 0;
                for (const CareProduct& p : c.products) {
                    int interval = 0;
                    if (p.ownDays && *p.ownDays > 0)
                        interval = *p.ownDays;
                    else if (p.medianDays && p.intervals >= minIntervals)
                        interval = int(std::ceil(*p.medianDays)); // "has passed": never a day early
                    if (interval <= 0 || !p.lastBought.isValid())
                        continue;
                    const QDate ran = p.lastBought.addDays(interval);
                    if (ran > to || ran < from.addDays(-kCatchUpDays))
                        continue;
                    if (!pick || ran < pickRan || (ran == pickRan && p.productId < pick->productId)) {
                        pick = &p;
                        pickRan = ran;
                        pickInterval = interval;
                    }
                }
                if (pick)
                    tasks.append(task(c, qMax(pickRan, from), rule.key,
                                      u"replenish:%1:%2:%3"_s.arg(c.id).arg(pick->productId).arg(iso(pick->lastBought)),
                                      {{u"product"_s, pick->name},
                                       {u"last"_s, iso(pick->lastBought)},
                                       {u"interval"_s, pickInterval},
                                       {u"own"_s, bool(pick->ownDays && *pick->ownDays > 0)}}));
            }
        } else if (rule.key == u"detractor") {
            // One call per unhappy answer: the key names the answer, so a re-import finds it stored.
            const int after = rule.params.value(u"days_after"_s).toInt(1);
            for (const CareCustomer& c : customers)
                for (const DetractorAnswer& a : c.detractorAnswers) {
                    const QDate due = a.answeredOn.addDays(after);
                    if (!a.answeredOn.isValid() || due > to || due < from.addDays(-kCatchUpDays))
                        continue;
                    tasks.append(task(c, qMax(due, from), rule.key,
                                      u"detractor:%1:%2:%3"_s.arg(a.survey).arg(c.id).arg(iso(a.answeredOn)),
                                      {{u"answered"_s, iso(a.answeredOn)}, {u"score"_s, a.score}}));
                }
        } else if (rule.key == u"holidays") {
            const int ahead = rule.params.value(u"days_ahead"_s).toInt(3);
            const QStringList tiers = stringList(rule.params.value(u"tiers"_s));
            for (const QJsonValue& h : rule.params.value(u"holidays"_s).toArray()) {
                const QString name = h.toObject().value(u"name"_s).toString();
                for (const QString& text : stringList(h.toObject().value(u"dates"_s))) {
                    const QDate day = QDate::fromString(text, Qt::ISODate);
                    const QDate due = day.addDays(-ahead);
                    if (!within(due, from, to))
                        continue;
                    for (const CareCustomer& c : customers)
                        if (c.marketingConsent && (tiers.isEmpty() || tiers.contains(c.tier)))
                            tasks.append(task(c, due, rule.key, u"holiday:%1:%2:%3"_s.arg(name, text).arg(c.id),
                                              {{u"holiday"_s, name}, {u"day"_s, iso(day)}}));
                }
            }
        }
    }
    std::stable_sort(tasks.begin(), tasks.end(), [](const CareTask& a, const CareTask& b) {
        return a.dueOn != b.dueOn ? a.dueOn < b.dueOn : a.customerId < b.customerId;
    });
    return tasks;
}

} // namespace clientele::core::care
