#pragma once

#include <QByteArray>
#include <QString>

namespace clientele::core::security {

// Argon2id through libsodium (crypto_pwhash_str): salt and parameters live inside the stored
// string, so stronger settings later still verify old hashes.
class PasswordHash
{
public:
    static QByteArray hash(const QString& password); // empty when the system is out of memory
    static bool verify(const QByteArray& stored, const QString& password);
    // Same cost as a real verify, for unknown user names (no timing hint that a name exists).
    static void burn(const QString& password);
};

} // namespace clientele::core::security
