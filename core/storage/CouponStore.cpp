#include "CouponStore.h"

#include "Database.h"
#include "SqlLimit.h"
#include "SqlValues.h"

#include <QCoreApplication>

#include <limits>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::CouponStore", text);
}

const QString kTypeSelect =
    u"SELECT t.id, t.name, t.kind, t.amount_fen, t.min_spend_fen, t.percent, t.cap_fen, t.item, t.valid_from, "
    u"t.valid_to, COALESCE(t.valid_days, 0), t.per_customer, t.stackable, "
    u"(SELECT COUNT(*) FROM coupons c WHERE c.type_id = t.id), "
    u"(SELECT COUNT(*) FROM coupons c WHERE c.type_id = t.id AND "
    u"(SELECT COALESCE(SUM(r.delta), 0) FROM coupon_redemptions r WHERE r.coupon_id = c.id) > 0) "
    u"FROM coupon_types t "_s;

CouponType readType(const QSqlQuery& q)
{
    CouponType t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    CouponStore::kindFromKey(q.value(2).toString(), &t.kind);
    t.amount = q.value(3).toLongLong();
    t.minSpend = q.value(4).toLongLong();
    t.percent = q.value(5).toInt();
    t.cap = q.value(6).toLongLong();
    t.item = q.value(7).toString();
    t.validFrom = sqlvalue::toDate(q.value(8));
    t.validTo = sqlvalue::toDate(q.value(9));
    t.validDays = q.value(10).toInt();
    t.perCustomer = q.value(11).toInt();
    t.stackable = q.value(12).toBool();
    t.issued = q.value(13).toLongLong();
    t.redeemed = q.value(14).toLongLong();
    return t;
}

Result<QList<CouponType>> readTypes(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q, tr("Reading coupon types"));
    QList<CouponType> list;
    while (q.next())
        list.append(readType(q));
    return list;
}

// The latest redemption's order, discount and day ride along for the lists.
const QString kCouponSelect =
    u"SELECT c.id, c.code, c.type_id, t.name, c.customer_id, c.issued_on, c.valid_from, c.valid_to, c.issued_by, "
    u"COALESCE((SELECT SUM(r.delta) FROM coupon_redemptions r WHERE r.coupon_id = c.id), 0), "
    u"COALESCE((SELECT r.order_id FROM coupon_redemptions r WHERE r.coupon_id = c.id AND r.delta = 1 "
    u"ORDER BY r.id DESC LIMIT 1), 0), "
    u"COALESCE((SELECT r.discount_fen FROM coupon_redemptions r WHERE r.coupon_id = c.id AND r.delta = 1 "
    u"ORDER BY r.id DESC LIMIT 1), 0), "
    u"(SELECT r.on_date FROM coupon_redemptions r WHERE r.coupon_id = c.id AND r.delta = 1 ORDER BY r.id DESC LIMIT 1), "
    u"(SELECT k.name FROM customers k WHERE k.id = c.customer_id) "
    u"FROM coupons c JOIN coupon_types t ON t.id = c.type_id "_s;

Coupon readCoupon(const QSqlQuery& q)
{
    Coupon c;
    c.id = q.value(0).toLongLong();
    c.code = q.value(1).toString();
    c.typeId = q.value(2).toLongLong();
    c.typeName = q.value(3).toString();
    c.customerId = q.value(4).toLongLong();
    c.issuedOn = sqlvalue::toDate(q.value(5));
    c.validFrom = sqlvalue::toDate(q.value(6));
    c.validTo = sqlvalue::toDate(q.value(7));
    c.issuedBy = q.value(8).toString();
    c.redeemed = q.value(9).toInt();
    c.orderId = q.value(10).toLongLong();
    c.discount = q.value(11).toLongLong();
    c.redeemedOn = sqlvalue::toDate(q.value(12));
    c.customerName = q.value(13).toString();
    return c;
}

Result<QList<Coupon>> readCoupons(QSqlQuery& q)
{
    if (!q.exec())
        return sqlError(q, tr("Reading coupons"));
    QList<Coupon> list;
    while (q.next())
        list.append(readCoupon(q));
    return list;
}

Result<std::optional<Coupon>> first(Result<QList<Coupon>> list)
{
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<Coupon>() : std::optional<Coupon>(list->first());
}
} // namespace

QString CouponStore::kindKey(CouponKind kind)
{
    switch (kind) {
    case CouponKind::Amount: return u"amount"_s;
    case CouponKind::Percent: return u"percent"_s;
    case CouponKind::Item: return u"item"_s;
    }
    return {};
}

bool CouponStore::kindFromKey(const QString& key, CouponKind* kind)
{
    for (CouponKind k : {CouponKind::Amount, CouponKind::Percent, CouponKind::Item})
        if (kindKey(k) == key) {
            *kind = k;
            return true;
        }
    return false;
}

Result<qint64> CouponStore::insertType(const Database& db, const CouponType& type)
{
    QSqlQuery q = db.prepare(
        u"INSERT INTO coupon_types (name, kind, amount_fen, min_spend_fen, percent, cap_fen, item, valid_from, valid_to, "
        u"valid_days, per_customer, stackable, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(type.name);
    q.addBindValue(kindKey(type.kind));
    q.addBindValue(type.amount);
    q.addBindValue(type.minSpend);
    q.addBindValue(type.percent);
    q.addBindValue(type.cap);
    q.addBindValue(sqlvalue::notNull(type.item));
    q.addBindValue(sqlvalue::date(type.validFrom));
    q.addBindValue(sqlvalue::date(type.validTo));
    q.addBindValue(type.validDays > 0 ? QVariant(type.validDays) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(type.perCustomer);
    q.addBindValue(type.stackable ? 1 : 0);
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Saving coupon type %1").arg(type.name));
    return q.lastInsertId().toLongLong();
}

Result<QList<CouponType>> CouponStore::types(const Database& db)
{
    QSqlQuery q = db.prepare(kTypeSelect + u"ORDER BY t.name, t.id"_s);
    return readTypes(q);
}

Result<std::optional<CouponType>> CouponStore::type(const Database& db, qint64 id)
{
    QSqlQuery q = db.prepare(kTypeSelect + u"WHERE t.id = ?"_s);
    q.addBindValue(id);
    auto list = readTypes(q);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<CouponType>() : std::optional<CouponType>(list->first());
}

Result<std::optional<CouponType>> CouponStore::typeByName(const Database& db, const QString& name)
{
    QSqlQuery q = db.prepare(kTypeSelect + u"WHERE t.name = ?"_s);
    q.addBindValue(name);
    auto list = readTypes(q);
    if (!list)
        return list.error();
    return list->isEmpty() ? std::optional<CouponType>() : std::optional<CouponType>(list->first());
}

Result<bool> CouponStore::insertCoupon(const Database& db, const Coupon& coupon)
{
    QSqlQuery q = db.prepare(u"INSERT INTO coupons (code, type_id, customer_id, issued_on, valid_from, valid_to, "
                             u"issued_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING"_s);
    q.addBindValue(coupon.code);
    q.addBindValue(coupon.typeId);
    q.addBindValue(coupon.customerId);
    q.addBindValue(sqlvalue::date(coupon.issuedOn));
    q.addBindValue(sqlvalue::date(coupon.validFrom));
    q.addBindValue(sqlvalue::date(coupon.validTo));
    q.addBindValue(sqlvalue::notNull(coupon.issuedBy));
    q.addBindValue(sqlvalue::now());
    if (!q.exec())
        return sqlError(q, tr("Issuing coupon %1").arg(coupon.code));
    return q.numRowsAffected() > 0;
}

Result<qint64> CouponStore::countHeld(const Database& db, qint64 typeId, qint64 customerId)
{
    QSqlQuery q = db.prepare(u"SELECT COUNT(*) FROM coupons WHERE type_id = ? AND customer_id = ?"_s);
    q.addBindValue(typeId);
    q.addBindValue(customerId);
    if (!q.exec() || !q.next())
        return sqlError(q, tr("Reading coupons"));
    return q.value(0).toLongLong();
}

Result<std::optional<Coupon>> CouponStore::couponByCode(const Database& db, const QString& code)
{
    QSqlQuery q = db.prepare(kCouponSelect + u"WHERE c.code = ?"_s);
    q.addBindValue(code);
    return first(readCoupons(q));
}

Result<std::optional<Coupon>> CouponStore::coupon(const Database& db, qint64 id)
{
    QSqlQuery q = db.prepare(kCouponSelect + u"WHERE c.id = ?"_s);
    q.addBindValue(id);
    return first(readCoupons(q));
}

Result<QList<Coupon>> CouponStore::coupons(const Database& db, qint64 customerId, int limit)
{
    QSqlQuery q = db.prepare(kCouponSelect + u"WHERE (:c = 0 OR c.customer_id = :c) "
                                             u"ORDER BY c.issued_on DESC, c.id DESC LIMIT :limit"_s);
    q.bindValue(u":c"_s, customerId);
    // No bound (SQLite reads a negative LIMIT so, a server refuses it).
    q.bindValue(u":limit"_s, sqlvalue::limit(limit));
    return readCoupons(q);
}

Result<QList<Coupon>> CouponStore::unusedEndingBetween(const Database& db, const QDate& from, const QDate& to)
{
    QSqlQuery q = db.prepare(kCouponSelect + u"WHERE c.valid_to BETWEEN :from AND :to AND c.valid_from <= :to AND "
                                             u"COALESCE((SELECT SUM(r.delta) FROM coupon_redemptions r "
                                             u"WHERE r.coupon_id = c.id), 0) <= 0 ORDER BY c.valid_to, c.customer_id"_s);
    q.bindValue(u":from"_s, sqlvalue::date(from));
    q.bindValue(u":to"_s, sqlvalue::date(to));
    return readCoupons(q);
}

Result<QList<Coupon>> CouponStore::redeemedOnOrder(const Database& db, qint64 orderId)
{
    QSqlQuery q = db.prepare(kCouponSelect + u"WHERE EXISTS (SELECT 1 FROM coupon_redemptions r WHERE "
                                             u"r.coupon_id = c.id AND r.order_id = :o) AND "
                                             u"COALESCE((SELECT SUM(r.delta) FROM coupon_redemptions r "
                                             u"WHERE r.coupon_id = c.id AND r.order_id = :o), 0) > 0 ORDER BY c.id"_s);
    q.bindValue(u":o"_s, orderId);
    return readCoupons(q);
}

Result<QList<CouponEntry>> CouponStore::entriesOf(const Database& db, qint64 customerId)
{
    QSqlQuery q = db.prepare(u"SELECT c.code, t.name, r.delta, COALESCE(o.order_no, ''), r.discount_fen, r.on_date, "
                             u"COALESCE((SELECT back.kind FROM member_sales s JOIN member_sales back "
                             u"ON back.reverses_id = s.id WHERE s.order_id = r.order_id), '') "
                             u"FROM coupon_redemptions r JOIN coupons c ON c.id = r.coupon_id "
                             u"JOIN coupon_types t ON t.id = c.type_id LEFT JOIN orders o ON o.id = r.order_id "
                             u"WHERE c.customer_id = ? ORDER BY r.on_date, r.id"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Reading coupons"));
    QList<CouponEntry> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                     q.value(4).toLongLong(), sqlvalue::toDate(q.value(5)), q.value(6).toString()});
    return list;
}

Status CouponStore::insertRedemption(const Database& db, qint64 couponId, int delta, qint64 orderId, Fen discount,
                                     const QDate& day, const QString& actor)
{
    QSqlQuery q = db.prepare(u"INSERT INTO coupon_redemptions (coupon_id, delta, order_id, discount_fen, on_date, actor, "
                             u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(couponId);
    q.addBindValue(delta);
    q.addBindValue(orderId > 0 ? QVariant(orderId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(discount);
    q.addBindValue(sqlvalue::date(day));
    q.addBindValue(sqlvalue::notNull(actor));
    q.addBindValue(sqlvalue::now());
    return execQuery(q, tr("Recording a coupon redemption"));
}

} // namespace clientele::core::storage
