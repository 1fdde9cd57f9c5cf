#pragma once

#include <QStringView>

namespace clientele::core::chargelines {

// A till's order lines include lines that are not goods: shipping and postage, fees, discounts
// and coupons (运费, 邮费, 快递费, 优惠, 折扣, 减免, 手续费; shipping, postage, delivery, discount,
// fee …). Such a line stays in its order's money but is no product: product and category figures,
// repurchase intervals and "bought product" filters leave it out. Judged by the product's name
// (and code, e.g. "POST"): Chinese keywords anywhere in it, English ones as whole words, so
// "Coffee" is goods and "Amazon fee" is not.
bool isCharge(QStringView code, QStringView name);

} // namespace clientele::core::chargelines
