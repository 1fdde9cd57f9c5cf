#pragma once

#include "../domain/CustomField.h"
#include "../domain/Result.h"
#include "ImportField.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace clientele::core::io {

// Which field each column of a file feeds. Detected from header synonyms (Chinese and English),
// or taken from a saved mapping (JSON keyed by header text) with detection filling the rest.
class ColumnMapping
{
public:
    ColumnMapping() = default;
    ColumnMapping(ImportKind kind, QStringList header);

    static ColumnMapping detect(const QStringList& header, ImportKind kind);
    // Applies a saved mapping to this header; columns it does not name are auto-detected.
    static Result<ColumnMapping> fromSaved(const QJsonObject& saved, const QStringList& header, ImportKind kind);
    static Result<QJsonObject> loadFile(const QString& path);
    Status saveFile(const QString& path) const;
    QJsonObject toJson() const;

    ImportKind kind() const { return m_kind; }
    const QStringList& header() const { return m_header; }
    ImportField fieldOf(int column) const { return m_fields.value(column, ImportField::None); }
    int columnOf(ImportField field) const;
    void setField(int column, ImportField field); // clears any other column mapped to `field`
    bool has(ImportField field) const { return columnOf(field) >= 0; }
    // An order file with one row per item (quantity, unit price, line total or product columns):
    // its rows are grouped into orders by order number (OrderLineImporter).
    bool isLineItems() const;
    // Columns feeding a field the shop defined (customers only), by the field's key. A column
    // feeds a built-in field or a shop field, never both; saved mappings write "custom:KEY".
    QString customFieldOf(int column) const { return m_custom.value(column); }
    void setCustomField(int column, const QString& key); // empty key: the column feeds nothing
    const QHash<int, QString>& customColumns() const { return m_custom; }
    // Columns that feed nothing yet and whose header is a shop field's label or key (compared as
    // headers are: case, width, spaces and punctuation ignored) now feed that field.
    void mapCustomFields(const QList<CustomField>& fields);

    // Header names of columns that feed no field: reported to the user, never silently dropped.
    QStringList unmappedColumns() const;
    // Fields that must be present for this kind, missing from the mapping.
    QList<ImportField> missingRequired() const;

    static QString normalizeHeader(const QString& header);

private:
    ImportKind m_kind = ImportKind::Customers;
    QStringList m_header;
    QList<ImportField> m_fields;
    QHash<int, QString> m_custom;
};

} // namespace clientele::core::io
