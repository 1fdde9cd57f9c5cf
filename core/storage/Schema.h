#pragma once

// The SQL of each schema step, as constants. Kept portable where it costs nothing (a PostgreSQL
// store is planned): ISO-8601 TEXT dates, INTEGER fen, no SQLite-only column types.
namespace clientele::core::storage::schema {

inline constexpr const char* kVersion1[] = {
    R"(CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL))",

    R"(CREATE TABLE import_batches (
        id          INTEGER PRIMARY KEY,
        kind        TEXT NOT NULL CHECK (kind IN ('customers', 'orders')),
        file_name   TEXT NOT NULL,
        encoding    TEXT NOT NULL,
        delimiter   TEXT NOT NULL,
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        rows_read   INTEGER NOT NULL DEFAULT 0,
        inserted    INTEGER NOT NULL DEFAULT 0,
        updated     INTEGER NOT NULL DEFAULT 0,
        skipped     INTEGER NOT NULL DEFAULT 0,
        errors      INTEGER NOT NULL DEFAULT 0,
        undone_at   TEXT))",

    R"(CREATE TABLE customers (
        id                INTEGER PRIMARY KEY,
        member_code       TEXT UNIQUE,
        name              TEXT NOT NULL DEFAULT '',
        phone             TEXT,
        phone_valid       INTEGER NOT NULL DEFAULT 1,
        email             TEXT,
        gender            TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'F', 'M')),
        birthday          TEXT,
        city              TEXT NOT NULL DEFAULT '',
        address           TEXT NOT NULL DEFAULT '',
        source_channel    TEXT NOT NULL DEFAULT '',
        joined_on         TEXT,
        notes             TEXT NOT NULL DEFAULT '',
        marketing_consent INTEGER NOT NULL DEFAULT 1,
        created_at        TEXT NOT NULL,
        updated_at        TEXT NOT NULL,
        import_batch_id   INTEGER REFERENCES import_batches(id) ON DELETE SET NULL))",
    "CREATE INDEX customers_phone ON customers(phone)",
    "CREATE INDEX customers_email ON customers(email)",
    "CREATE INDEX customers_name ON customers(name)",
    "CREATE INDEX customers_city ON customers(city)",

    R"(CREATE TABLE tags (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE customer_tags (
        customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        tag_id          INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        PRIMARY KEY (customer_id, tag_id)))",
    "CREATE INDEX customer_tags_tag ON customer_tags(tag_id)",

    // order_key: 'no:' || order number, or 'ck:' || content key for files without numbers.
    R"(CREATE TABLE orders (
        id              INTEGER PRIMARY KEY,
        order_key       TEXT NOT NULL UNIQUE,
        order_no        TEXT,
        customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        order_date      TEXT NOT NULL,
        order_time      TEXT,
        amount_fen      INTEGER NOT NULL,
        category        TEXT NOT NULL DEFAULT '',
        channel         TEXT NOT NULL DEFAULT '',
        store           TEXT NOT NULL DEFAULT '',
        content_hash    INTEGER NOT NULL,
        import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        source_line     INTEGER))",
    "CREATE INDEX orders_customer_date ON orders(customer_id, order_date)",
    "CREATE INDEX orders_date ON orders(order_date)",

    R"(CREATE TABLE interactions (
        id          INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'message', 'note')),
        occurred_at TEXT NOT NULL,
        summary     TEXT NOT NULL,
        created_at  TEXT NOT NULL))",
    "CREATE INDEX interactions_customer ON interactions(customer_id, occurred_at)",

    R"(CREATE TABLE follow_ups (
        id           INTEGER PRIMARY KEY,
        customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        due_on       TEXT NOT NULL,
        title        TEXT NOT NULL,
        reason       TEXT NOT NULL DEFAULT '',
        origin_rule  TEXT,
        dedupe_key   TEXT UNIQUE,
        status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
        completed_at TEXT,
        outcome      TEXT,
        created_at   TEXT NOT NULL))",
    "CREATE INDEX follow_ups_due ON follow_ups(status, due_on)",
    "CREATE INDEX follow_ups_customer ON follow_ups(customer_id)",

    // Old values of customer fields an import overwrote, so the import can be undone.
    R"(CREATE TABLE import_changes (
        id          INTEGER PRIMARY KEY,
        batch_id    INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        field       TEXT NOT NULL,
        old_value   TEXT))",
    "CREATE INDEX import_changes_batch ON import_changes(batch_id)",

    R"(CREATE TABLE column_mappings (
        name         TEXT PRIMARY KEY,
        kind         TEXT NOT NULL,
        mapping_json TEXT NOT NULL,
        updated_at   TEXT NOT NULL))",
};

// Segmentation: rules as data, the latest run per customer, month-end history, care rules.
inline constexpr const char* kVersion2[] = {
    R"(CREATE TABLE tier_rule_sets (
        id         INTEGER PRIMARY KEY,
        scheme     TEXT NOT NULL CHECK (scheme IN ('spend', 'value')),
        version    INTEGER NOT NULL,
        rules_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (scheme, version)))",

    R"(CREATE TABLE customer_metrics (
        customer_id        INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
        as_of              TEXT NOT NULL,
        recency_days       INTEGER,
        frequency          INTEGER NOT NULL,
        frequency_12m      INTEGER NOT NULL,
        monetary_fen       INTEGER NOT NULL,
        monetary_12m_fen   INTEGER NOT NULL,
        average_order_fen  INTEGER NOT NULL,
        first_purchase     TEXT,
        last_purchase      TEXT,
        median_gap_days    INTEGER,
        r_score            INTEGER NOT NULL,
        f_score            INTEGER NOT NULL,
        m_score            INTEGER NOT NULL,
        segment_cn8        TEXT NOT NULL,
        segment_scores     TEXT NOT NULL,
        tier               TEXT NOT NULL,
        tier_months_below  INTEGER NOT NULL DEFAULT 0,
        stage              TEXT NOT NULL,
        value_at_stake_fen INTEGER NOT NULL,
        previous_gap_days  INTEGER,
        clv_score          INTEGER NOT NULL DEFAULT 0,
        p_alive_percent    INTEGER NOT NULL DEFAULT -1,
        prev_tier          TEXT NOT NULL DEFAULT '',
        prev_monetary_12m_fen INTEGER NOT NULL DEFAULT 0,
        prev_recency_days  INTEGER NOT NULL DEFAULT 0,
        prev_m_score       INTEGER NOT NULL DEFAULT 0,
        prev_f_score       INTEGER NOT NULL DEFAULT 0,
        p_alive            REAL NOT NULL DEFAULT -1,
        previous_p_alive   REAL NOT NULL DEFAULT -1,
        expected_purchases_90d REAL NOT NULL DEFAULT 0,
        expected_spend_fen INTEGER NOT NULL DEFAULT 0,
        clv_fen            INTEGER NOT NULL DEFAULT 0,
        churn_risk         INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX customer_metrics_clv ON customer_metrics(clv_fen)",
    "CREATE INDEX customer_metrics_tier ON customer_metrics(tier)",
    "CREATE INDEX customer_metrics_stage ON customer_metrics(stage, value_at_stake_fen)",

    // One row per customer with purchases per month end (the current month: as of the run).
    R"(CREATE TABLE customer_snapshots (
        month            TEXT NOT NULL,
        customer_id      INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        tier             TEXT NOT NULL,
        tier_months_below INTEGER NOT NULL DEFAULT 0,
        stage            TEXT NOT NULL,
        r_score          INTEGER NOT NULL,
        f_score          INTEGER NOT NULL,
        m_score          INTEGER NOT NULL,
        frequency        INTEGER NOT NULL,
        monetary_12m_fen INTEGER NOT NULL,
        recency_days     INTEGER NOT NULL,
        PRIMARY KEY (month, customer_id)))",

    R"(CREATE TABLE monthly_stats (
        month               TEXT PRIMARY KEY,
        as_of               TEXT NOT NULL,
        customers           INTEGER NOT NULL,
        buyers_12m          INTEGER NOT NULL,
        repeat_buyers_12m   INTEGER NOT NULL,
        orders_month        INTEGER NOT NULL,
        revenue_month_fen   INTEGER NOT NULL,
        revenue_12m_fen     INTEGER NOT NULL,
        new_customers       INTEGER NOT NULL,
        lost_customers      INTEGER NOT NULL))",

    R"(CREATE TABLE care_rules (
        key         TEXT PRIMARY KEY,
        enabled     INTEGER NOT NULL DEFAULT 1,
        params_json TEXT NOT NULL,
        updated_at  TEXT NOT NULL))",
};

// Search and customer care: every searchable field of a customer (name, phone, e-mail, member
// code, tags) as one text kept by triggers — so imports, edits, merges and undo all stay
// searchable — with a trigram full-text index over it (FTS5 external content); and the journal
// that makes a merge of two customers undoable.
// The search text of customer alias `c` (also used by SearchIndex::reindexBatch). The triggers
// that keep it stand aside while an import has paused them (a settings row inside the import's
// own transaction, invisible to everyone else): the import reindexes its customers at the end.
#define CLIENTELE_SEARCH_PAUSED "EXISTS (SELECT 1 FROM settings WHERE key = 'search_index_paused')"
#define CLIENTELE_SEARCH_TEXT(c)                                                                             \
    c ".name || ' ' || COALESCE(" c ".phone, '') || ' ' || COALESCE(" c ".email, '') || ' ' || COALESCE(" c \
    ".member_code, '') || ' ' || COALESCE((SELECT group_concat(t.name, ' ') FROM customer_tags ct JOIN tags t " \
    "ON t.id = ct.tag_id WHERE ct.customer_id = " c ".id), '')"
inline constexpr const char* kVersion3[] = {
    R"(CREATE TABLE customer_search_text (
        id       INTEGER PRIMARY KEY,
        haystack TEXT NOT NULL))",
    R"(CREATE VIRTUAL TABLE customer_search USING fts5(
        haystack, content = 'customer_search_text', content_rowid = 'id', tokenize = 'trigram'))",
    // The index follows the text (the FTS5 external-content recipe).
    R"(CREATE TRIGGER customer_search_text_insert AFTER INSERT ON customer_search_text BEGIN
        INSERT INTO customer_search (rowid, haystack) VALUES (new.id, new.haystack);
    END)",
    R"(CREATE TRIGGER customer_search_text_delete AFTER DELETE ON customer_search_text BEGIN
        INSERT INTO customer_search (customer_search, rowid, haystack) VALUES ('delete', old.id, old.haystack);
    END)",
    R"(CREATE TRIGGER customer_search_text_update AFTER UPDATE ON customer_search_text BEGIN
        INSERT INTO customer_search (customer_search, rowid, haystack) VALUES ('delete', old.id, old.haystack);
        INSERT INTO customer_search (rowid, haystack) VALUES (new.id, new.haystack);
    END)",
    // The text follows the customer and their tags.
    "CREATE TRIGGER customers_search_insert AFTER INSERT ON customers WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "INSERT INTO customer_search_text (id, haystack) SELECT new.id, " CLIENTELE_SEARCH_TEXT("c")
    " FROM customers c WHERE c.id = new.id; END",
    "CREATE TRIGGER customers_search_update AFTER UPDATE OF name, phone, email, member_code ON customers "
    "WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "UPDATE customer_search_text SET haystack = (SELECT " CLIENTELE_SEARCH_TEXT("c")
    " FROM customers c WHERE c.id = new.id) WHERE id = new.id; END",
    "CREATE TRIGGER customers_search_delete AFTER DELETE ON customers BEGIN "
    "DELETE FROM customer_search_text WHERE id = old.id; END",
    "CREATE TRIGGER customer_tags_search_insert AFTER INSERT ON customer_tags WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "UPDATE customer_search_text SET haystack = (SELECT " CLIENTELE_SEARCH_TEXT("c")
    " FROM customers c WHERE c.id = new.customer_id) WHERE id = new.customer_id; END",
    "CREATE TRIGGER customer_tags_search_delete AFTER DELETE ON customer_tags WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "UPDATE customer_search_text SET haystack = (SELECT " CLIENTELE_SEARCH_TEXT("c")
    " FROM customers c WHERE c.id = old.customer_id) WHERE id = old.customer_id "
    // a customer being deleted takes its tags along; its text goes with it
    "AND EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id); END",
    // Files from version 2 get their existing customers indexed.
    "INSERT INTO customer_search_text (id, haystack) SELECT c.id, " CLIENTELE_SEARCH_TEXT("c") " FROM customers c",

    // survivor_before: the survivor's fields before the merge; merged_customer: the whole merged
    // record with its tags; moved_*: ids of the rows moved to the survivor (JSON arrays).
    R"(CREATE TABLE customer_merges (
        id                 INTEGER PRIMARY KEY,
        survivor_id        INTEGER NOT NULL,
        merged_id          INTEGER NOT NULL,
        survivor_before    TEXT NOT NULL,
        merged_customer    TEXT NOT NULL,
        moved_orders       TEXT NOT NULL,
        moved_interactions TEXT NOT NULL,
        moved_follow_ups   TEXT NOT NULL,
        merged_at          TEXT NOT NULL,
        undone_at          TEXT))",
    "CREATE INDEX customer_merges_survivor ON customer_merges(survivor_id)",
    "CREATE INDEX follow_ups_open_customer ON follow_ups(customer_id, status)",
};

// v4: the follow-up calendar counts tasks per day over a date range, whatever their status.
inline constexpr const char* kVersion4[] = {
    "CREATE INDEX follow_ups_day ON follow_ups(due_on, status)",
};

// v5: user accounts, the append-only audit log, erased customers.
inline constexpr const char* kVersion5[] = {
    R"(CREATE TABLE users (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
        role            TEXT NOT NULL CHECK (role IN ('owner', 'staff')),
        password_hash   TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until    TEXT,
        created_at      TEXT NOT NULL))",
    // chain: SHA-256 over the previous entry's chain and this entry's fields.
    R"(CREATE TABLE audit_log (
        id      INTEGER PRIMARY KEY,
        at      TEXT NOT NULL,
        actor   TEXT NOT NULL,
        action  TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        detail  TEXT NOT NULL DEFAULT '',
        chain   TEXT NOT NULL))",
    "CREATE INDEX audit_log_action ON audit_log(action, id)",
    R"(CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    R"(CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    "ALTER TABLE customers ADD COLUMN erased_at TEXT",
    // Sensitive fields (ID card, private notes, fields the owner marks), sealed with
    // XChaCha20-Poly1305 under a key derived from the owner's passphrase: nonce || ciphertext.
    R"(CREATE TABLE customer_secrets (
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        field       TEXT NOT NULL,
        sealed      BLOB NOT NULL,
        PRIMARY KEY (customer_id, field)))",
};

// v6: the two languages keep apart. Customer names get their Latin forms (i18n::Pinyin, written by
// the repository with the name): name_sort orders a list by pinyin, name_pinyin ("zhangwei zw")
// joins the search text so full pinyin and initials find 张伟. Rule-made follow-ups keep their
// facts (JSON, care::CareTaskText) and are worded when read. Migrations::migrateTo(6) fills both
// for existing rows.
#define CLIENTELE_SEARCH_TEXT_V6(c)                                                                         \
    c ".name || ' ' || " c ".name_pinyin || ' ' || COALESCE(" c ".phone, '') || ' ' || COALESCE(" c        \
    ".email, '') || ' ' || COALESCE(" c ".member_code, '') || ' ' || COALESCE((SELECT group_concat(t.name, ' ') " \
    "FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.customer_id = " c ".id), '')"
inline constexpr const char* kVersion6[] = {
    "ALTER TABLE customers ADD COLUMN name_sort TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX customers_name_sort ON customers(name_sort, name)",
    "ALTER TABLE follow_ups ADD COLUMN facts TEXT",
    "DROP TRIGGER customers_search_insert",
    "DROP TRIGGER customers_search_update",
    "DROP TRIGGER customer_tags_search_insert",
    "DROP TRIGGER customer_tags_search_delete",
    "CREATE TRIGGER customers_search_insert AFTER INSERT ON customers WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "INSERT INTO customer_search_text (id, haystack) SELECT new.id, " CLIENTELE_SEARCH_TEXT_V6("c")
    " FROM customers c WHERE c.id = new.id; END",
    "CREATE TRIGGER customers_search_update AFTER UPDATE OF name, name_pinyin, phone, email, member_code ON customers "
    "WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "UPDATE customer_search_text SET haystack = (SELECT " CLIENTELE_SEARCH_TEXT_V6("c")
    " FROM customers c WHERE c.id = new.id) WHERE id = new.id; END",
    "CREATE TRIGGER customer_tags_search_insert AFTER INSERT ON customer_tags WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "UPDATE customer_search_text SET haystack = (SELECT " CLIENTELE_SEARCH_TEXT_V6("c")
    " FROM customers c WHERE c.id = new.customer_id) WHERE id = new.customer_id; END",
    "CREATE TRIGGER customer_tags_search_delete AFTER DELETE ON customer_tags WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "UPDATE customer_search_text SET haystack = (SELECT " CLIENTELE_SEARCH_TEXT_V6("c")
    " FROM customers c WHERE c.id = old.customer_id) WHERE id = old.customer_id "
    "AND EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id); END",
};

// v7: order lines and products (issue 14). A product is known by its code, or by its normalized
// name when the till has no codes (product_key 'c:' || code or 'n:' || name). Lines belong to
// their order and go with it (undo, erasure keep orders; merge moves them). Unit prices are in
// li (厘, 1/10 fen) so a three-decimal price is exact; quantities in thousandths of a unit; line
// totals and discounts in fen, line_total_fen already less discount_fen. A refund's order may name
// the order it returns (refund_of_no, the original's number as written: C536379 → 536379).
inline constexpr const char* kVersion7[] = {
    R"(CREATE TABLE products (
        id              INTEGER PRIMARY KEY,
        product_key     TEXT NOT NULL UNIQUE,
        code            TEXT NOT NULL DEFAULT '',
        name            TEXT NOT NULL DEFAULT '',
        category        TEXT NOT NULL DEFAULT '',
        import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL))",
    R"(CREATE TABLE order_lines (
        id              INTEGER PRIMARY KEY,
        order_id        INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
        product_id      INTEGER NOT NULL REFERENCES products(id),
        quantity_milli  INTEGER NOT NULL,
        unit_price_li   INTEGER,
        line_total_fen  INTEGER NOT NULL,
        discount_fen    INTEGER NOT NULL DEFAULT 0,
        source_line     INTEGER))",
    "CREATE INDEX order_lines_order ON order_lines(order_id)",
    "CREATE INDEX order_lines_product ON order_lines(product_id)",
    "ALTER TABLE orders ADD COLUMN refund_of_no TEXT",
};

// v8: fields the shop defines (issue 14). The WeChat ID becomes a built-in contact field, searched
// like a phone or e-mail (the search triggers are rebuilt with it). The owner's own fields are
// data: custom_fields holds their definitions (key, label, type, choices as a JSON array,
// required), customer_field_values one normalized value per customer and field (numbers in C
// locale, dates ISO). A value written by an import carries its batch, so undo removes it.
#define CLIENTELE_SEARCH_TEXT_V8(c)                                                                         \
    c ".name || ' ' || " c ".name_pinyin || ' ' || COALESCE(" c ".phone, '') || ' ' || COALESCE(" c        \
    ".email, '') || ' ' || COALESCE(" c ".wechat_id, '') || ' ' || COALESCE(" c ".member_code, '') || ' ' || " \
    "COALESCE((SELECT group_concat(t.name, ' ') FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "        \
    "WHERE ct.customer_id = " c ".id), '')"
inline constexpr const char* kVersion8[] = {
    "ALTER TABLE customers ADD COLUMN wechat_id TEXT",
    "CREATE INDEX customers_wechat ON customers(wechat_id)",
    "DROP TRIGGER customers_search_insert",
    "DROP TRIGGER customers_search_update",
    "DROP TRIGGER customer_tags_search_insert",
    "DROP TRIGGER customer_tags_search_delete",
    "CREATE TRIGGER customers_search_insert AFTER INSERT ON customers WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "INSERT INTO customer_search_text (id, haystack) SELECT new.id, " CLIENTELE_SEARCH_TEXT_V8("c")
    " FROM customers c WHERE c.id = new.id; END",
    "CREATE TRIGGER customers_search_update AFTER UPDATE OF name, name_pinyin, phone, email, wechat_id, member_code "
    "ON customers WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "UPDATE customer_search_text SET haystack = (SELECT " CLIENTELE_SEARCH_TEXT_V8("c")
    " FROM customers c WHERE c.id = new.id) WHERE id = new.id; END",
    "CREATE TRIGGER customer_tags_search_insert AFTER INSERT ON customer_tags WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "UPDATE customer_search_text SET haystack = (SELECT " CLIENTELE_SEARCH_TEXT_V8("c")
    " FROM customers c WHERE c.id = new.customer_id) WHERE id = new.customer_id; END",
    "CREATE TRIGGER customer_tags_search_delete AFTER DELETE ON customer_tags WHEN NOT " CLIENTELE_SEARCH_PAUSED " BEGIN "
    "UPDATE customer_search_text SET haystack = (SELECT " CLIENTELE_SEARCH_TEXT_V8("c")
    " FROM customers c WHERE c.id = old.customer_id) WHERE id = old.customer_id "
    "AND EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id); END",
    R"(CREATE TABLE custom_fields (
        id         INTEGER PRIMARY KEY,
        key        TEXT NOT NULL UNIQUE,
        label      TEXT NOT NULL,
        type       TEXT NOT NULL CHECK (type IN ('text', 'choice', 'number', 'date')),
        choices    TEXT NOT NULL DEFAULT '[]',
        required   INTEGER NOT NULL DEFAULT 0,
        position   INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE customer_field_values (
        customer_id     INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        field_id        INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
        value           TEXT NOT NULL,
        import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        PRIMARY KEY (customer_id, field_id)))",
    "CREATE INDEX customer_field_values_field ON customer_field_values(field_id, value)",
    "CREATE INDEX customer_field_values_batch ON customer_field_values(import_batch_id)",
};

// v9: the owner's own repurchase interval per product (days; NULL: the median of repeat purchases
// is used). The care rule that reads it ("replenish") is seeded in code with the step.
inline constexpr const char* kVersion9[] = {
    "ALTER TABLE products ADD COLUMN repurchase_days_set INTEGER",
};

// v11: the member program at the counter (issue 16). Rules as versioned JSON like the tier rules.
// Counter sales are orders (source 'counter') with a member_sales row saying how they were paid;
// a refund or void is a new order (negative, refund_of_no) and a new member_sales row naming the
// sale it reverses (once). Points and stored value are append-only ledgers: a balance is the sum
// of its rows (points less what expired, worked out FIFO by member::PointsLedger); UPDATE is
// refused, and rows go only with their customer (erasure). Every row records who and which till.
inline constexpr const char* kVersion11[] = {
    R"(CREATE TABLE member_rule_sets (
        id         INTEGER PRIMARY KEY,
        version    INTEGER NOT NULL UNIQUE,
        rules_json TEXT NOT NULL,
        created_at TEXT NOT NULL))",
    "ALTER TABLE orders ADD COLUMN source TEXT NOT NULL DEFAULT 'import'",
    R"(CREATE TABLE member_sales (
        id                 INTEGER PRIMARY KEY,
        order_id           INTEGER NOT NULL UNIQUE REFERENCES orders(id) ON DELETE CASCADE,
        customer_id        INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        kind               TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'void')),
        reverses_id        INTEGER REFERENCES member_sales(id) ON DELETE CASCADE,
        sold_on            TEXT NOT NULL,
        list_fen           INTEGER NOT NULL,
        discount_fen       INTEGER NOT NULL,
        points_redeemed    INTEGER NOT NULL,
        points_value_fen   INTEGER NOT NULL,
        paid_principal_fen INTEGER NOT NULL,
        paid_bonus_fen     INTEGER NOT NULL,
        paid_other_fen     INTEGER NOT NULL,
        pay_method         TEXT NOT NULL,
        points_earned      INTEGER NOT NULL,
        store              TEXT NOT NULL DEFAULT '',
        till               TEXT NOT NULL DEFAULT '',
        actor              TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL))",
    "CREATE UNIQUE INDEX member_sales_reverses ON member_sales(reverses_id) WHERE reverses_id IS NOT NULL",
    "CREATE INDEX member_sales_customer ON member_sales(customer_id, sold_on)",
    // expires_on: for rows that add points (earned, returned, adjusted up); lot_id: the award a
    // take-back comes from; order_id: an imported order's award (no foreign key: an undone import
    // leaves its awards, which the owner adjusts).
    R"(CREATE TABLE points_ledger (
        id          INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        kind        TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'earn_reversal', 'redeem_return', 'adjust')),
        points      INTEGER NOT NULL,
        occurred_on TEXT NOT NULL,
        expires_on  TEXT,
        lot_id      INTEGER REFERENCES points_ledger(id) ON DELETE CASCADE,
        sale_id     INTEGER REFERENCES member_sales(id) ON DELETE CASCADE,
        order_id    INTEGER,
        note        TEXT NOT NULL DEFAULT '',
        till        TEXT NOT NULL DEFAULT '',
        actor       TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL))",
    "CREATE INDEX points_ledger_customer ON points_ledger(customer_id, occurred_on)",
    "CREATE UNIQUE INDEX points_ledger_imported ON points_ledger(order_id) WHERE order_id IS NOT NULL",
    R"(CREATE TABLE stored_value_ledger (
        id            INTEGER PRIMARY KEY,
        customer_id   INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        kind          TEXT NOT NULL CHECK (kind IN ('topup', 'payment', 'refund')),
        principal_fen INTEGER NOT NULL,
        bonus_fen     INTEGER NOT NULL,
        paid_fen      INTEGER NOT NULL DEFAULT 0,
        pay_method    TEXT NOT NULL DEFAULT '',
        occurred_on   TEXT NOT NULL,
        sale_id       INTEGER REFERENCES member_sales(id) ON DELETE CASCADE,
        till          TEXT NOT NULL DEFAULT '',
        actor         TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL))",
    "CREATE INDEX stored_value_ledger_customer ON stored_value_ledger(customer_id, occurred_on)",
    "CREATE TRIGGER points_ledger_append_only BEFORE UPDATE ON points_ledger BEGIN "
    "SELECT RAISE(ABORT, 'the points ledger is append-only'); END",
    "CREATE TRIGGER stored_value_ledger_append_only BEFORE UPDATE ON stored_value_ledger BEGIN "
    "SELECT RAISE(ABORT, 'the stored-value ledger is append-only'); END",
    "CREATE TRIGGER member_sales_append_only BEFORE UPDATE ON member_sales BEGIN "
    "SELECT RAISE(ABORT, 'counter sales are append-only'); END",
    "CREATE TRIGGER points_ledger_keep BEFORE DELETE ON points_ledger "
    "WHEN EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id) BEGIN "
    "SELECT RAISE(ABORT, 'the points ledger is append-only'); END",
    "CREATE TRIGGER stored_value_ledger_keep BEFORE DELETE ON stored_value_ledger "
    "WHEN EXISTS (SELECT 1 FROM customers WHERE id = old.customer_id) BEGIN "
    "SELECT RAISE(ABORT, 'the stored-value ledger is append-only'); END",
};

// v12: service tickets with their status history, and survey answers (issue 18). Times of a ticket
// are shop-local wall-clock "YYYY-MM-DDTHH:MM:SS" (the SLA counts the shop's opening hours). A
// survey answer is one per customer, survey and day (a re-import updates it, never doubles it);
// reply codes are handed out with a survey message and typed in by the owner when the customer
// answers. The care rule "detractor" is seeded by Migrations (seedVersion12).
inline constexpr const char* kVersion12[] = {
    R"(CREATE TABLE tickets (
        id          INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        order_id    INTEGER REFERENCES orders(id) ON DELETE SET NULL,
        product_id  INTEGER REFERENCES products(id) ON DELETE SET NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('complaint', 'return', 'repair', 'question')),
        priority    TEXT NOT NULL CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
        owner       TEXT NOT NULL DEFAULT '',
        status      TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'resolved', 'closed')),
        subject     TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        resolution  TEXT NOT NULL DEFAULT '',
        opened_at   TEXT NOT NULL,
        created_at  TEXT NOT NULL))",
    "CREATE INDEX tickets_status ON tickets(status, opened_at)",
    "CREATE INDEX tickets_customer ON tickets(customer_id)",
    R"(CREATE TABLE ticket_events (
        id        INTEGER PRIMARY KEY,
        ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
        at        TEXT NOT NULL,
        status    TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'resolved', 'closed')),
        note      TEXT NOT NULL DEFAULT '',
        actor     TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX ticket_events_ticket ON ticket_events(ticket_id, at)",
    R"(CREATE TABLE survey_answers (
        id          INTEGER PRIMARY KEY,
        survey      TEXT NOT NULL DEFAULT 'nps',
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        answered_on TEXT NOT NULL,
        score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        comment     TEXT NOT NULL DEFAULT '',
        source      TEXT NOT NULL CHECK (source IN ('hand', 'import', 'reply')),
        created_at  TEXT NOT NULL,
        UNIQUE (survey, customer_id, answered_on)))",
    "CREATE INDEX survey_answers_day ON survey_answers(answered_on)",
    R"(CREATE TABLE survey_codes (
        code        TEXT PRIMARY KEY,
        survey      TEXT NOT NULL DEFAULT 'nps',
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        issued_on   TEXT NOT NULL,
        answer_id   INTEGER REFERENCES survey_answers(id) ON DELETE SET NULL))",
};

// v13: automation rules (trigger → conditions → action, as JSON; core/automation), which the care
// rules became: the care_rules rows move into automation_rules as built-in rules (their key in
// `builtin`) and care_rules goes. automation_events is what the rules did: one row per rule and
// event (event_key names the customer and the occurrence, so a rule never fires twice for one
// event), with the why as a key and arguments (rendered when read) and the day it was done (the
// daily cap counts those). Rule-made follow-ups that existed are recorded as done (Migrations).
inline constexpr const char* kVersion13[] = {
    R"(CREATE TABLE automation_rules (
        id         INTEGER PRIMARY KEY,
        builtin    TEXT UNIQUE,
        name       TEXT NOT NULL DEFAULT '',
        enabled    INTEGER NOT NULL DEFAULT 1,
        rule_json  TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE automation_events (
        id          INTEGER PRIMARY KEY,
        rule_id     INTEGER NOT NULL REFERENCES automation_rules(id) ON DELETE CASCADE,
        event_key   TEXT NOT NULL,
        customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
        action      TEXT NOT NULL,
        why_json    TEXT NOT NULL DEFAULT '{}',
        done_on     TEXT NOT NULL,
        created_at  TEXT NOT NULL))",
    "CREATE UNIQUE INDEX automation_events_key ON automation_events(rule_id, event_key)",
    "CREATE INDEX automation_events_day ON automation_events(done_on)",
    "CREATE INDEX automation_events_customer ON automation_events(customer_id)",
};

// v14: campaigns with a random hold-out (issue 17). A campaign keeps its audience filter as text
// (campaigns::FilterText), the hold-out share and the seed that drew it, the message, the coupon
// type to issue to the contacted group, the results window and the contact date. Its members are
// frozen when it is made (or added later by automation rules, with the reason), each in the
// contacted group or the hold-out. Saved filters: the customer list's filters by name. IF NOT
// EXISTS: the step may run again on a file whose version was set back (tests of earlier steps).
inline constexpr const char* kVersion14[] = {
    R"(CREATE TABLE IF NOT EXISTS campaigns (
        id              INTEGER PRIMARY KEY,
        name            TEXT NOT NULL,
        filter_text     TEXT NOT NULL,
        holdout_percent INTEGER NOT NULL CHECK (holdout_percent BETWEEN 0 AND 50),
        seed            INTEGER NOT NULL,
        message         TEXT NOT NULL DEFAULT '',
        coupon_type     TEXT NOT NULL DEFAULT '',
        window_days     INTEGER NOT NULL DEFAULT 14 CHECK (window_days >= 1),
        created_at      TEXT NOT NULL,
        contacted_on    TEXT))",
    R"(CREATE TABLE IF NOT EXISTS campaign_members (
        campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        customer_id  INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        member_group TEXT NOT NULL CHECK (member_group IN ('contacted', 'holdout')),
        reason       TEXT NOT NULL DEFAULT '',
        contacted_on TEXT,
        PRIMARY KEY (campaign_id, customer_id)))",
    "CREATE INDEX IF NOT EXISTS campaign_members_customer ON campaign_members(customer_id)",
    R"(CREATE TABLE IF NOT EXISTS saved_filters (
        name        TEXT PRIMARY KEY,
        filter_text TEXT NOT NULL,
        updated_at  TEXT NOT NULL))",
};

// v15: which coupon a campaign gave each contacted member (Campaigns::issueCoupons), so marking or
// exporting again never issues a second one. The coupon itself lives in the coupon ledger.
inline constexpr const char* kVersion15[] = {
    R"(CREATE TABLE IF NOT EXISTS campaign_coupons (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        coupon_id   INTEGER NOT NULL REFERENCES coupons(id) ON DELETE CASCADE,
        PRIMARY KEY (campaign_id, customer_id)))",
};

// v17: lines that are not goods (shipping, fees, discounts: chargelines::isCharge) keep their
// money in the order but stay out of product figures. The mark belongs to the product; a step in
// Migrations marks the products already stored.
inline constexpr const char* kVersion17[] = {
    "ALTER TABLE products ADD COLUMN charge INTEGER NOT NULL DEFAULT 0",
};

// v19: a month's 12-month spend of its 12-month buyers alone (MonthStats::buyersRevenue12m), the
// numerator of the average customer value. Migrations fills it for the months already stored.
inline constexpr const char* kVersion19[] = {
    "ALTER TABLE monthly_stats ADD COLUMN buyers_revenue_12m_fen INTEGER NOT NULL DEFAULT 0",
};

} // namespace clientele::core::storage::schema
