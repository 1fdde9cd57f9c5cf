#include "DisplayName.h"

#include <QCoreApplication>

namespace clientele::core::customers {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::core::customers::DisplayName", text);
}
} // namespace

QString displayName(const QString& name)
{
    return name.trimmed().isEmpty() ? tr("(no name)") : name;
}

} // namespace clientele::core::customers
