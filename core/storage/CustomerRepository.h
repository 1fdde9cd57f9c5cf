#pragma once

#include "BulkStatement.h"

#include "../domain/Customer.h"
#include "../domain/Result.h"
#include "../i18n/Pinyin.h"

#include <QSqlQuery>

#include <memory>
#include <optional>

namespace clientele::core::storage {

class CustomerInsertBatch;
class Database;

// All SQL about customers and their tags. Lookups keep their prepared statements, so the importer
// can call them per row cheaply. Same thread as the Database.
class CustomerRepository
{
public:
    explicit CustomerRepository(const Database& database);
    ~CustomerRepository();

    // customer.id > 0 inserts under that id (a merge being undone); 0 lets SQLite choose.
    // nameForms: the name's pinyin when the caller has it already (an import works it out on its
    // reading thread); otherwise it is worked out here.
    Result<qint64> insert(const Customer& customer, qint64 importBatchId = 0,
                          const i18n::PinyinForms* nameForms = nullptr);
    Status update(const Customer& customer);
    Status remove(qint64 id);
    // On a server, from now on insert() queues new customers (not one with an id given) and hands
    // out their ids at once; they are written many at a time (CustomerInsertBatch), and before any
    // other call here. Whoever else reads or refers to them (another repository, the end of an
    // import) calls flushInserts() first. On SQLite nothing changes: its inserts cost no round trip.
    void deferInserts();
    Status flushInserts();
    // The time (ISO UTC) that insert() and update() stamp on rows from now on, instead of asking
    // the clock per row: an import stamps its rows with its own start.
    void setWriteTime(const QString& isoUtc) { m_writeTime = isoUtc; }

    Result<std::optional<Customer>> findById(qint64 id);
    Result<std::optional<Customer>> findByMemberCode(const QString& code);
    Result<std::optional<Customer>> findByPhone(const QString& phone);
    Result<std::optional<Customer>> findByEmail(const QString& email);
    Result<std::optional<Customer>> findByWechat(const QString& wechatId);
    // Only the id (0 when nobody), for lookups per imported row: the customer with that member
    // code, or the first one with that phone, e-mail or WeChat ID, as findBy… finds them.
    enum class Key { MemberCode, Phone, Email, Wechat };
    Result<qint64> idBy(Key key, const QString& value);
    // idBy() for many values in one statement (an import's next rows: one round trip to a server
    // instead of one per row): value → id for the values someone has; the others are absent.
    Result<QHash<QString, qint64>> idsBy(Key key, const QStringList& values);
    // ID, member code or phone, as a person would type it on the command line.
    Result<std::optional<Customer>> findByAnyKey(const QString& key);

    // Name, phone fragment, e-mail, WeChat ID, member code or tag contains `text`; ordered by name.
    Result<QList<Customer>> search(const QString& text, int limit, int offset = 0);
    Result<qint64> count();

    Status addTags(qint64 customerId, const QStringList& tags, qint64 importBatchId = 0);
    Status removeTag(qint64 customerId, const QString& tag);
    // Makes the customer's tags exactly `tags` (others removed, new ones added).
    Status setTags(qint64 customerId, const QStringList& tags);
    Result<QStringList> tags(qint64 customerId);

    // Column names that imports may change and undo may restore.
    static bool isRestorableColumn(const QString& column);
    // Current value of one column as text (NULL → null QString), for the undo journal.
    static QVariant columnValue(const Customer& customer, const QString& column);
    Status restoreColumn(qint64 id, const QString& column, const QVariant& value);

private:
    Result<std::optional<Customer>> findOne(BulkStatement& query, const QVariant& key);
    QString writeTime() const;

    const Database& m_database;
    // Per imported row (lookups, insert, tags): BulkStatement runs them straight on SQLite where it
    // can. The tag statements and idBy() are made on first use.
    BulkStatement m_byCode;
    BulkStatement m_byPhone;
    BulkStatement m_byEmail;
    BulkStatement m_byWechat;
    BulkStatement m_byId;
    bool m_returnsId; // the insert returns the new id (a server), else lastInsertId()
    BulkStatement m_insert;
    std::unique_ptr<BulkStatement> m_addTag;
    std::unique_ptr<BulkStatement> m_linkTag;
    std::unique_ptr<BulkStatement> m_idBy[4]; // by Key
    QString m_writeTime;
    std::unique_ptr<CustomerInsertBatch> m_batch; // deferInserts() on a server
    QStringList m_batchColumns; // the batch's columns, named by the first row it was given
};

} // namespace clientele::core::storage
