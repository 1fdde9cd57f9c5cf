#pragma once

#include "../domain/Result.h"
#include "ImportField.h"

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
    // Header names of columns that feed no field: reported to the user, never silently dropped.
    QStringList unmappedColumns() const;
    // Fields that must be present for this kind, missing from the mapping.
    QList<ImportField> missingRequired() const;

    static QString normalizeHeader(const QString& header);

private:
    ImportKind m_kind = ImportKind::Customers;
    QStringList m_header;
    QList<ImportField> m_fields;
};

} // namespace clientele::core::io
