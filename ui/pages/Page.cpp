#include "pages/Page.h"

namespace clientele::ui {

Page::Page(core::storage::Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
{
}

} // namespace clientele::ui
