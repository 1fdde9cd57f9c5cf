// UI test main: the offscreen platform is chosen here, before QApplication exists.
#if defined(CLIENTELE_CATCH3)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QApplication>
#include <QLocale>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClienteleUiTests"));
    QApplication::setApplicationName(QStringLiteral("ClienteleUiTests"));
    return Catch::Session().run(argc, argv);
}
