#include "CustomerRepository.h"

#include "../i18n/Pinyin.h"
#include "CustomerInsertBatch.h"
#include "CustomerRow.h"
#include "Database.h"
#include "SqlLimit.h"
#include "SqlValues.h"
#include "dialect/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

using customerrow::fromRow;
using customerrow::kColumns;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::CustomerRepository", text);
}

QString keyColumn(CustomerRepository::Key key)
{
    static const QString column[] = {u"member_code"_s, u"phone"_s, u"email"_s, u"wechat_id"_s};
    return column[int(key)];
}

// The customer's own columns, named as in the INSERT and UPDATE below; `bind(name, value)`.
template <typename Bind>
void bindFields(const Bind& bind, const Customer& c, const i18n::PinyinForms* nameForms = nullptr)
{
    bind(QStringLiteral(":member_code"), sqlvalue::text(c.memberCode));
    bind(QStringLiteral(":name"), sqlvalue::notNull(c.name));
    const i18n::PinyinForms forms = nameForms ? *nameForms : i18n::Pinyin::of(c.name);
    bind(QStringLiteral(":name_sort"), sqlvalue::notNull(forms.sortKey));
    bind(QStringLiteral(":name_pinyin"), sqlvalue::notNull(forms.search));
    bind(QStringLiteral(":phone"), sqlvalue::text(c.phone));
    bind(QStringLiteral(":phone_valid"), c.phoneValid ? 1 : 0);
    bind(QStringLiteral(":email"), sqlvalue::text(c.email));
    bind(QStringLiteral(":wechat_id"), sqlvalue::text(c.wechatId));
    bind(QStringLiteral(":gender"), sqlvalue::notNull(c.gender));
    bind(QStringLiteral(":birthday"), sqlvalue::date(c.birthday));
    bind(QStringLiteral(":city"), sqlvalue::notNull(c.city));
    bind(QStringLiteral(":address"), sqlvalue::notNull(c.address));
    bind(QStringLiteral(":source_channel"), sqlvalue::notNull(c.sourceChannel));
    bind(QStringLiteral(":joined_on"), sqlvalue::date(c.joinedOn));
    bind(QStringLiteral(":notes"), sqlvalue::notNull(c.notes));
    bind(QStringLiteral(":marketing_consent"), c.marketingConsent ? 1 : 0);
}
} // namespace

CustomerRepository::~CustomerRepository() = default;

CustomerRepository::CustomerRepository(const Database& database)
    : m_database(database), m_byCode(database, u"SELECT "_s + kColumns + u" FROM customers WHERE member_code = ?"_s),
      m_byPhone(database, u"SELECT "_s + kColumns + u" FROM customers WHERE phone = ? ORDER BY id LIMIT 1"_s),
      m_byEmail(database, u"SELECT "_s + kColumns + u" FROM customers WHERE email = ? ORDER BY id LIMIT 1"_s),
      m_byWechat(database, u"SELECT "_s + kColumns + u" FROM customers WHERE wechat_id = ? ORDER BY id LIMIT 1"_s),
      m_byId(database, u"SELECT "_s + kColumns + u" FROM customers WHERE id = ?"_s),
      m_returnsId(database.dialect().kind() == SqlDialect::Kind::Postgres),
      m_insert(
          database,
          u"INSERT INTO customers (id, member_code, name, name_sort, name_pinyin, phone, phone_valid, email, "
          u"wechat_id, gender, "
          u"birthday, city, address, source_channel, joined_on, notes, marketing_consent, created_at, updated_at, "
          u"import_batch_id) VALUES ("_s +
              database.dialect().idOrNext(u"customers"_s, u":id"_s) +
              u", :member_code, :name, :name_sort, :name_pinyin, :phone, :phone_valid, :email, :wechat_id, :gender, "
              u":birthday, :city, :address, :source_channel, :joined_on, :notes, :marketing_consent, :created_at, "
              u":updated_at, :batch)"_s +
              // A server returns the id in the same round trip (QPSQL's lastInsertId asks lastval() after);
              // SQLite has it at hand, and its RETURNING goes through a temporary table.
              (database.dialect().kind() == SqlDialect::Kind::Postgres ? u" RETURNING id"_s : QString()))
{
}

Result<qint64> CustomerRepository::insert(const Customer& customer, qint64 importBatchId,
                                          const i18n::PinyinForms* nameForms)
{
    if (m_batch && customer.id <= 0) {
        QVariantList values;
        const bool naming = m_batchColumns.isEmpty(); // the columns are the same for every row
        const auto put = [&](const QString& name, const QVariant& value) {
            if (naming)
                m_batchColumns.append(name.mid(1)); // ":name" is the column's name
            values.append(value);
        };
        bindFields(put, customer, nameForms);
        const QString now = writeTime();
        put(QStringLiteral(":created_at"),
            customer.createdAt.isValid() ? customer.createdAt.toUTC().toString(Qt::ISODate) : now);
        put(QStringLiteral(":updated_at"), now);
        put(QStringLiteral(":import_batch_id"), importBatchId > 0 ? QVariant(importBatchId) : QVariant());
        return m_batch->add(m_batchColumns, values, customer.tags, importBatchId);
    }
    if (auto s = flushInserts(); !s)
        return s.error();
    const auto bind = [this](const QString& name, const QVariant& value) { m_insert.bind(name, value); };
    bindFields(bind, customer, nameForms);
    const QString now = writeTime();
    bind(QStringLiteral(":id"), customer.id > 0 ? QVariant(customer.id) : QVariant(QMetaType::fromType<qint64>()));
    bind(QStringLiteral(":created_at"),
         customer.createdAt.isValid() ? customer.createdAt.toUTC().toString(Qt::ISODate) : now);
    bind(QStringLiteral(":updated_at"), now);
    bind(QStringLiteral(":batch"), importBatchId > 0 ? QVariant(importBatchId) : QVariant());
    if (!m_insert.run()) // the message is only made when needed: this runs per imported row
        return m_insert.failure(tr("Saving customer %1").arg(customer.name));
    qint64 id = customer.id;
    if (m_returnsId) {
        if (!m_insert.next())
            return m_insert.failure(tr("Saving customer %1").arg(customer.name));
        id = m_insert.int64(0);
        m_insert.finish();
    } else if (id <= 0) {
        id = m_insert.lastInsertId();
    }
    if (!customer.tags.isEmpty())
        if (auto status = addTags(id, customer.tags, importBatchId); !status)
            return status.error();
    return id;
}

void CustomerRepository::deferInserts()
{
    if (m_database.dialect().kind() == SqlDialect::Kind::Postgres && !m_batch)
        m_batch = std::make_unique<CustomerInsertBatch>(m_database);
}

Status CustomerRepository::flushInserts()
{
    return m_batch ? m_batch->flush() : Status();
}

Status CustomerRepository::update(const Customer& customer)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    QSqlQuery q = m_database.prepare(
        QStringLiteral("UPDATE customers SET member_code = :member_code, name = :name, name_sort = :name_sort, "
                       "name_pinyin = :name_pinyin, phone = :phone, phone_valid = :phone_valid, "
                       "email = :email, wechat_id = :wechat_id, gender = :gender, birthday = :birthday, city = :city, "
                       "address = :address, "
                       "source_channel = :source_channel, joined_on = :joined_on, notes = :notes, "
                       "marketing_consent = :marketing_consent, updated_at = :updated_at WHERE id = :id"));
    bindFields([&q](const QString& name, const QVariant& value) { q.bindValue(name, value); }, customer);
    q.bindValue(QStringLiteral(":updated_at"), writeTime());
    q.bindValue(QStringLiteral(":id"), customer.id);
    return execQuery(q, tr("Updating customer %1").arg(customer.name));
}

Status CustomerRepository::remove(qint64 id)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    QSqlQuery q = m_database.prepare(QStringLiteral("DELETE FROM customers WHERE id = ?"));
    q.addBindValue(id);
    return execQuery(q, tr("Deleting customer %1").arg(id));
}

Result<std::optional<Customer>> CustomerRepository::findOne(BulkStatement& query, const QVariant& key)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    query.bind(1, key);
    if (!query.run())
        return query.failure(tr("Looking up a customer"));
    std::optional<Customer> found;
    if (query.next())
        found = fromRow(query);
    query.finish();
    return found;
}

Result<std::optional<Customer>> CustomerRepository::findById(qint64 id)
{
    return findOne(m_byId, id);
}
Result<std::optional<Customer>> CustomerRepository::findByMemberCode(const QString& code)
{
    return findOne(m_byCode, code);
}
Result<std::optional<Customer>> CustomerRepository::findByPhone(const QString& phone)
{
    return findOne(m_byPhone, phone);
}
Result<std::optional<Customer>> CustomerRepository::findByEmail(const QString& email)
{
    return findOne(m_byEmail, email);
}

Result<qint64> CustomerRepository::idBy(Key key, const QString& value)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    const int k = int(key);
    if (!m_idBy[k])
        m_idBy[k] = std::make_unique<BulkStatement>(m_database, u"SELECT id FROM customers WHERE "_s + keyColumn(key) +
                                                                    u" = ? ORDER BY id LIMIT 1"_s);
    BulkStatement& q = *m_idBy[k];
    q.bind(1, value);
    if (!q.run())
        return q.failure(tr("Looking up a customer"));
    const qint64 id = q.next() ? q.int64(0) : 0;
    q.finish();
    return id;
}

Result<QHash<QString, qint64>> CustomerRepository::idsBy(Key key, const QStringList& values)
{
    QHash<QString, qint64> ids;
    if (values.isEmpty())
        return ids;
    if (auto s = flushInserts(); !s)
        return s.error();
    const QString column = keyColumn(key);
    // MIN(id): the customer idBy() finds (ORDER BY id LIMIT 1) when several share a phone.
    QSqlQuery q =
        m_database.prepare(u"SELECT "_s + column + u", MIN(id) FROM customers WHERE "_s + column + u" IN ("_s +
                           m_database.dialect().textsFromJson(u"?"_s) + u") GROUP BY "_s + column);
    q.addBindValue(sqlvalue::json(QJsonArray::fromStringList(values)));
    if (!q.exec())
        return sqlError(q, tr("Looking up customers"));
    ids.reserve(values.size());
    while (q.next())
        ids.insert(q.value(0).toString(), q.value(1).toLongLong());
    return ids;
}

Result<std::optional<Customer>> CustomerRepository::findByWechat(const QString& wechatId)
{
    return findOne(m_byWechat, wechatId);
}

Result<std::optional<Customer>> CustomerRepository::findByAnyKey(const QString& key)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    auto byCode = findByMemberCode(key);
    if (!byCode || byCode->has_value())
        return byCode;
    auto byPhone = findByPhone(key);
    if (!byPhone || byPhone->has_value())
        return byPhone;
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber)
        return findById(id);
    return std::optional<Customer>();
}

Result<QList<Customer>> CustomerRepository::search(const QString& text, int limit, int offset)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    QString sql =
        u"SELECT "_s + kColumns +
        u" FROM customers c WHERE :text = '' OR c.name LIKE :pattern ESCAPE '\\' OR c.phone LIKE :pattern ESCAPE '\\' "
        u"OR c.email LIKE :pattern ESCAPE '\\' OR c.wechat_id LIKE :pattern ESCAPE '\\' OR c.member_code LIKE :pattern "
        u"ESCAPE '\\' "
        u"OR EXISTS (SELECT 1 FROM customer_tags ct JOIN tags t ON t.id = ct.tag_id "
        u"WHERE ct.customer_id = c.id AND t.name LIKE :pattern ESCAPE '\\') "
        u"ORDER BY c.name, c.id LIMIT :limit OFFSET :offset"_s;
    sql.replace(u" LIKE "_s, u' ' + m_database.dialect().like() + u' ');
    QSqlQuery q = m_database.prepare(sql);
    QString escaped = text.trimmed();
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    q.bindValue(QStringLiteral(":text"), sqlvalue::notNull(text.trimmed()));
    q.bindValue(QStringLiteral(":pattern"), QString(u'%' + escaped + u'%'));
    q.bindValue(QStringLiteral(":limit"), sqlvalue::limit(limit));
    q.bindValue(QStringLiteral(":offset"), offset);
    if (!q.exec())
        return sqlError(q, tr("Searching customers"));
    QList<Customer> customers;
    while (q.next())
        customers.append(fromRow(q));
    return customers;
}

Result<qint64> CustomerRepository::count()
{
    if (auto s = flushInserts(); !s)
        return s.error();
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT COUNT(*) FROM customers"));
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Counting customers"));
    return q.value(0).toLongLong();
}

QString CustomerRepository::writeTime() const
{
    return m_writeTime.isEmpty() ? sqlvalue::now() : m_writeTime;
}

Status CustomerRepository::addTags(qint64 customerId, const QStringList& tags, qint64 importBatchId)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    if (!m_addTag) {
        m_addTag = std::make_unique<BulkStatement>(
            m_database, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"));
        m_linkTag = std::make_unique<BulkStatement>(
            m_database,
            QStringLiteral("INSERT INTO customer_tags (customer_id, tag_id, import_batch_id) "
                           "SELECT ?, id, ? FROM tags WHERE name = ? ON CONFLICT (customer_id, tag_id) DO NOTHING"));
    }
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        m_addTag->bind(1, tag);
        if (!m_addTag->run())
            return m_addTag->failure(tr("Saving tag %1").arg(tag));
        m_linkTag->bind(1, customerId);
        m_linkTag->bind(2, importBatchId > 0 ? QVariant(importBatchId) : QVariant());
        m_linkTag->bind(3, tag);
        if (!m_linkTag->run())
            return m_linkTag->failure(tr("Tagging customer %1").arg(customerId));
    }
    return {};
}

Status CustomerRepository::setTags(qint64 customerId, const QStringList& tags)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    QStringList wanted;
    for (const QString& tag : tags)
        if (!tag.trimmed().isEmpty())
            wanted.append(tag.trimmed());
    QSqlQuery drop = m_database.prepare(u"DELETE FROM customer_tags WHERE customer_id = ? AND tag_id NOT IN "
                                        u"(SELECT t.id FROM tags t WHERE t.name IN ("_s +
                                        m_database.dialect().textsFromJson(u"?"_s) + u"))"_s);
    drop.addBindValue(customerId);
    drop.addBindValue(sqlvalue::json(QJsonArray::fromStringList(wanted)));
    if (auto s = execQuery(drop, tr("Removing tags of customer %1").arg(customerId)); !s)
        return s;
    return addTags(customerId, wanted);
}

Status CustomerRepository::removeTag(qint64 customerId, const QString& tag)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    QSqlQuery q = m_database.prepare(QStringLiteral(
        "DELETE FROM customer_tags WHERE customer_id = ? AND tag_id IN (SELECT id FROM tags WHERE name = ?)"));
    q.addBindValue(customerId);
    q.addBindValue(tag);
    return execQuery(q, tr("Removing tag %1").arg(tag));
}

Result<QStringList> CustomerRepository::tags(qint64 customerId)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    QSqlQuery q = m_database.prepare(QStringLiteral("SELECT t.name FROM customer_tags ct JOIN tags t ON t.id = "
                                                    "ct.tag_id WHERE ct.customer_id = ? ORDER BY t.name"));
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Reading tags"));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

bool CustomerRepository::isRestorableColumn(const QString& column)
{
    static const QStringList columns = {QStringLiteral("member_code"),    QStringLiteral("name"),
                                        QStringLiteral("phone"),          QStringLiteral("phone_valid"),
                                        QStringLiteral("email"),          QStringLiteral("wechat_id"),
                                        QStringLiteral("gender"),         QStringLiteral("birthday"),
                                        QStringLiteral("city"),           QStringLiteral("address"),
                                        QStringLiteral("source_channel"), QStringLiteral("joined_on"),
                                        QStringLiteral("notes"),          QStringLiteral("marketing_consent")};
    return columns.contains(column);
}

QVariant CustomerRepository::columnValue(const Customer& c, const QString& column)
{
    if (!isRestorableColumn(column))
        return {};
    // The value as insert() and update() bind it: one list of columns and their NULL rules.
    static const i18n::PinyinForms noPinyin; // the name's pinyin columns are not restorable
    QVariant out;
    bindFields(
        [&](const QString& name, const QVariant& value) {
            if (QStringView(name).mid(1) == column) // ":name" is the column's name
                out = value;
        },
        c, &noPinyin);
    return out;
}

Status CustomerRepository::restoreColumn(qint64 id, const QString& column, const QVariant& value)
{
    if (auto s = flushInserts(); !s)
        return s.error();
    if (!isRestorableColumn(column))
        return Error::make(Error::Code::Database, tr("Unknown customer column %1").arg(column));
    // The column name comes from the whitelist above, never from input; the value is bound.
    // A name brings its Latin forms along (sort order and pinyin search).
    const bool name = column == u"name";
    QSqlQuery q = m_database.prepare(u"UPDATE customers SET "_s + column +
                                     (name ? u" = ?, name_sort = ?, name_pinyin = ?"_s : u" = ?"_s) +
                                     u", updated_at = ? WHERE id = ?"_s);
    q.addBindValue(value);
    if (name) {
        const i18n::PinyinForms forms = i18n::Pinyin::of(value.toString());
        q.addBindValue(sqlvalue::notNull(forms.sortKey));
        q.addBindValue(sqlvalue::notNull(forms.search));
    }
    q.addBindValue(sqlvalue::now());
    q.addBindValue(id);
    return execQuery(q, tr("Restoring %1 of customer %2").arg(column).arg(id));
}

} // namespace clientele::core::storage
