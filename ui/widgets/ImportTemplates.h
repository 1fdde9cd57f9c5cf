#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QWidget;

namespace clientele::ui {

// The sample import templates (resources/templates, compiled in under :/templates): a customers
// and an orders file whose headings the import recognises without a manual mapping, UTF-8 with a
// BOM so Excel opens them right, a few example rows each. Chinese headings in the Chinese UI,
// English ones otherwise.
class ImportTemplates
{
public:
    // The pair for `locale`'s language, customers first (":/templates/customers_zh_CN.csv" …).
    static QStringList resources(const QLocale& locale = QLocale());
    // The file name a template is saved under, in the UI language ("customers-template.csv").
    static QString savedName(const QString& resource);
    // Copies the pair into `folder`, replacing files of the same names. The paths written, or an
    // empty list with `error` set.
    static QStringList saveTo(const QString& folder, QString* error, const QLocale& locale = QLocale());
    // File ▸ Save Import Templates…: asks for a folder (the native dialog), asks before replacing
    // files, saves, and says where. The paths written (empty when cancelled or failed).
    static QStringList saveWithDialog(QWidget* parent);
};

} // namespace clientele::ui
