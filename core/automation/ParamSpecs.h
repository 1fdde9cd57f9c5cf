#pragma once

#include "../domain/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::automation {

// Where a choice's options come from: fixed lists, or the shop's own (its tiers, stores, coupon
// types, campaigns) read when the editor opens.
enum class OptionSource {
    None,
    Stages,
    TierDirections,
    TicketPriorities,
    Tiers,
    Segments,
    Stores,
    CouponTypes,
    Campaigns
};

// One parameter of a trigger, condition or action, as an editor shows it: the JSON key stays
// the rule's own (stored, read by the engine); the owner sees a label and a fitting control.
struct ParamSpec
{
    enum class Type {
        Days,       // whole days, 0…3650
        Count,      // a whole number, 1…100
        Percent,    // stored as a fraction 0…1, shown as 1–99 %
        Bool,       // a check box
        Text,       // one line (a follow-up's title may use {name})
        Money,      // stored in fen, shown in yuan; 0 leaves the key out (no bound)
        Choice,     // one of the options ("" allowed when the first option is "any")
        ChoiceList, // any of the options, ticked
        TextList,   // free words separated by commas (tags, cities)
        Holidays,   // [{"name": …, "dates": […]}]: a line per holiday, "name: date, date …"
    };
    QString key;
    const char* label; // QT_TRANSLATE_NOOP("clientele::core::automation::ParamSpecs", …)
    Type type = Type::Text;
    OptionSource options = OptionSource::None;
};

struct ParamOption
{
    QString key;   // as stored (a campaign: its id as text)
    QString label; // in the reader's language
};

class ParamSpecs
{
public:
    static QList<ParamSpec> ofTrigger(const QString& kind);
    static QList<ParamSpec> ofCondition(const QString& kind);
    static QList<ParamSpec> ofAction(const QString& kind);
    static QString label(const ParamSpec& spec); // translated

    static Result<QList<ParamOption>> options(const storage::Database& database, OptionSource source);
    // A stored key the options no longer list (a tier of the other scheme, say), in words.
    static QString optionLabel(OptionSource source, const QString& key);
    // A campaign's id is stored as a number, every other choice as text.
    static bool numericKeys(OptionSource source) { return source == OptionSource::Campaigns; }

    // The Holidays type's text form and back; a bad line is named (1-based) with what is wrong.
    static QString holidaysText(const QJsonArray& holidays);
    static Result<QJsonArray> parseHolidays(const QString& text);
};

} // namespace clientele::core::automation
