#pragma once

#include "../storage/CustomerRepository.h"
#include "../storage/OrderRepository.h"
#include "RowImporter.h"
#include "StoreCodes.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace clientele::core::io {

// Order rows: date and amount parsed, the customer found by member code, phone or e-mail (or
// created with --create-customers), then inserted idempotently: by order number, or for files
// without numbers by a content key plus its occurrence in the file, so re-importing the same
// file adds nothing while two identical purchases in one file both count.
class OrderImporter : public RowImporter
{
public:
    OrderImporter(const storage::Database& database, qint64 batchId, const ImportOptions& options);
    // prepare() then importPrepared(), on one thread.
    Status importRow(const RowView& row, ImportReport& report) override;
    // The order as the row has it, its customer keys and content hash, or why it is refused.
    std::unique_ptr<Prepared> prepare(const RowView& row) override;
    // The customer found (or created) and the order held for the next write.
    Status importPrepared(const RowView& row, Prepared* prepared, ImportReport& report) override;
    // The customers the upcoming orders name, looked up together (nobody's keys remembered too).
    Status prefetch(const QList<Prepared*>& upcoming) override;
    void skipRow(ImportReport& report, QList<ImportProblem> problems) override;
    Status finish(ImportReport& report) override;
    QList<ImportField> dateFields() const override { return {ImportField::OrderDate}; }
    QString bulkTable() const override { return QStringLiteral("orders"); }
    // The store codes of the orders this import inserted.
    const QSet<QString>& storesOfInserted() const { return m_storesOfInserted; }
    // Key columns whose "17850.0" values may be read as integer codes (Importer decides per column).
    QList<ImportField> keyFields() const override { return {ImportField::MemberCode, ImportField::OrderNo}; }
    // The stores the rows name (Importer loads them with the store list before the first row).
    void setStoreCodes(StoreCodes codes) { m_stores = std::move(codes); }
    // Earliest date among the orders inserted (invalid when none).
    QDate earliestInserted() const { return m_earliestInserted; }

    // Stable 63-bit hash of an order's content (not qHash, which is seeded per process).
    static qint64 contentHash(const QString& customerKey, const Order& order);

protected:
    // The customer by member code, phone or e-mail (a code "17850.0" also finds 17850), or a new
    // one with createCustomers; 0 with the row reported (and `reported` set) when unknown.
    Result<qint64> findCustomer(const RowView& row, const QString& code, const QString& phone, const QString& email,
                                ImportReport& report, bool& reported);
    // The customer these keys name (this import's new customers first), 0 when nobody.
    Result<qint64> lookupCustomer(const QString& code, const QString& phone, const QString& email);
    // A customer the row names who is not in the shop yet: name and details as the row has them.
    // An order file says nothing about consent: no marketing unless the row has a consent column.
    Customer newCustomerFrom(const RowView& row, const QString& code) const;
    Result<qint64> createCustomer(const Customer& customer, const QString& code, const QString& phone,
                                  const QString& email, ImportReport& report);
    // Writes the held-back orders in one statement and reports every held-back row in line order.
    Status flush(ImportReport& report);
    // Takes back a customer created by this import for an order that was then refused.
    Status dropCreatedCustomer(qint64 id, ImportReport& report);

    struct PreparedOrder : Prepared
    {
        QList<ImportProblem> problems; // refused when not empty
        QList<ImportProblem> warnings; // values left out
        Order order;
        QString code, phone, email; // the customer's keys as normalised
        qint64 contentHash = 0;
        ImportProblem orderNo; // where a clash of order numbers is reported
    };

    storage::CustomerRepository m_customers;
    storage::OrderRepository m_orders;
    qint64 m_batchId;
    bool m_createCustomers;
    bool m_consentGiven; // ImportOptions::consentGiven, for customers made from rows
    QDate m_latestAllowed;
    // By CustomerRepository::Key (member code, phone, e-mail): value → customer id, and the values
    // of the current batch that prefetch() found nobody for. One table per key, so that a lookup
    // builds no string (a million orders look up a customer each).
    QHash<QString, qint64> m_customerCache[3];
    QSet<QString> m_absent[3];
    QHash<qint64, int> m_occurrences; // content hash → times seen in this file
    QDate m_earliestInserted;
    StoreCodes m_stores; // prepare()'s
    QSet<QString> m_storesOfInserted;
    QList<storage::OrderRepository::NewOrder> m_flushOrders;                  // flush()'s, kept
    QList<std::optional<storage::OrderRepository::Existing>> m_flushOutcomes; // flush()'s, kept

    // Rows since the last flush, in file order: an order to write, or a refused row's problems
    // (held too, so that the report lists problems in line order).
    struct Pending
    {
        QList<ImportProblem> refused;
        storage::OrderRepository::NewOrder order;
        QList<ImportProblem> warnings;
        ImportProblem orderNo; // where a clash of order numbers is reported
    };
    QList<Pending> m_pending;
    qsizetype m_pendingOrders = 0;
};

} // namespace clientele::core::io
