#pragma once

#include "ColumnMapping.h"
#include "ImportField.h"
#include "../domain/CustomField.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <optional>

namespace clientele::core::io {

// What to do with a row that matches an existing customer.
enum class DuplicatePolicy {
    Skip,      // leave the existing customer as it is
    Fill,      // fill only the fields that are empty in the database
    Overwrite, // take every non-empty value from the file
};

// `--new-field COLUMN[:TYPE]`: the column becomes a new shop field (label: its header; key: from
// the label) in the import's own transaction, so a dry run or a refused import leaves no field.
// Without a type: text. A choice field offers the column's distinct values (at most 20).
struct NewFieldRequest
{
    QString column; // header text as in the file (or as headers compare)
    CustomField::Type type = CustomField::Type::Text;
};

struct ImportOptions
{
    ImportKind kind = ImportKind::Customers;
    QString encoding;   // canonical name (TextDecoding::canonicalName); empty = detect
    QChar delimiter;    // null = sniff
    QString sheet;      // Excel workbooks: the sheet to read; empty = the first (visible) one
    std::optional<QJsonObject> savedMapping; // applied over detection
    std::optional<ColumnMapping> mapping;    // exact mapping (the wizard); wins over both
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool createCustomers = false; // orders for unknown customers create them
    // Orders: the store code of rows whose store cell is empty, or of every row when the file has
    // no store column; '' = none. Must be on the store list (ImportService checks).
    QString store;
    // Rows that say nothing about marketing consent: the owner states these customers agreed.
    // Otherwise no consent is recorded for them (a campaign leaves them out and says so).
    bool consentGiven = false;
    bool strict = false;          // any bad row refuses the whole file
    bool dryRun = false;          // validate and report; write nothing
    QList<NewFieldRequest> newFields; // customers only
};

// Hooks for a caller on another thread. `progress` gets bytes read and the file size; it is
// called from the importing thread. `cancel` is polled; setting it rolls the import back.
struct ImportHooks
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
};

} // namespace clientele::core::io
