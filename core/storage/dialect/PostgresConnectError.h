#pragma once

#include "../../domain/Error.h"
#include "../DatabaseLocation.h"

namespace clientele::core::storage {

// Why a connection to a shop server failed, as a sentence in the user's language: libpq's own
// text is English and names internals, so the common causes (wrong password, no server answering,
// no such database, TLS required but not offered) get words an owner can act on, and a code:
// Forbidden (account or password), Io (no server), NotFound (no such database), Database (other,
// with the server's text). `serverText` is libpq's message; the password never appears.
Error postgresConnectError(const DatabaseLocation& location, const QString& serverText);

} // namespace clientele::core::storage
