#pragma once

#include <QString>

namespace clientele::core::customers {

// A customer's name as lists, tasks and reports show it: "(no name)" for a customer without one
// (made from an order file's phone, or a row whose name was empty), never a blank cell.
QString displayName(const QString& name);

} // namespace clientele::core::customers
