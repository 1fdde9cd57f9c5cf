#pragma once

#include "../domain/Result.h"

#include <QDateTime>
#include <QString>

namespace clientele::core::storage {

class Database;

// A note or a contact with the customer, as the owner records it on the profile.
struct Interaction
{
    enum class Kind { Note, Call, Visit, Message };
    qint64 id = 0;
    qint64 customerId = 0;
    Kind kind = Kind::Note;
    QDateTime occurredAt; // UTC
    QString summary;
};

class InteractionRepository
{
public:
    explicit InteractionRepository(const Database& database) : m_database(database) {}

    Result<qint64> add(const Interaction& interaction);
    // Newest first.
    Result<QList<Interaction>> forCustomer(qint64 customerId) const;

    static QString kindKey(Interaction::Kind kind);
    static Interaction::Kind kindFromKey(const QString& key);
    static QString kindLabel(Interaction::Kind kind); // translated

private:
    const Database& m_database;
};

} // namespace clientele::core::storage
