#pragma once

#include "../domain/Money.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace clientele::core::io::lineamounts {

// Exact decimal arithmetic for order lines; no floating point.
//
// Quantities are kept in thousandths of a unit (2 → 2000, 0.5 kg → 500), unit prices in li
// (厘, 1/1000 yuan: 0.125 → 125), so a price with three decimals is exact. A line's amount is
// quantity × unit price rounded once, to the fen, half away from zero: 3 × ¥0.125 = ¥0.375 →
// ¥0.38; −3 × ¥0.125 → −¥0.38; 0.5 × ¥2.01 = ¥1.005 → ¥1.01.

constexpr qint64 kMaxQuantityMilli = 100'000'000;     // 100,000 units on one line
constexpr qint64 kMaxPriceLi = 10'000'000'000;        // ¥10,000,000 a unit
constexpr Fen kMaxLineFen = 100'000'000'00LL;         // ¥100,000,000, as for an order

// "12", "-3", "0.5", "1,200", "２件"-free plain numbers scaled by 10^decimals; nullopt when it is
// not a number or has more non-zero decimals than `decimals`. Currency marks (¥ 元 RMB) and
// accounting brackets are accepted as money::parse accepts them.
std::optional<qint64> parseScaled(QStringView text, int decimals);

inline std::optional<qint64> parseQuantity(QStringView text) { return parseScaled(text, 3); }
inline std::optional<qint64> parsePriceLi(QStringView text) { return parseScaled(text, 3); }

// quantity × price, rounded half away from zero to the fen. Both within the limits above
// (their product fits in 64 bits).
Fen lineTotal(qint64 quantityMilli, qint64 priceLi);

// "17850.0" → "17850": a key exported as a floating-point number. Anything else unchanged.
QString integralKey(const QString& text);
// True when `text` is digits followed by "." and zeros only ("17850.0", "42.00").
bool isIntegralFloat(QStringView text);

} // namespace clientele::core::io::lineamounts
