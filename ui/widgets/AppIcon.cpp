#include "AppIcon.h"

namespace clientele::ui {

QIcon appIcon()
{
    // The PNGs rendered from resources/icons/clientele.svg (resources/icons/generate.sh), compiled
    // in as resources (ui/CMakeLists.txt): the same pictures the installers put in the icon theme,
    // with no image plugin needed at run time.
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/%1x%1/apps/clientele.png").arg(size), QSize(size, size));
    return icon;
}

} // namespace clientele::ui
