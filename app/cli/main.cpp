// clientele-cli: the scriptable face of the core library. Exit status: 0 done, 1 input or data
// refused, 2 usage.
#include "CommandRegistry.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationName(QStringLiteral("Clientele"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    return clientele::cli::run(app.arguments());
}
