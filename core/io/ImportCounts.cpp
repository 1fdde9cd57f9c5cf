#include "ImportCounts.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>

namespace clientele::core::io {

namespace {
[[maybe_unused]] QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::ImportCounts", text);
}

// Plural forms (%n): the same context.
QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("clientele::core::io::ImportCounts", text, disambiguation, n);
}
} // namespace

qint64 ImportCounts::imported(const ImportReport& r)
{
    if (r.lineItems)
        return r.linesImported;
    return r.inserted + r.updated;
}

qint64 ImportCounts::accounted(const ImportReport& r)
{
    return imported(r) + r.unchanged + r.repeatedInFile + r.skipped;
}

QString ImportCounts::text(const ImportReport& r)
{
    const QLocale locale;
    const auto n = [&](qint64 v) { return locale.toString(v); };
    const int rows = int(std::min<qint64>(r.rows, std::numeric_limits<int>::max()));
    if (r.lineItems)
        return (r.dryRun ? tr("%Ln line(s) read = %1 to import + %2 unchanged + %3 to skip", nullptr, rows)
                         : tr("%Ln line(s) read = %1 imported + %2 unchanged + %3 skipped", nullptr, rows))
            .arg(n(r.linesImported), n(r.unchanged), n(r.skipped));
    if (r.mapping.kind() == ImportKind::Orders)
        return (r.dryRun ? tr("%Ln row(s) read = %1 to add + %2 unchanged + %3 repeated in the file + %4 to skip",
                              nullptr, rows)
                         : tr("%Ln row(s) read = %1 added + %2 unchanged + %3 repeated in the file + %4 skipped", nullptr,
                              rows))
            .arg(n(r.inserted), n(r.unchanged), n(r.repeatedInFile), n(r.skipped));
    return (r.dryRun ? tr("%Ln row(s) read = %1 to add + %2 to update + %3 unchanged + %4 repeated in the file + %5 to "
                          "skip",
                          nullptr, rows)
                     : tr("%Ln row(s) read = %1 added + %2 updated + %3 unchanged + %4 repeated in the file + %5 skipped",
                          nullptr, rows))
        .arg(n(r.inserted), n(r.updated), n(r.unchanged), n(r.repeatedInFile), n(r.skipped));
}

} // namespace clientele::core::io
