#pragma once

// v16 (issue 16, at the counter): a sale paid in more than one way, and visit cards cancelled by
// the refund of their sale. One self-contained step (Migrations' step 16).
// sale_payments: the money parts of a counter sale besides stored value and points (cash, card,
// wechat, alipay), one row per part, negative on the refund or void that gives it back. A sale
// from before this step has none: its paid_other_fen went by its pay_method. Append-only.
// card_cancellations: a visit card whose sale was refunded; its unused uses are gone (the card
// stays in history). One per card.
namespace clientele::core::storage::schema {

inline constexpr const char* kSplitPayments[] = {
    R"(CREATE TABLE IF NOT EXISTS sale_payments (
        id         INTEGER PRIMARY KEY,
        sale_id    INTEGER NOT NULL REFERENCES member_sales(id) ON DELETE CASCADE,
        method     TEXT NOT NULL CHECK (method IN ('cash', 'card', 'wechat', 'alipay')),
        amount_fen INTEGER NOT NULL,
        created_at TEXT NOT NULL))",
    "CREATE INDEX IF NOT EXISTS sale_payments_sale ON sale_payments(sale_id)",
    "CREATE TRIGGER IF NOT EXISTS sale_payments_append_only BEFORE UPDATE ON sale_payments BEGIN "
    "SELECT RAISE(ABORT, 'sale payments are append-only'); END",
    R"(CREATE TABLE IF NOT EXISTS card_cancellations (
        id             INTEGER PRIMARY KEY,
        card_id        INTEGER NOT NULL UNIQUE REFERENCES visit_cards(id) ON DELETE CASCADE,
        cancelled_on   TEXT NOT NULL,
        uses_cancelled INTEGER NOT NULL CHECK (uses_cancelled >= 0),
        refund_fen     INTEGER NOT NULL DEFAULT 0,
        order_id       INTEGER REFERENCES orders(id) ON DELETE SET NULL,
        actor          TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL))",
};

} // namespace clientele::core::storage::schema
