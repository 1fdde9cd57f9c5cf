#pragma once

#include "../domain/Customer.h"
#include "SqlValues.h"

#include <QSqlQuery>

// The customer columns and how a row becomes a Customer, shared by every customer query.
namespace clientele::core::storage::customerrow {

inline const QString kColumns = QStringLiteral(
    "id, member_code, name, phone, phone_valid, email, gender, birthday, city, address, source_channel, "
    "joined_on, notes, marketing_consent, created_at, updated_at, wechat_id");

// A QSqlQuery or a BulkStatement positioned on a row of kColumns.
template <typename Row>
Customer fromRow(const Row& q)
{
    Customer c;
    c.id = q.value(0).toLongLong();
    c.memberCode = q.value(1).toString();
    c.name = q.value(2).toString();
    c.phone = q.value(3).toString();
    c.phoneValid = q.value(4).toBool();
    c.email = q.value(5).toString();
    c.gender = q.value(6).toString();
    c.birthday = sqlvalue::toDate(q.value(7));
    c.city = q.value(8).toString();
    c.address = q.value(9).toString();
    c.sourceChannel = q.value(10).toString();
    c.joinedOn = sqlvalue::toDate(q.value(11));
    c.notes = q.value(12).toString();
    c.marketingConsent = q.value(13).toBool();
    c.createdAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODate);
    c.updatedAt = QDateTime::fromString(q.value(15).toString(), Qt::ISODate);
    c.wechatId = q.value(16).toString();
    return c;
}

} // namespace clientele::core::storage::customerrow
