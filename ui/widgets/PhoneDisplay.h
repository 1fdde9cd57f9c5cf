#pragma once

#include "security/PhoneVisibility.h"

#include <QSettings>
#include <QString>

namespace clientele::ui {

// View ▸ Show Full Phone Numbers (per machine). Whether a number is then shown in full is the
// core's rule (PhoneVisibility): never for staff.
inline bool fullPhonesRequested()
{
    return QSettings().value(QStringLiteral("view/unmaskPhones"), false).toBool();
}

inline QString phoneShown(const QString& phone)
{
    return core::security::PhoneVisibility::shown(phone, fullPhonesRequested());
}

} // namespace clientele::ui
