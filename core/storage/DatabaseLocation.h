#pragma once

#include "../domain/Result.h"

#include <QString>

namespace clientele::core::storage {

// Where a shop lives, as given to --db: a SQLite file path (or ":memory:") or a PostgreSQL server
// URL postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]. Anything else that looks
// like a URL (SCHEME://) is refused rather than taken for a file name. The password may also
// come from the environment (CLIENTELE_DB_PASSWORD, passed in by the caller so tests stay pure).
struct DatabaseLocation
{
    enum class Kind { File, Server };
    Kind kind = Kind::File;
    QString path; // Kind::File

    // Kind::Server
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode = QStringLiteral("prefer"); // disable, allow, prefer, require, verify-ca, verify-full

    bool isServer() const { return kind == Kind::Server; }
    // The URL without the password (for messages, settings and logs), or the path.
    QString display() const;
    // The full URL, password included (for handing to a child process; never shown).
    QString url() const;

    static Result<DatabaseLocation> parse(const QString& text, const QString& passwordFromEnvironment = {});
    // parse() with CLIENTELE_DB_PASSWORD as the fallback password.
    static Result<DatabaseLocation> fromArgument(const QString& text);
    // True for "SCHEME://…" (a URL of any kind), false for paths, Windows drive paths included.
    static bool looksLikeUrl(const QString& text);
};

} // namespace clientele::core::storage
