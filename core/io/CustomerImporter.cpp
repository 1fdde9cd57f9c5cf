#include "CustomerImporter.h"
#include "domain/Birthday.h"
#include "domain/Clock.h"

#include "../storage/SqlValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::CustomerImporter", text);
}

bool sameName(const QString& a, const QString& b)
{
    return a.isEmpty() || b.isEmpty() || a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

CustomerImporter::CustomerImporter(const storage::Database& database, qint64 batchId, const ImportOptions& options,
                                   QHash<int, CustomField> fieldOfColumn)
    : m_customers(database), m_batches(database), m_fields(database), m_fieldOfColumn(std::move(fieldOfColumn)),
      m_batchId(batchId), m_policy(options.onDuplicate), m_consentGiven(options.consentGiven),
      m_today(core::Clock::today())
{
    m_customers.setWriteTime(storage::sqlvalue::now()); // the import's one time for its rows, not a clock read each
}

std::unique_ptr<RowImporter::Prepared> CustomerImporter::prepare(const RowView& row)
{
    auto prepared = std::make_unique<PreparedCustomer>();
    prepared->parsed = CustomerRowParser::parse(row, m_dateOrders, m_today, m_consentGiven, m_dateSystem);
    prepared->fieldValues = CustomFieldParser::parseRow(row, m_fieldOfColumn);
    if (prepared->parsed.problems.isEmpty())
        prepared->nameForms = i18n::Pinyin::of(prepared->parsed.customer.name);
    return prepared;
}

Status CustomerImporter::importRow(const RowView& row, ImportReport& report)
{
    const auto prepared = prepare(row);
    return importPrepared(row, prepared.get(), report);
}

Status CustomerImporter::importPrepared(const RowView& row, Prepared* prepared, ImportReport& report)
{
    auto& p = static_cast<PreparedCustomer&>(*prepared);
    ParsedCustomer& parsed = p.parsed;
    const Customer& incoming = parsed.customer;
    const CustomFieldParser::RowValues& fieldValues = p.fieldValues;
    for (const ImportProblem& problem : fieldValues.problems) { // left out, like a bad birthday
        parsed.dropped.append(problem);
        parsed.droppedFields.append(ImportField::None);
    }
    if (parsed.problems.isEmpty() && incoming.name.isEmpty() && incoming.phone.isEmpty() &&
        incoming.memberCode.isEmpty() && incoming.email.isEmpty() && incoming.wechatId.isEmpty())
        parsed.problems.append(
            {row.line(), QString(), QString(), tr("no name, phone, member code, e-mail or WeChat ID")});
    if (!parsed.problems.isEmpty()) {
        report.skipRow(std::move(parsed.problems));
        return {};
    }
    // Counted and listed once the row's values are taken (added, or merged under fill/overwrite).
    const auto warn = [&] {
        report.droppedValues += parsed.dropped.size();
        if (parsed.flaggedPhone)
            ++report.flaggedPhones;
        report.warnRow(parsed.importWarnings());
    };

    // Find the customer this row describes.
    std::optional<Customer> existing;
    ImportField matchedBy = ImportField::None;
    const std::pair<ImportField, QString> keys[] = {{ImportField::MemberCode, incoming.memberCode},
                                                    {ImportField::Phone, incoming.phone},
                                                    {ImportField::Email, incoming.email},
                                                    {ImportField::WechatId, incoming.wechatId}};
    if (!m_keysStarted) {
        m_keysStarted = true;
        if (auto s = m_addedKeys.startIfShopEmpty(); !s)
            return s;
        if (m_addedKeys.isOn()) // nothing to look up in the database: new customers can wait to be sent
            m_customers.deferInserts();
    }
    for (const auto& [field, key] : keys) {
        if (key.isEmpty())
            continue;
        auto found = findBy(field, key);
        if (!found)
            return found.error();
        if (found->has_value()) {
            existing = std::move(*found);
            matchedBy = field;
            break;
        }
    }

    if (!existing) {
        auto id = m_customers.insert(incoming, m_batchId, &p.nameForms);
        if (!id)
            return id.error();
        if (!fieldValues.values.isEmpty()) // the values refer to the customer's row
            if (auto s = m_customers.flushInserts(); !s)
                return s;
        for (const auto& [fieldId, value] : fieldValues.values)
            if (auto s = m_fields.setValue(*id, fieldId, value, m_batchId); !s)
                return s;
        report.fieldValues += fieldValues.values.size();
        m_addedKeys.added(*id, incoming);
        m_lineOfCustomer.insert(*id, row.line());
        m_addedByFile.insert(*id);
        report.touchedCustomers.insert(*id);
        ++report.inserted;
        warn();
        return {};
    }

    // Same phone or e-mail, different person: report, never merge silently. A member code
    // match is authoritative (the name may have been corrected), but its phone must not belong
    // to someone else.
    const QString where = m_lineOfCustomer.contains(existing->id)
                              ? tr("line %1 of this file").arg(m_lineOfCustomer.value(existing->id))
                              : tr("customer #%1 in the database").arg(existing->id);
    if (matchedBy != ImportField::MemberCode && !sameName(existing->name, incoming.name)) {
        report.addConflict(
            row.problem(matchedBy, tr("%1 already belongs to %2 (%3); this row names %4")
                                       .arg(row.value(matchedBy), existing->name, where, incoming.name)));
        return {};
    }
    if (matchedBy != ImportField::MemberCode && !incoming.memberCode.isEmpty() && !existing->memberCode.isEmpty() &&
        incoming.memberCode != existing->memberCode) {
        report.addConflict(
            row.problem(matchedBy, tr("%1 belongs to member %2 (%3); this row says member %4")
                                       .arg(row.value(matchedBy), existing->memberCode, where, incoming.memberCode)));
        return {};
    }
    if (!incoming.phone.isEmpty() && incoming.phone != existing->phone) {
        auto owner = findBy(ImportField::Phone, incoming.phone);
        if (!owner)
            return owner.error();
        if (owner->has_value() && (*owner)->id != existing->id) {
            report.addConflict(row.problem(
                ImportField::Phone,
                tr("%1 already belongs to %2 (customer #%3)").arg(incoming.phone, (*owner)->name).arg((*owner)->id)));
            return {};
        }
    }

    if (!m_lineOfCustomer.contains(existing->id))
        m_lineOfCustomer.insert(existing->id, row.line());
    // A customer this file added is not "already in the database": the row repeats an earlier line.
    const bool repeat = m_addedByFile.contains(existing->id);
    if (repeat)
        ++report.repeatedInFile;
    else
        ++report.duplicates;
    if (m_policy == DuplicatePolicy::Skip) {
        if (!repeat) {
            ++report.unchanged;
        }
        return {};
    }
    warn();
    return applyDuplicate(*existing, incoming, parsed.consentStated, fieldValues.values, report, repeat);
}

Status CustomerImporter::finish(ImportReport& report)
{
    Q_UNUSED(report);
    return m_customers.flushInserts();
}

Result<std::optional<Customer>> CustomerImporter::findBy(ImportField field, const QString& key)
{
    using Key = storage::CustomerRepository::Key;
    if (m_addedKeys.isOn()) {
        const Key k = field == ImportField::MemberCode ? Key::MemberCode
                      : field == ImportField::Phone    ? Key::Phone
                      : field == ImportField::Email    ? Key::Email
                                                       : Key::Wechat;
        if (const qint64 id = m_addedKeys.find(k, key); id > 0)
            return m_customers.findById(id);
        return std::optional<Customer>();
    }
    return field == ImportField::MemberCode ? m_customers.findByMemberCode(key)
           : field == ImportField::Phone    ? m_customers.findByPhone(key)
           : field == ImportField::Email    ? m_customers.findByEmail(key)
                                            : m_customers.findByWechat(key);
}

Result<int> CustomerImporter::applyFieldValues(qint64 customerId, const QList<std::pair<qint64, QString>>& values)
{
    int changed = 0;
    for (const auto& [fieldId, value] : values) {
        auto current = m_fields.value(customerId, fieldId);
        if (!current)
            return current.error();
        if (current->has_value() && (m_policy != DuplicatePolicy::Overwrite || **current == value))
            continue;
        // Undo puts an overwritten value back; a value that was not there goes with the batch.
        if (current->has_value())
            if (auto s = m_batches.recordChange(m_batchId, customerId,
                                                storage::CustomFieldRepository::journalColumn(fieldId), **current);
                !s)
                return s.error();
        if (auto s = m_fields.setValue(customerId, fieldId, value, m_batchId); !s)
            return s.error();
        ++changed;
    }
    return changed;
}

Status CustomerImporter::applyDuplicate(const Customer& existing, const Customer& incoming, bool consentStated,
                                        const QList<std::pair<qint64, QString>>& fieldValues, ImportReport& report,
                                        bool repeat)
{
    Customer merged = existing;
    QStringList changed;
    auto take = [&](auto Customer::*member, const char* column, bool incomingEmpty, bool existingEmpty) {
        if (incomingEmpty || !(m_policy == DuplicatePolicy::Overwrite || existingEmpty))
            return;
        if (merged.*member == incoming.*member)
            return;
        changed.append(QString::fromLatin1(column));
        merged.*member = incoming.*member;
    };
    take(&Customer::memberCode, "member_code", incoming.memberCode.isEmpty(), existing.memberCode.isEmpty());
    take(&Customer::name, "name", incoming.name.isEmpty(), existing.name.isEmpty());
    take(&Customer::phone, "phone", incoming.phone.isEmpty(), existing.phone.isEmpty());
    if (changed.contains(u"phone"_s)) {
        merged.phoneValid = incoming.phoneValid;
        if (merged.phoneValid != existing.phoneValid)
            changed.append(u"phone_valid"_s);
    }
    take(&Customer::email, "email", incoming.email.isEmpty(), existing.email.isEmpty());
    take(&Customer::wechatId, "wechat_id", incoming.wechatId.isEmpty(), existing.wechatId.isEmpty());
    take(&Customer::gender, "gender", incoming.gender.isEmpty(), existing.gender.isEmpty());
    // A birthday without its year neither hides a year already known nor stands in the way of one.
    const bool sameDay = existing.birthday.isValid() && incoming.birthday.isValid() &&
                         !birthday::conflict(existing.birthday, incoming.birthday);
    take(&Customer::birthday, "birthday",
         !incoming.birthday.isValid() || (sameDay && !birthday::yearKnown(incoming.birthday)),
         !existing.birthday.isValid() || (sameDay && !birthday::yearKnown(existing.birthday)));
    take(&Customer::city, "city", incoming.city.isEmpty(), existing.city.isEmpty());
    take(&Customer::address, "address", incoming.address.isEmpty(), existing.address.isEmpty());
    take(&Customer::sourceChannel, "source_channel", incoming.sourceChannel.isEmpty(),
         existing.sourceChannel.isEmpty());
    take(&Customer::joinedOn, "joined_on", !incoming.joinedOn.isValid(), !existing.joinedOn.isValid());
    take(&Customer::notes, "notes", incoming.notes.isEmpty(), existing.notes.isEmpty());
    // Consent the file states: "overwrite" takes it either way; "fill" records a consent given (no
    // consent is the empty value), never withdraws one.
    if (consentStated && incoming.marketingConsent != existing.marketingConsent &&
        (m_policy == DuplicatePolicy::Overwrite || (m_policy == DuplicatePolicy::Fill && incoming.marketingConsent))) {
        changed.append(u"marketing_consent"_s);
        merged.marketingConsent = incoming.marketingConsent;
    }

    for (const QString& column : std::as_const(changed))
        if (auto s = m_batches.recordChange(m_batchId, existing.id, column,
                                            storage::CustomerRepository::columnValue(existing, column));
            !s)
            return s;
    if (!changed.isEmpty()) {
        if (auto s = m_customers.update(merged); !s)
            return s;
        if (auto s = m_addedKeys.changed(existing.id, existing, merged); !s)
            return s;
    }
    bool tagsAdded = false;
    if (!incoming.tags.isEmpty()) {
        auto current = m_customers.tags(existing.id);
        if (!current)
            return current.error();
        for (const QString& tag : incoming.tags)
            tagsAdded = tagsAdded || !current->contains(tag);
        if (auto s = m_customers.addTags(existing.id, incoming.tags, m_batchId); !s)
            return s;
    }
    auto fieldsChanged = applyFieldValues(existing.id, fieldValues);
    if (!fieldsChanged)
        return fieldsChanged.error();
    report.fieldValues += *fieldsChanged;
    if (repeat)
        return {}; // counted as a repeat of the line that added the customer
    if (changed.isEmpty() && !tagsAdded && *fieldsChanged == 0) {
        ++report.unchanged;
    } else {
        ++report.updated;
    }
    return {};
}

} // namespace clientele::core::io
