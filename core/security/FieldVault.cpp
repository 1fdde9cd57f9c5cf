#include "FieldVault.h"

#include "../storage/Database.h"
#include "../storage/SettingsRepository.h"
#include "../storage/Transaction.h"
#include "AuditLog.h"
#include "Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace clientele::core::security {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::security::FieldVault", text);
}

const QString kSaltSetting = u"vault_salt"_s;   // hex
const QString kCheckSetting = u"vault_check"_s; // hex of a sealed known text: tells a wrong passphrase
const QString kFieldsSetting = u"vault_fields"_s; // JSON list of owner-marked fields
const QByteArray kCheckText = "clientele-vault-check";
constexpr int kMinPassphrase = 10;

using Key = std::array<unsigned char, crypto_aead_xchacha20poly1305_ietf_KEYBYTES>;

// The unlocked key, process-wide like the session; wiped on lock. It remembers which vault (by
// its salt) it opens, so a key unlocked for one shop is never used on another file.
struct KeyState
{
    QMutex mutex;
    Key key{};
    QString salt; // hex, as stored in the vault's settings
    bool unlocked = false;
};

KeyState& keyState()
{
    static KeyState s;
    return s;
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Result<Key> derive(const QString& passphrase, const QByteArray& salt)
{
    if (!sodiumReady() || salt.size() != crypto_pwhash_SALTBYTES)
        return Error::make(Error::Code::Database, tr("The key settings of the sensitive fields are damaged."));
    Key key{};
    const QByteArray utf8 = passphrase.toUtf8();
    if (crypto_pwhash(key.data(), key.size(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                      crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error::make(Error::Code::Io, tr("The key could not be derived (out of memory?)."));
    return key;
}

QByteArray seal(const Key& key, const QByteArray& plain, const QByteArray& associated)
{
    QByteArray out(int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES), '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
                                               reinterpret_cast<const unsigned char*>(plain.constData()),
                                               static_cast<unsigned long long>(plain.size()),
                                               reinterpret_cast<const unsigned char*>(associated.constData()),
                                               static_cast<unsigned long long>(associated.size()), nullptr, nonce,
                                               key.data());
    return out;
}

bool unseal(const Key& key, const QByteArray& sealed, const QByteArray& associated, QByteArray* plain)
{
    if (sealed.size() < int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return false;
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.constData());
    const auto* cipher = nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    const auto cipherSize = static_cast<unsigned long long>(sealed.size()) - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    plain->resize(int(cipherSize - crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long length = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain->data()), &length, nullptr,
                                                      cipher, cipherSize,
                                                      reinterpret_cast<const unsigned char*>(associated.constData()),
                                                      static_cast<unsigned long long>(associated.size()), nonce,
                                                      key.data()) == 0;
}

QByteArray associatedData(qint64 customerId, const QString& field)
{
    return QByteArray::number(customerId) + ':' + field.toUtf8();
}

std::optional<Key> currentKey(const storage::Database& database)
{
    const auto salt = storage::SettingsRepository(database).value(kSaltSetting);
    QMutexLocker lock(&keyState().mutex);
    if (!keyState().unlocked || !salt || salt->isEmpty() || *salt != keyState().salt)
        return std::nullopt;
    return keyState().key;
}

// Salt and the sealed check text: what unlock() needs to derive and verify the key.
Status saveKeySettings(const storage::Database& database, const QByteArray& salt, const Key& key)
{
    storage::SettingsRepository settings(database);
    if (auto s = settings.setValue(kSaltSetting, QString::fromLatin1(salt.toHex())); !s)
        return s;
    return settings.setValue(kCheckSetting, QString::fromLatin1(seal(key, kCheckText, "check").toHex()));
}

void holdKey(const Key& key, const QByteArray& salt)
{
    QMutexLocker lock(&keyState().mutex);
    keyState().key = key;
    keyState().salt = QString::fromLatin1(salt.toHex());
    keyState().unlocked = true;
}

Error lockedError()
{
    return Error::make(Error::Code::Forbidden, tr("The sensitive fields are locked: unlock them with the owner's passphrase."));
}
} // namespace

Result<bool> FieldVault::isSetUp() const
{
    const auto salt = storage::SettingsRepository(m_database).value(kSaltSetting);
    if (!salt)
        return salt.error();
    return !salt->isEmpty();
}

Status FieldVault::setUp(const QString& passphrase)
{
    if (auto s = Session::require(Permission::ChangeRules); !s)
        return s;
    const auto ready = isSetUp();
    if (!ready)
        return ready.error();
    if (*ready)
        return Error::make(Error::Code::Conflict, tr("The sensitive fields already have a passphrase; change it instead."));
    if (passphrase.size() < kMinPassphrase)
        return Error::make(Error::Code::InvalidData, tr("A passphrase needs at least %1 characters.").arg(kMinPassphrase));
    if (!sodiumReady())
        return Error::make(Error::Code::Io, tr("The encryption library could not start."));
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    const auto key = derive(passphrase, salt);
    if (!key)
        return key.error();
    storage::Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    if (auto s = saveKeySettings(m_database, salt, *key); !s)
        return s;
    if (auto s = AuditLog::record(m_database, u"vault"_s, u"sensitive fields"_s, u"passphrase set"_s); !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    holdKey(*key, salt);
    return {};
}

Status FieldVault::unlock(const QString& passphrase)
{
    storage::SettingsRepository settings(m_database);
    const auto salt = settings.value(kSaltSetting);
    const auto check = settings.value(kCheckSetting);
    if (!salt || !check)
        return !salt ? salt.error() : check.error();
    if (salt->isEmpty())
        return Error::make(Error::Code::NotFound, tr("No passphrase is set for the sensitive fields yet."));
    const auto key = derive(passphrase, QByteArray::fromHex(salt->toLatin1()));
    if (!key)
        return key.error();
    QByteArray plain;
    if (!unseal(*key, QByteArray::fromHex(check->toLatin1()), "check", &plain) || plain != kCheckText)
        return Error::make(Error::Code::Forbidden, tr("Wrong passphrase for the sensitive fields."));
    holdKey(*key, QByteArray::fromHex(salt->toLatin1()));
    return {};
}

void FieldVault::lock()
{
    QMutexLocker lock(&keyState().mutex);
    sodium_memzero(keyState().key.data(), keyState().key.size());
    keyState().unlocked = false;
}

bool FieldVault::isUnlocked() const
{
    return currentKey(m_database).has_value();
}

Status FieldVault::changePassphrase(const QString& current, const QString& replacement)
{
    if (auto s = Session::require(Permission::ChangeRules); !s)
        return s;
    if (replacement.size() < kMinPassphrase)
        return Error::make(Error::Code::InvalidData, tr("A passphrase needs at least %1 characters.").arg(kMinPassphrase));
    if (auto s = unlock(current); !s)
        return s;
    const Key old = *currentKey(m_database);
    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    const auto fresh = derive(replacement, salt);
    if (!fresh)
        return fresh.error();

    // Every value opened with the old key and sealed with the new one, or none.
    storage::Transaction transaction(m_database);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery all = m_database.prepare(u"SELECT customer_id, field, sealed FROM customer_secrets"_s);
    if (!all.exec())
        return storage::sqlError(all, tr("Reading sensitive fields"));
    QList<std::tuple<qint64, QString, QByteArray>> resealed;
    while (all.next()) {
        const qint64 id = all.value(0).toLongLong();
        const QString field = all.value(1).toString();
        QByteArray plain;
        if (!unseal(old, all.value(2).toByteArray(), associatedData(id, field), &plain))
            return Error::make(Error::Code::Database, tr("The sensitive field %1 of customer %2 does not open; nothing was changed.")
                                                          .arg(field)
                                                          .arg(id));
        resealed.append({id, field, seal(*fresh, plain, associatedData(id, field))});
        sodium_memzero(plain.data(), size_t(plain.size()));
    }
    all.finish();
    for (const auto& [id, field, sealed] : resealed) {
        QSqlQuery update = m_database.prepare(u"UPDATE customer_secrets SET sealed = ? WHERE customer_id = ? AND field = ?"_s);
        update.addBindValue(sealed);
        update.addBindValue(id);
        update.addBindValue(field);
        if (auto s = storage::execQuery(update, tr("Re-encrypting sensitive fields")); !s)
            return s;
    }
    if (auto s = saveKeySettings(m_database, salt, *fresh); !s)
        return s;
    if (auto s = AuditLog::record(m_database, u"vault"_s, u"sensitive fields"_s,
                                  u"passphrase changed; %1 values re-encrypted"_s.arg(resealed.size()));
        !s)
        return s;
    if (auto s = transaction.commit(); !s)
        return s;
    holdKey(*fresh, salt);
    return {};
}

Result<QStringList> FieldVault::fields() const
{
    const auto marked = storage::SettingsRepository(m_database).value(kFieldsSetting);
    if (!marked)
        return marked.error();
    QStringList all{kIdCard, kPrivateNotes};
    for (const QJsonValue& v : QJsonDocument::fromJson(marked->toUtf8()).array())
        if (!all.contains(v.toString()))
            all.append(v.toString());
    return all;
}

Status FieldVault::markField(const QString& field)
{
    if (auto s = Session::require(Permission::ChangeRules); !s)
        return s;
    static const QRegularExpression valid(u"^[A-Za-z][A-Za-z0-9_]{0,39}$"_s);
    if (!valid.match(field).hasMatch())
        return Error::make(Error::Code::InvalidData, tr("A field name is letters, digits and _ (for example passport_no)."));
    auto all = fields();
    if (!all)
        return all.error();
    if (all->contains(field))
        return {};
    all->append(field);
    QJsonArray marked;
    for (const QString& f : all->mid(2))
        marked.append(f);
    return storage::SettingsRepository(m_database)
        .setValue(kFieldsSetting, QString::fromUtf8(QJsonDocument(marked).toJson(QJsonDocument::Compact)));
}

QString FieldVault::fieldLabel(const QString& field)
{
    if (field == kIdCard)
        return tr("ID card number");
    if (field == kPrivateNotes)
        return tr("Private notes");
    return field;
}

Status FieldVault::store(qint64 customerId, const QString& field, const QString& text)
{
    const auto key = currentKey(m_database);
    if (!key)
        return lockedError();
    const auto known = fields();
    if (!known)
        return known.error();
    if (!known->contains(field))
        return Error::make(Error::Code::InvalidData, tr("“%1” is not a sensitive field.").arg(field));
    if (text.isEmpty()) {
        QSqlQuery q = m_database.prepare(u"DELETE FROM customer_secrets WHERE customer_id = ? AND field = ?"_s);
        q.addBindValue(customerId);
        q.addBindValue(field);
        return storage::execQuery(q, tr("Saving a sensitive field"));
    }
    QSqlQuery q = m_database.prepare(
        u"INSERT INTO customer_secrets (customer_id, field, sealed) VALUES (?, ?, ?) "
        u"ON CONFLICT (customer_id, field) DO UPDATE SET sealed = excluded.sealed"_s);
    q.addBindValue(customerId);
    q.addBindValue(field);
    q.addBindValue(seal(*key, text.toUtf8(), associatedData(customerId, field)));
    return storage::execQuery(q, tr("Saving a sensitive field"));
}

Result<QString> FieldVault::open(qint64 customerId, const QString& field, const QByteArray& sealed) const
{
    const auto key = currentKey(m_database);
    if (!key)
        return lockedError();
    QByteArray plain;
    if (!unseal(*key, sealed, associatedData(customerId, field), &plain))
        return Error::make(Error::Code::Database,
                           tr("The sensitive field %1 of customer %2 does not open (changed outside Clientele?).")
                               .arg(fieldLabel(field))
                               .arg(customerId));
    return QString::fromUtf8(plain);
}

Result<QString> FieldVault::reveal(qint64 customerId, const QString& field)
{
    if (auto s = Session::require(Permission::RevealSensitive); !s)
        return s.error();
    QSqlQuery q = m_database.prepare(u"SELECT sealed FROM customer_secrets WHERE customer_id = ? AND field = ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(field);
    if (!q.exec())
        return storage::sqlError(q, tr("Reading sensitive fields"));
    if (!q.next())
        return QString();
    const auto text = open(customerId, field, q.value(0).toByteArray());
    if (!text)
        return text;
    q.finish();
    if (auto s = AuditLog::record(m_database, u"reveal"_s, u"customer %1"_s.arg(customerId), field); !s)
        return s.error();
    return text;
}

Result<QStringList> FieldVault::filledFields(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT field FROM customer_secrets WHERE customer_id = ? ORDER BY field"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return storage::sqlError(q, tr("Reading sensitive fields"));
    QStringList filled;
    while (q.next())
        filled.append(q.value(0).toString());
    return filled;
}

Result<QList<std::pair<QString, QString>>> FieldVault::allOf(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT field, sealed FROM customer_secrets WHERE customer_id = ? ORDER BY field"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return storage::sqlError(q, tr("Reading sensitive fields"));
    QList<std::pair<QString, QString>> values;
    while (q.next()) {
        const auto text = open(customerId, q.value(0).toString(), q.value(1).toByteArray());
        if (!text)
            return text.error();
        values.append({q.value(0).toString(), *text});
    }
    return values;
}

} // namespace clientele::core::security
