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
    PinyinForms make(const QString& name)
    {
        const QString latin = this->latin(name).simplified();
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
