#pragma once

#include "../domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace clientele::core::storage {

class Database;

// The customers behind the health page's cards, and the average customer lifetime value.
class HealthQueries
{
public:
    struct AverageClv
    {
        qint64 averageFen = 0;
        qint64 customers = 0; // with a CLV from the latest run
    };
    static Result<AverageClv> averageClv(const Database& database);
    static Result<QList<qint64>> clvCustomers(const Database& database); // highest CLV first
    // Customers with two or more purchases in the 12 months up to and including `monthEnd`.
    static Result<QList<qint64>> repeatBuyers(const Database& database, const QDate& monthEnd);
    // Customers whose month-end snapshot says dormant in `month` and not in `previousMonth`.
    static Result<QList<qint64>> turnedDormant(const Database& database, const QString& month, const QString& previousMonth);
};

} // namespace clientele::core::storage
