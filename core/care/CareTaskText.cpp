#include "CareTaskText.h"

#include "../i18n/LocalDates.h"
#include "../segmentation/TierRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QRegularExpression>
#include <QTranslator>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace clientele::core::care {

namespace {
// The context the texts had when the generator wrote them, so their translations carry over.
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::care::CareTaskGenerator", text);
}

QString day(const QJsonObject& facts, const QString& field)
{
    return i18n::LocalDates::date(QDate::fromString(facts.value(field).toString(), Qt::ISODate));
}

QString rule(const QJsonObject& facts)
{
    return facts.value(u"rule"_s).toString();
}
} // namespace

QString CareTaskText::holidayName(const QString& name)
{
    if (name == u"春节")
        return tr("Spring Festival");
    if (name == u"中秋节")
        return tr("Mid-Autumn Festival");
    if (name == u"国庆节")
        return tr("National Day");
    return name;
}

namespace {
// Title texts per rule, as written (English) and translated; %1 is the customer (holidays: %1 the
// holiday, %2 the customer).
const char* titleSource(const QString& rule)
{
    if (rule == u"birthday")
        return QT_TRANSLATE_NOOP("clientele::core::care::CareTaskGenerator", "Birthday greeting for %1");
    if (rule == u"revisit")
        return QT_TRANSLATE_NOOP("clientele::core::care::CareTaskGenerator", "Revisit %1");
    if (rule == u"winback")
        return QT_TRANSLATE_NOOP("clientele::core::care::CareTaskGenerator", "Win back %1");
    if (rule == u"vip_at_risk")
        return QT_TRANSLATE_NOOP("clientele::core::care::CareTaskGenerator", "Call %1 (valuable, at risk)");
    if (rule == u"holidays")
        return QT_TRANSLATE_NOOP("clientele::core::care::CareTaskGenerator", "%1 greeting for %2");
    if (rule == u"replenish")
        return QT_TRANSLATE_NOOP("clientele::core::care::CareTaskGenerator", "Time for %1 to buy again");
    if (rule == u"detractor")
        return QT_TRANSLATE_NOOP("clientele::core::care::CareTaskGenerator", "Call back %1 (unhappy survey answer)");
    if (rule == u"ticket")
        return QT_TRANSLATE_NOOP("clientele::core::care::CareTaskGenerator", "Service ticket of %1 due");
    return nullptr;
}

// Every translation the app ships (embedded under :/i18n by the app and the CLI), whatever
// language is installed now: a title written in Chinese is recognised under an English UI.
const std::vector<std::unique_ptr<QTranslator>>& shippedTranslations()
{
    static const std::vector<std::unique_ptr<QTranslator>> translators = [] {
        std::vector<std::unique_ptr<QTranslator>> loaded;
        const QDir dir(u":/i18n"_s);
        for (const QString& file : dir.entryList({u"clientele_*.qm"_s}, QDir::Files)) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(dir.filePath(file)))
                loaded.push_back(std::move(translator));
        }
        return loaded;
    }();
    return translators;
}

QString fill(const QString& pattern, const QString& rule, const QString& holiday, const QString& customerName)
{
    return rule == u"holidays" ? pattern.arg(holiday, customerName) : pattern.arg(customerName);
}
} // namespace

QString CareTaskText::title(const QJsonObject& facts, const QString& customerName)
{
    const QString key = rule(facts);
    const char* source = titleSource(key);
    if (!source)
        return {};
    return fill(tr(source), key, holidayName(facts.value(u"holiday"_s).toString()), customerName);
}

bool CareTaskText::isRuleTitle(const QString& title, const QJsonObject& facts, const QString& customerName)
{
    const QString key = rule(facts);
    const char* source = titleSource(key);
    if (!source)
        return false;
    const QString holiday = facts.value(u"holiday"_s).toString();
    QStringList patterns{QString::fromUtf8(source), tr(source)};
    for (const auto& translator : shippedTranslations())
        if (const QString t = translator->translate("clientele::core::care::CareTaskGenerator", source); !t.isEmpty())
            patterns.append(t);
    for (const QString& pattern : patterns)
        for (const QString& name : {holiday, holidayName(holiday)})
            if (title == fill(pattern, key, name, customerName))
                return true;
    return false;
}

QJsonObject CareTaskText::factsFromText(const QString& rule, const QString& dedupeKey, const QString& reason)
{
    static const QRegularExpression isoDate(u"\\d{4}-\\d{2}-\\d{2}"_s);
    static const QRegularExpression number(u"\\d+"_s);
    QStringList dates;
    for (auto it = isoDate.globalMatch(reason); it.hasNext();)
        dates.append(it.next().captured());
    QString rest = reason;
    rest.remove(isoDate);
    QList<int> numbers;
    for (auto it = number.globalMatch(rest); it.hasNext();)
        numbers.append(it.next().captured().toInt());
    std::sort(dates.begin(), dates.end()); // ISO text sorts as dates do

    QJsonObject facts{{u"rule"_s, rule}};
    if (rule == u"birthday" && dates.size() == 1 && numbers.size() == 1) {
        facts.insert(u"birthday"_s, dates[0]);
        facts.insert(u"ahead"_s, numbers[0]);
    } else if (rule == u"revisit" && dates.size() == 1 && numbers.size() == 1) {
        facts.insert(u"first"_s, dates[0]);
        facts.insert(u"after"_s, numbers[0]);
    } else if (rule == u"winback" && dates.size() == 2 && numbers.isEmpty()) {
        facts.insert(u"last"_s, dates[0]); // the customer turned dormant after the last purchase
        facts.insert(u"turned"_s, dates[1]);
    } else if (rule == u"vip_at_risk" && dates.size() == 1 && numbers.size() <= 1) {
        // "<tier> customer, …": the tier's name in English or in the language of the time.
        QString tier;
        for (const QString& key : {u"diamond"_s, u"gold"_s, u"silver"_s, u"dormant"_s, u"strategic"_s, u"growth"_s,
                                   u"basic"_s}) {
            const QString english = key.left(1).toUpper() + key.mid(1);
            if (reason.startsWith(segmentation::TierRules::label(key)) || reason.startsWith(english + u' '))
                tier = key;
        }
        if (tier.isEmpty() && reason.startsWith(u"钻石"))
            tier = u"diamond"_s; // the Chinese name diamond had before 钻石卡
        if (tier.isEmpty())
            return {};
        facts.insert(u"tier"_s, tier);
        facts.insert(u"last"_s, dates[0]);
        facts.insert(u"model"_s, numbers.isEmpty());
        if (!numbers.isEmpty())
            facts.insert(u"overdue_after"_s, numbers[0]);
    } else if (rule == u"holidays") {
        // holiday:<name>:<date>:<customer id>
        const QStringList parts = dedupeKey.split(u':');
        if (parts.size() < 4 || parts.front() != u"holiday" || !QDate::fromString(parts.at(parts.size() - 2), Qt::ISODate).isValid())
            return {};
        facts.insert(u"holiday"_s, parts.mid(1, parts.size() - 3).join(u':'));
        facts.insert(u"day"_s, parts.at(parts.size() - 2));
    } else {
        return {};
    }
    return facts;
}

QString CareTaskText::reason(const QJsonObject& facts)
{
    const QString key = rule(facts);
    if (key == u"birthday")
        return tr("Birthday on %1 (greet %2 days ahead)")
            .arg(day(facts, u"birthday"_s))
            .arg(facts.value(u"ahead"_s).toInt());
    if (key == u"revisit")
        return tr("First purchase on %1: a revisit %2 days after it").arg(day(facts, u"first"_s)).arg(facts.value(u"after"_s).toInt());
    if (key == u"winback")
        return tr("No purchase since %1 (dormant from %2)").arg(day(facts, u"last"_s), day(facts, u"turned"_s));
    if (key == u"vip_at_risk") {
        const QString tier = segmentation::TierRules::label(facts.value(u"tier"_s).toString());
        if (facts.value(u"model"_s).toBool())
            return tr("%1 customer, no purchase since %2; the chance they are still a customer is falling")
                .arg(tier, day(facts, u"last"_s));
        return tr("%1 customer, no purchase since %2; overdue after %3 days")
            .arg(tier, day(facts, u"last"_s))
            .arg(facts.value(u"overdue_after"_s).toInt());
    }
    if (key == u"holidays")
        return tr("%1 on %2").arg(holidayName(facts.value(u"holiday"_s).toString()), day(facts, u"day"_s));
    if (key == u"replenish") {
        const QString product = facts.value(u"product"_s).toString();
        const int interval = facts.value(u"interval"_s).toInt();
        if (facts.value(u"own"_s).toBool())
            return tr("Last bought %1 on %2; you set it to be bought again every %3 days")
                .arg(product, day(facts, u"last"_s))
                .arg(interval);
        return tr("Last bought %1 on %2; customers usually buy it again after %3 days")
            .arg(product, day(facts, u"last"_s))
            .arg(interval);
    }
    if (key == u"detractor")
        return tr("Scored %1 of 10 in the survey of %2").arg(facts.value(u"score"_s).toInt()).arg(day(facts, u"answered"_s));
    if (key == u"ticket")
        return tr("Ticket #%1: %2").arg(facts.value(u"ticket"_s).toInteger()).arg(facts.value(u"subject"_s).toString());
    return {};
}

} // namespace clientele::core::care
