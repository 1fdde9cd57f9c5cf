#include "DuplicateQueries.h"

#include "Database.h"
#include "SqlLimit.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
const QString kPairs = uR"(
SELECT a.id, b.id FROM customers a JOIN customers b ON b.phone = a.phone AND b.id > a.id WHERE a.phone <> ''
UNION
SELECT a.id, b.id FROM customers a JOIN customers b ON b.email = a.email AND b.id > a.id WHERE a.email <> ''
UNION
SELECT a.id, b.id FROM customers a JOIN customers b ON b.wechat_id = a.wechat_id AND b.id > a.id WHERE a.wechat_id <> ''
UNION
SELECT a.id, b.id FROM customers a JOIN customers b ON b.name = a.name AND b.id > a.id WHERE a.name <> ''
ORDER BY 1, 2 LIMIT :limit
)"_s;
} // namespace

Result<QList<std::pair<qint64, qint64>>> DuplicateQueries::pairs(const Database& database, int limit)
{
    QSqlQuery q = database.prepare(kPairs);
    q.bindValue(u":limit"_s, sqlvalue::limit(limit));
    if (!q.exec())
        return sqlError(q, QCoreApplication::translate("clientele::core::storage::DuplicateQueries",
                                                       "Looking for duplicate customers"));
    QList<std::pair<qint64, qint64>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

} // namespace clientele::core::storage
