#pragma once

#include "../domain/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace clientele::core::storage {

class Database;

// Moves a whole shop from one database into another (a file onto a chain's server): every table
// row for row with its ids, sensitive fields still sealed (the bytes as they are: a sealed value
// is bound to its customer id, which is kept), the audit log's hash chain as it was. The target
// must be empty (a shop just made by the migrations: only the rows they seed, which the source's
// replace). One transaction on the target: after copying, the row count and the sum of every money
// column (*_fen) of each table are compared with the source's, and on any difference or error
// nothing is kept. Both databases must be at the same schema version (opening migrates them).
// The search text (each backend keeps its own) is remade by the target.
class ShopMover
{
public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
        QMap<QString, qint64> sums; // money column → sum in fen, as checked on both sides
    };
    struct Report
    {
        QList<Table> tables; // in the order they were copied
        qint64 rows = 0;
    };

    static Result<Report> move(const Database& from, const Database& to);
};

} // namespace clientele::core::storage
