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
struct ImportReport
{
    static constexpr qsizetype kMaxListed = 100000;

    QString fileName;
    QString encoding;
    QChar delimiter;
    ColumnMapping mapping;
    qint64 batchId = 0; // 0 in a dry run or when refused
    bool dryRun = false;
    bool refused = false; // strict mode with bad rows: nothing was written
    QString refusal;

    qint64 rows = 0;      // data rows read (header and blank lines excluded)
    qint64 inserted = 0;  // customers or orders added
    qint64 updated = 0;   // existing customers changed (fill / overwrite)
    qint64 skipped = 0;   // duplicates left alone, plus rows with errors
    qint64 duplicates = 0;
    qint64 customersCreated = 0; // order imports with --create-customers
    qint64 errorCount = 0;
    qint64 conflictCount = 0;
    qint64 flaggedPhones = 0; // kept, but not a mainland mobile

    QList<ImportProblem> errors;    // rows skipped because of bad values
    QList<ImportProblem> conflicts; // rows that match a customer but disagree with it
    QStringList warnings;           // file-level: unmapped columns, ambiguous dates ...
    QSet<qint64> touchedCustomers;  // customers added or given new orders (to re-segment)

    void addError(ImportProblem problem)
    {
        ++errorCount;
        if (errors.size() < kMaxListed)
            errors.append(std::move(problem));
    }
    void addConflict(ImportProblem problem)
    {
        ++conflictCount;
        if (conflicts.size() < kMaxListed)
            conflicts.append(std::move(problem));
    }
};

} // namespace clientele::core::io
