// clientele-cli: the scriptable face of the core library. Exit status: 0 done, 1 input or data
// refused, 2 usage.
#include "CommandRegistry.h"

#include <QCoreApplication>
#include <QString>

#include <cstring>
#include <memory>

#ifdef CLIENTELE_HAVE_PDF
#include <QGuiApplication>
#endif

namespace {
// Only `report` lays out pages (fonts, PDF): it gets a GUI application on the offscreen
// platform, so it runs on a server with no display. Everything else stays QtCore.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
#ifdef CLIENTELE_HAVE_PDF
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "report") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}
} // namespace

int main(int argc, char** argv)
{
    const auto app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    return clientele::cli::run(QCoreApplication::arguments());
}
