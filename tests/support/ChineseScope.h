#pragma once

#include "CatchCompat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace clientele::test {

// Clientele's Chinese translation and locale for one scope, as the app installs them; English
// (United States) again when it ends.
class Chinese
{
public:
    Chinese()
    {
        REQUIRE(m_translator.load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("clientele"),
                                  QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~Chinese()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    Chinese(const Chinese&) = delete;
    Chinese& operator=(const Chinese&) = delete;

private:
    QTranslator m_translator;
};

// Whether `text` holds a CJK character (Chinese leaking into English text, or the reverse check).
inline bool hasCjk(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x3000 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace clientele::test
