#include "MessageChecks.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace clientele::core::campaigns {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::campaigns::MessageChecks", text);
}
} // namespace

SmsLength SmsLength::of(const QString& message)
{
    SmsLength s;
    const auto points = message.toUcs4();
    s.characters = int(points.size());
    for (const char32_t c : points)
        if (c > 0x7F)
            s.unicode = true;
    s.perPart = s.unicode ? 70 : 160;
    s.parts = s.characters == 0 ? 0 : (s.characters + s.perPart - 1) / s.perPart;
    return s;
}

bool MessageChecks::isChinese(const QString& text)
{
    for (const QChar ch : text)
        if (ch.script() == QChar::Script_Han)
            return true;
    return false;
}

bool MessageChecks::hasProblems(const QList<MessageCheck>& checks)
{
    for (const auto& c : checks)
        if (c.problem)
            return true;
    return false;
}

QList<MessageCheck> MessageChecks::run(const QString& templateText, const QList<RenderedMessage>& messages,
                                       QTime sendAt)
{
    QList<MessageCheck> checks;
    const QLocale locale;
    // Length: the longest message decides.
    SmsLength longest = messages.isEmpty() ? SmsLength::of(templateText) : SmsLength{};
    for (const auto& m : messages) {
        const SmsLength s = SmsLength::of(m.text);
        if (s.characters >= longest.characters)
            longest = s;
    }
    {
        MessageCheck c;
        c.kind = MessageCheck::Kind::Length;
        c.problem = longest.parts > 1;
        c.text = (longest.unicode ? QCoreApplication::translate("clientele::core::campaigns::MessageChecks", "%1 characters, %2 per SMS (Chinese or other Unicode text): %Ln SMS per customer.", nullptr, longest.parts)
                                  : QCoreApplication::translate("clientele::core::campaigns::MessageChecks", "%1 characters, %2 per SMS (Latin text): %Ln SMS per customer.", nullptr, longest.parts))
                     .arg(locale.toString(longest.characters), locale.toString(longest.perPart));
        if (templateText.trimmed().isEmpty()) {
            c.problem = true;
            c.text = tr("The message is empty.");
        }
        checks.append(c);
    }
    if (isChinese(templateText) && !templateText.contains(kOptOutPhrase)) {
        checks.append({MessageCheck::Kind::OptOut, true,
                       tr("A Chinese marketing SMS must tell how to opt out: add “%1”.").arg(kOptOutPhrase)});
    }
    if (sendAt.isValid() && (sendAt < QTime(kFirstHour, 0) || sendAt > QTime(kLastHour, 0))) {
        checks.append({MessageCheck::Kind::SendingHours, true,
                       tr("It is %1: send marketing messages between 08:00 and 21:00 only.")
                           .arg(sendAt.toString(u"HH:mm"_s))});
    }
    QHash<QString, int> empty;
    QStringList unknown;
    QStringList order;
    for (const auto& m : messages) {
        for (const QString& p : m.empty) {
            if (!empty.contains(p))
                order.append(p);
            ++empty[p];
        }
        for (const QString& u : m.unknown)
            if (!unknown.contains(u))
                unknown.append(u);
    }
    for (const QString& p : std::as_const(order))
        checks.append({MessageCheck::Kind::EmptyPlaceholder, true,
                       QCoreApplication::translate("clientele::core::campaigns::MessageChecks",
                                                   "{%1} is empty for %Ln customer(s).", nullptr, empty.value(p))
                           .arg(p)});
    for (const QString& u : std::as_const(unknown))
        checks.append({MessageCheck::Kind::UnknownPlaceholder, true,
                       tr("{%1} is not a placeholder (known: %2).")
                           .arg(u, u"{"_s + MessageTemplate::placeholders().join(u"} {"_s) + u'}')});
    return checks;
}

} // namespace clientele::core::campaigns
