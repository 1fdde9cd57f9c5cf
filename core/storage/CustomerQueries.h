#pragma once

#include "../domain/Customer.h"
#include "../domain/Money.h"
#include "../domain/Result.h"

#include <QHash>

#include <functional>
#include <optional>

namespace clientele::core::storage {

class Database;

// A customer as lists show it: contact fields plus order figures.
struct CustomerListRow
{
    qint64 id = 0;
    QString memberCode;
    QString name;
    QString phone;
    bool phoneValid = true;
    QString email;
    QString city;
    QStringList tags;
    // Order figures as report::Figures defines them (CustomerOrders …): refunds are not orders.
    qint64 orders = 0;
    Fen totalSpend = 0;
    QDate lastPurchase;
    // From the latest segmentation run (empty before the first run).
    QString tier;
    QString stage;
    int r = 0, f = 0, m = 0;
    QString segmentCn8;
    QString segmentScores;
    Fen spend12m = 0;
    // From the purchase models (−1 / 0 when they are off).
    double probabilityAlive = -1;
    Fen clv = 0;
    QString wechatId;
    QHash<QString, QString> fields; // shop-defined fields: key → stored value
    // The store code of the customer's home store ('' none yet); manual: set by hand, else where
    // they first bought (StoreRepository).
    QString homeStore;
    bool homeStoreManual = false;
};

// A condition on a shop-defined field: `equals` (choice), `contains` (text), or a range
// [from, to] (number: compared as numbers; date: ISO text). Empty parts are not conditions.
struct FieldCondition
{
    qint64 fieldId = 0;
    QString equals;
    QString contains;
    QString from;
    QString to;
    bool numeric = false;
};

// "Bought product or category X (in the last N days)" or "never bought X (in the last N days)".
// A purchase is an order line with a positive quantity (ProductQueries: refunds make nobody a
// buyer). The window is the last `withinDays` days up to Clock::today(), both ends included
// (1 = today only); 0 means any time.
struct ProductCondition
{
    qint64 productId = 0; // a product, or (when 0) …
    QString category;     // … every product of this category
    bool bought = true;   // false: never bought it (in the window)
    int withinDays = 0;

    bool isEmpty() const { return productId == 0 && category.isEmpty(); }
};

struct CustomerFilter
{
    QString search; // name, phone fragment, e-mail, member code or tag
    QString city;
    QString tag;
    QString tier;    // tier key of the latest segmentation run
    QString stage;   // lifecycle stage key
    QString segment; // RFM segment key (cn8 model) of the latest run
    QString homeStore; // store code of the customer's home store
    bool openFollowUp = false; // only customers with an open follow-up task
    QList<qint64> ids;         // only these customers (dashboard drill-down); empty = all
    QStringList homeStores;    // only the home customers of these stores (a store scope); empty = all
    QList<FieldCondition> fields; // shop-defined fields, all must hold
    ProductCondition product;     // what they bought (or never bought); empty = no condition
    // Campaign audiences (campaigns::FilterText): any of several tiers / stages, besides `tier` /
    // `stage`; the top N percent of customers by predicted 12-month value (ties by id); P(alive)
    // below a bound (customers without a prediction never match); total spend at least some fen;
    // only customers who may receive marketing (consent given, not erased).
    QStringList tiers;
    QStringList stages;
    int clvTopPercent = 0;     // 1–100; 0 = no condition
    double pAliveBelow = -1;   // 0–1; negative = no condition
    Fen spendMin = -1;         // negative = no condition
    bool marketableOnly = false;

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && city.isEmpty() && tag.isEmpty() && tier.isEmpty() && stage.isEmpty() &&
               segment.isEmpty() && homeStore.isEmpty() && !openFollowUp && ids.isEmpty() && homeStores.isEmpty() &&
               fields.isEmpty() && product.isEmpty() && tiers.isEmpty() && stages.isEmpty() &&
               clvTopPercent == 0 && pAliveBelow < 0 && spendMin < 0 && !marketableOnly;
    }
};

enum class CustomerSort { Name, MemberCode, Phone, City, Orders, Spend, LastPurchase, Tier, Stage, Spend12m, Clv, HomeStore, Id };

// Read-only list queries; filtering, sorting and paging happen in SQL.
class CustomerQueries
{
public:
    // matchCount: count() of the same filter when the caller has it; when most customers match and
    // the sort has an index, pages come from walking the index instead of collecting every match.
    static Result<QList<CustomerListRow>> list(const Database& database, const CustomerFilter& filter,
                                               CustomerSort sort, bool descending, int limit, int offset = 0,
                                               qint64 matchCount = -1);
    static constexpr qint64 kManyMatches = 5000; // below this, collecting the matches is cheap anyway
    static Result<qint64> count(const Database& database, const CustomerFilter& filter);
    // One customer's row, exactly as the list shows it (the profile's key numbers read this, so
    // the two never disagree); nullopt when there is no such customer.
    static Result<std::optional<CustomerListRow>> row(const Database& database, qint64 customerId);
    // Ids of every customer the filter matches, in list order (bulk actions on "all matching").
    static Result<QList<qint64>> ids(const Database& database, const CustomerFilter& filter, CustomerSort sort,
                                     bool descending);
    // Distinct cities and tags in use, for the filter bar.
    static Result<QStringList> cities(const Database& database);
    static Result<QStringList> tags(const Database& database);
    // How many customers have each store as their home store (store code → count; stores without
    // customers are absent).
    static Result<QHash<QString, qint64>> homeStoreCounts(const Database& database);
    // Streams customers (all, or `ids`) with their tags, ordered by id; for exports.
    static Status forEachForExport(const Database& database, const QList<qint64>& ids,
                                   const std::function<void(const Customer&)>& visit);
};

} // namespace clientele::core::storage
