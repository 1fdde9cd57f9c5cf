// Texts Qt's own widgets show that Debian's qtbase_zh_CN.qm (Qt 6.4) leaves in English: the file
// dialog's "Folder" and "Drive" (QAbstractFileIconProvider::type). Listed here so lupdate puts them
// in our translation, which Qt consults as well (main.cpp installs both).
#include <QtGlobal>

namespace clientele::ui {
namespace {
[[maybe_unused]] const char* const kQtTexts[][3] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
};
} // namespace
} // namespace clientele::ui
