#include "DelimiterSniffer.h"

#include <QCoreApplication>

#include <QList>
#include <QMap>
#include <QString>

namespace clientele::core::io {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::io::DelimiterSniffer", text);
}
} // namespace

QChar DelimiterSniffer::sniff(QStringView sample, int maxLines)
{
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
    QList<QList<int>> counts(std::size(candidates));

    int lines = 0;
    QList<int> current(std::size(candidates), 0);
    bool quoted = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < sample.size() && lines < maxLines; ++i) {
        const QChar c = sample[i];
        if (c == u'"') {
            quoted = !quoted;
            lineHasText = true;
            continue;
        }
        if (!quoted && (c == u'\n' || c == u'\r')) {
            if (lineHasText) {
                for (size_t k = 0; k < std::size(candidates); ++k)
                    counts[k].append(current[k]);
                ++lines;
            }
            current.fill(0);
            lineHasText = false;
            continue;
        }
        lineHasText = true;
        if (quoted)
            continue;
        for (size_t k = 0; k < std::size(candidates); ++k)
            if (c == candidates[k])
                ++current[k];
    }
    // A last line without a newline counts only when the sample ended the file; a truncated
    // sample's last line is unreliable, so it is left out.

    QChar best = u',';
    double bestScore = 0;
    for (size_t k = 0; k < std::size(candidates); ++k) {
        QMap<int, int> histogram;
        for (const int n : std::as_const(counts[k]))
            if (n > 0)
                ++histogram[n];
        int modeCount = 0;
        int mode = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            if (it.value() > modeCount) {
                modeCount = it.value();
                mode = it.key();
            }
        if (mode == 0 || counts[k].isEmpty())
            continue;
        // Consistency first, then more columns.
        const double score = double(modeCount) / counts[k].size() * 1000.0 + qMin(mode, 999);
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidates[k]);
        }
    }
    return best;
}

QChar DelimiterSniffer::fromUserText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"," || t == u"comma")
        return u',';
    if (t == u";" || t == u"semicolon")
        return u';';
    if (t == u"\\t" || t == u"tab" || text == u"\t")
        return u'\t';
    if (t == u"|" || t == u"pipe")
        return u'|';
    return {};
}

QString DelimiterSniffer::displayName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return QStringLiteral("comma");
    case u';': return QStringLiteral("semicolon");
    case u'\t': return QStringLiteral("tab");
    case u'|': return QStringLiteral("pipe");
    default: return QString(delimiter);
    }
}

QString DelimiterSniffer::label(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return tr("comma ,");
    case u';': return tr("semicolon ;");
    case u'\t': return tr("tab");
    case u'|': return tr("vertical bar |");
    default: return QString(delimiter);
    }
}

} // namespace clientele::core::io
