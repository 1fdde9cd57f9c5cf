#include "AppLocale.h"

namespace clientele::core {

QLocale appLocale(const QString& chosen, const QLocale& system)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    if (!chosen.isEmpty()) {
        const QLocale picked(chosen);
        if (picked.language() == QLocale::Chinese)
            return chinese; // the one Chinese translation there is
        return picked.language() == QLocale::English ? picked : english;
    }
    if (system.language() == QLocale::Chinese)
        return chinese;
    if (system.language() == QLocale::English)
        return system;
    return english;
}

} // namespace clientele::core
