// UI test main: the offscreen platform is chosen here, before QApplication exists.
#if defined(CLIENTELE_CATCH3)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClienteleUiTests"));
    QApplication::setApplicationName(QStringLiteral("ClienteleUiTests"));
    // As the app does in English: the English plural forms ("1 day", "3 days") come from clientele_en.
    QTranslator english;
    if (english.load(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("clientele"), QStringLiteral("_"),
                     QStringLiteral(":/i18n")))
        QApplication::installTranslator(&english);
    return Catch::Session().run(argc, argv);
}
