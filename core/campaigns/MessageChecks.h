#pragma once

#include "MessageTemplate.h"

#include <QList>
#include <QTime>

namespace clientele::core::campaigns {

// How many SMS a message takes. The rule (what Chinese carriers bill): a message written only in
// 7-bit characters (ASCII, standing in for the GSM alphabet) takes 160 characters per part; one
// character outside it — a Chinese character, ¥, an accented letter, an emoji — makes the whole
// message Unicode, 70 characters per part. Mixed text therefore counts as Chinese. Characters are
// Unicode code points.
struct SmsLength
{
    int characters = 0;
    int perPart = 160;
    int parts = 0;
    bool unicode = false;

    static SmsLength of(const QString& message);
};

struct MessageCheck
{
    enum class Kind { Length, OptOut, SendingHours, EmptyPlaceholder, UnknownPlaceholder };
    Kind kind = Kind::Length;
    bool problem = false; // false: information (the length of a one-part message)
    QString text;         // in the reader's language
};

// The checks before a campaign is exported or worked through, in the reader's language.
// `messages`: the message rendered for each contacted customer (or a sample); `sendAt`: when the
// owner sends it (now, from Clock, when exporting).
class MessageChecks
{
public:
    static inline const QString kOptOutPhrase = QStringLiteral("拒收请回复R");
    static constexpr int kFirstHour = 8;  // sending hours 08:00–21:00
    static constexpr int kLastHour = 21;

    static QList<MessageCheck> run(const QString& templateText, const QList<RenderedMessage>& messages, QTime sendAt);
    static bool hasProblems(const QList<MessageCheck>& checks);
    static bool isChinese(const QString& text);
};

} // namespace clientele::core::campaigns
