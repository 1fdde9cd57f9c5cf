#pragma once

#include "domain/Clock.h"
#include "../domain/Result.h"

#include <QDate>
#include <QString>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::demo {

struct DemoOptions
{
    int customers = 2000;
    int orders = 24000;
    quint64 seed = 20240501;
    QDate endDate = core::Clock::today(); // last day of the three-year history
};

struct DemoFiles
{
    QString customersCsv;
    QString ordersCsv;
};

// A realistic clothing shop: Chinese names and mobiles, three stores and four channels, a
// three-year order history with skewed spend (a few VIPs, many one-off buyers, some who stop
// coming) and a few refunds. Deterministic for a seed on every platform.
class DemoShop
{
public:
    // Writes 客户.csv-style customers.csv and orders.csv (UTF-8 with BOM, Chinese headers).
    static Result<DemoFiles> writeCsv(const DemoOptions& options, const QString& directory);
    // Writes the CSVs to a temporary folder and imports them, so the demo goes through the
    // real import path (and shows up as two undoable imports).
    static Status populate(storage::Database& database, const DemoOptions& options);
};

} // namespace clientele::core::demo
