// Shared test main: Catch2 2 or 3, with a QCoreApplication for the core and CLI tests. UI tests
// have their own main (they need QApplication on the offscreen platform).
#if defined(CLIENTELE_CATCH3)
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char** argv)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // messages checked in English
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ClienteleTests"));
    return Catch::Session().run(argc, argv);
}
