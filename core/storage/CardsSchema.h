#pragma once

// Visit cards (次卡) and coupons (issue 16), one self-contained schema step (Migrations' step 10).
// Balances are sums over append-only ledgers, never stored counters: a card's remaining uses are
// its uses less the net entries in card_uses (a use +1, its undoing −1); a coupon is used while
// its entries in coupon_redemptions sum to more than 0 (redeem +1, release on refund −1). The
// ledgers refuse UPDATE. Dates are ISO text, money integer fen.
namespace clientele::core::storage::schema {

inline constexpr const char* kCardsAndCoupons[] = {
    R"(CREATE TABLE card_plans (
        id           INTEGER PRIMARY KEY,
        name         TEXT NOT NULL UNIQUE,
        uses         INTEGER NOT NULL CHECK (uses > 0),
        price_fen    INTEGER NOT NULL CHECK (price_fen >= 0),
        months_valid INTEGER NOT NULL CHECK (months_valid > 0),
        items        TEXT NOT NULL DEFAULT '',
        active       INTEGER NOT NULL DEFAULT 1,
        created_at   TEXT NOT NULL))",
    // uses and price_fen are the plan's at the sale (a plan changed later does not change sold cards);
    // expires_on is the last day the card may be used; order_id the sale that sold it.
    R"(CREATE TABLE visit_cards (
        id          INTEGER PRIMARY KEY,
        card_no     TEXT NOT NULL UNIQUE,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        plan_id     INTEGER NOT NULL REFERENCES card_plans(id),
        uses        INTEGER NOT NULL CHECK (uses > 0),
        price_fen   INTEGER NOT NULL,
        sold_on     TEXT NOT NULL,
        expires_on  TEXT NOT NULL,
        store       TEXT NOT NULL DEFAULT '',
        sold_by     TEXT NOT NULL DEFAULT '',
        order_id    INTEGER REFERENCES orders(id) ON DELETE SET NULL,
        created_at  TEXT NOT NULL))",
    "CREATE INDEX visit_cards_customer ON visit_cards(customer_id, expires_on)",
    R"(CREATE TABLE card_uses (
        id         INTEGER PRIMARY KEY,
        card_id    INTEGER NOT NULL REFERENCES visit_cards(id) ON DELETE CASCADE,
        delta      INTEGER NOT NULL CHECK (delta IN (1, -1)),
        used_on    TEXT NOT NULL,
        store      TEXT NOT NULL DEFAULT '',
        actor      TEXT NOT NULL DEFAULT '',
        order_id   INTEGER,
        undoes_id  INTEGER REFERENCES card_uses(id),
        created_at TEXT NOT NULL))",
    "CREATE INDEX card_uses_card ON card_uses(card_id, used_on)",
    "CREATE INDEX card_uses_order ON card_uses(order_id)",
    "CREATE UNIQUE INDEX card_uses_undone_once ON card_uses(undoes_id)",
    R"(CREATE TRIGGER card_uses_append_only BEFORE UPDATE ON card_uses
       BEGIN SELECT RAISE(ABORT, 'the card use ledger is append-only'); END)",

    // kind: 'amount' (amount_fen off when min_spend_fen is met), 'percent' (percent off, at most
    // cap_fen when cap_fen > 0), 'item' (a free item; amount_fen its value, 0 when given beside the
    // sale). Validity: valid_from..valid_to (inclusive) or valid_days from the day of issue.
    // per_customer: how many coupons of the type one customer may hold, used or not (0: no limit).
    R"(CREATE TABLE coupon_types (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE,
        kind          TEXT NOT NULL CHECK (kind IN ('amount', 'percent', 'item')),
        amount_fen    INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0),
        min_spend_fen INTEGER NOT NULL DEFAULT 0 CHECK (min_spend_fen >= 0),
        percent       INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        cap_fen       INTEGER NOT NULL DEFAULT 0 CHECK (cap_fen >= 0),
        item          TEXT NOT NULL DEFAULT '',
        valid_from    TEXT,
        valid_to      TEXT,
        valid_days    INTEGER,
        per_customer  INTEGER NOT NULL DEFAULT 1 CHECK (per_customer >= 0),
        stackable     INTEGER NOT NULL DEFAULT 0,
        created_at    TEXT NOT NULL))",
    R"(CREATE TABLE coupons (
        id          INTEGER PRIMARY KEY,
        code        TEXT NOT NULL UNIQUE,
        type_id     INTEGER NOT NULL REFERENCES coupon_types(id),
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        issued_on   TEXT NOT NULL,
        valid_from  TEXT NOT NULL,
        valid_to    TEXT NOT NULL,
        issued_by   TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL))",
    "CREATE INDEX coupons_customer ON coupons(customer_id, type_id)",
    "CREATE INDEX coupons_type ON coupons(type_id)",
    "CREATE INDEX coupons_valid_to ON coupons(valid_to)",
    R"(CREATE TABLE coupon_redemptions (
        id           INTEGER PRIMARY KEY,
        coupon_id    INTEGER NOT NULL REFERENCES coupons(id) ON DELETE CASCADE,
        delta        INTEGER NOT NULL CHECK (delta IN (1, -1)),
        order_id     INTEGER,
        discount_fen INTEGER NOT NULL DEFAULT 0,
        on_date      TEXT NOT NULL,
        actor        TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL))",
    "CREATE INDEX coupon_redemptions_coupon ON coupon_redemptions(coupon_id)",
    "CREATE INDEX coupon_redemptions_order ON coupon_redemptions(order_id)",
    R"(CREATE TRIGGER coupon_redemptions_append_only BEFORE UPDATE ON coupon_redemptions
       BEGIN SELECT RAISE(ABORT, 'the coupon ledger is append-only'); END)",
};

} // namespace clientele::core::storage::schema
