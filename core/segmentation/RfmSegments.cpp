#include "RfmSegments.h"

#include <string_view>

#include <QCoreApplication>

namespace clientele::core::segmentation {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::segmentation::RfmSegments", text);
}

struct Highs
{
    bool r, f, m;
};
Highs highs(const RfmMetrics& m, const RfmSegments::Averages& a)
{
    return {qint64(m.recencyDays) * a.count < a.recencySum, qint64(m.frequency) * a.count > a.frequencySum,
            m.monetary * a.count > a.monetarySum};
}

struct Label
{
    const char16_t* key;
    const char* text;
};
// Both models' names are translated (Chinese: the cn8 model's own names, 重要价值客户 …).
constexpr Label kLabels[] = {
    {u"important_value", QT_TRANSLATE_NOOP("RfmSegment", "Important value")},
    {u"important_develop", QT_TRANSLATE_NOOP("RfmSegment", "Important development")},
    {u"important_keep", QT_TRANSLATE_NOOP("RfmSegment", "Important retention")},
    {u"important_retain", QT_TRANSLATE_NOOP("RfmSegment", "Important win-back")},
    {u"general_value", QT_TRANSLATE_NOOP("RfmSegment", "General value")},
    {u"general_develop", QT_TRANSLATE_NOOP("RfmSegment", "General development")},
    {u"general_keep", QT_TRANSLATE_NOOP("RfmSegment", "General retention")},
    {u"general_retain", QT_TRANSLATE_NOOP("RfmSegment", "General win-back")},
    {u"new", QT_TRANSLATE_NOOP("RfmSegment", "New")},
    {u"champions", QT_TRANSLATE_NOOP("RfmSegment", "Champions")},
    {u"loyal", QT_TRANSLATE_NOOP("RfmSegment", "Loyal")},
    {u"potential_loyalist", QT_TRANSLATE_NOOP("RfmSegment", "Potential loyalist")},
    {u"promising", QT_TRANSLATE_NOOP("RfmSegment", "Promising")},
    {u"need_attention", QT_TRANSLATE_NOOP("RfmSegment", "Need attention")},
    {u"about_to_sleep", QT_TRANSLATE_NOOP("RfmSegment", "About to sleep")},
    {u"cant_lose", QT_TRANSLATE_NOOP("RfmSegment", "Can't lose them")},
    {u"at_risk", QT_TRANSLATE_NOOP("RfmSegment", "At risk")},
    {u"hibernating", QT_TRANSLATE_NOOP("RfmSegment", "Hibernating")},
    {u"lost", QT_TRANSLATE_NOOP("RfmSegment", "Lost")},
};
} // namespace

RfmSegments::Averages RfmSegments::averages(const std::vector<RfmMetrics>& all)
{
    Averages a;
    for (const RfmMetrics& x : all) {
        if (!x.hasPurchases)
            continue;
        ++a.count;
        a.recencySum += x.recencyDays;
        a.frequencySum += x.frequency;
        a.monetarySum += x.monetary;
    }
    return a;
}

QString RfmSegments::cn8Key(const RfmMetrics& metrics, const Averages& averages)
{
    if (!metrics.hasPurchases)
        return {};
    const Highs h = highs(metrics, averages);
    const char16_t* key = h.m ? (h.r ? (h.f ? u"important_value" : u"important_develop")
                                     : (h.f ? u"important_keep" : u"important_retain"))
                              : (h.r ? (h.f ? u"general_value" : u"general_develop")
                                     : (h.f ? u"general_keep" : u"general_retain"));
    return QString::fromUtf16(key);
}

QString RfmSegments::scoresKey(const RfmMetrics& metrics, const RfmScores& s, int newDays)
{
    if (!metrics.hasPurchases)
        return {};
    const int fm = (s.f + s.m + 1) / 2;
    const char16_t* key = u"lost";
    if (metrics.frequency == 1 && s.r >= 4)
        key = u"new";
    else if (s.r >= 4 && fm >= 4)
        key = u"champions";
    else if (s.r >= 3 && fm >= 3)
        key = u"loyal";
    else if (s.r >= 4 && fm >= 2)
        key = u"potential_loyalist";
    else if (s.r >= 4)
        key = u"promising";
    else if (s.r == 3 && fm >= 2)
        key = u"need_attention";
    else if (s.r == 3)
        key = u"about_to_sleep";
    else if (fm >= 4)
        key = u"cant_lose";
    else if (fm == 3)
        key = u"at_risk";
    else if (s.r == 2)
        key = u"hibernating";
    // Still inside the lifecycle's new window: a lapsing segment would contradict the stage.
    const bool lapsing = s.r <= 3 && std::u16string_view(key) != u"loyal";
    if (lapsing && metrics.daysSinceFirstPurchase() < newDays)
        key = u"new";
    return QString::fromUtf16(key);
}

QString RfmSegments::label(const QString& key)
{
    for (const auto& l : kLabels)
        if (key == QStringView(l.key))
            return QCoreApplication::translate("RfmSegment", l.text);
    return key;
}

QString RfmSegments::cn8Reason(const RfmMetrics& m, const Averages& a)
{
    if (!m.hasPurchases)
        return tr("no purchases yet");
    const Highs h = highs(m, a);
    const QString high = tr("high");
    const QString low = tr("low");
    const qint64 n = qMax<qint64>(1, a.count);
    return tr("R %1 (%2 days vs average %3), F %4 (%5 orders vs average %6.%7), M %8 (%9 vs average %10)")
        .arg(h.r ? high : low)
        .arg(m.recencyDays)
        .arg((a.recencySum + n / 2) / n)
        .arg(h.f ? high : low)
        .arg(m.frequency)
        .arg(a.frequencySum * 10 / n / 10)
        .arg(a.frequencySum * 10 / n % 10)
        .arg(h.m ? high : low, money::format(m.monetary), money::format((a.monetarySum + n / 2) / n));
}

QString RfmSegments::scoresReason(const RfmScores& s)
{
    return tr("R%1 F%2 M%3 (FM %4)").arg(s.r).arg(s.f).arg(s.m).arg((s.f + s.m + 1) / 2);
}

} // namespace clientele::core::segmentation
