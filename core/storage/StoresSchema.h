#pragma once

// v18 (issue 15): a chain's stores. A store is known by its code, which the records of money carry
// as text already (orders.store, member_sales.store, visit cards and their uses): the list holds
// each code once with the store's name and address. Migrations puts every code already on file
// onto the list (named as its code until the owner names it); an import that brings a new code
// records itself (import_batch_id), so undoing it takes the store back when nothing else names it. Top-ups and points now carry their
// store too (a row written before this step: '', as an order that names no store).
// A customer is the chain's and has a home store: where they first bought, unless set by hand
// (home_store_manual = 1: neither an import nor its undo changes it).
// Tills: the store each till (machine) sells for, shared by every till on a server.
// user_stores: a staff account limited to some stores (none: the whole chain).
namespace clientele::core::storage::schema {

inline constexpr const char* kStores[] = {
    R"(CREATE TABLE IF NOT EXISTS stores (
        id         INTEGER PRIMARY KEY,
        code       TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL,
        address    TEXT NOT NULL DEFAULT '',
        import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL))",
    "ALTER TABLE points_ledger ADD COLUMN store TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE stored_value_ledger ADD COLUMN store TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN home_store TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE customers ADD COLUMN home_store_manual INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX IF NOT EXISTS customers_home_store ON customers(home_store)",
    "CREATE INDEX IF NOT EXISTS orders_store ON orders(store, order_date)",
    R"(CREATE TABLE IF NOT EXISTS tills (
        till  TEXT PRIMARY KEY,
        store TEXT NOT NULL REFERENCES stores(code) ON UPDATE CASCADE ON DELETE CASCADE))",
    R"(CREATE TABLE IF NOT EXISTS user_stores (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        store   TEXT NOT NULL REFERENCES stores(code) ON UPDATE CASCADE ON DELETE CASCADE,
        PRIMARY KEY (user_id, store)))",
};

} // namespace clientele::core::storage::schema
