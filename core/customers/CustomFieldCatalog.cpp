#include "CustomFieldCatalog.h"

#include "../i18n/Pinyin.h"
#include "../io/ImportField.h"
#include "../security/AuditLog.h"
#include "../security/Session.h"
#include "../storage/CustomFieldRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace clientele::core::customers {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::customers::CustomFieldCatalog", text);
}

bool isKey(const QString& key)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{0,39}$"_s);
    return pattern.match(key).hasMatch();
}

bool isBuiltIn(const QString& key)
{
    return io::importfield::fromKey(key) != io::ImportField::None || key == u"none" || key == u"id";
}

QStringList cleanChoices(const QStringList& choices)
{
    QStringList out;
    for (const QString& c : choices)
        if (!c.trimmed().isEmpty() && !out.contains(c.trimmed(), Qt::CaseInsensitive))
            out.append(c.trimmed());
    return out;
}

Result<CustomField> existing(storage::CustomFieldRepository& repo, const QString& key)
{
    auto found = repo.findByKey(key);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Code::NotFound, tr("There is no customer field \"%1\".").arg(key));
    return **found;
}

Status audit(const storage::Database& database, const QString& key, const QString& detail)
{
    return security::AuditLog::record(database, u"fields"_s, key, detail);
}
} // namespace

QString CustomFieldCatalog::typeLabel(CustomField::Type type)
{
    switch (type) {
    case CustomField::Type::Text: return tr("Text");
    case CustomField::Type::Choice: return tr("Choice list");
    case CustomField::Type::Number: return tr("Number");
    case CustomField::Type::Date: return tr("Date");
    }
    return {};
}

Result<CustomField> CustomFieldCatalog::define(const storage::Database& database, CustomField field)
{
    if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
        return s.error();
    field.key = field.key.trimmed();
    field.label = field.label.trimmed();
    field.choices = cleanChoices(field.choices);
    if (!isKey(field.key))
        return Error::make(Error::Code::Usage, tr("\"%1\" cannot be a field key: use a-z, 0-9 and _, starting with a "
                                                  "letter (at most 40).")
                                                   .arg(field.key));
    if (isBuiltIn(field.key))
        return Error::make(Error::Code::Conflict, tr("\"%1\" is a built-in field; choose another key.").arg(field.key));
    if (field.label.isEmpty())
        return Error::make(Error::Code::Usage, tr("The field \"%1\" needs a label.").arg(field.key));
    if (field.type == CustomField::Type::Choice && field.choices.isEmpty())
        return Error::make(Error::Code::Usage, tr("The choice field \"%1\" needs at least one choice.").arg(field.label));
    storage::CustomFieldRepository repo(database);
    auto all = repo.list();
    if (!all)
        return all.error();
    for (const CustomField& other : *all) {
        if (other.key == field.key)
            return Error::make(Error::Code::Conflict, tr("There is already a field with the key \"%1\".").arg(field.key));
        if (other.label.compare(field.label, Qt::CaseInsensitive) == 0)
            return Error::make(Error::Code::Conflict,
                               tr("There is already a field labelled \"%1\" (key %2).").arg(other.label, other.key));
    }
    auto id = repo.add(field);
    if (!id)
        return id.error();
    field.id = *id;
    if (field.type != CustomField::Type::Choice)
        field.choices.clear();
    if (auto s = audit(database, field.key, u"added: %1 (%2)"_s.arg(field.label, CustomField::typeKey(field.type))); !s)
        return s.error();
    return field;
}

Status CustomFieldCatalog::rename(const storage::Database& database, const QString& key, const QString& label)
{
    if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
        return s;
    storage::CustomFieldRepository repo(database);
    auto field = existing(repo, key);
    if (!field)
        return field.error();
    const QString clean = label.trimmed();
    if (clean.isEmpty())
        return Error::make(Error::Code::Usage, tr("The field \"%1\" needs a label.").arg(key));
    auto all = repo.list();
    if (!all)
        return all.error();
    for (const CustomField& other : *all)
        if (other.key != key && other.label.compare(clean, Qt::CaseInsensitive) == 0)
            return Error::make(Error::Code::Conflict,
                               tr("There is already a field labelled \"%1\" (key %2).").arg(other.label, other.key));
    if (auto s = repo.setLabel(field->id, clean); !s)
        return s;
    return audit(database, key, u"label: %1 → %2"_s.arg(field->label, clean));
}

Status CustomFieldCatalog::setChoices(const storage::Database& database, const QString& key, const QStringList& choices)
{
    if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
        return s;
    storage::CustomFieldRepository repo(database);
    auto field = existing(repo, key);
    if (!field)
        return field.error();
    if (field->type != CustomField::Type::Choice)
        return Error::make(Error::Code::Usage, tr("\"%1\" is not a choice field.").arg(field->label));
    const QStringList clean = cleanChoices(choices);
    if (clean.isEmpty())
        return Error::make(Error::Code::Usage, tr("The choice field \"%1\" needs at least one choice.").arg(field->label));
    auto outside = repo.valuesOutside(field->id, clean);
    if (!outside)
        return outside.error();
    if (*outside > 0)
        return Error::make(Error::Code::Conflict,
                           QCoreApplication::translate(
                               "clientele::core::customers::CustomFieldCatalog",
                               "%Ln customer(s) hold a value of \"%1\" that is no longer a choice; change those first.",
                               nullptr, int(*outside))
                               .arg(field->label));
    if (auto s = repo.setChoices(field->id, clean); !s)
        return s;
    return audit(database, key, u"choices: %1"_s.arg(clean.join(u", "_s)));
}

Result<qint64> CustomFieldCatalog::remove(const storage::Database& database, const QString& key)
{
    if (auto s = security::Session::require(security::Permission::ChangeRules); !s)
        return s.error();
    storage::CustomFieldRepository repo(database);
    auto field = existing(repo, key);
    if (!field)
        return field.error();
    auto count = repo.valueCount(field->id);
    if (!count)
        return count.error();
    if (auto s = repo.remove(field->id); !s)
        return s.error();
    if (auto s = audit(database, key, u"removed: %1 (%2 values)"_s.arg(field->label).arg(*count)); !s)
        return s.error();
    return *count;
}

Result<QString> CustomFieldCatalog::keyFor(const storage::Database& database, const QString& label)
{
    QString base = label.trimmed().toLower();
    base.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"_"_s);
    base.remove(QRegularExpression(u"^_+|_+$"_s));
    if (!isKey(base) || label.trimmed().contains(QRegularExpression(u"[^\\x00-\\x7f]"_s))) {
        // Chinese labels: the pinyin of the label without spaces (its search form's first word).
        const QString pinyin = i18n::Pinyin::of(label.trimmed()).search.section(u' ', 0, 0).toLower();
        base = pinyin;
        base.remove(QRegularExpression(u"[^a-z0-9_]"_s));
        if (!isKey(base))
            base = u"field"_s;
    }
    base = base.left(34);
    storage::CustomFieldRepository repo(database);
    QString key = base;
    for (int n = 2;; ++n) {
        auto found = repo.findByKey(key);
        if (!found)
            return found.error();
        if (!found->has_value() && !isBuiltIn(key))
            return key;
        key = base + u'_' + QString::number(n);
    }
}

} // namespace clientele::core::customers
