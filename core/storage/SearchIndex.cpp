#include "SearchIndex.h"

#include "Database.h"
#include "dialect/SqlDialect.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::SearchIndex", text);
}
} // namespace

Status SearchIndex::pause(const Database& database)
{
    QSqlQuery q = database.prepare(u"INSERT INTO settings (key, value) VALUES ('search_index_paused', '1') "
                                   u"ON CONFLICT (key) DO NOTHING"_s);
    return execQuery(q, tr("Pausing the search index"));
}

Status SearchIndex::resume(const Database& database)
{
    QSqlQuery q = database.prepare(u"DELETE FROM settings WHERE key = 'search_index_paused'"_s);
    return execQuery(q, tr("Resuming the search index"));
}

Status SearchIndex::reindexBatch(const Database& database, qint64 batchId)
{
    // The batch's footprint is what undo uses too: customers it created, changed or tagged.
    QSqlQuery q = database.prepare(
        u"INSERT INTO customer_search_text (id, haystack) SELECT c.id, "_s + database.dialect().searchTextOf(u"c"_s) +
        u" FROM customers c WHERE c.import_batch_id = :batch "
        u"OR c.id IN (SELECT customer_id FROM import_changes WHERE batch_id = :batch) "
        u"OR c.id IN (SELECT customer_id FROM customer_tags WHERE import_batch_id = :batch) "
        u"ON CONFLICT (id) DO UPDATE SET haystack = excluded.haystack "
        u"WHERE customer_search_text.haystack <> excluded.haystack"_s);
    q.bindValue(u":batch"_s, batchId);
    if (auto s = execQuery(q, tr("Updating the search index")); !s)
        return s;
    return resume(database);
}

} // namespace clientele::core::storage
