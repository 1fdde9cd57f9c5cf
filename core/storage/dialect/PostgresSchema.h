#pragma once

// What PostgreSQL needs besides the shared schema steps of Schema.h (which PostgresDialect
// adapts: identity ids, BIGINT, DOUBLE PRECISION, BYTEA). SQLite's triggers, its FTS5 table and
// its COLLATE NOCASE have these counterparts, step by step, so a server's schema at version N is
// the same as a file's: the search text kept by triggers, found through a pg_trgm index.
namespace clientele::core::storage::pgschema {

// The text of customer `cid` as the search sees it (versions 3, 6 and 8 as in Schema.h).
#define CLIENTELE_PG_SEARCH_FUNCTION(FIELDS)                                                                     \
    "CREATE OR REPLACE FUNCTION clientele_search_text(cid BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS $fn$ "     \
    "SELECT " FIELDS " || ' ' || COALESCE((SELECT string_agg(t.name, ' ') FROM customer_tags ct JOIN tags t "   \
    "ON t.id = ct.tag_id WHERE ct.customer_id = c.id), '') FROM customers c WHERE c.id = cid $fn$"

inline constexpr const char* kVersion3[] = {
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX customer_search_trgm ON customer_search_text USING gin (haystack gin_trgm_ops)",
    CLIENTELE_PG_SEARCH_FUNCTION("c.name || ' ' || COALESCE(c.phone, '') || ' ' || COALESCE(c.email, '') || ' ' || "
                                 "COALESCE(c.member_code, '')"),
    R"(CREATE FUNCTION clientele_search_paused() RETURNS BOOLEAN LANGUAGE sql STABLE AS $fn$
        SELECT EXISTS (SELECT 1 FROM settings WHERE key = 'search_index_paused') $fn$)",
    R"(CREATE FUNCTION clientele_customers_search() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM customer_search_text WHERE id = OLD.id;
        ELSIF clientele_search_paused() THEN
            RETURN NULL;
        ELSIF TG_OP = 'INSERT' THEN
            INSERT INTO customer_search_text (id, haystack) VALUES (NEW.id, clientele_search_text(NEW.id));
        ELSE
            UPDATE customer_search_text SET haystack = clientele_search_text(NEW.id) WHERE id = NEW.id;
        END IF;
        RETURN NULL;
    END $fn$)",
    R"(CREATE TRIGGER customers_search AFTER INSERT OR UPDATE OR DELETE ON customers
        FOR EACH ROW EXECUTE FUNCTION clientele_customers_search())",
    // A customer being deleted takes its tags along; its text goes with it.
    R"(CREATE FUNCTION clientele_customer_tags_search() RETURNS trigger LANGUAGE plpgsql AS $fn$
    DECLARE cid BIGINT;
    BEGIN
        IF clientele_search_paused() THEN
            RETURN NULL;
        END IF;
        IF TG_OP = 'DELETE' THEN cid := OLD.customer_id; ELSE cid := NEW.customer_id; END IF;
        UPDATE customer_search_text SET haystack = clientele_search_text(cid)
            WHERE id = cid AND EXISTS (SELECT 1 FROM customers WHERE id = cid);
        RETURN NULL;
    END $fn$)",
    R"(CREATE TRIGGER customer_tags_search AFTER INSERT OR DELETE ON customer_tags
        FOR EACH ROW EXECUTE FUNCTION clientele_customer_tags_search())",
    "INSERT INTO customer_search_text (id, haystack) SELECT c.id, clientele_search_text(c.id) FROM customers c",
};

inline constexpr const char* kVersion5[] = {
    // users.name is unique whatever its case (SQLite: COLLATE NOCASE).
    "CREATE UNIQUE INDEX users_name_nocase ON users (lower(name))",
    R"(CREATE FUNCTION clientele_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        RAISE EXCEPTION 'the audit log is append-only';
    END $fn$)",
    R"(CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION clientele_audit_log_append_only())",
};

inline constexpr const char* kVersion6[] = {
    CLIENTELE_PG_SEARCH_FUNCTION("c.name || ' ' || c.name_pinyin || ' ' || COALESCE(c.phone, '') || ' ' || "
                                 "COALESCE(c.email, '') || ' ' || COALESCE(c.member_code, '')"),
};

inline constexpr const char* kVersion8[] = {
    CLIENTELE_PG_SEARCH_FUNCTION("c.name || ' ' || c.name_pinyin || ' ' || COALESCE(c.phone, '') || ' ' || "
                                 "COALESCE(c.email, '') || ' ' || COALESCE(c.wechat_id, '') || ' ' || "
                                 "COALESCE(c.member_code, '')"),
};

// v10 and v11: the ledgers refuse UPDATE (SQLite: BEFORE UPDATE … RAISE(ABORT)), and points and
// stored value refuse DELETE while their customer exists (rows go only with their customer). The
// message is the trigger's argument, the same words as the SQLite triggers.
inline constexpr const char* kLedgerFunctions[] = {
    R"(CREATE OR REPLACE FUNCTION clientele_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        RAISE EXCEPTION '%', TG_ARGV[0];
    END $fn$)",
    // A cascade from a deleted customer runs after the customer row is gone: the rows may go then.
    R"(CREATE OR REPLACE FUNCTION clientele_ledger_keep() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        IF EXISTS (SELECT 1 FROM customers WHERE id = OLD.customer_id) THEN
            RAISE EXCEPTION '%', TG_ARGV[0];
        END IF;
        RETURN OLD;
    END $fn$)",
};

inline constexpr const char* kCardsAndCoupons[] = {
    R"(CREATE TRIGGER card_uses_append_only BEFORE UPDATE ON card_uses
        FOR EACH ROW EXECUTE FUNCTION clientele_append_only('the card use ledger is append-only'))",
    R"(CREATE TRIGGER coupon_redemptions_append_only BEFORE UPDATE ON coupon_redemptions
        FOR EACH ROW EXECUTE FUNCTION clientele_append_only('the coupon ledger is append-only'))",
};

inline constexpr const char* kVersion11[] = {
    R"(CREATE TRIGGER points_ledger_append_only BEFORE UPDATE ON points_ledger
        FOR EACH ROW EXECUTE FUNCTION clientele_append_only('the points ledger is append-only'))",
    R"(CREATE TRIGGER stored_value_ledger_append_only BEFORE UPDATE ON stored_value_ledger
        FOR EACH ROW EXECUTE FUNCTION clientele_append_only('the stored-value ledger is append-only'))",
    R"(CREATE TRIGGER member_sales_append_only BEFORE UPDATE ON member_sales
        FOR EACH ROW EXECUTE FUNCTION clientele_append_only('counter sales are append-only'))",
    R"(CREATE TRIGGER points_ledger_keep BEFORE DELETE ON points_ledger
        FOR EACH ROW EXECUTE FUNCTION clientele_ledger_keep('the points ledger is append-only'))",
    R"(CREATE TRIGGER stored_value_ledger_keep BEFORE DELETE ON stored_value_ledger
        FOR EACH ROW EXECUTE FUNCTION clientele_ledger_keep('the stored-value ledger is append-only'))",
};

// v16: the split payments of a counter sale are append-only like the other ledgers (SQLite's RAISE
// trigger in SplitPaymentsSchema.h).
inline constexpr const char* kSplitPayments[] = {
    R"(CREATE OR REPLACE TRIGGER sale_payments_append_only BEFORE UPDATE ON sale_payments
        FOR EACH ROW EXECUTE FUNCTION clientele_append_only('sale payments are append-only'))",
};

} // namespace clientele::core::storage::pgschema
