#pragma once

#include "Registry.h"

namespace clientele::core::automation {

// The member program's triggers (issue 16), for the table in Triggers.cpp. Each event has a key
// that names the occurrence, so a rule acts on it once:
// - points_expiring {days_ahead}: a customer's points that expire on one day, `days_ahead` days
//   before that day (key: customer and expiry day);
// - stored_value_unused {days}: a balance above zero with no top-up, payment or refund for `days`
//   days (key: customer and the last movement's day);
// - card_one_use_left: a usable visit card with exactly one use left (key: the card).
// They read the ledgers only; a dry run writes nothing.
namespace member_triggers {
Result<QList<Event>> pointsExpiring(const TriggerContext& ctx, const QJsonObject& params);
Result<QList<Event>> storedValueUnused(const TriggerContext& ctx, const QJsonObject& params);
Result<QList<Event>> cardOneUseLeft(const TriggerContext& ctx, const QJsonObject& params);
} // namespace member_triggers

} // namespace clientele::core::automation
