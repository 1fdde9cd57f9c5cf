#pragma once

#include "../domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace clientele::core::storage {

class Database;

// The customers behind the health page's cards.
class HealthQueries
{
public:
    // Customers with a purchase (a free item counts, a refund does not) in the 12 months up to and
    // including `monthEnd`: the buyers the average customer value divides by.
    static Result<QList<qint64>> buyers(const Database& database, const QDate& monthEnd);
    // Customers with two or more purchases in the 12 months up to and including `monthEnd`.
    static Result<QList<qint64>> repeatBuyers(const Database& database, const QDate& monthEnd);
    // Customers whose month-end snapshot says dormant in `month` and not in `previousMonth`.
    static Result<QList<qint64>> turnedDormant(const Database& database, const QString& month, const QString& previousMonth);
};

} // namespace clientele::core::storage
