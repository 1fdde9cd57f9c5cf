#pragma once

#include "../domain/Result.h"

#include <QString>

namespace clientele::core::storage {

class Database;

// Shop-wide settings stored in the database (per-machine UI state lives in QSettings instead).
class SettingsRepository
{
public:
    explicit SettingsRepository(const Database& database) : m_database(database) {}
    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Status setValue(const QString& key, const QString& value);

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
