#include "ChargeLines.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace clientele::core::chargelines {

namespace {
bool hasKeyword(QStringView text)
{
    static const QStringList chinese = {u"运费"_s, u"邮费"_s, u"快递费"_s, u"配送费"_s, u"包装费"_s, u"优惠"_s,
                                        u"折扣"_s, u"减免"_s, u"满减"_s,  u"抹零"_s,  u"手续费"_s, u"服务费"_s};
    for (const QString& word : chinese)
        if (text.contains(word))
            return true;
    static const QRegularExpression english(
        u"\\b(shipping|postage|delivery|carriage|freight|discounts?|coupons?|fees?|surcharges?|charges?|handling)\\b"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return english.match(text).hasMatch();
}
} // namespace

bool isCharge(QStringView code, QStringView name)
{
    if (hasKeyword(name))
        return true;
    // Codes some tills use for such lines (the UCI Online Retail data: POST, DOT, AMAZONFEE).
    static const QStringList codes = {u"POST"_s, u"DOT"_s, u"AMAZONFEE"_s, u"BANK CHARGES"_s};
    for (const QString& c : codes)
        if (code.compare(c, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace clientele::core::chargelines
