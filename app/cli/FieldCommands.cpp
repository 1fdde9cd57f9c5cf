// fields list|add|set|remove: the shop's own customer fields.
#include "CliContext.h"
#include "CommandRegistry.h"
#include "TextTable.h"

#include "customers/CustomFieldCatalog.h"
#include "storage/CustomFieldRepository.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace clientele::cli {

namespace {

using core::CustomField;
using core::customers::CustomFieldCatalog;

QStringList splitChoices(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QJsonObject fieldJson(const CustomField& f, qint64 values)
{
    return QJsonObject{{u"key"_s, f.key},
                       {u"label"_s, f.label},
                       {u"type"_s, CustomField::typeKey(f.type)},
                       {u"choices"_s, QJsonArray::fromStringList(f.choices)},
                       {u"required"_s, f.required},
                       {u"values"_s, values}};
}

int listFields(CliContext& ctx, core::storage::Database& db)
{
    core::storage::CustomFieldRepository repo(db);
    auto fields = repo.list();
    if (!fields)
        return ctx.fail(fields.error());
    QJsonArray array;
    TextTable table({tr("Key"), tr("Label"), tr("Type"), tr("Choices"), tr("Customers with a value")});
    for (const CustomField& f : *fields) {
        auto count = repo.valueCount(f.id);
        if (!count)
            return ctx.fail(count.error());
        array.append(fieldJson(f, *count));
        table.addRow({f.key, f.label, CustomFieldCatalog::typeLabel(f.type), f.choices.join(tr(", ")),
                      QString::number(*count)});
    }
    if (ctx.json) {
        ctx.printJson(QJsonObject{{u"fields"_s, array}});
        return ExitOk;
    }
    if (fields->isEmpty())
        ctx.out() << tr("No customer fields yet. Add one with: clientele-cli fields add KEY --label LABEL --type "
                        "text|choice|number|date")
                  << '\n';
    else
        table.print(ctx.out());
    return ExitOk;
}

int fields(CliContext& ctx)
{
    const QString action = ctx.positional.value(0);
    const bool needsKey = action == u"add" || action == u"remove" || action == u"set";
    if ((action != u"list" && !needsKey) || (needsKey && ctx.positional.size() != 2) ||
        (action == u"list" && ctx.positional.size() != 1))
        return ctx.usage(tr("Usage: clientele-cli fields list | add KEY --label L --type text|choice|number|date "
                            "[--choices a,b,c] [--required] | set KEY [--label L] [--choices a,b,c] | remove KEY "
                            "[--yes]"));
    auto db = ctx.openDatabase();
    if (!db)
        return ctx.fail(db.error());
    if (action == u"list")
        return listFields(ctx, **db);
    const QString key = ctx.positional[1];

    if (action == u"add") {
        CustomField field;
        field.key = key;
        field.label = ctx.parser.value(u"label"_s);
        if (!CustomField::typeFromKey(ctx.parser.value(u"type"_s), &field.type))
            return ctx.usage(tr("--type is text, choice, number or date."));
        field.choices = splitChoices(ctx.parser.value(u"choices"_s));
        field.required = ctx.parser.isSet(u"required"_s);
        auto made = CustomFieldCatalog::define(**db, field);
        if (!made)
            return ctx.fail(made.error());
        if (ctx.json)
            ctx.printJson(fieldJson(*made, 0));
        else
            ctx.out() << tr("Added the field %1 (%2, key %3).")
                             .arg(made->label, CustomFieldCatalog::typeLabel(made->type), made->key)
                      << '\n';
        return ExitOk;
    }

    if (action == u"set") {
        core::storage::Transaction transaction(**db);
        if (!transaction.isActive())
            return ctx.fail(transaction.beginStatus().error());
        if (ctx.parser.isSet(u"label"_s))
            if (auto s = CustomFieldCatalog::rename(**db, key, ctx.parser.value(u"label"_s)); !s)
                return ctx.fail(s.error());
        if (ctx.parser.isSet(u"choices"_s))
            if (auto s = CustomFieldCatalog::setChoices(**db, key, splitChoices(ctx.parser.value(u"choices"_s))); !s)
                return ctx.fail(s.error());
        if (auto s = transaction.commit(); !s)
            return ctx.fail(s.error());
        return listFields(ctx, **db);
    }

    // remove: with values at stake, only when confirmed.
    core::storage::CustomFieldRepository repo(**db);
    auto found = repo.findByKey(key);
    if (!found)
        return ctx.fail(found.error());
    if (!found->has_value())
        return ctx.fail(core::Error::make(core::Error::Code::NotFound, tr("There is no customer field \"%1\".").arg(key)));
    auto count = repo.valueCount((*found)->id);
    if (!count)
        return ctx.fail(count.error());
    if (*count > 0 && !ctx.parser.isSet(u"yes"_s))
        return ctx.fail(core::Error::make(
            core::Error::Code::Conflict,
            tr("%1 customers have a value of \"%2\"; removing the field deletes those values. Run again with --yes.")
                .arg(*count)
                .arg((*found)->label)));
    auto removed = CustomFieldCatalog::remove(**db, key);
    if (!removed)
        return ctx.fail(removed.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{u"removed"_s, key}, {u"values_removed"_s, *removed}});
    else
        ctx.out() << tr("Removed the field %1 and %2 values.").arg(key).arg(*removed) << '\n';
    return ExitOk;
}

} // namespace

QList<Command> fieldCommands()
{
    return {
        {u"fields"_s,
         u"fields list | add KEY --label L --type text|choice|number|date [--choices a,b,c] [--required] | "
         u"set KEY [--label L] [--choices a,b,c] | remove KEY [--yes]"_s,
         tr("The shop's own customer fields (skin type, size …): list, add, change, remove."),
         {QCommandLineOption(u"label"_s, tr("What people read: column header, profile label."), tr("LABEL")),
          QCommandLineOption(u"type"_s, tr("text, choice, number or date."), tr("TYPE")),
          QCommandLineOption(u"choices"_s, tr("The choices of a choice field, separated by commas."), tr("LIST")),
          QCommandLineOption(u"required"_s, tr("The profile refuses to save without a value.")),
          QCommandLineOption(u"yes"_s, tr("Confirm removing a field that customers have values for."))},
         fields},
    };
}

} // namespace clientele::cli
