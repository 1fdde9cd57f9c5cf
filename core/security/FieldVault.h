#pragma once

#include "../domain/Result.h"

#include <QString>
#include <QStringList>

namespace clientele::core::storage {
class Database;
}

namespace clientele::core::security {

// Sensitive customer fields — the ID-card number, private notes and any field the owner marks —
// encrypted at rest with XChaCha20-Poly1305 (libsodium) under a key derived from the owner's
// passphrase with Argon2id. Each value is bound to its customer and field (associated data), so a
// sealed value copied to another row does not open. Until the vault is unlocked the rest of the
// app works and these fields show as locked; revealing one is audited. Changing the passphrase
// re-encrypts every value in one transaction. The key lives only in this process's memory.
class FieldVault
{
public:
    static inline const QString kIdCard = QStringLiteral("id_card");
    static inline const QString kPrivateNotes = QStringLiteral("private_notes");

    explicit FieldVault(const storage::Database& database) : m_database(database) {}

    Result<bool> isSetUp() const;
    Status setUp(const QString& passphrase); // owner; once
    Status unlock(const QString& passphrase);
    static void lock();
    bool isUnlocked() const; // for this file: a key unlocked for another shop does not count
    Status changePassphrase(const QString& current, const QString& replacement);

    // Built-in fields plus the ones the owner marked, in that order.
    Result<QStringList> fields() const;
    Status markField(const QString& field); // owner; letters, digits and _ only
    static QString fieldLabel(const QString& field); // translated for the built-in ones

    // Empty text removes the value. Needs the vault unlocked.
    Status store(qint64 customerId, const QString& field, const QString& text);
    // Needs the vault unlocked and the right to see sensitive data; written to the audit log.
    Result<QString> reveal(qint64 customerId, const QString& field);
    // Which fields hold a value for this customer (works while locked).
    Result<QStringList> filledFields(qint64 customerId) const;
    // Every value of one customer, for the privacy export (needs the vault unlocked when there are any).
    Result<QList<std::pair<QString, QString>>> allOf(qint64 customerId) const;

private:
    Result<QString> open(qint64 customerId, const QString& field, const QByteArray& sealed) const;

    const storage::Database& m_database;
};

} // namespace clientele::core::security
