// The parameters of every automation kind have an editor's description (ParamSpecs), so no rule
// is left to be written as JSON; holidays read and write as a line each.
#include "CatchCompat.h"

#include "TestSupport.h"

#include "automation/ParamSpecs.h"
#include "automation/Registry.h"
#include "automation/RuleChanges.h"
#include "care/CareRules.h"
#include "io/Importer.h"
#include "storage/AutomationRepository.h"
#include "storage/Database.h"

#include <QJsonArray>

using namespace clientele::core;
using namespace clientele::core::automation;
using namespace Qt::StringLiterals;

namespace {
QStringList keysOf(const QList<ParamSpec>& specs)
{
    QStringList out;
    for (const ParamSpec& s : specs)
        out.append(s.key);
    return out;
}
} // namespace

TEST_CASE("every parameter a kind starts with has a labelled control", "[automation][params]")
{
    for (const TriggerKind& k : Registry::triggers())
        for (const QString& key : k.defaults.keys()) {
            INFO(k.key.toStdString() << "." << key.toStdString());
            CHECK(keysOf(ParamSpecs::ofTrigger(k.key)).contains(key));
        }
    for (const ConditionKind& k : Registry::conditions()) {
        INFO(k.key.toStdString());
        CHECK_FALSE(ParamSpecs::ofCondition(k.key).isEmpty());
        for (const QString& key : k.defaults.keys())
            CHECK(keysOf(ParamSpecs::ofCondition(k.key)).contains(key));
    }
    for (const ActionKind& k : Registry::actions())
        for (const QString& key : k.defaults.keys()) {
            INFO(k.key.toStdString() << "." << key.toStdString());
            CHECK(keysOf(ParamSpecs::ofAction(k.key)).contains(key));
        }
    // Labels are words, never the stored key.
    for (const ParamSpec& s : ParamSpecs::ofTrigger(u"holiday"_s))
        CHECK(ParamSpecs::label(s) != s.key);
}

TEST_CASE("holidays read and write as a line each, and a bad line is named", "[automation][params]")
{
    QJsonArray shipped;
    for (const auto& rule : care::CareRules::defaults())
        if (rule.key == u"holidays"_s)
            shipped = rule.params.value(u"holidays"_s).toArray();
    REQUIRE(shipped.size() == 3);
    const QString text = ParamSpecs::holidaysText(shipped);
    CHECK(text.split(u'\n').size() == 3);
    CHECK(text.startsWith(u"春节: "_s));
    CHECK(ParamSpecs::parseHolidays(text).value() == shipped);

    // A Chinese keyboard's colon and commas, blank lines and extra spaces.
    const auto typed = ParamSpecs::parseHolidays(u"\n 端午节：2027-06-09，2028-05-28、 2029-06-16 \n\n"_s);
    REQUIRE(typed.ok());
    CHECK(*typed ==
          QJsonArray{QJsonObject{{u"name"_s, u"端午节"_s},
                                 {u"dates"_s, QJsonArray{u"2027-06-09"_s, u"2028-05-28"_s, u"2029-06-16"_s}}}});

    const auto written = ParamSpecs::parseHolidays(u"元旦: 2027年1月1日, 2028/1/1"_s); // as people write dates
    REQUIRE(written.ok());
    CHECK((*written)[0].toObject().value(u"dates"_s).toArray() == QJsonArray{u"2027-01-01"_s, u"2028-01-01"_s});

    const auto badDate = ParamSpecs::parseHolidays(u"春节: 2027-02-06\n元宵节: 2027-02-30"_s);
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().message.contains(u"line 2"_s));
    CHECK(badDate.error().message.contains(u"2027-02-30"_s));
    const auto noName = ParamSpecs::parseHolidays(u"2027-02-06"_s);
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().message.contains(u"line 1"_s));
    CHECK_FALSE(ParamSpecs::parseHolidays(u"春节:"_s).ok());
}

TEST_CASE("choices come from the shop: its tiers, stores and the fixed lists in the reader's words",
          "[automation][params]")
{
    auto db = clientele::test::memoryDatabase();
    io::ImportOptions orders;
    orders.kind = io::ImportKind::Orders;
    orders.createCustomers = true;
    REQUIRE(io::Importer::run(*db, clientele::test::dataPath(u"orders_vip.csv"_s), orders).ok());

    const auto stores = ParamSpecs::options(*db, OptionSource::Stores).value();
    REQUIRE_FALSE(stores.isEmpty()); // the order file's 门店 column made the store list
    const auto tiers = ParamSpecs::options(*db, OptionSource::Tiers).value();
    REQUIRE(tiers.size() >= 3);
    CHECK(tiers.last().key == u"dormant"_s);
    for (const auto& t : tiers)
        CHECK_FALSE(t.label.isEmpty());
    const auto stages = ParamSpecs::options(*db, OptionSource::Stages).value();
    CHECK(std::any_of(stages.cbegin(), stages.cend(), [](const auto& o) { return o.key == u"at_risk"_s; }));
    const auto priorities = ParamSpecs::options(*db, OptionSource::TicketPriorities).value();
    CHECK(priorities.first().key.isEmpty());                                    // "any priority" first
    CHECK(ParamSpecs::options(*db, OptionSource::Campaigns).value().isEmpty()); // none yet: an empty list
    CHECK(ParamSpecs::numericKeys(OptionSource::Campaigns));
}

TEST_CASE("a built-in rule's settings are saved (its name stays its own)", "[automation][params]")
{
    auto db = clientele::test::memoryDatabase();
    const auto rules = storage::AutomationRepository(*db).rules().value();
    const auto birthday =
        std::find_if(rules.cbegin(), rules.cend(), [](const Rule& r) { return r.builtin == u"birthday"_s; });
    REQUIRE(birthday != rules.cend());
    Rule changed = *birthday;
    changed.name.clear(); // as the editor sends a built-in rule
    changed.trigger.insert(u"days_ahead"_s, 3);
    REQUIRE(RuleChanges::save(*db, changed).ok());
    const Rule saved = storage::AutomationRepository(*db).rule(birthday->id).value();
    CHECK(saved.trigger.value(u"days_ahead"_s).toInt() == 3);
    CHECK(saved.label() == birthday->label());
}
