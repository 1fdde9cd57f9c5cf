#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace clientele::core::campaigns {

// What a message may say about one customer (CampaignRepository::messageFields reads it).
struct MessageFields
{
    qint64 customerId = 0;
    QString name;
    QString phone;
    QString tier;  // tier key of the latest run ("" before the first)
    QDate birthday;
    QString store; // the name of the customer's home store
    QString memberCode;
    QString wechatId;
    bool phoneValid = true; // customers.phone_valid: false for a number kept as written but not a mobile
    // Filled by Campaigns::messageFields (member program and the campaign's coupon), not by storage.
    std::optional<qint64> points;    // MemberBalances::points
    std::optional<qint64> balanceFen; // MemberBalances::storedValue
    QString couponCode;              // the campaign's coupon for this customer ("" before it is issued)

    // A phone number one can call or text: present and valid (not "12345", not nine digits).
    bool reachableByPhone() const { return phoneValid && !phone.trimmed().isEmpty(); }
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
// {store}. Tier is the translated tier name, birthday the month and day in the reader's language,
// points a whole number and balance money as the profile writes them (money::format; without its ¥
// when the text already writes the currency around it, "余额{balance}元" or "¥{balance}"), coupon the
// member's code (`couponCode` when given, else fields.couponCode).
class MessageTemplate
{
public:
    static const QStringList& placeholders();
    static RenderedMessage render(const QString& text, const MessageFields& fields, const QString& couponCode = {});
    // The member program's figure ({points}, {balance}) as the message writes it; empty when the
    // fields do not carry it.
    static QString memberProgramValue(const QString& placeholder, const MessageFields& fields);
    static bool needsMemberProgram(const QString& placeholder);
    // What {coupon} shows before the campaign's coupons are issued (same length as a real code).
    static QString couponSample();
};

} // namespace clientele::core::campaigns
