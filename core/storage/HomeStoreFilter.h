#pragma once

#include "dialect/SqlDialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QStringList>

namespace clientele::core::storage {

// The customers of some stores, in SQL: those whose home store (customers.home_store) is one of
// `codes` (stores::StoreScope: customers are the chain's; a store's figures are its home
// customers'). No codes: every customer (the whole chain), and the query is the unscoped one.
class HomeStoreFilter
{
public:
    explicit HomeStoreFilter(const QStringList& codes) : m_codes(codes) {}

    bool any() const { return !m_codes.isEmpty(); }
    // " AND <customerId> IN (…)" to append to a WHERE or a JOIN condition; "" for the chain.
    QString andIn(const SqlDialect& dialect, const QString& customerId) const
    {
        if (!any())
            return {};
        return QStringLiteral(" AND ") + customerId +
               QStringLiteral(" IN (SELECT hs.id FROM customers hs WHERE hs.home_store IN (") +
               dialect.textsFromJson(QStringLiteral(":home_stores")) + QStringLiteral("))");
    }
    void bind(QSqlQuery& query) const
    {
        if (any())
            query.bindValue(QStringLiteral(":home_stores"), json());
    }
    QString json() const
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(m_codes)).toJson(QJsonDocument::Compact));
    }

private:
    QStringList m_codes;
};

} // namespace clientele::core::storage
