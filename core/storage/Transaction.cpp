#include "Transaction.h"

#include "Database.h"
#include "dialect/SqlDialect.h"

namespace clientele::core::storage {

Transaction::Transaction(const Database& database) : m_database(database)
{
    m_beginStatus = m_database.exec(m_database.dialect().beginWrite());
    m_active = m_beginStatus.ok();
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
    if (status)
        m_active = false;
    return status;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    (void)m_database.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace clientele::core::storage
