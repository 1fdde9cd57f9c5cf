#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace clientele::core::campaigns {

// What a message may say about one customer (CampaignRepository::messageFields reads it).
struct MessageFields
{
    qint64 customerId = 0;
    QString name;
    QString phone;
    QString tier;  // tier key of the latest run ("" before the first)
    QDate birthday;
    QString store; // store of the latest purchase
    QString memberCode;
    QString wechatId;
};

// One message rendered for one customer.
struct RenderedMessage
{
    qint64 customerId = 0;
    QString text;
    QStringList empty;   // placeholders that came out empty ("birthday")
    QStringList unknown; // {words} that are no placeholder
};

// A campaign message with placeholders {name} {tier} {points} {balance} {coupon} {birthday}
// {store}. Tier is the translated tier name, birthday the month and day in the reader's language.
class MessageTemplate
{
public:
    static const QStringList& placeholders();
    static RenderedMessage render(const QString& text, const MessageFields& fields, const QString& couponCode = {});
    // The member program's figures ({points}, {balance}) for a customer. Until core/member lands
    // there are none: empty, which the checks flag as "not available yet". The one place to wire
    // the points and stored-value ledgers in.
    static QString memberProgramValue(const QString& placeholder, qint64 customerId);
    static bool needsMemberProgram(const QString& placeholder);
};

} // namespace clientele::core::campaigns
