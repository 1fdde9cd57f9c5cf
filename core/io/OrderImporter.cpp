#include "OrderImporter.h"
#include "domain/Clock.h"

#include "../domain/IsoDate.h"
#include "../domain/Money.h"
#include "CustomerRowParser.h"
#include "PhoneNormalizer.h"
#include "TextNormalizer.h"

#include "../storage/SqlValues.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::OrderImporter", text);
}

constexpr int kMaxCategoryChars = 40;
// Orders written per statement: large enough to amortise the statement, small enough to hold.
constexpr qsizetype kOrdersPerFlush = 2000;

// "128.50", "¥1,280": an amount in the category column.
bool looksLikeAmount(const QString& text)
{
    return !text.isEmpty() && money::parse(text).has_value();
}
} // namespace

OrderImporter::OrderImporter(const storage::Database& database, qint64 batchId, const ImportOptions& options)
    : m_customers(database), m_orders(database), m_batchId(batchId), m_createCustomers(options.createCustomers),
      m_consentGiven(options.consentGiven),
      m_latestAllowed(core::Clock::today().addDays(1)) // a till in another time zone may be a day ahead
{
    m_customers.setWriteTime(storage::sqlvalue::now()); // the import's one time for its rows, not a clock read each
}

qint64 OrderImporter::contentHash(const QString& customerKey, const Order& order)
{
    const QString text = customerKey + u'\x1f' + iso::date(order.date) + u'\x1f' + iso::time(order.time) + u'\x1f' +
                         QString::number(order.amount) + u'\x1f' + order.category + u'\x1f' + order.channel + u'\x1f' +
                         order.store;
    const QByteArray digest = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    qint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(digest[i]);
    return value & 0x7fffffffffffffffLL;
}

Result<qint64> OrderImporter::lookupCustomer(const QString& code, const QString& phone, const QString& email)
{
    using Key = storage::CustomerRepository::Key;
    // The customer a key names: this import's own and prefetch()'s answers first, else the shop.
    const auto idFor = [this](Key key, const QString& value) -> Result<qint64> {
        QHash<QString, qint64>& cache = m_customerCache[int(key)];
        if (const auto it = cache.constFind(value); it != cache.cend())
            return it.value();
        if (m_absent[int(key)].contains(value))
            return qint64(0);
        auto found = m_customers.idBy(key, value);
        if (found && *found != 0)
            cache.insert(value, *found);
        return found;
    };
    const std::pair<Key, QString> keys[] = {{Key::MemberCode, code}, {Key::Phone, phone}, {Key::Email, email}};
    for (const auto& [key, value] : keys) {
        if (value.isEmpty())
            continue;
        auto found = idFor(key, value);
        if (found && *found == 0 && key == Key::MemberCode && lineamounts::isIntegralFloat(value)) {
            found = idFor(key, lineamounts::integralKey(value)); // one "17850.0" among other codes
            if (found && *found != 0)
                m_customerCache[int(Key::MemberCode)].insert(value, *found);
        }
        if (!found || *found != 0)
            return found;
    }
    return qint64(0);
}

Status OrderImporter::prefetch(const QList<Prepared*>& upcoming)
{
    using Key = storage::CustomerRepository::Key;
    QStringList wanted[3]; // by Key: values neither cached nor asked for yet
    QSet<QString> asked[3];
    for (QSet<QString>& absent : m_absent)
        absent.clear();
    const auto want = [&](Key key, const QString& value) {
        if (value.isEmpty() || m_customerCache[int(key)].contains(value) || asked[int(key)].contains(value))
            return;
        asked[int(key)].insert(value);
        wanted[int(key)].append(value);
    };
    for (const Prepared* prepared : upcoming) {
        const auto& p = static_cast<const PreparedOrder&>(*prepared);
        if (!p.problems.isEmpty())
            continue;
        want(Key::MemberCode, p.code);
        if (lineamounts::isIntegralFloat(p.code))
            want(Key::MemberCode, lineamounts::integralKey(p.code));
        want(Key::Phone, p.phone);
        want(Key::Email, p.email);
    }
    for (const Key key : {Key::MemberCode, Key::Phone, Key::Email}) {
        auto found = m_customers.idsBy(key, wanted[int(key)]);
        if (!found)
            return found.error();
        for (const QString& value : std::as_const(wanted[int(key)])) {
            if (const auto it = found->constFind(value); it != found->cend())
                m_customerCache[int(key)].insert(value, it.value());
            else
                m_absent[int(key)].insert(value);
        }
    }
    return {};
}

Customer OrderImporter::newCustomerFrom(const RowView& row, const QString& code) const
{
    ParsedCustomer parsed = CustomerRowParser::parse(row, m_dateOrders, m_latestAllowed, m_consentGiven, m_dateSystem);
    parsed.customer.joinedOn = QDate(); // the order's date is not a join date
    parsed.customer.memberCode = code;  // as read: "17850.0" in a column of such codes is 17850
    return parsed.customer;
}

Result<qint64> OrderImporter::createCustomer(const Customer& customer, const QString& code, const QString& phone,
                                             const QString& email, ImportReport& report)
{
    auto id = m_customers.insert(customer, m_batchId);
    if (!id)
        return id.error();
    ++report.customersCreated;
    const QString keys[] = {code, phone, email};
    for (int i = 0; i < 3; ++i)
        if (!keys[i].isEmpty())
            m_customerCache[i].insert(keys[i], *id);
    return *id;
}

Status OrderImporter::dropCreatedCustomer(qint64 id, ImportReport& report)
{
    for (QHash<QString, qint64>& cache : m_customerCache)
        for (auto it = cache.begin(); it != cache.end();)
            it = it.value() == id ? cache.erase(it) : std::next(it);
    --report.customersCreated;
    return m_customers.remove(id);
}

Result<qint64> OrderImporter::findCustomer(const RowView& row, const QString& code, const QString& phone,
                                           const QString& email, ImportReport& report, bool& reported)
{
    auto found = lookupCustomer(code, phone, email);
    if (!found || *found != 0)
        return found;
    if (!m_createCustomers) {
        const ImportField field = !code.isEmpty()    ? ImportField::MemberCode
                                  : !phone.isEmpty() ? ImportField::Phone
                                                     : ImportField::Email;
        // Said in the data's terms: how to create them differs between the wizard and the CLI.
        skipRow(report, {row.problem(field, tr("no customer with this %1; import the customers first, or let the "
                                               "import create customers for unknown orders")
                                                .arg(importfield::label(field).toLower()))});
        ++report.unknownCustomers;
        reported = true;
        return qint64(0);
    }
    return createCustomer(newCustomerFrom(row, code), code, phone, email, report);
}

Status OrderImporter::importRow(const RowView& row, ImportReport& report)
{
    const auto prepared = prepare(row);
    return importPrepared(row, prepared.get(), report);
}

std::unique_ptr<RowImporter::Prepared> OrderImporter::prepare(const RowView& row)
{
    auto prepared = std::make_unique<PreparedOrder>();
    QList<ImportProblem>& problems = prepared->problems;
    Order& order = prepared->order;
    order.orderNo = keyValue(row, ImportField::OrderNo);

    const QString dateText = row.value(ImportField::OrderDate);
    const auto date = DateParser::parse(dateText, m_dateOrders.value(ImportField::OrderDate), m_dateSystem);
    if (dateText.isEmpty())
        problems.append(row.problem(ImportField::OrderDate, tr("the order date is missing")));
    else if (!date)
        problems.append(row.problem(ImportField::OrderDate, tr("not a date (expected e.g. 2024-05-01 13:45)")));
    else if (date->date > m_latestAllowed)
        problems.append(row.problem(ImportField::OrderDate, tr("the date is in the future")));
    else {
        order.date = date->date;
        order.time = date->time;
    }
    QList<ImportProblem>& warnings = prepared->warnings; // values left out; the order imports without them
    if (const QString t = row.value(ImportField::OrderTime); !t.isEmpty() && !order.time.isValid()) {
        order.time = QTime::fromString(TextNormalizer::toHalfWidth(t).trimmed(), QStringLiteral("H:mm:ss"));
        if (!order.time.isValid())
            order.time = QTime::fromString(TextNormalizer::toHalfWidth(t).trimmed(), QStringLiteral("H:mm"));
        if (!order.time.isValid())
            warnings.append(
                row.problem(ImportField::OrderTime, tr("not a time of day (expected 13:45); imported without it")));
    }

    const QString amountText = row.value(ImportField::Amount);
    const auto amount = money::parse(amountText);
    if (amountText.isEmpty())
        problems.append(row.problem(ImportField::Amount, tr("the amount is missing")));
    else if (!amount)
        problems.append(row.problem(ImportField::Amount, tr("not an amount (expected e.g. 128.50 or ¥1,280)")));
    else if (*amount > 100'000'000'00LL || *amount < -100'000'000'00LL)
        problems.append(row.problem(ImportField::Amount, tr("the amount is beyond ¥100,000,000")));
    else
        order.amount = *amount;

    order.category = TextNormalizer::cleanName(row.value(ImportField::Category));
    if (order.category.size() > kMaxCategoryChars || looksLikeAmount(order.category)) {
        // A shifted column (an amount, a note) would become a category of one in every report.
        warnings.append(row.problem(ImportField::Category, tr("not a product category (a number, or longer than %1 "
                                                              "characters); imported without it")
                                                               .arg(kMaxCategoryChars)));
        order.category.clear();
    }
    order.channel = TextNormalizer::cleanName(row.value(ImportField::Channel));
    order.store = m_stores.codeFor(row.value(ImportField::Store));

    const QString code = keyValue(row, ImportField::MemberCode);
    const NormalizedPhone phone = PhoneNormalizer::normalize(row.value(ImportField::Phone));
    if (phone.kind == NormalizedPhone::Kind::Invalid)
        problems.append(row.problem(ImportField::Phone, tr("not a phone number")));
    bool emailOk = true;
    const QString email = TextNormalizer::normalizeEmail(row.value(ImportField::Email), &emailOk);
    if (!emailOk)
        problems.append(row.problem(ImportField::Email, tr("not an e-mail address")));
    if (code.isEmpty() && phone.digits.isEmpty() && email.isEmpty() && problems.isEmpty())
        problems.append(
            {row.line(), QString(), QString(), tr("no member code, phone or e-mail to link the order to a customer")});
    if (problems.isEmpty())
        prepared->contentHash = contentHash(code + u'|' + phone.digits + u'|' + email, order);
    prepared->code = code;
    prepared->phone = phone.digits;
    prepared->email = email;
    prepared->orderNo = row.problem(ImportField::OrderNo, QString());
    return prepared;
}

Status OrderImporter::importPrepared(const RowView& row, Prepared* prepared, ImportReport& report)
{
    auto& p = static_cast<PreparedOrder&>(*prepared);
    if (!p.problems.isEmpty()) {
        skipRow(report, std::move(p.problems));
        return {};
    }
    bool reported = false;
    auto customerId = findCustomer(row, p.code, p.phone, p.email, report, reported);
    if (!customerId)
        return customerId.error();
    if (reported)
        return {};
    Order order = std::move(p.order);
    order.customerId = *customerId;
    const qint64 hash = p.contentHash;
    QString key;
    if (!order.orderNo.isEmpty())
        key = u"no:"_s + order.orderNo;
    else
        key = u"ck:"_s + QString::number(hash, 16) + u'#' + QString::number(++m_occurrences[hash]);

    m_pending.append(
        Pending{{}, {std::move(order), std::move(key), hash, row.line()}, std::move(p.warnings), std::move(p.orderNo)});
    if (++m_pendingOrders >= kOrdersPerFlush)
        return flush(report);
    return {};
}

void OrderImporter::skipRow(ImportReport& report, QList<ImportProblem> problems)
{
    if (m_pending.isEmpty())
        report.skipRow(std::move(problems));
    else
        m_pending.append(Pending{std::move(problems), {}, {}, {}});
}

Status OrderImporter::finish(ImportReport& report)
{
    return flush(report);
}

Status OrderImporter::flush(ImportReport& report)
{
    // Lists kept from batch to batch: freeing blocks this large made the allocator sweep its
    // small free blocks each time.
    QList<storage::OrderRepository::NewOrder>& orders = m_flushOrders;
    orders.clear();
    orders.reserve(m_pendingOrders);
    for (const Pending& p : std::as_const(m_pending))
        if (p.refused.isEmpty())
            orders.append(p.order);
    if (auto s = m_orders.insertManyIfNew(orders, m_batchId, m_flushOutcomes); !s)
        return s;
    qsizetype next = 0;
    for (Pending& p : m_pending) {
        if (!p.refused.isEmpty()) {
            report.skipRow(std::move(p.refused));
            continue;
        }
        const Order& order = p.order.order;
        const auto& existing = m_flushOutcomes[next++];
        if (!existing) {
            ++report.inserted;
            if (order.amount < 0)
                ++report.refunds; // counted apart from orders, as everywhere (report::Figures)
            report.touchedCustomers.insert(order.customerId);
            if (!order.store.isEmpty())
                m_storesOfInserted.insert(order.store);
            if (!m_earliestInserted.isValid() || order.date < m_earliestInserted)
                m_earliestInserted = order.date;
            report.droppedValues += p.warnings.size();
            report.warnRow(std::move(p.warnings));
            continue;
        }
        const bool sameFile = existing->importBatchId == m_batchId;
        if (existing->contentHash != p.order.contentHash) {
            const QString where =
                sameFile ? tr("line %1 of this file").arg(existing->sourceLine)
                         : tr("import #%1, line %2").arg(existing->importBatchId).arg(existing->sourceLine);
            p.orderNo.reason = tr("order number already used by a different order (%1)").arg(where);
            report.skipRow({std::move(p.orderNo)});
        } else if (sameFile) {
            ++report.repeatedInFile;
        } else {
            ++report.duplicates;
            ++report.unchanged;
        }
    }
    m_pending.clear();
    m_pendingOrders = 0;
    orders.clear(); // the strings go now, not with the next batch
    return {};
}

} // namespace clientele::core::io
