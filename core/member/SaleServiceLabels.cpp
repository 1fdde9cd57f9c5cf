// SaleService's words: payment methods and who/what a ledger row names, stored as neutral keys
// and rendered in the reader's language (kept apart from the money movements in SaleService.cpp).
#include "SaleService.h"

#include "../security/Session.h"

#include <QCoreApplication>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace clientele::core::member {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::member::SaleService", text);
}
} // namespace

QStringList SaleService::payMethods()
{
    return {u"cash"_s, u"card"_s, u"wechat"_s, u"alipay"_s};
}

QString SaleService::payMethodLabel(const QString& method)
{
    if (method.contains(u'+')) {
        QStringList labels;
        for (const QString& one : method.split(u'+', Qt::SkipEmptyParts))
            labels << payMethodLabel(one);
        return labels.join(u" + "_s);
    }
    if (method == u"cash")
        return tr("Cash");
    if (method == u"card")
        return tr("Bank card");
    if (method == u"wechat")
        return tr("WeChat Pay");
    if (method == u"alipay")
        return tr("Alipay");
    return method;
}

QString SaleService::whoKey()
{
    if (security::Session::signedIn())
        return security::Session::actor();
    const QString os = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return os.isEmpty() ? u"@local"_s : u"@local:"_s + os;
}

QString SaleService::whoText(const QString& stored)
{
    if (stored == u"@local")
        return tr("owner (no accounts)");
    if (stored.startsWith(u"@local:"))
        return tr("%1 (no accounts)").arg(stored.mid(7));
    return stored;
}

QString SaleService::noteText(const QString& stored)
{
    if (stored == u"@imported-order")
        return tr("imported order");
    return stored;
}

QString SaleService::defaultTill()
{
    return QSysInfo::machineHostName();
}

QString SaleService::kindLabel(const QString& kind, const QString& saleKind)
{
    // What a void gave back: a void is no refund (the sale never stood), so its rows say so.
    if (saleKind == u"void") {
        if (kind == u"earn_reversal")
            return tr("Taken back (void)");
        if (kind == u"redeem_return")
            return tr("Returned (void)");
        if (kind == u"refund") // the stored-value ledger's return
            return tr("Void");
    }
    static const std::pair<const char*, const char*> kLabels[] = {
        {"earn", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Earned")},
        {"redeem", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Redeemed")},
        {"earn_reversal", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Taken back (refund)")},
        {"redeem_return", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Returned (refund)")},
        {"adjust", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Adjusted")},
        {"topup", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Top-up")},
        {"payment", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Payment")},
        {"refund", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Refund")},
        {"sale", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Sale")},
        {"void", QT_TRANSLATE_NOOP("clientele::core::member::SaleService", "Void")},
    };
    for (const auto& [key, label] : kLabels)
        if (kind == QLatin1String(key))
            return tr(label);
    return kind;
}

} // namespace clientele::core::member
