#pragma once

#include "domain/Clock.h"
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include "../domain/IsoDate.h"

namespace clientele::core::storage::sqlvalue {

// The one representation of dates in the database: ISO "YYYY-MM-DD" text, NULL when unknown.
inline QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(iso::date(d)) : QVariant(QMetaType::fromType<QString>());
}
inline QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
// Timestamps: ISO UTC "YYYY-MM-DDTHH:MM:SSZ".
inline QString now()
{
    return core::Clock::nowUtc().toString(Qt::ISODate);
}
// For NOT NULL text columns: a null QString would bind as SQL NULL.
inline QVariant notNull(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
inline QVariant text(const QString& s) // empty → NULL for optional unique/indexed columns
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// A bound value as a cell of a server's JSON batch: text (a number keeps all 64 bits, which a JSON
// number would not), NULL as null; the server casts it to the column's type.
inline QJsonValue jsonText(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toString());
}
// JSON bound as one text value (lists of ids, rules, rows sent in batches): compact UTF-8.
inline QString json(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
inline QString json(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace clientele::core::storage::sqlvalue
