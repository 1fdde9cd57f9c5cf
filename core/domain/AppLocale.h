#pragma once

#include <QLocale>
#include <QString>

namespace clientele::core {

// The locale money, numbers and dates are formatted with: always the UI language's (Chinese or
// English), never the C/POSIX locale a fresh machine starts with (LANG=C.UTF-8 would show
// "511.00¥" and ungrouped numbers).
//   chosen   the owner's choice ("zh_CN", "en_US"; empty: follow the system)
//   system   the system locale (a parameter so tests can pass any)
// A chosen language wins. Otherwise any Chinese system gives zh_CN (the one Chinese translation,
// so the texts and the figures agree), an English system keeps its own conventions (en_GB dates
// stay British), and anything else — C, POSIX, a language Clientele is not translated into —
// gives en_US, the conventions of the English UI it shows. Load the translations for the
// returned locale too.
QLocale appLocale(const QString& chosen, const QLocale& system);

} // namespace clientele::core
