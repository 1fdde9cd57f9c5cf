#include "Transaction.h"

#include "Database.h"
#include "OpenTransactions.h"
#include "dialect/SqlDialect.h"

#include <QMutex>
#include <QSet>

namespace clientele::core::storage {

namespace openTransactions {
namespace {
QMutex g_mutex;
QSet<QString>& open()
{
    static QSet<QString> names;
    return names;
}
} // namespace

bool contains(const QString& connection)
{
    QMutexLocker lock(&g_mutex);
    return open().contains(connection);
}

void add(const QString& connection)
{
    QMutexLocker lock(&g_mutex);
    open().insert(connection);
}

void remove(const QString& connection)
{
    QMutexLocker lock(&g_mutex);
    open().remove(connection);
}
} // namespace openTransactions

Transaction::Transaction(const Database& database) : m_database(database)
{
    m_beginStatus = m_database.exec(m_database.dialect().beginWrite());
    m_active = m_beginStatus.ok();
    if (m_active)
        openTransactions::add(m_database.connection().connectionName());
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return m_beginStatus.ok() ? Status(Error::make(Error::Code::Database, QStringLiteral("No transaction")))
                                  : m_beginStatus;
    Status status = m_database.exec(QStringLiteral("COMMIT"));
    if (status) {
        m_active = false;
        openTransactions::remove(m_database.connection().connectionName());
    }
    return status;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    (void)m_database.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
    openTransactions::remove(m_database.connection().connectionName());
}

} // namespace clientele::core::storage
