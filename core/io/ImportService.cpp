#include "ImportService.h"

#include "../security/AuditLog.h"
#include "../security/Session.h"

#include "Importer.h"

#include "../storage/Backups.h"
#include "../storage/Database.h"
#include "../storage/Retry.h"
#include "../storage/dialect/SqlDialect.h"

#include <QElapsedTimer>

namespace clientele::core::io {

namespace {
// Of the customers a change touched, how many are current now (a full run covers them all).
qint64 resegmented(const segmentation::SegmentationUpkeep::Outcome& outcome, qsizetype touched)
{
    using Work = segmentation::SegmentationUpkeep::Work;
    return outcome.work == Work::FullRun ? qint64(touched) : outcome.work == Work::Refresh ? outcome.customers : 0;
}
} // namespace

Result<ImportService::Outcome> ImportService::run(storage::Database& database, const QString& path,
                                                  const ImportOptions& options, const ImportHooks& hooks)
{
    QElapsedTimer timer;
    timer.start();
    if (!options.dryRun)
        if (auto made = storage::Backups::beforeImport(database, QStringLiteral("before-import")); !made)
            return made.error();
    const qint64 backupMs = timer.restart();
    // Another till's write may win a race for the same rows (a server): the import runs again.
    auto report = storage::Retry::run([&] { return Importer::run(database, path, options, hooks); });
    if (!report)
        return report.error();
    Outcome outcome{std::move(*report), 0, {}, {backupMs, timer.restart(), 0}};
    const ImportReport& r = outcome.report;
    // Many new rows: the planner's statistics catch up now (a server would pick full scans for the
    // list until autovacuum does). Not for the day's few rows; a failure only costs speed.
    if (!r.dryRun && !r.refused && r.inserted >= kRefreshStatisticsRows)
        (void)database.exec(database.dialect().refreshStatistics());
    if (!r.dryRun && !r.refused) {
        // The import is committed by now: a failed recalculation is reported, never turned into
        // "nothing was imported".
        if (auto updated = storage::Retry::run(
                [&] { return segmentation::SegmentationUpkeep::update(database, r.touchedCustomers.values()); })) {
            outcome.segmentation = *updated;
            outcome.resegmented = resegmented(*updated, r.touchedCustomers.size());
        } else {
            outcome.segmentation.problem = updated.error().message;
        }
    }
    outcome.timings.recalculateMs = timer.elapsed();
    return outcome;
}

Result<ImportService::UndoOutcome> ImportService::undo(storage::Database& database, qint64 batchId)
{
    if (auto s = security::Session::require(security::Permission::UndoImport); !s)
        return s.error();
    if (auto made = storage::Backups::beforeIrreversible(database, QStringLiteral("before-undo")); !made)
        return made.error();
    auto summary = storage::ImportBatchRepository(database).undo(batchId);
    if (!summary)
        return summary.error();
    // After the undo's own transaction: an entry for an undo that then failed would mislead.
    if (auto s = security::AuditLog::record(database, QStringLiteral("import-undo"), QStringLiteral("import %1").arg(batchId));
        !s)
        return s.error();
    // Customers the import brought in left with their orders: their shares of the month's figures
    // are not theirs to take out one by one (their rows are gone), so everyone is recomputed.
    using Upkeep = segmentation::SegmentationUpkeep;
    Result<Upkeep::Outcome> updated = Upkeep::Outcome{};
    if (summary->customersRemoved > 0 && summary->ordersRemoved > 0) {
        if (auto run = Upkeep::recalculate(database))
            updated = Upkeep::Outcome{Upkeep::Work::FullRun, run->customers, {}};
        else
            updated = run.error();
    } else {
        updated = Upkeep::update(database, summary->customersWithOrdersRemoved);
    }
    if (!updated) {
        UndoOutcome outcome{*summary, 0, {}};
        outcome.segmentation.problem = updated.error().message;
        return outcome;
    }
    return UndoOutcome{*summary, resegmented(*updated, summary->customersWithOrdersRemoved.size()), *updated};
}

} // namespace clientele::core::io
