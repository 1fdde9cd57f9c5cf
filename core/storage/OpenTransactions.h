#pragma once

#include <QString>

namespace clientele::core::storage::openTransactions {

// Which connections (by Qt connection name) are inside a transaction that Transaction or
// WriteScope began, so a WriteScope inside one takes a SAVEPOINT instead of a second BEGIN — which
// SQLite refuses but PostgreSQL only warns about (and its COMMIT would end the caller's
// transaction). One connection is used by one thread at a time (Database's contract).
bool contains(const QString& connection);
void add(const QString& connection);
void remove(const QString& connection);

} // namespace clientele::core::storage::openTransactions
