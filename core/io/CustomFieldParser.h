#pragma once

#include "../domain/CustomField.h"
#include "ImportReport.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace clientele::core::io {

class RowView;

// A value of a shop-defined field as typed or imported, checked against its type and turned
// into the stored form: a choice exactly as listed (matched ignoring case and width), a number
// in C locale ("1234.5"; "1,234.5" and full-width digits read), a date ISO (any form DateParser
// reads, no future check: a next appointment may be ahead), text trimmed. Empty is no value.
struct CustomValue
{
    bool ok = true;
    QString value;  // stored form; empty when !ok or no value
    QString reason; // translated, when !ok
};

class CustomFieldParser
{
public:
    static CustomValue parse(const CustomField& field, const QString& text);

    // A row's values of the columns mapped to shop fields: field id → stored value, and a problem
    // (line, column, value, reason) for each value that does not fit its field.
    struct RowValues
    {
        QList<std::pair<qint64, QString>> values;
        QList<ImportProblem> problems;
    };
    static RowValues parseRow(const RowView& row, const QHash<int, CustomField>& fieldOfColumn);

    // The choices a choice field made from a column would offer: its distinct non-empty values in
    // first-seen order; empty when there are more than `limit`.
    static QStringList proposeChoices(const QStringList& values, int limit = 20);
};

} // namespace clientele::core::io
