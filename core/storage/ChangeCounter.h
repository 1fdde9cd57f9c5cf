#pragma once

#include "../domain/Result.h"

namespace clientele::core::storage {

class Database;

// A number that changes when another connection commits to the shop — another till, the CLI, a
// worker thread of this app — and not for this connection's own writes (SQLite's
// PRAGMA data_version). Cheap enough to ask every few seconds; only its changes mean anything.
// On a shop server (PostgreSQL) it is the server's next transaction id: it also moves for this
// connection's own writes (and other databases' on the same server), so the desktop acknowledges
// after its own reloads; a write it does not follow with a reload may show the notice once.
Result<qint64> externalChangeCounter(const Database& database);

} // namespace clientele::core::storage
