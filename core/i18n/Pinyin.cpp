#include "Pinyin.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace clientele::core::i18n {

namespace {
// Names repeat (张伟 is everywhere): an import of 100,000 customers transliterates each distinct
// name once. Bounded so a huge file cannot grow it without limit.
constexpr qsizetype kCacheLimit = 200'000;

class Transliteration
{
public:
    Transliteration()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_names.reset(icu::Transliterator::createInstance(
            icu::UnicodeString(u"Han-Latin/Names; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_names.reset();
    }

    QString latin(const QString& name)
    {
        if (!m_names)
            return name.toLower();
        icu::UnicodeString text(reinterpret_cast<const char16_t*>(name.utf16()), int32_t(name.size()));
        m_names->transliterate(text);
        return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
    }

    PinyinForms forms(const QString& name)
    {
        if (const auto it = m_cache.constFind(name); it != m_cache.constEnd())
            return *it;
        PinyinForms forms = make(name);
        if (m_cache.size() >= kCacheLimit)
            m_cache.clear();
        m_cache.insert(name, forms);
        return forms;
    }

private:
    // A name is read as its first two characters (the surname, compound ones such as 欧阳 or
    // 万俟 included, read by Han-Latin/Names at the start of a name) followed by each further
    // character as Han-Latin/Names reads it inside a name. Both pieces are cached, so a file of
    // 100,000 different names costs a few thousand transliterations, with the same result as
    // transliterating each whole name.
    QString composed(const QString& name)
    {
        if (name.size() <= 2 || !Pinyin::hasHan(name))
            return latin(name);
        const QString head = name.left(2);
        auto h = m_heads.constFind(head);
        if (h == m_heads.constEnd())
            h = m_heads.insert(head, latin(head));
        QString out = *h;
        for (qsizetype i = 2; i < name.size(); ++i) {
            const QChar c = name.at(i);
            if (c.isSurrogate() || QChar::script(c.unicode()) != QChar::Script_Han) // rare: read the whole name
                return latin(name);
            auto r = m_inner.constFind(c);
            if (r == m_inner.constEnd()) {
                // "王小" + c: the character in the third place of a name; its reading follows the second space.
                const QString three = latin(u"王小"_s + c);
                r = m_inner.insert(c, three.mid(three.indexOf(u' ', three.indexOf(u' ') + 1)));
            }
            out += *r;
        }
        return out;
    }

    PinyinForms make(const QString& name)
    {
        const QString latin = composed(name).simplified();
        if (!Pinyin::hasHan(name))
            return {latin, {}};
        QString full, initials;
        for (const QString& syllable : latin.split(u' ', Qt::SkipEmptyParts)) {
            full += syllable;
            initials += syllable.front();
        }
        return {latin, initials.size() > 1 ? full + u' ' + initials : full};
    }

    std::unique_ptr<icu::Transliterator> m_names;
    QHash<QString, PinyinForms> m_cache;
    QHash<QString, QString> m_heads; // first two characters → their reading
    QHash<QChar, QString> m_inner;   // a later character → " reading" (with its leading space)
};
} // namespace

bool Pinyin::hasHan(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    }
    return false;
}

PinyinForms Pinyin::of(const QString& name)
{
    if (name.isEmpty())
        return {};
    thread_local Transliteration transliteration;
    return transliteration.forms(name);
}

} // namespace clientele::core::i18n
