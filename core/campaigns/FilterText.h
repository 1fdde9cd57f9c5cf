#pragma once

#include "../domain/Result.h"
#include "../storage/CustomerQueries.h"

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::campaigns {

// The customer list's filter as one line of text, for campaign audiences, saved filters and the
// CLI: `key=value` pairs joined with `;`, e.g. `stage=at_risk;tier=gold,diamond;tag=宝妈;clv_top=20`.
//   stage, tier      lifecycle stage / tier keys; several joined with `,` mean "any of"
//   segment          RFM segment key (cn8 or scores model)
//   tag, city        one value
//   home_store       a store's code or name (the customers whose home store it is)
//   search           the list's search box
//   clv_top          top N percent (1–100) by predicted 12-month value
//   p_alive_below    P(alive) below this (0–1)
//   spend_min        total spend of at least this many yuan (e.g. 500 or 499.50)
//   bought, never_bought                      a product code
//   bought_category, never_bought_category    a category
//   within_days      the bought / never bought window in days (default: any time)
// Unknown keys, unknown stage / tier / segment keys, products and bad numbers are refused with an
// error naming them. Values are trimmed; `;` and `,` cannot appear inside a value.
class FilterText
{
public:
    static Result<storage::CustomerFilter> parse(const storage::Database& database, const QString& text);
    // The reverse; refuses the parts a text cannot say (shop field conditions, a picked id list,
    // "open follow-up only").
    static Result<QString> format(const storage::Database& database, const storage::CustomerFilter& filter);
    // The filter text in words, in the reader's language, for people rather than for parse():
    // "stage=dormant;spend_min=500" → "Lifecycle stage: Dormant · spent at least ¥500"; an empty
    // text is everyone (who may receive marketing). A text that does not parse comes back as it is.
    static QString describe(const storage::Database& database, const QString& text);
};

} // namespace clientele::core::campaigns
