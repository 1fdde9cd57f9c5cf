#pragma once

#include "ImportReport.h"

#include <QString>

namespace clientele::core::io {

// The one line that says where every row of an import went, for the CLI and the wizard alike:
// "15 rows read = 1 added + 0 updated + 14 unchanged + 0 repeated in the file + 0 skipped".
// The parts are disjoint and add up to the rows read (ImportReport's contract); skipped means
// problems, conflicts and guest lines only — a row left unchanged is not skipped.
class ImportCounts
{
public:
    // The rows that added or changed something: lines for an order-line file, orders for an
    // order file, customers added or updated for a customer file.
    static qint64 imported(const ImportReport& report);
    // imported + unchanged + repeatedInFile + skipped; equals report.rows.
    static qint64 accounted(const ImportReport& report);
    static QString text(const ImportReport& report); // translated; a dry run says "would"
};

} // namespace clientele::core::io
