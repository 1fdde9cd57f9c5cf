#pragma once

#include <QList>
#include <QString>

namespace clientele::core::io {

enum class ImportKind { Customers, Orders };

// The fields an import column can feed. Keys are stable (saved mappings, JSON, CLI output).
enum class ImportField {
    None,
    MemberCode, Name, Phone, Email, WechatId, Gender, Birthday, City, Address, SourceChannel, JoinedOn, Notes,
    MarketingConsent, Tags,
    OrderNo, OrderDate, OrderTime, Amount, Category, Channel, Store,
    // Order lines (one row per item): a file with any of these is grouped into orders by number.
    Quantity, UnitPrice, LineTotal, Discount, ProductCode, ProductName, RefundFlag,
};

namespace importfield {
QString key(ImportField field);            // "member_code", "order_date" ...
ImportField fromKey(const QString& key);   // None when unknown
QString label(ImportField field);          // translated, for the wizard and messages
QList<ImportField> fieldsFor(ImportKind kind);
bool isLineField(ImportField field);       // Quantity … RefundFlag
QString kindKey(ImportKind kind);          // "customers" / "orders"
} // namespace importfield

} // namespace clientele::core::io
