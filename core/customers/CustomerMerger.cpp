#include "CustomerMerger.h"

#include "../storage/MemberRepository.h"

#include "../segmentation/SegmentationSettings.h"
#include "../segmentation/Segmenter.h"
#include "../segmentation/SegmentationUpkeep.h"
#include "../storage/Backups.h"
#include "../storage/CustomerRepository.h"
#include "../storage/Database.h"
#include "../storage/dialect/SqlDialect.h"
#include "../storage/SqlValues.h"
#include "../storage/Transaction.h"
#include "../security/AuditLog.h"
#include "../security/Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace clientele::core::customers {

using storage::CustomerRepository;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::customers::CustomerMerger", text);
}

const QStringList kFields = {u"member_code"_s, u"name"_s,    u"phone"_s,          u"phone_valid"_s, u"email"_s, u"wechat_id"_s,
                             u"gender"_s,      u"birthday"_s, u"city"_s,          u"address"_s,     u"source_channel"_s,
                             u"joined_on"_s,   u"notes"_s,    u"marketing_consent"_s};
// Tables whose rows follow their customer through a merge and back.
const QStringList kMovedTables = {u"orders"_s, u"interactions"_s, u"follow_ups"_s};

QString compact(const QJsonDocument& doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonObject fieldsJson(const Customer& c, const QStringList& tags)
{
    QJsonObject json;
    for (const QString& field : kFields)
        json.insert(field, QJsonValue::fromVariant(CustomerRepository::columnValue(c, field)));
    json.insert(u"tags"_s, QJsonArray::fromStringList(tags));
    return json;
}

Status restoreFields(CustomerRepository& repo, qint64 id, const QJsonObject& json)
{
    for (const QString& field : kFields) {
        const QJsonValue value = json.value(field);
        // Optional unique columns hold NULL, not '', when empty (as sqlvalue::text stores them): two
        // customers without a member code must not collide on undo.
        const bool optionalUnique = field == u"member_code" || field == u"phone" || field == u"email" ||
                                    field == u"wechat_id";
        const bool null = value.isNull() || (optionalUnique && value.isString() && value.toString().isEmpty());
        const QVariant v = null ? QVariant(QMetaType::fromType<QString>()) : value.toVariant();
        if (auto s = repo.restoreColumn(id, field, v); !s)
            return s;
    }
    QStringList tags;
    for (const QJsonValue& tag : json.value(u"tags"_s).toArray())
        tags.append(tag.toString());
    return repo.setTags(id, tags);
}

Result<Customer> load(CustomerRepository& repo, qint64 id)
{
    auto found = repo.findById(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Code::NotFound, tr("Customer %1 no longer exists.").arg(id));
    Customer c = **found;
    auto tags = repo.tags(id);
    if (!tags)
        return tags.error();
    c.tags = *tags;
    return c;
}

// The earliest month with orders of these customers: the history is rebuilt from there.
Status markHistory(const storage::Database& database, const QList<qint64>& ids)
{
    QSqlQuery q = database.prepare(
        u"SELECT MIN(order_date) FROM orders WHERE customer_id IN ("_s + database.dialect().idsFromJson(u"?"_s) + u')');
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    q.addBindValue(compact(QJsonDocument(array)));
    if (!q.exec() || !q.next())
        return storage::sqlError(q, tr("Reading order dates"));
    const QDate first = storage::sqlvalue::toDate(q.value(0));
    if (!first.isValid())
        return {};
    return segmentation::SegmentationSettings::markHistoryDirty(database, segmentation::Segmenter::monthKey(first));
}

Result<QString> movedIds(const storage::Database& database, const QString& table, qint64 customerId)
{
    // Table names come from kMovedTables, never from input.
    QSqlQuery q = database.prepare(u"SELECT COALESCE("_s + database.dialect().jsonGroupArray(u"id"_s) + u", '[]') FROM "_s + table +
                                   u" WHERE customer_id = ?"_s);
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return storage::sqlError(q, tr("Reading the %1 of customer %2").arg(table).arg(customerId));
    return q.value(0).toString();
}

Status moveRows(const storage::Database& database, const QString& table, const QString& idsJson, qint64 from, qint64 to)
{
    QSqlQuery q = database.prepare(u"UPDATE "_s + table +
                                   u" SET customer_id = ? WHERE customer_id = ? AND id IN ("_s +
                                   database.dialect().idsFromJson(u"?"_s) + u')');
    q.addBindValue(to);
    q.addBindValue(from);
    q.addBindValue(idsJson);
    return storage::execQuery(q, tr("Moving the %1 of customer %2").arg(table).arg(from));
}

Status backupFirst(const storage::Database& database, const QString& reason)
{
    if (auto made = storage::Backups::beforeIrreversible(database, reason); !made)
        return made.error();
    return {};
}
} // namespace

Customer CustomerMerger::defaultResult(const Customer& survivor, const Customer& duplicate)
{
    Customer r = survivor;
    const auto fill = [](QString& mine, const QString& theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    fill(r.memberCode, duplicate.memberCode);
    fill(r.name, duplicate.name);
    if (r.phone.isEmpty()) {
        r.phone = duplicate.phone;
        r.phoneValid = duplicate.phoneValid;
    }
    fill(r.email, duplicate.email);
    fill(r.wechatId, duplicate.wechatId);
    fill(r.gender, duplicate.gender);
    if (!r.birthday.isValid())
        r.birthday = duplicate.birthday;
    fill(r.city, duplicate.city);
    fill(r.address, duplicate.address);
    fill(r.sourceChannel, duplicate.sourceChannel);
    // Membership started with whichever record is older.
    if (!r.joinedOn.isValid() || (duplicate.joinedOn.isValid() && duplicate.joinedOn < r.joinedOn))
        r.joinedOn = duplicate.joinedOn;
    if (r.notes.isEmpty())
        r.notes = duplicate.notes;
    else if (!duplicate.notes.isEmpty() && duplicate.notes != r.notes)
        r.notes += u"\n"_s + duplicate.notes;
    // Opting out of marketing is never undone by a merge.
    r.marketingConsent = survivor.marketingConsent && duplicate.marketingConsent;
    return r;
}

Result<qint64> CustomerMerger::merge(storage::Database& database, qint64 survivorId, qint64 duplicateId,
                                     const Customer& result)
{
    if (survivorId == duplicateId)
        return Error::make(Error::Code::Usage, tr("A customer cannot be merged with itself."));
    if (auto s = security::Session::require(security::Permission::Merge); !s)
        return s.error();
    if (auto s = backupFirst(database, u"before-merge"_s); !s)
        return s.error();
    qint64 mergeId = 0;
    {
        storage::Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus().error();
        CustomerRepository repo(database);
        auto survivor = load(repo, survivorId);
        auto duplicate = survivor ? load(repo, duplicateId) : survivor;
        if (!survivor || !duplicate)
            return !survivor ? survivor.error() : duplicate.error();
        // The member ledgers are append-only and never move: merging away a member who holds
        // points or stored value would drop what the shop owes them.
        auto member = storage::MemberRepository(database).hasMemberHistory(duplicateId);
        if (!member)
            return member.error();
        if (*member)
            return Error::make(Error::Code::Conflict,
                               tr("%1 has points, stored value or counter sales; keep %1 and merge the other "
                                  "customer into them instead.")
                                   .arg(duplicate->name));
        if (auto s = markHistory(database, {survivorId, duplicateId}); !s)
            return s.error();

        QJsonObject mergedJson = fieldsJson(*duplicate, duplicate->tags);
        mergedJson.insert(u"id"_s, duplicateId);
        mergedJson.insert(u"created_at"_s, duplicate->createdAt.toString(Qt::ISODate));
        QStringList moved;
        for (const QString& table : kMovedTables) {
            auto ids = movedIds(database, table, duplicateId);
            if (!ids)
                return ids.error();
            if (auto s = moveRows(database, table, *ids, duplicateId, survivorId); !s)
                return s.error();
            moved.append(*ids);
        }

        QSqlQuery journal = database.prepare(
            u"INSERT INTO customer_merges (survivor_id, merged_id, survivor_before, merged_customer, moved_orders, "
            u"moved_interactions, moved_follow_ups, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        journal.addBindValue(survivorId);
        journal.addBindValue(duplicateId);
        journal.addBindValue(compact(QJsonDocument(fieldsJson(*survivor, survivor->tags))));
        journal.addBindValue(compact(QJsonDocument(mergedJson)));
        for (const QString& ids : moved)
            journal.addBindValue(ids);
        journal.addBindValue(storage::sqlvalue::now());
        if (auto s = storage::execQuery(journal, tr("Recording the merge")); !s)
            return s.error();
        mergeId = journal.lastInsertId().toLongLong();

        // The duplicate goes first: the survivor may take its member code, phone or e-mail.
        if (auto s = repo.remove(duplicateId); !s)
            return s.error();
        Customer merged = result;
        merged.id = survivorId;
        if (auto s = repo.update(merged); !s)
            return s.error();
        QStringList tags = survivor->tags;
        for (const QString& tag : duplicate->tags)
            if (!tags.contains(tag))
                tags.append(tag);
        if (auto s = repo.setTags(survivorId, tags); !s)
            return s.error();
        if (auto s = security::AuditLog::record(database, u"merge"_s, u"customer %1"_s.arg(survivorId),
                                                u"customer %1 merged into it (merge %2)"_s.arg(duplicateId).arg(mergeId));
            !s)
            return s.error();
        if (auto s = transaction.commit(); !s)
            return s.error();
    }
    if (auto updated = segmentation::SegmentationUpkeep::update(database, {survivorId}); !updated)
        return updated.error();
    return mergeId;
}

Result<qint64> CustomerMerger::undo(storage::Database& database, qint64 mergeId)
{
    if (auto s = security::Session::require(security::Permission::Merge); !s)
        return s.error();
    if (auto s = backupFirst(database, u"before-undo-merge"_s); !s)
        return s.error();
    qint64 restoredId = 0;
    qint64 survivorId = 0;
    {
        storage::Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.beginStatus().error();
        QSqlQuery q = database.prepare(u"SELECT survivor_id, merged_id, survivor_before, merged_customer, moved_orders, "
                                       u"moved_interactions, moved_follow_ups, undone_at FROM customer_merges WHERE id = ?"_s);
        q.addBindValue(mergeId);
        if (!q.exec())
            return storage::sqlError(q, tr("Reading merge %1").arg(mergeId));
        if (!q.next())
            return Error::make(Error::Code::NotFound, tr("There is no merge %1.").arg(mergeId));
        if (!q.value(7).isNull())
            return Error::make(Error::Code::Conflict, tr("Merge %1 was already undone.").arg(mergeId));
        survivorId = q.value(0).toLongLong();
        const qint64 mergedId = q.value(1).toLongLong();
        const QJsonObject before = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        const QJsonObject merged = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        const QStringList moved{q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
        q.finish();

        CustomerRepository repo(database);
        auto survivor = repo.findById(survivorId);
        if (!survivor)
            return survivor.error();
        if (!survivor->has_value())
            return Error::make(Error::Code::Conflict, tr("The surviving customer %1 was itself merged or deleted since; "
                                                         "undo that first.")
                                                          .arg(survivorId));
        // The survivor first gives back what it took (member code, phone ...), then the duplicate returns.
        if (auto s = restoreFields(repo, survivorId, before); !s)
            return s.error();
        auto taken = repo.findById(mergedId);
        if (!taken)
            return taken.error();
        Customer shell;
        shell.id = taken->has_value() ? 0 : mergedId; // an id reused meanwhile: come back under a new one
        shell.createdAt = QDateTime::fromString(merged.value(u"created_at"_s).toString(), Qt::ISODate);
        auto inserted = repo.insert(shell);
        if (!inserted)
            return inserted.error();
        restoredId = *inserted;
        if (auto s = restoreFields(repo, restoredId, merged); !s)
            return s.error();
        for (int i = 0; i < kMovedTables.size(); ++i)
            if (auto s = moveRows(database, kMovedTables[i], moved[i], survivorId, restoredId); !s)
                return s.error();
        QSqlQuery done = database.prepare(u"UPDATE customer_merges SET undone_at = ? WHERE id = ?"_s);
        done.addBindValue(storage::sqlvalue::now());
        done.addBindValue(mergeId);
        if (auto s = storage::execQuery(done, tr("Recording the undo")); !s)
            return s.error();
        if (auto s = markHistory(database, {survivorId, restoredId}); !s)
            return s.error();
        if (auto s = security::AuditLog::record(database, u"merge-undo"_s, u"customer %1"_s.arg(survivorId),
                                                u"customer %1 restored (merge %2)"_s.arg(restoredId).arg(mergeId));
            !s)
            return s.error();
        if (auto s = transaction.commit(); !s)
            return s.error();
    }
    if (auto updated = segmentation::SegmentationUpkeep::update(database, {survivorId, restoredId}); !updated)
        return updated.error();
    return restoredId;
}

Result<QList<MergeRecord>> CustomerMerger::history(const storage::Database& database, qint64 survivorId)
{
    QSqlQuery q = database.prepare(u"SELECT id, survivor_id, merged_id, "_s +
                                   database.dialect().jsonMember(u"merged_customer"_s, u"name"_s) + u", merged_at, undone_at FROM customer_merges WHERE survivor_id = ? ORDER BY id DESC"_s);
    q.addBindValue(survivorId);
    if (!q.exec())
        return storage::sqlError(q, tr("Reading the merges of customer %1").arg(survivorId));
    QList<MergeRecord> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                    QDateTime::fromString(q.value(4).toString(), Qt::ISODate), !q.value(5).isNull()});
    return out;
}

} // namespace clientele::core::customers
