#pragma once

#include "ColumnMapping.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace clientele::core::io {

// One problem with one value of one row: what the user needs to find and fix it.
struct ImportProblem
{
    qint64 line = 0;
    QString column; // header text; empty when the problem is the whole row
    QString value;
    QString reason;
};

// What an import did (or, in a dry run, would do). Counts are exact; the problem lists keep
// the first kMaxListed entries so a file full of errors cannot exhaust memory.
//
// Every data row ends up in exactly one of: inserted, updated, unchanged (matched a customer or
// order already in the database and left it), repeatedInFile (repeats an earlier line of this
// file), errorRows (skipped: a missing or invalid key, amount or date; listed in `errors`) or
// conflictCount (skipped: matches a customer but disagrees with it; listed in `conflicts`).
// Rows imported with a value left out or kept as written are also counted in warningRows and
// listed in `warnings`. A row may have several entries in `errors` or `warnings` (one per value).
struct ImportReport
{
    static constexpr qsizetype kMaxListed = 100000;

    QString fileName;
    QString sheet;      // the sheet read from an Excel workbook; empty for a text file (then lines are rows)
    QString encoding;
    QChar delimiter;
    ColumnMapping mapping;
    qint64 batchId = 0; // 0 in a dry run or when refused
    bool dryRun = false;
    bool refused = false; // strict mode with skipped rows or left-out values: nothing was written
    QString refusal;

    qint64 rows = 0;      // data rows read (header and blank lines excluded)
    qint64 inserted = 0;  // customers or orders added
    qint64 updated = 0;   // existing customers changed (fill / overwrite)
    qint64 unchanged = 0; // rows matching a customer or order already in the database, left as it was
    qint64 skipped = 0;   // rows not imported because of a problem: errorRows + conflictCount + guestLines
                          // (not `unchanged`: ImportCounts adds the parts up to `rows`)
    qint64 duplicates = 0;     // rows matching a customer or order already in the database (updated + unchanged)
    qint64 repeatedInFile = 0; // rows repeating the customer or order of an earlier line of this file
    qint64 customersCreated = 0; // order imports with createCustomers
    qint64 errorRows = 0;        // rows skipped because of errors
    qint64 errorCount = 0;       // entries in `errors`
    qint64 conflictCount = 0;    // rows skipped as conflicts (one entry each)
    qint64 warningRows = 0;      // rows imported with at least one warning
    qint64 warningCount = 0;     // entries in `warnings`
    qint64 droppedValues = 0;    // warnings: a bad optional value left out
    qint64 flaggedPhones = 0;    // warnings: a phone kept as written that is not a mainland mobile
    qint64 unknownCustomers = 0; // order rows skipped because no customer matches (createCustomers off)

    // Order-line files (ColumnMapping::isLineItems): rows are lines, `inserted` counts the orders
    // they make. Each line ends in exactly one of: linesImported, unchanged (the order and this line
    // are already in the database), errorRows (its order was refused; every line of it is listed),
    // guestLines (no member code, phone or e-mail on any line of its order: a walk-in sale, not an
    // error; listed in `guests` for the problem export only).
    bool lineItems = false;
    qint64 linesImported = 0;
    qint64 guestLines = 0;
    qint64 chargeLines = 0;       // of linesImported: shipping, fees, discounts (chargelines::isCharge),
                                  // in their order's amount but not products
    qint64 guestOrders = 0;
    qint64 refunds = 0;           // of `inserted`: refund orders (C-numbers, negative quantities, a refund flag)
    qint64 refundsLinked = 0;     // of those: naming an original order that is in the database
    qint64 ordersExtended = 0;    // orders imported earlier to which this file adds lines (refused, listed)
    QList<ImportProblem> guests;  // first kMaxListed guest lines

    QList<ImportProblem> errors;    // rows skipped because of bad values
    QList<ImportProblem> conflicts; // rows that match a customer but disagree with it
    QList<ImportProblem> warnings;  // rows imported with a value left out or kept as written
    QStringList notes;              // file-level: unmapped columns, ambiguous dates ...
    QStringList newFields;          // keys of the shop fields this import created (--new-field)
    qint64 fieldValues = 0;         // values of shop fields written (or, in a dry run, that would be)
    QSet<qint64> touchedCustomers;  // customers added or given new orders (to re-segment)

    // One skipped row and what is wrong with it.
    void skipRow(QList<ImportProblem> problems)
    {
        ++errorRows;
        ++skipped;
        for (auto& p : problems)
            addError(std::move(p));
    }
    void addGuestLine(ImportProblem problem)
    {
        ++guestLines;
        ++skipped;
        if (guests.size() < kMaxListed)
            guests.append(std::move(problem));
    }
    void addConflict(ImportProblem problem)
    {
        ++conflictCount;
        ++skipped;
        if (conflicts.size() < kMaxListed)
            conflicts.append(std::move(problem));
    }
    // An imported row's warnings (none: nothing happens).
    void warnRow(QList<ImportProblem> problems)
    {
        if (problems.isEmpty())
            return;
        ++warningRows;
        for (auto& p : problems) {
            ++warningCount;
            if (warnings.size() < kMaxListed)
                warnings.append(std::move(p));
        }
    }

private:
    void addError(ImportProblem problem)
    {
        ++errorCount;
        if (errors.size() < kMaxListed)
            errors.append(std::move(problem));
    }
};

} // namespace clientele::core::io
