#include "CustomerForm.h"

#include "../domain/Birthday.h"
#include "../domain/IsoDate.h"
#include "../io/ColumnMapping.h"
#include "../io/RowView.h"

#include <QCoreApplication>

namespace clientele::core::customers {

using io::ImportField;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::customers::CustomerForm", text);
}
} // namespace

QList<ImportField> CustomerForm::fields()
{
    return {ImportField::MemberCode, ImportField::Name,     ImportField::Phone,         ImportField::Email, ImportField::WechatId,
            ImportField::Gender,     ImportField::Birthday, ImportField::City,          ImportField::Address,
            ImportField::SourceChannel, ImportField::JoinedOn, ImportField::Notes, ImportField::MarketingConsent,
            ImportField::Tags};
}

CustomerForm::Values CustomerForm::valuesOf(const Customer& c)
{
    const auto date = [](const QDate& d) { return d.isValid() ? iso::date(d) : QString(); };
    return {{ImportField::MemberCode, c.memberCode},
            {ImportField::Name, c.name},
            {ImportField::Phone, c.phone},
            {ImportField::Email, c.email},
            {ImportField::WechatId, c.wechatId},
            {ImportField::Gender, c.gender},
            {ImportField::Birthday, birthday::formText(c.birthday)},
            {ImportField::City, c.city},
            {ImportField::Address, c.address},
            {ImportField::SourceChannel, c.sourceChannel},
            {ImportField::JoinedOn, date(c.joinedOn)},
            {ImportField::Notes, c.notes},
            {ImportField::MarketingConsent, c.marketingConsent ? QStringLiteral("Y") : QStringLiteral("N")},
            {ImportField::Tags, c.tags.join(QStringLiteral(", "))}};
}

io::ParsedCustomer CustomerForm::parse(const Values& values, const QDate& today)
{
    // The form seen as a one-row file whose header is the field labels, so problems read
    // "Phone: not a phone number" like the import's.
    const QList<ImportField> all = fields();
    QStringList header;
    io::CsvRecord record;
    for (const ImportField field : all) {
        header.append(io::importfield::label(field));
        record.fields.append(values.value(field));
    }
    io::ColumnMapping mapping(io::ImportKind::Customers, header);
    for (int column = 0; column < all.size(); ++column)
        mapping.setField(column, all[column]);
    const io::RowView row(mapping, record);
    io::ParsedCustomer parsed = io::CustomerRowParser::parse(row, {}, today, false); // the form always states consent
    // Someone typing a value wants it kept: a value an import would leave out is refused here.
    parsed.problems.append(parsed.dropped);
    parsed.dropped.clear();
    parsed.droppedFields.clear();
    if (parsed.customer.name.isEmpty() && parsed.customer.phone.isEmpty() && parsed.customer.memberCode.isEmpty())
        parsed.problems.append({0, io::importfield::label(ImportField::Name), QString(),
                                tr("a customer needs at least a name, a phone number or a member code")});
    return parsed;
}

} // namespace clientele::core::customers
