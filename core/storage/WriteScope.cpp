#include "WriteScope.h"

#include "Database.h"
#include "OpenTransactions.h"
#include "dialect/SqlDialect.h"

#include <atomic>

namespace clientele::core::storage {

namespace {
std::atomic<int> g_savepoints{0};

// SQLite's own words for BEGIN inside a transaction (not translated, stable since 3.0).
bool alreadyInTransaction(const Status& status)
{
    return !status && status.error().message.contains(QLatin1String("within a transaction"));
}
} // namespace

WriteScope::WriteScope(const Database& database) : m_database(database)
{
    const QString connection = m_database.connection().connectionName();
    if (!openTransactions::contains(connection)) {
        m_beginStatus = m_database.exec(m_database.dialect().beginWrite());
        if (m_beginStatus) {
            m_active = true;
            openTransactions::add(connection);
            return;
        }
        if (!alreadyInTransaction(m_beginStatus))
            return;
    }
    // The name is our own counter: nothing from outside goes into the SQL text.
    m_savepoint = QStringLiteral("clientele_scope_%1").arg(++g_savepoints);
    m_beginStatus = m_database.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    m_active = m_beginStatus.ok();
}

WriteScope::~WriteScope()
{
    if (m_active)
        rollback();
}

Status WriteScope::commit()
{
    if (!m_active)
        return m_beginStatus.ok() ? Status(Error::make(Error::Code::Database, QStringLiteral("No transaction")))
                                  : m_beginStatus;
    Status status = m_database.exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                          : QStringLiteral("RELEASE ") + m_savepoint);
    if (status) {
        m_active = false;
        if (m_savepoint.isEmpty())
            openTransactions::remove(m_database.connection().connectionName());
    }
    return status;
}

void WriteScope::rollback()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        (void)m_database.exec(QStringLiteral("ROLLBACK"));
        openTransactions::remove(m_database.connection().connectionName());
    } else {
        (void)m_database.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)m_database.exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    m_active = false;
}

} // namespace clientele::core::storage
