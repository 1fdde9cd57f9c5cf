#include "ImportField.h"

#include <QCoreApplication>

namespace clientele::core::io::importfield {

namespace {
struct Entry
{
    ImportField field;
    const char16_t* key;
    const char* label;
};
constexpr Entry kEntries[] = {
    {ImportField::MemberCode, u"member_code", QT_TRANSLATE_NOOP("ImportField", "Member code")},
    {ImportField::Name, u"name", QT_TRANSLATE_NOOP("ImportField", "Name")},
    {ImportField::Phone, u"phone", QT_TRANSLATE_NOOP("ImportField", "Phone")},
    {ImportField::Email, u"email", QT_TRANSLATE_NOOP("ImportField", "E-mail")},
    {ImportField::WechatId, u"wechat_id", QT_TRANSLATE_NOOP("ImportField", "WeChat ID")},
    {ImportField::Gender, u"gender", QT_TRANSLATE_NOOP("ImportField", "Gender")},
    {ImportField::Birthday, u"birthday", QT_TRANSLATE_NOOP("ImportField", "Birthday")},
    {ImportField::City, u"city", QT_TRANSLATE_NOOP("ImportField", "City")},
    {ImportField::Address, u"address", QT_TRANSLATE_NOOP("ImportField", "Address")},
    {ImportField::SourceChannel, u"source_channel", QT_TRANSLATE_NOOP("ImportField", "Source channel")},
    {ImportField::JoinedOn, u"joined_on", QT_TRANSLATE_NOOP("ImportField", "Joined on")},
    {ImportField::Notes, u"notes", QT_TRANSLATE_NOOP("ImportField", "Notes")},
    {ImportField::MarketingConsent, u"marketing_consent", QT_TRANSLATE_NOOP("ImportField", "Marketing consent")},
    {ImportField::Tags, u"tags", QT_TRANSLATE_NOOP("ImportField", "Tags")},
    {ImportField::OrderNo, u"order_no", QT_TRANSLATE_NOOP("ImportField", "Order number")},
    {ImportField::OrderDate, u"order_date", QT_TRANSLATE_NOOP("ImportField", "Order date")},
    {ImportField::OrderTime, u"order_time", QT_TRANSLATE_NOOP("ImportField", "Order time")},
    {ImportField::Amount, u"amount", QT_TRANSLATE_NOOP("ImportField", "Amount")},
    {ImportField::Category, u"category", QT_TRANSLATE_NOOP("ImportField", "Category")},
    {ImportField::Channel, u"channel", QT_TRANSLATE_NOOP("ImportField", "Channel")},
    {ImportField::Store, u"store", QT_TRANSLATE_NOOP("ImportField", "Store")},
    {ImportField::Quantity, u"quantity", QT_TRANSLATE_NOOP("ImportField", "Quantity")},
    {ImportField::UnitPrice, u"unit_price", QT_TRANSLATE_NOOP("ImportField", "Unit price")},
    {ImportField::LineTotal, u"line_total", QT_TRANSLATE_NOOP("ImportField", "Line total")},
    {ImportField::Discount, u"discount", QT_TRANSLATE_NOOP("ImportField", "Line discount")},
    {ImportField::ProductCode, u"product_code", QT_TRANSLATE_NOOP("ImportField", "Product code")},
    {ImportField::ProductName, u"product_name", QT_TRANSLATE_NOOP("ImportField", "Product name")},
    {ImportField::RefundFlag, u"refund_flag", QT_TRANSLATE_NOOP("ImportField", "Refund flag")},
};
} // namespace

QString key(ImportField field)
{
    for (const auto& e : kEntries)
        if (e.field == field)
            return QString::fromUtf16(e.key);
    return {};
}

ImportField fromKey(const QString& key)
{
    for (const auto& e : kEntries)
        if (key == QStringView(e.key))
            return e.field;
    return ImportField::None;
}

QString label(ImportField field)
{
    for (const auto& e : kEntries)
        if (e.field == field)
            return QCoreApplication::translate("ImportField", e.label);
    return QCoreApplication::translate("ImportField", "(not imported)");
}

QList<ImportField> fieldsFor(ImportKind kind)
{
    using F = ImportField;
    if (kind == ImportKind::Customers)
        return {F::MemberCode, F::Name,     F::Phone,         F::Email, F::WechatId, F::Gender,           F::Birthday, F::City,
                F::Address,    F::SourceChannel, F::JoinedOn, F::Notes, F::MarketingConsent, F::Tags};
    return {F::OrderNo,    F::OrderDate, F::OrderTime,   F::Amount,      F::Category,   F::Channel,
            F::Store,      F::MemberCode, F::Name,       F::Phone,       F::Email,      F::Quantity,
            F::UnitPrice,  F::LineTotal, F::Discount,    F::ProductCode, F::ProductName, F::RefundFlag};
}

bool isLineField(ImportField field)
{
    using F = ImportField;
    return field == F::Quantity || field == F::UnitPrice || field == F::LineTotal || field == F::Discount ||
           field == F::ProductCode || field == F::ProductName || field == F::RefundFlag;
}

QString kindKey(ImportKind kind)
{
    return kind == ImportKind::Customers ? QStringLiteral("customers") : QStringLiteral("orders");
}

} // namespace clientele::core::io::importfield
