#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace clientele::core::service {

// Keys as stored; labels come from TicketText.
//   kind:     complaint, return, repair, question
//   priority: urgent, high, normal, low
//   status:   open, waiting (for the customer), resolved, closed
struct StatusChange
{
    QDateTime at; // shop-local time
    QString status;
    QString note;
    QString actor;
};

struct Ticket
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerName;
    qint64 orderId = 0;   // 0: none
    qint64 productId = 0; // 0: none
    QString kind = QStringLiteral("question");
    QString priority = QStringLiteral("normal");
    QString owner;
    QString status = QStringLiteral("open");
    QString subject;
    QString description;
    QString resolution;
    QDateTime openedAt;
    QList<StatusChange> history; // oldest first; the first entry is the opening (status open)

    bool isOpen() const { return status == u"open" || status == u"waiting"; }
};

struct TicketKeys
{
    static const QStringList& kinds();
    static const QStringList& priorities();
    static const QStringList& statuses();
};

} // namespace clientele::core::service
