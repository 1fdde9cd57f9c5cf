#include "PasswordHash.h"

#include <sodium.h>

namespace clientele::core::security {

namespace {
bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}
} // namespace

QByteArray PasswordHash::hash(const QString& password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    // "Interactive" limits (64 MiB, a fraction of a second): a sign-in dialog must not stall.
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    out.truncate(int(qstrlen(out.constData())));
    return out;
}

bool PasswordHash::verify(const QByteArray& stored, const QString& password)
{
    if (!ready() || stored.isEmpty())
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHash::burn(const QString& password)
{
    static const QByteArray decoy = hash(QStringLiteral("decoy password for unknown names"));
    (void)verify(decoy, password);
}

} // namespace clientele::core::security
