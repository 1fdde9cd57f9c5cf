#include "CareMessages.h"

#include <QCoreApplication>

namespace clientele::core::care {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::care::CareMessages", text);
}
} // namespace

QString CareMessages::suggested(const QString& rule, const QString& customerName)
{
    if (rule == u"birthday")
        return tr("Happy birthday, %1! Thank you for being with us. A small birthday gift is waiting for you at "
                  "the shop this month.")
            .arg(customerName);
    if (rule == u"revisit")
        return tr("Hello %1, thank you for your first visit! How do you like what you bought? We would be glad to "
                  "see you again.")
            .arg(customerName);
    if (rule == u"winback")
        return tr("Hello %1, we have not seen you for a while and miss you. New arrivals are in; drop by when it "
                  "suits you.")
            .arg(customerName);
    if (rule == u"vip_at_risk")
        return tr("Hello %1, it has been a while! As one of our most valued customers, we have set something aside "
                  "for you. Come and see it.")
            .arg(customerName);
    if (rule == u"holidays")
        return tr("Happy holidays, %1! Best wishes to you and your family from all of us.").arg(customerName);
    return tr("Hello %1, ").arg(customerName);
}

} // namespace clientele::core::care
