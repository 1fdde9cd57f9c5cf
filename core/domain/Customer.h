#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace clientele::core {

// One customer as stored. Phone is normalized (digits; mainland mobiles as 11 digits),
// dates are QDate (stored as ISO text). id 0 means "not stored yet".
struct Customer
{
    qint64 id = 0;
    QString memberCode;
    QString name;
    QString phone;
    bool phoneValid = true; // false: kept as written but not a mainland mobile
    QString email;
    QString wechatId; // as written (letters, digits, _ and -), empty when unknown
    QString gender; // "F", "M" or empty
    QDate birthday;
    QString city;
    QString address;
    QString sourceChannel;
    QDate joinedOn;
    QString notes;
    bool marketingConsent = false; // recorded only when the customer agreed (PIPL: opt-in)
    QStringList tags;
    QHash<QString, QString> fields; // shop-defined fields: key → stored value (filled where asked: export)
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace clientele::core
