#include "OrderLineImporter.h"

#include "../domain/ChargeLines.h"

#include "../domain/IsoDate.h"
#include "LineAmounts.h"
#include "PhoneNormalizer.h"
#include "TextNormalizer.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::io {

namespace {
// The order's lines that are shipping, fees or discounts rather than goods.
template<typename Pending>
qint64 chargeLines(const Pending& pending)
{
    qint64 n = 0;
    for (const auto& l : pending.lines)
        if (chargelines::isCharge(l.product.code, l.product.name))
            ++n;
    return n;
}
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::OrderLineImporter", text);
}

// Cells that mean "no value" in exported spreadsheets (R, pandas, Excel).
QString cell(const RowView& row, ImportField field)
{
    const QString v = row.value(field);
    static const QStringList empty = {u"NA"_s, u"N/A"_s, u"n/a"_s, u"#N/A"_s, u"NaN"_s, u"nan"_s, u"NULL"_s,
                                      u"null"_s, u"None"_s, u"-"_s};
    return empty.contains(v) ? QString() : v;
}

bool isRefundNumber(const QString& orderNo)
{
    return orderNo.size() > 1 && (orderNo[0] == u'C' || orderNo[0] == u'c') && orderNo[1].isDigit();
}

bool earlier(const QDate& d1, const QTime& t1, const QDate& d2, const QTime& t2)
{
    if (!d2.isValid())
        return d1.isValid();
    if (d1 != d2)
        return d1.isValid() && d1 < d2;
    return t1.isValid() && (!t2.isValid() || t1 < t2);
}
} // namespace

OrderLineImporter::OrderLineImporter(const storage::Database& database, qint64 batchId, const ImportOptions& options,
                                     const QString& fileName)
    : OrderImporter(database, batchId, options), m_lines(database), m_fileName(fileName)
{
}

Status OrderLineImporter::importRow(const RowView& row, ImportReport& report)
{
    PendingLine line;
    line.line = row.line();
    QList<ImportProblem>& problems = line.problems;

    // When: the order's date (and time) is its earliest line's.
    QDate date;
    QTime time;
    const QString dateText = cell(row, ImportField::OrderDate);
    const auto when = DateParser::parse(dateText, m_dateOrders.value(ImportField::OrderDate), m_dateSystem);
    if (dateText.isEmpty())
        problems.append(row.problem(ImportField::OrderDate, tr("the order date is missing")));
    else if (!when)
        problems.append(row.problem(ImportField::OrderDate, tr("not a date (expected e.g. 2024-05-01 13:45)")));
    else if (when->date > m_latestAllowed)
        problems.append(row.problem(ImportField::OrderDate, tr("the date is in the future")));
    else {
        date = when->date;
        time = when->time;
    }
    if (const QString t = cell(row, ImportField::OrderTime); !t.isEmpty() && !time.isValid()) {
        const QString clean = TextNormalizer::toHalfWidth(t).trimmed();
        time = QTime::fromString(clean, u"H:mm:ss"_s);
        if (!time.isValid())
            time = QTime::fromString(clean, u"H:mm"_s);
    }

    // How much: quantity × unit price, or the line total; less the discount.
    auto& v = line.values;
    v.sourceLine = row.line();
    v.quantityMilli = 1000;
    if (const QString q = cell(row, ImportField::Quantity); !q.isEmpty()) {
        const auto qty = lineamounts::parseQuantity(q);
        if (!qty)
            problems.append(row.problem(ImportField::Quantity, tr("not a quantity (expected e.g. 2 or 0.5)")));
        else if (*qty == 0 || *qty > lineamounts::kMaxQuantityMilli || *qty < -lineamounts::kMaxQuantityMilli)
            problems.append(row.problem(ImportField::Quantity, tr("the quantity is zero or beyond 100,000")));
        else
            v.quantityMilli = *qty;
    } else if (!row.header(ImportField::Quantity).isEmpty()) {
        problems.append(row.problem(ImportField::Quantity, tr("the quantity is missing")));
    }
    if (const QString p = cell(row, ImportField::UnitPrice); !p.isEmpty()) {
        const auto price = lineamounts::parsePriceLi(p);
        if (!price)
            problems.append(row.problem(ImportField::UnitPrice,
                                        tr("not a unit price (expected e.g. 12.50, at most three decimals)")));
        else if (*price > lineamounts::kMaxPriceLi || *price < -lineamounts::kMaxPriceLi)
            problems.append(row.problem(ImportField::UnitPrice, tr("the unit price is beyond ¥10,000,000")));
        else
            v.unitPriceLi = *price;
    }
    std::optional<Fen> gross;
    if (const QString t = cell(row, ImportField::LineTotal); !t.isEmpty()) {
        gross = money::parse(t);
        if (!gross)
            problems.append(row.problem(ImportField::LineTotal, tr("not an amount (expected e.g. 128.50 or ¥1,280)")));
    } else if (v.unitPriceLi) {
        gross = lineamounts::lineTotal(v.quantityMilli, *v.unitPriceLi);
    } else if (problems.isEmpty()) {
        problems.append(row.problem(row.header(ImportField::LineTotal).isEmpty() ? ImportField::UnitPrice
                                                                                 : ImportField::LineTotal,
                                    tr("neither a line total nor a unit price")));
    }
    if (const QString d = cell(row, ImportField::Discount); !d.isEmpty()) {
        const auto discount = money::parse(d);
        if (!discount)
            problems.append(row.problem(ImportField::Discount, tr("not an amount (expected e.g. 128.50 or ¥1,280)")));
        else
            v.discountFen = *discount < 0 ? -*discount : *discount;
    }
    if (gross) {
        v.totalFen = *gross >= 0 ? *gross - v.discountFen : *gross + v.discountFen;
        if (v.totalFen > lineamounts::kMaxLineFen || v.totalFen < -lineamounts::kMaxLineFen)
            problems.append(row.problem(ImportField::LineTotal, tr("the amount is beyond ¥100,000,000")));
    }

    // What: the product by its code, else by its name.
    line.product.code = keyValue(row, ImportField::ProductCode);
    if (line.product.code == u"NA")
        line.product.code.clear();
    line.product.name = TextNormalizer::cleanName(cell(row, ImportField::ProductName));
    line.product.category = TextNormalizer::cleanName(cell(row, ImportField::Category));
    line.product.key = storage::OrderLineRepository::productKey(line.product.code, line.product.name);
    if (const QString flag = cell(row, ImportField::RefundFlag); !flag.isEmpty()) {
        bool recognized = false;
        line.refundFlag = TextNormalizer::parseYesNo(flag, &recognized) || flag.contains(u'退') ||
                          flag.compare(u"refund"_s, Qt::CaseInsensitive) == 0 ||
                          flag.compare(u"return"_s, Qt::CaseInsensitive) == 0;
    }

    // Who: member code, phone or e-mail; none on every line of the order is a guest sale.
    QString code = keyValue(row, ImportField::MemberCode);
    if (code == u"NA" || code == u"N/A")
        code.clear();
    const NormalizedPhone phone = PhoneNormalizer::normalize(cell(row, ImportField::Phone));
    if (phone.kind == NormalizedPhone::Kind::Invalid)
        problems.append(row.problem(ImportField::Phone, tr("not a phone number")));
    bool emailOk = true;
    const QString email = TextNormalizer::normalizeEmail(cell(row, ImportField::Email), &emailOk);
    if (!emailOk)
        problems.append(row.problem(ImportField::Email, tr("not an e-mail address")));
    const QString customerText = code.isEmpty() && phone.digits.isEmpty() && email.isEmpty()
                                     ? QString()
                                     : code + u'|' + phone.digits + u'|' + email;

    QString orderNo = keyValue(row, ImportField::OrderNo);
    if (orderNo == u"NA")
        orderNo.clear();
    const QString key = !orderNo.isEmpty()
                            ? orderNo
                            : u"@"_s + customerText + u'|' + iso::date(date) + u' ' + iso::time(time);
    if (const auto refused = m_refused.constFind(key); refused != m_refused.cend()) {
        if (problems.isEmpty())
            problems.append({row.line(), row.header(ImportField::OrderNo), orderNo,
                             tr("not imported with its order: line %1 of the order was refused").arg(refused.value())});
        report.skipRow(std::move(problems));
        return {};
    }

    auto it = m_open.find(key);
    if (it == m_open.end()) {
        while (m_open.size() >= kMaxOpenOrders)
            if (auto s = flushOldest(report); !s)
                return s;
        PendingOrder pending;
        pending.key = key;
        pending.order.orderNo = orderNo;
        pending.order.date = date;
        pending.order.time = time;
        pending.order.channel = TextNormalizer::cleanName(cell(row, ImportField::Channel));
        pending.order.store = m_stores.codeFor(cell(row, ImportField::Store));
        it = m_open.insert(key, std::move(pending));
        m_opened.push_back(key);
    } else if (earlier(date, time, it->order.date, it->order.time)) {
        it->order.date = date;
        it->order.time = time;
    }

    PendingOrder& pending = *it;
    if (line.problems.isEmpty() && !customerText.isEmpty()) {
        if (pending.customerText.isEmpty() || pending.customerText != customerText) {
            bool reported = false;
            // A second customer on an order already naming one is only looked up: the order will be
            // refused, and must not leave a customer created for it behind.
            const bool named = pending.order.customerId != 0 || pending.newCustomer.has_value();
            Result<qint64> id = qint64(0);
            if (named)
                id = existingCustomer(code, phone.digits, email);
            else if (m_createCustomers)
                id = lookupCustomer(code, phone.digits, email);
            else
                id = findCustomer(row, code, phone.digits, email, report, reported);
            if (!id)
                return id.error();
            if (reported) {
                line.reported = true;
            } else if (named && *id != pending.order.customerId) { // a new customer differs from any id
                const ImportField field = !code.isEmpty() ? ImportField::MemberCode
                                          : !phone.digits.isEmpty() ? ImportField::Phone
                                                                    : ImportField::Email;
                line.problems.append(row.problem(field, tr("%1: lines of order %2 name two customers (line %3 names "
                                                           "another one)")
                                                            .arg(m_fileName, orderNo)
                                                            .arg(pending.customerLine)));
            } else {
                pending.order.customerId = *id;
                pending.customerText = customerText;
                pending.customerLine = row.line();
                if (*id == 0) { // unknown, and the import may create customers: when the order is written
                    pending.newCustomer = newCustomerFrom(row, code);
                    pending.newCode = code;
                    pending.newPhone = phone.digits;
                    pending.newEmail = email;
                }
            }
        }
    }
    if ((!line.problems.isEmpty() || line.reported) && pending.failedLine == 0)
        pending.failedLine = row.line();
    pending.lines.append(std::move(line));
    return {};
}

Result<qint64> OrderLineImporter::existingCustomer(const QString& code, const QString& phone, const QString& email)
{
    for (int i = 0; i < 3; ++i) {
        const QString& key = i == 0 ? code : i == 1 ? phone : email;
        if (key.isEmpty())
            continue;
        auto found = i == 0 ? m_customers.findByMemberCode(key)
                     : i == 1 ? m_customers.findByPhone(key)
                              : m_customers.findByEmail(key);
        if (!found)
            return found.error();
        if (found->has_value())
            return (*found)->id;
    }
    return qint64(-1); // nobody: certainly not the order's customer
}

Status OrderLineImporter::flushOldest(ImportReport& report)
{
    const QString key = m_opened.front();
    m_opened.pop_front();
    auto it = m_open.find(key);
    if (it == m_open.end())
        return {};
    PendingOrder pending = std::move(*it);
    m_open.erase(it);
    return flush(pending, report);
}

Status OrderLineImporter::finish(ImportReport& report)
{
    while (!m_opened.empty())
        if (auto s = flushOldest(report); !s)
            return s;
    return {};
}

void OrderLineImporter::refuse(const PendingOrder& pending, const QString& reason, ImportReport& report)
{
    for (const PendingLine& l : pending.lines) {
        if (l.reported)
            continue;
        if (!l.problems.isEmpty())
            report.skipRow(l.problems);
        else
            report.skipRow({{l.line, QString(), pending.order.orderNo, reason}});
    }
    m_refused.insert(pending.key, pending.failedLine > 0 ? pending.failedLine : pending.lines.value(0).line);
}

Status OrderLineImporter::writeLines(qint64 orderId, const PendingOrder& pending)
{
    for (const PendingLine& l : pending.lines) {
        auto product = m_lines.productId(l.product, m_batchId);
        if (!product)
            return product.error();
        auto values = l.values;
        values.productId = *product;
        if (auto s = m_lines.insertLine(orderId, values); !s)
            return s;
    }
    return {};
}

Status OrderLineImporter::flush(PendingOrder& pending, ImportReport& report)
{
    Order& order = pending.order;
    if (pending.failedLine > 0) {
        refuse(pending, tr("not imported with its order: line %1 of the order was refused").arg(pending.failedLine),
               report);
        return {};
    }
    if (order.customerId == 0 && !pending.newCustomer) {
        ++report.guestOrders;
        for (const PendingLine& l : pending.lines)
            report.addGuestLine({l.line, QString(), order.orderNo,
                                 tr("a guest sale: no member code, phone or e-mail on any line of its order")});
        return {};
    }

    // A cancellation: C-number, every quantity negative, or flagged. Its lines count as returns.
    const bool allNegative = std::all_of(pending.lines.cbegin(), pending.lines.cend(),
                                         [](const PendingLine& l) { return l.values.quantityMilli < 0; });
    const bool flagged = std::any_of(pending.lines.cbegin(), pending.lines.cend(),
                                     [](const PendingLine& l) { return l.refundFlag; });
    const bool refund = isRefundNumber(order.orderNo) || allNegative || flagged;
    order.amount = 0;
    QString category = pending.lines.value(0).product.category;
    for (PendingLine& l : pending.lines) {
        if (refund && l.values.quantityMilli > 0) {
            l.values.quantityMilli = -l.values.quantityMilli;
            l.values.totalFen = -l.values.totalFen;
        }
        order.amount += l.values.totalFen;
        if (l.product.category != category)
            category.clear();
    }
    if (order.amount > 100'000'000'00LL || order.amount < -100'000'000'00LL) {
        refuse(pending, tr("the order's lines add up to more than ¥100,000,000"), report);
        return {};
    }
    order.category = category;

    bool createdHere = false;
    if (pending.newCustomer) {
        // Another order of this import may have created them meanwhile.
        auto id = lookupCustomer(pending.newCode, pending.newPhone, pending.newEmail);
        if (!id)
            return id.error();
        if (*id == 0) {
            id = createCustomer(*pending.newCustomer, pending.newCode, pending.newPhone, pending.newEmail, report);
            if (!id)
                return id.error();
            createdHere = true;
        }
        order.customerId = *id;
    }

    const QString orderKey = order.orderNo.isEmpty()
                                 ? u"ck:"_s + QString::number(contentHash(pending.customerText, order), 16)
                                 : u"no:"_s + order.orderNo;
    const qint64 hash = contentHash(pending.customerText, order);
    auto existing = m_orders.insertIfNew(order, orderKey, hash, m_batchId, pending.lines.value(0).line);
    if (!existing)
        return existing.error();
    const qint64 lineCount = pending.lines.size();
    if (!existing->has_value()) {
        const qint64 orderId = m_orders.lastInsertedId();
        if (!order.store.isEmpty())
            m_storesOfInserted.insert(order.store);
        if (auto s = writeLines(orderId, pending); !s)
            return s;
        if (refund && isRefundNumber(order.orderNo)) {
            const QString original = order.orderNo.mid(1);
            if (auto s = m_lines.setRefundOf(orderId, original); !s)
                return s;
            auto found = m_lines.orderNumberExists(original);
            if (!found)
                return found.error();
            if (*found)
                ++report.refundsLinked;
        }
        ++report.inserted;
        if (refund)
            ++report.refunds;
        report.linesImported += lineCount;
        report.chargeLines += chargeLines(pending);
        report.touchedCustomers.insert(order.customerId);
        if (!m_earliestInserted.isValid() || order.date < m_earliestInserted)
            m_earliestInserted = order.date;
        return {};
    }

    if (createdHere) // the number belongs to an order of someone else: the order is refused below
        if (auto s = dropCreatedCustomer(order.customerId, report); !s)
            return s;
    auto head = m_lines.findOrder(orderKey);
    if (!head)
        return head.error();
    if (!head->has_value())
        return Error::make(Error::Code::Database, tr("Order %1 vanished during the import.").arg(order.orderNo));
    const auto& stored = **head;
    const bool sameFile = stored.importBatchId == m_batchId;
    const QString where = sameFile ? tr("line %1 of this file").arg(stored.sourceLine)
                                   : tr("import #%1, line %2").arg(stored.importBatchId).arg(stored.sourceLine);
    if (stored.customerId != order.customerId) {
        refuse(pending, tr("order number already used for another customer (%1)").arg(where), report);
        return {};
    }
    if (sameFile) {
        // The order's lines came apart in the file (more orders open than we hold): complete it.
        if (auto s = writeLines(stored.id, pending); !s)
            return s;
        const bool earlierHere = earlier(order.date, order.time, stored.date, stored.time);
        if (auto s = m_lines.extendOrder(stored.id, order.amount, earlierHere ? order.date : stored.date,
                                         earlierHere ? order.time : stored.time);
            !s)
            return s;
        report.linesImported += lineCount;
        report.chargeLines += chargeLines(pending);
        if (earlierHere && order.date < m_earliestInserted)
            m_earliestInserted = order.date;
        return {};
    }
    if (stored.lines == 0) {
        // An order imported from an order file (no lines): the same amount is the same order.
        if (stored.amount == order.amount) {
            report.unchanged += lineCount;
            report.duplicates += lineCount;
        } else {
            refuse(pending, tr("order number already used by a different order (%1)").arg(where), report);
        }
        return {};
    }
    auto storedLines = m_lines.linesOf(stored.id);
    if (!storedLines)
        return storedLines.error();
    QList<bool> used(storedLines->size(), false);
    QList<const PendingLine*> added;
    for (const PendingLine& l : pending.lines) {
        auto product = m_lines.productId(l.product, m_batchId);
        if (!product)
            return product.error();
        bool matched = false;
        for (qsizetype i = 0; i < storedLines->size() && !matched; ++i) {
            const auto& s = (*storedLines)[i];
            if (!used[i] && s.productId == *product && s.quantityMilli == l.values.quantityMilli &&
                s.unitPriceLi == l.values.unitPriceLi && s.totalFen == l.values.totalFen &&
                s.discountFen == l.values.discountFen) {
                used[i] = true;
                matched = true;
            }
        }
        if (matched) {
            ++report.unchanged;
            ++report.duplicates;
        } else {
            added.append(&l);
        }
    }
    if (!added.isEmpty()) {
        ++report.ordersExtended;
        for (const PendingLine* l : added)
            report.skipRow({{l->line, QString(), order.orderNo,
                             tr("order %1 was imported before (import #%2) without this line; lines are not added to "
                                "an order of an earlier import: undo import #%2 and import the files together")
                                 .arg(order.orderNo)
                                 .arg(stored.importBatchId)}});
    }
    return {};
}

} // namespace clientele::core::io
