#include "domain/Clock.h"
#include "InteractionRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace clientele::core::storage {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::storage::InteractionRepository", text);
}
} // namespace

QString InteractionRepository::kindKey(Interaction::Kind kind)
{
    switch (kind) {
    case Interaction::Kind::Note: return u"note"_s;
    case Interaction::Kind::Call: return u"call"_s;
    case Interaction::Kind::Visit: return u"visit"_s;
    case Interaction::Kind::Message: return u"message"_s;
    }
    return u"note"_s;
}

Interaction::Kind InteractionRepository::kindFromKey(const QString& key)
{
    if (key == u"call")
        return Interaction::Kind::Call;
    if (key == u"visit")
        return Interaction::Kind::Visit;
    if (key == u"message")
        return Interaction::Kind::Message;
    return Interaction::Kind::Note;
}

QString InteractionRepository::kindLabel(Interaction::Kind kind)
{
    switch (kind) {
    case Interaction::Kind::Note: return tr("Note");
    case Interaction::Kind::Call: return tr("Call");
    case Interaction::Kind::Visit: return tr("Visit");
    case Interaction::Kind::Message: return tr("Message");
    }
    return {};
}

Result<qint64> InteractionRepository::add(const Interaction& interaction)
{
    const QString summary = interaction.summary.trimmed();
    if (summary.isEmpty())
        return Error::make(Error::Code::InvalidData, tr("A note needs some text."));
    QSqlQuery q = m_database.prepare(
        u"INSERT INTO interactions (customer_id, kind, occurred_at, summary, created_at) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(interaction.customerId);
    q.addBindValue(kindKey(interaction.kind));
    const QDateTime when = interaction.occurredAt.isValid() ? interaction.occurredAt : core::Clock::nowUtc();
    q.addBindValue(when.toUTC().toString(Qt::ISODate));
    q.addBindValue(summary);
    q.addBindValue(sqlvalue::now());
    if (auto s = execQuery(q, tr("Saving a note for customer %1").arg(interaction.customerId)); !s)
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<QList<Interaction>> InteractionRepository::forCustomer(qint64 customerId) const
{
    QSqlQuery q = m_database.prepare(u"SELECT id, kind, occurred_at, summary FROM interactions WHERE customer_id = ? "
                                     u"ORDER BY occurred_at DESC, id DESC"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return sqlError(q, tr("Reading the notes of customer %1").arg(customerId));
    QList<Interaction> out;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.customerId = customerId;
        i.kind = kindFromKey(q.value(1).toString());
        i.occurredAt = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        i.summary = q.value(3).toString();
        out.append(i);
    }
    return out;
}

} // namespace clientele::core::storage
