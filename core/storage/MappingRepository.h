#pragma once

#include "../domain/Result.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace clientele::core::storage {

class Database;

// Column mappings the owner saved by name ("POS export", "WeChat shop"), per import kind, so a
// file from the same source maps itself next time.
class MappingRepository
{
public:
    explicit MappingRepository(const Database& database) : m_database(database) {}

    Status save(const QString& name, const QString& kind, const QJsonObject& mapping);
    Result<std::optional<QJsonObject>> load(const QString& name) const;
    Result<QStringList> names(const QString& kind) const; // most recently saved first

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
