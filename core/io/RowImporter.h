#pragma once

#include "../domain/Result.h"
#include "ImportOptions.h"
#include "RowView.h"

namespace clientele::core::io {

// One kind of import (customers or orders): handles one row inside the import's transaction.
// Returns an Error only for database failures; bad values go into the report.
class RowImporter
{
public:
    virtual ~RowImporter() = default;
    virtual Status importRow(const RowView& row, ImportReport& report) = 0;
    // Date columns whose day/month order is decided from all their values first.
    virtual QList<ImportField> dateFields() const = 0;
    void setDateOrders(DateOrders orders) { m_dateOrders = std::move(orders); }

protected:
    DateOrders m_dateOrders;
};

} // namespace clientele::core::io
