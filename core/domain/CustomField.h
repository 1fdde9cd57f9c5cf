#pragma once

#include <QString>
#include <QStringList>

namespace clientele::core {

// A field the shop defines for its customers (肤质, 尺码 …). Definitions are data in the
// database (custom_fields); values live per customer and field (customer_field_values) as
// normalized text: choices as listed, numbers in C locale ("12.5"), dates ISO "YYYY-MM-DD".
struct CustomField
{
    enum class Type { Text, Choice, Number, Date };

    qint64 id = 0;
    QString key;   // stable: a-z, 0-9 and _, starting with a letter (CLI, JSON, saved mappings)
    QString label; // what people read (export header, profile, list column)
    Type type = Type::Text;
    QStringList choices; // Choice only, in the order the owner gave
    bool required = false;

    static QString typeKey(Type type)
    {
        switch (type) {
        case Type::Text: return QStringLiteral("text");
        case Type::Choice: return QStringLiteral("choice");
        case Type::Number: return QStringLiteral("number");
        case Type::Date: return QStringLiteral("date");
        }
        return QStringLiteral("text");
    }
    static bool typeFromKey(const QString& key, Type* type)
    {
        for (const Type t : {Type::Text, Type::Choice, Type::Number, Type::Date})
            if (key == typeKey(t)) {
                *type = t;
                return true;
            }
        return false;
    }
};

} // namespace clientele::core
