#pragma once

#include <QString>

namespace clientele::core::care {

// A message the shop can send for a follow-up, suggested by the rule that made it (a birthday
// greeting with the customer's name, a win-back note ...); a starting point to edit, never sent
// by Clientele. Translated: rendered in the reader's language when shown.
class CareMessages
{
public:
    // `rule`: the care rule key, empty for a task made by hand.
    static QString suggested(const QString& rule, const QString& customerName);
};

} // namespace clientele::core::care
