#pragma once

#include <QIcon>

namespace clientele::ui {

// The application's icon (window, task bar, system tray, About): the hicolor PNGs of
// resources/icons compiled in, every size the icon theme has, so each platform picks a sharp one.
QIcon appIcon();

} // namespace clientele::ui
