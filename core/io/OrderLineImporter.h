#pragma once

#include "../storage/OrderLineRepository.h"
#include "OrderImporter.h"

#include <QHash>
#include <QSet>

#include <deque>
#include <optional>

namespace clientele::core::io {

// Order-line files (one row per item, the order number repeated; ColumnMapping::isLineItems):
// lines are grouped into orders by order number, or, without one, by customer and date-time.
//
// - An order's amount is the sum of its lines: the line-total column when present, else
//   quantity × unit price (lineamounts: exact, rounded once per line half away from zero), less
//   the line-discount column when present. Its date and time are the earliest line's; its
//   customer the one its lines name (two different customers → the order is refused).
// - An order imports whole or not at all: one bad line refuses all its lines, each listed.
// - A cancellation (number C536379, all quantities negative, or a refund flag) is a refund: a
//   negative amount, linked to 536379 when that is its number.
// - Lines of an order that names no customer on any line are a guest sale: counted
//   (ImportReport::guestLines), not errors.
// - Idempotent by order number: an order already imported with the same lines adds nothing; a
//   file adding lines to an order of an earlier import is refused for those lines and reported.
//
// Streaming: at most kMaxOpenOrders orders are held at once (the oldest is written first); an
// order whose lines come apart in the file is completed in the database within the same import.
class OrderLineImporter final : public OrderImporter
{
public:
    static constexpr qsizetype kMaxOpenOrders = 2048;

    OrderLineImporter(const storage::Database& database, qint64 batchId, const ImportOptions& options,
                      const QString& fileName);
    Status importRow(const RowView& row, ImportReport& report) override;
    // A line's work all happens in importRow(), on the writing thread (not an order's prepare()).
    std::unique_ptr<Prepared> prepare(const RowView&) override { return nullptr; }
    Status importPrepared(const RowView& row, Prepared*, ImportReport& report) override { return importRow(row, report); }
    QList<ImportField> keyFields() const override
    {
        return {ImportField::MemberCode, ImportField::OrderNo, ImportField::ProductCode};
    }
    Status finish(ImportReport& report) override;

private:
    struct PendingLine
    {
        qint64 line = 0;
        storage::OrderLineRepository::Product product;
        storage::OrderLineRepository::Line values;
        bool refundFlag = false;
        bool reported = false;          // already listed (an unknown customer)
        QList<ImportProblem> problems;  // why this line is refused
    };
    struct PendingOrder
    {
        QString key; // order number, or "@customer|date time" without one
        Order order;
        QString customerText; // the first naming line's code|phone|e-mail
        // A customer the shop does not know yet: created when the order is written, never for an
        // order that is refused.
        std::optional<Customer> newCustomer;
        QString newCode, newPhone, newEmail;
        qint64 customerLine = 0;
        qint64 failedLine = 0; // first refused line (0: none)
        QList<PendingLine> lines;
    };

    Status add(PendingOrder& pending, PendingLine line, const RowView& row, ImportReport& report);
    Status flush(PendingOrder& pending, ImportReport& report);
    Status flushOldest(ImportReport& report);
    // The id of the customer these keys name, or -1; never creates or reports.
    Result<qint64> existingCustomer(const QString& code, const QString& phone, const QString& email);
    Status writeLines(qint64 orderId, const PendingOrder& pending);
    void refuse(const PendingOrder& pending, const QString& reason, ImportReport& report);

    storage::OrderLineRepository m_lines;
    QString m_fileName;
    QHash<QString, PendingOrder> m_open;
    std::deque<QString> m_opened;          // keys of m_open, oldest first
    QHash<QString, qint64> m_refused;       // orders refused in this file → the line that refused them
};

} // namespace clientele::core::io
