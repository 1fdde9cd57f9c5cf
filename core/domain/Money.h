#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace clientele::core {

// Money is always an integer count of fen (1/100 yuan). No floating point anywhere.
using Fen = qint64;

namespace money {

// Parses amounts as shop exports write them: "¥1,234.50", "1234.5元", "RMB 12", full-width
// digits, "-12.00" or "(12.00)" for refunds, "12,50" with a decimal comma. Exact decimal
// arithmetic; a third decimal rounds half away from zero. nullopt when it is not an amount.
std::optional<Fen> parse(QStringView text);

// "¥23,400" when whole yuan, "¥1,234.50" otherwise; negative as "-¥12.00". Locale-free: used in
// reasons and reports that must read the same in every language.
QString format(Fen fen);

// "1234.50" — plain decimal for CSV export and JSON.
QString toDecimalString(Fen fen);

} // namespace money
} // namespace clientele::core
