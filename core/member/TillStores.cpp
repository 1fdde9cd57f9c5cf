// The stores money at a till counts for: SaleService's store rules, apart from the sale itself.
#include "SaleService.h"

#include "../storage/StoreRepository.h"
#include "../stores/StoreService.h"

#include <QCoreApplication>

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::SaleService", text);
}
} // namespace

Result<QString> SaleService::storeFor(const storage::Database& database, const QString& requested, const QString& till)
{
    if (requested.trimmed().isEmpty())
        return storage::StoreRepository(database).storeOfTill(till.isEmpty() ? defaultTill() : till);
    return stores::StoreService::codeOf(database, requested);
}

Result<std::optional<QString>> SaleService::tillStore(const storage::Database& database, const QString& till)
{
    auto store = storeFor(database, QString(), till);
    if (!store)
        return store.error();
    if (!store->isEmpty())
        return std::optional(*store);
    auto stores = storage::StoreRepository(database).list();
    if (!stores)
        return stores.error();
    if (stores->isEmpty())
        return std::optional(QString());
    if (stores->size() == 1)
        return std::optional(stores->first().code);
    return std::optional<QString>();
}

Result<QString> SaleService::storeTakingMoney(const storage::Database& database, const QString& requested,
                                              const QString& till)
{
    if (!requested.trimmed().isEmpty())
        return storeFor(database, requested, till);
    auto store = tillStore(database, till);
    if (!store)
        return store.error();
    if (store->has_value())
        return **store;
    // Refused like an overdrawn balance (Conflict): well-formed, but the shop's state says no.
    return Error::make(Error::Code::Conflict,
                       tr("Not saved: this till has no store yet, and the shop has several, so the money would "
                          "count for none of them. Choose the store this till stands in first."));
}

} // namespace clientele::core::member
