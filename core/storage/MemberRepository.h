#pragma once

#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace clientele::core::storage {

class Database;

// One row of the points ledger. points > 0 adds (expiresOn set), < 0 takes away (lotId: the award
// it takes back, 0 = oldest first).
struct PointsRow
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString kind; // earn, redeem, earn_reversal, redeem_return, adjust
    qint64 points = 0;
    QDate occurredOn;
    QDate expiresOn;
    qint64 lotId = 0;
    qint64 saleId = 0;
    qint64 orderId = 0; // imported order awarded
    QString note;
    QString store; // code; '' when written before stores or at a till without one
    QString till;
    QString actor;
    QString saleKind; // read only: the kind of the counter sale saleId names (sale, refund, void), '' when none
                      // or read by allPoints
};

// One row of the stored-value ledger: signed principal and bonus (payments negative).
struct StoredValueRow
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString kind; // topup, payment, refund
    Fen principal = 0;
    Fen bonus = 0;
    Fen paid = 0; // money taken for a top-up
    QString payMethod;
    QDate occurredOn;
    qint64 saleId = 0;
    QString store; // code, as PointsRow::store
    QString till;
    QString actor;
    QString saleKind; // read only, as PointsRow::saleKind
};

// One money part of a counter sale (cash, card, wechat, alipay): negative on its refund or void.
struct PaymentRow
{
    QString method;
    Fen amount = 0;
};

// A counter sale, refund or void as recorded (amounts of a reversal negative, like its order).
struct SaleRow
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNo;
    qint64 customerId = 0;
    QString kind; // sale, refund, void
    qint64 reversesId = 0;
    QDate soldOn;
    Fen list = 0;
    Fen discount = 0;
    qint64 pointsRedeemed = 0;
    Fen pointsValue = 0;
    Fen paidPrincipal = 0;
    Fen paidBonus = 0;
    Fen paidOther = 0;
    QString payMethod;
    qint64 pointsEarned = 0;
    QString store;
    QString till;
    QString actor;
    QString category; // written to the order (a visit card's plan name); not read back
    QList<PaymentRow> payments; // written with the sale; read with paymentsOfSale()
    Fen amount() const { return list - discount; } // the order's amount
};

// All SQL of the member program (rules, counter sales, the two ledgers). Same thread as the
// Database; writes join the caller's transaction.
class MemberRepository
{
public:
    explicit MemberRepository(const Database& database) : m_database(database) {}

    Result<std::optional<std::pair<int, QJsonObject>>> latestRules() const;
    Result<int> saveRules(const QJsonObject& json); // the new version

    // Inside a write transaction, before reading a balance to pay from it: makes another till that
    // writes to the same customer's accounts wait until this transaction ends (a row lock on a
    // server; SQLite's write transaction already excludes every other writer).
    Status lockAccount(qint64 customerId) const;
    // The next free order number of the counter for `day`: S<yyyyMMdd>-<nnnn>. Tills numbering
    // sales at once wait for each other until the end of the transaction.
    Result<QString> nextOrderNo(const QDate& day) const;
    // Inserts the order (source 'counter') and its sale row; returns the sale id.
    Result<qint64> insertSale(SaleRow sale, const QString& refundOfNo = {});
    Result<std::optional<SaleRow>> saleByOrderNo(const QString& orderNo) const;
    Result<std::optional<SaleRow>> saleById(qint64 id) const;
    Result<qint64> reversalOf(qint64 saleId) const; // the refund/void row's id, 0 when none
    Result<QList<SaleRow>> salesOf(qint64 customerId) const;
    // The sale's money parts; a sale from before split payments: its paid_other_fen by its pay_method.
    Result<QList<PaymentRow>> paymentsOfSale(const SaleRow& sale) const;

    Result<qint64> insertPoints(const PointsRow& row);
    Result<QList<PointsRow>> pointsOf(qint64 customerId) const;     // ordered by date, then id
    Result<QList<PointsRow>> allPoints(const QDate& asOf) const;     // rows on or before asOf, by customer
    Result<QList<PointsRow>> pointsOfSale(qint64 saleId) const;

    Result<qint64> insertStoredValue(const StoredValueRow& row);
    Result<QList<StoredValueRow>> storedValueOf(qint64 customerId) const;
    Result<QList<StoredValueRow>> storedValueOfSale(qint64 saleId) const;
    // Sums of principal and bonus over rows on or before asOf (customerId 0: every customer).
    Result<std::pair<Fen, Fen>> storedValueSum(qint64 customerId, const QDate& asOf) const;

    Result<QString> tierOf(qint64 customerId) const; // '' when never segmented
    // True when the customer has points, stored value or counter sales (ledgers never move).
    Result<bool> hasMemberHistory(qint64 customerId) const;
    Result<bool> memberCodeTaken(const QString& code) const;
    Status setMemberCode(qint64 customerId, const QString& code);
    // Imported orders on or after `from` with no award yet (id, customer, date, amount).
    struct ImportedOrder
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QDate date;
        Fen amount = 0;
    };
    Result<QList<ImportedOrder>> unawardedImportedOrders(const QDate& from) const;

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
