#pragma once

#include <QIcon>

namespace clientele::ui {

// The application's icon (window, task bar, system tray), drawn at the sizes platforms ask for
// so it stays sharp without image files to ship.
QIcon appIcon();

} // namespace clientele::ui
