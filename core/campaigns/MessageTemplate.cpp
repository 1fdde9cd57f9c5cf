#include "MessageTemplate.h"

#include "../domain/Money.h"
#include "../i18n/LocalDates.h"
#include "../segmentation/TierRules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace clientele::core::campaigns {

const QStringList& MessageTemplate::placeholders()
{
    static const QStringList names = {u"name"_s, u"tier"_s, u"points"_s, u"balance"_s,
                                      u"coupon"_s, u"birthday"_s, u"store"_s};
    return names;
}

bool MessageTemplate::needsMemberProgram(const QString& placeholder)
{
    return placeholder == u"points" || placeholder == u"balance";
}

QString MessageTemplate::memberProgramValue(const QString& placeholder, const MessageFields& f)
{
    if (placeholder == u"points")
        return f.points ? QLocale().toString(*f.points) : QString();
    if (placeholder == u"balance")
        return f.balanceFen ? money::format(*f.balanceFen) : QString();
    return {};
}

namespace {
// Whether the template already writes the currency around a money placeholder: "余额{balance}元",
// "¥{balance}". Then the amount goes in without its own ¥, so the message does not say "¥1,050元".
bool currencyWrittenAround(QStringView before, QStringView after)
{
    static const QStringView marksBefore[] = {u"¥", u"￥", u"RMB", u"CNY"};
    static const QStringView marksAfter[] = {u"元", u"块", u"圆", u"RMB", u"rmb", u"CNY", u" yuan", u"yuan"};
    before = before.trimmed();
    after = after.trimmed();
    for (const QStringView mark : marksBefore)
        if (before.endsWith(mark))
            return true;
    for (const QStringView mark : marksAfter)
        if (after.startsWith(mark.trimmed()))
            return true;
    return false;
}
} // namespace

QString MessageTemplate::couponSample()
{
    return u"XXXX-XXXX"_s;
}

RenderedMessage MessageTemplate::render(const QString& text, const MessageFields& f, const QString& couponCode)
{
    static const QRegularExpression pattern(u"\\{([A-Za-z_]+)\\}"_s);
    RenderedMessage out;
    out.customerId = f.customerId;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out.text += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString key = match.captured(1);
        QString value;
        if (key == u"name")
            value = f.name;
        else if (key == u"tier")
            value = f.tier.isEmpty() || f.tier == u"none" ? QString() : segmentation::TierRules::label(f.tier);
        else if (key == u"birthday")
            value = f.birthday.isValid() ? QLocale().toString(f.birthday, QLocale().language() == QLocale::Chinese
                                                                              ? u"M月d日"_s
                                                                              : u"MMMM d"_s)
                                         : QString();
        else if (key == u"store")
            value = f.store;
        else if (key == u"coupon")
            value = couponCode.isEmpty() ? f.couponCode : couponCode;
        else if (needsMemberProgram(key)) {
            value = memberProgramValue(key, f);
            if (key == u"balance" &&
                currencyWrittenAround(QStringView(text).left(match.capturedStart()), QStringView(text).mid(last)))
                value.remove(u'¥');
        }
        else {
            out.unknown.append(key);
            value = match.captured(0);
        }
        if (value.isEmpty() && placeholders().contains(key) && !out.empty.contains(key))
            out.empty.append(key);
        out.text += value;
    }
    out.text += text.mid(last);
    return out;
}

} // namespace clientele::core::campaigns
