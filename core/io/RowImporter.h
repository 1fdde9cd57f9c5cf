#pragma once

#include "../domain/Result.h"
#include "ImportOptions.h"
#include "LineAmounts.h"
#include "RowView.h"
#include "TextNormalizer.h"

#include <memory>

namespace clientele::core::io {

// One kind of import (customers or orders): handles one row inside the import's transaction.
// Returns an Error only for database failures; bad values go into the report.
class RowImporter
{
public:
    virtual ~RowImporter() = default;
    virtual Status importRow(const RowView& row, ImportReport& report) = 0;

    // The part of a row's work that needs no database (parsing, normalising, hashing), which the
    // Importer has done on its reading thread ahead of importPrepared() (RowPipeline): called there
    // in file order, it may touch only what importPrepared() does not. Null: nothing prepared.
    struct Prepared
    {
        virtual ~Prepared() = default;
    };
    virtual std::unique_ptr<Prepared> prepare(const RowView& row)
    {
        Q_UNUSED(row);
        return nullptr;
    }
    // importRow() given what prepare() made of the row (null when it made nothing).
    virtual Status importPrepared(const RowView& row, Prepared* prepared, ImportReport& report)
    {
        Q_UNUSED(prepared);
        return importRow(row, report);
    }
    // Called with the next rows' prepare() results (a batch of RowPipeline) before they go to
    // importPrepared() one by one: an importer that looks rows up in the shop may look up all of
    // them in one statement (on a server, one round trip instead of one per row).
    virtual Status prefetch(const QList<Prepared*>& upcoming)
    {
        Q_UNUSED(upcoming);
        return {};
    }
    // Date columns whose day/month order is decided from all their values first.
    virtual QList<ImportField> dateFields() const = 0;
    virtual QList<ImportField> keyFields() const { return {}; }
    // The table most rows go to, when it may be loaded without its secondary indexes while empty.
    virtual QString bulkTable() const { return {}; }
    void setDateOrders(DateOrders orders) { m_dateOrders = std::move(orders); }
    // The workbook's date system for plain-number dates (a text file: 1900).
    void setDateSystem(DateSystem system) { m_dateSystem = system; }
    // Key columns (member code, order number, product code) whose every value was an integral
    // float ("17850.0"): read as the integer code.
    void setIntegralKeyFields(QList<ImportField> fields) { m_integralKeys = std::move(fields); }
    // A row refused before importRow() (e.g. more cells than columns). Importers that hold rows
    // back report it in line order with them.
    virtual void skipRow(ImportReport& report, QList<ImportProblem> problems) { report.skipRow(std::move(problems)); }
    // After the last row (still inside the transaction): rows held back, e.g. an order's lines.
    virtual Status finish(ImportReport& report)
    {
        Q_UNUSED(report);
        return {};
    }

protected:
    // A key cell, half-width and trimmed, with "17850.0" read as "17850" in such columns.
    QString keyValue(const RowView& row, ImportField field) const;

    DateOrders m_dateOrders;
    DateSystem m_dateSystem = DateSystem::Excel1900;
    QList<ImportField> m_integralKeys;
};

inline QString RowImporter::keyValue(const RowView& row, ImportField field) const
{
    const QString text = TextNormalizer::toHalfWidth(row.value(field)).trimmed();
    return m_integralKeys.contains(field) ? lineamounts::integralKey(text) : text;
}

} // namespace clientele::core::io
