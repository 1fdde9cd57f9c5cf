#include "CustomFieldParser.h"

#include "DateParser.h"
#include "RowView.h"
#include "TextNormalizer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::CustomFieldParser", text);
}

CustomValue bad(const QString& reason)
{
    return CustomValue{false, QString(), reason};
}
} // namespace

CustomValue CustomFieldParser::parse(const CustomField& field, const QString& text)
{
    const QString value = TextNormalizer::toHalfWidth(text).trimmed();
    if (value.isEmpty())
        return {};
    switch (field.type) {
    case CustomField::Type::Text: return CustomValue{true, text.trimmed(), {}};
    case CustomField::Type::Choice:
        for (const QString& choice : field.choices)
            if (TextNormalizer::toHalfWidth(choice).trimmed().compare(value, Qt::CaseInsensitive) == 0)
                return CustomValue{true, choice, {}};
        return bad(tr("not one of the choices (%1)").arg(field.choices.join(tr(", "))));
    case CustomField::Type::Number: {
        static const QRegularExpression grouped(QStringLiteral(R"(^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$)"));
        static const QRegularExpression plain(QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)$)"));
        QString digits = value;
        if (grouped.match(digits).hasMatch())
            digits.remove(u',');
        bool ok = plain.match(digits).hasMatch();
        const double number = ok ? QLocale::c().toDouble(digits, &ok) : 0.0;
        if (!ok)
            return bad(tr("not a number (expected e.g. 12 or 12.5)"));
        return CustomValue{true, QString::number(number, 'g', 15), {}};
    }
    case CustomField::Type::Date: {
        const auto parsed = DateParser::parse(value);
        if (!parsed)
            return bad(tr("not a date (expected e.g. 2024-05-01, 2024/5/1 or 2024年5月1日)"));
        return CustomValue{true, parsed->date.toString(Qt::ISODate), {}};
    }
    }
    return {};
}

CustomFieldParser::RowValues CustomFieldParser::parseRow(const RowView& row, const QHash<int, CustomField>& fieldOfColumn)
{
    RowValues out;
    QList<int> columns = fieldOfColumn.keys();
    std::sort(columns.begin(), columns.end()); // file order, so warnings read left to right
    for (const int column : std::as_const(columns)) {
        const CustomField& field = fieldOfColumn[column];
        const QString text = row.cell(column);
        const CustomValue parsed = parse(field, text);
        if (!parsed.ok)
            out.problems.append(ImportProblem{row.line(), row.headerAt(column), text, parsed.reason});
        else if (!parsed.value.isEmpty())
            out.values.append({field.id, parsed.value});
    }
    return out;
}

QStringList CustomFieldParser::proposeChoices(const QStringList& values, int limit)
{
    QStringList choices;
    QStringList seen; // compared as parse() compares
    for (const QString& raw : values) {
        const QString v = TextNormalizer::toHalfWidth(raw).trimmed();
        if (v.isEmpty() || seen.contains(v, Qt::CaseInsensitive))
            continue;
        seen.append(v);
        choices.append(raw.trimmed());
        if (choices.size() > limit)
            return {};
    }
    return choices;
}

} // namespace clientele::core::io
