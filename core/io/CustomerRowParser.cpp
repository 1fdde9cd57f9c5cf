#include "CustomerRowParser.h"

#include "../domain/Birthday.h"
#include "PhoneNormalizer.h"
#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::CustomerRowParser", text);
}

void drop(ParsedCustomer& out, const RowView& row, ImportField field, const QString& reason)
{
    out.dropped.append(row.problem(field, reason));
    out.droppedFields.append(field);
}

// "1990年2月29日": the date's shape is right but the day does not exist; saying so beats "not a date".
std::optional<QString> noSuchDay(const QString& text, DayMonthOrder order)
{
    const auto missing = DateParser::missingDay(text, order);
    if (!missing)
        return std::nullopt;
    return tr("no such day: month %1 of %2 has %3 days")
        .arg(missing->month)
        .arg(missing->year)
        .arg(missing->daysInMonth);
}

QDate parseDateField(const RowView& row, ImportField field, const DateOrders& orders, DateSystem system,
                     const QDate& today, ParsedCustomer& out)
{
    const QString text = row.value(field);
    if (text.isEmpty())
        return {};
    const DayMonthOrder order = orders.value(field, DayMonthOrder::MonthFirst);
    const auto parsed = DateParser::parse(text, order, system);
    if (!parsed) {
        drop(out, row, field,
             noSuchDay(text, order).value_or(tr("not a date (expected e.g. 2024-05-01, 2024/5/1 or 2024年5月1日)")));
        return {};
    }
    if (parsed->date > today) {
        drop(out, row, field, tr("the date is in the future"));
        return {};
    }
    return parsed->date;
}
// A whole date, or a month and day alone (kept with the year unknown, see Birthday.h).
QDate parseBirthday(const RowView& row, const DateOrders& orders, DateSystem system, const QDate& today,
                    ParsedCustomer& out)
{
    const QString text = row.value(ImportField::Birthday);
    if (text.isEmpty())
        return {};
    const DayMonthOrder order = orders.value(ImportField::Birthday, DayMonthOrder::MonthFirst);
    if (const auto dayOfYear = DateParser::parseMonthDay(text, order, birthday::kYearUnknown))
        return *dayOfYear;
    const auto parsed = DateParser::parse(text, order, system);
    if (!parsed) {
        if (const auto missing = noSuchDay(text, order)) {
            drop(out, row, ImportField::Birthday, *missing);
            return {};
        }
        drop(out, row, ImportField::Birthday,
             tr("not a birthday (expected e.g. 1990-05-01, 1990/5/1, 1990年5月1日, or without the year 5月1日 or "
                "05-01)"));
        return {};
    }
    if (parsed->date > today) {
        drop(out, row, ImportField::Birthday, tr("the date is in the future"));
        return {};
    }
    return parsed->date;
}
} // namespace

QList<ImportProblem> ParsedCustomer::importWarnings() const
{
    QList<ImportProblem> all;
    for (qsizetype i = 0; i < dropped.size(); ++i) {
        ImportProblem p = dropped[i];
        p.reason = droppedFields.value(i) == ImportField::MarketingConsent
                       ? tr("%1; imported as no marketing").arg(p.reason)
                       : tr("%1; imported without it").arg(p.reason);
        all.append(std::move(p));
    }
    if (flaggedPhone)
        all.append(*flaggedPhone);
    return all;
}

QStringList CustomerRowParser::splitTags(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;，；、|/]"));
    QStringList tags;
    for (const QString& part : TextNormalizer::toHalfWidth(text).split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

ParsedCustomer CustomerRowParser::parse(const RowView& row, const DateOrders& orders, const QDate& today,
                                        bool consentWhenUnstated, DateSystem system)
{
    ParsedCustomer out;
    Customer& c = out.customer;
    c.memberCode = TextNormalizer::toHalfWidth(row.value(ImportField::MemberCode)).trimmed();
    c.name = TextNormalizer::cleanName(row.value(ImportField::Name));

    const QString rawPhone = row.value(ImportField::Phone);
    const NormalizedPhone phone = PhoneNormalizer::normalize(rawPhone);
    switch (phone.kind) {
    case NormalizedPhone::Kind::Empty:
        break;
    case NormalizedPhone::Kind::Mobile:
        c.phone = phone.digits;
        break;
    case NormalizedPhone::Kind::Other:
        c.phone = phone.digits;
        c.phoneValid = false;
        out.flaggedPhone = row.problem(ImportField::Phone, tr("not a mainland mobile number; kept as written"));
        break;
    case NormalizedPhone::Kind::Invalid:
        out.problems.append(row.problem(ImportField::Phone, tr("not a phone number")));
        break;
    }

    // A bad e-mail is left out like a bad birthday: the rest of the customer still counts.
    bool emailOk = true;
    c.email = TextNormalizer::normalizeEmail(row.value(ImportField::Email), &emailOk);
    if (!emailOk) {
        c.email.clear();
        drop(out, row, ImportField::Email, tr("not an e-mail address"));
    }

    bool wechatOk = true;
    c.wechatId = TextNormalizer::normalizeWechatId(row.value(ImportField::WechatId), &wechatOk);
    if (!wechatOk)
        drop(out, row, ImportField::WechatId, tr("not a WeChat ID (letters, digits, _ and -, up to 40)"));

    bool genderOk = true;
    c.gender = TextNormalizer::normalizeGender(row.value(ImportField::Gender), &genderOk);
    if (!genderOk)
        drop(out, row, ImportField::Gender, tr("not a gender (expected 男/女, M/F)"));

    c.birthday = parseBirthday(row, orders, system, today, out);
    c.joinedOn = parseDateField(row, ImportField::JoinedOn, orders, system, today, out);
    c.city = TextNormalizer::cleanName(row.value(ImportField::City));
    c.address = TextNormalizer::cleanName(row.value(ImportField::Address));
    c.sourceChannel = TextNormalizer::cleanName(row.value(ImportField::SourceChannel));
    c.notes = row.value(ImportField::Notes);
    c.tags = splitTags(row.value(ImportField::Tags));

    const QString consent = row.value(ImportField::MarketingConsent);
    c.marketingConsent = consentWhenUnstated;
    out.consentStated = consentWhenUnstated;
    if (!consent.isEmpty()) {
        out.consentStated = true;
        bool recognized = false;
        c.marketingConsent = TextNormalizer::parseYesNo(consent, &recognized);
        if (!recognized) { // unreadable consent: the safe side is no marketing
            c.marketingConsent = false;
            out.consentStated = false;
            drop(out, row, ImportField::MarketingConsent, tr("not yes or no (是/否, Y/N, 1/0)"));
        }
    }
    return out;
}

} // namespace clientele::core::io
