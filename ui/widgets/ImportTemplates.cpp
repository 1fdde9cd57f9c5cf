#include "ImportTemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

// Resources of a static library are linked only when something refers to them.
static void initTemplateResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace clientele::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("clientele::ui::ImportTemplates", text);
}
} // namespace

QStringList ImportTemplates::resources(const QLocale& locale)
{
    initTemplateResources();
    const QString language = locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    return {QStringLiteral(":/templates/customers_%1.csv").arg(language),
            QStringLiteral(":/templates/orders_%1.csv").arg(language)};
}

QString ImportTemplates::savedName(const QString& resource)
{
    return QFileInfo(resource).fileName().startsWith(u"customers") ? tr("customers-template.csv")
                                                                   : tr("orders-template.csv");
}

QStringList ImportTemplates::saveTo(const QString& folder, QString* error, const QLocale& locale)
{
    QStringList written;
    for (const QString& resource : resources(locale)) {
        const QString target = QDir(folder).filePath(savedName(resource));
        QFile::remove(target); // QFile::copy never replaces
        if (!QFile::copy(resource, target)) {
            if (error)
                *error = tr("Cannot write %1. Is the folder writable and the disk not full?").arg(QDir::toNativeSeparators(target));
            return {};
        }
        // Copies of resources are read-only; the owner will want to edit the template.
        QFile::setPermissions(target, QFile::permissions(target) | QFileDevice::WriteOwner | QFileDevice::WriteUser);
        written.append(target);
    }
    return written;
}

QStringList ImportTemplates::saveWithDialog(QWidget* parent)
{
    QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(start).isDir()) // a fresh account may have no Documents folder yet
        start = QDir::homePath();
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Save Import Templates to Folder"), start);
    if (folder.isEmpty())
        return {};
    QStringList existing;
    for (const QString& resource : resources())
        if (QFileInfo::exists(QDir(folder).filePath(savedName(resource))))
            existing.append(savedName(resource));
    if (!existing.isEmpty() &&
        QMessageBox::question(parent, tr("Save Import Templates"),
                              tr("%1 already exists in this folder. Replace it?").arg(existing.join(tr(" and "))),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return {};
    QString error;
    const QStringList written = saveTo(folder, &error);
    if (written.isEmpty()) {
        QMessageBox::warning(parent, tr("Save Import Templates"), error);
        return {};
    }
    QMessageBox::information(
        parent, tr("Save Import Templates"),
        tr("Saved in %1:\n\n%2\n\nOpen them in Excel, replace the example rows with your own (keep the first row), "
           "save as CSV and import them with File ▸ Import — customers first, then orders.")
            .arg(QDir::toNativeSeparators(folder), QStringList{QFileInfo(written.value(0)).fileName(),
                                                                QFileInfo(written.value(1)).fileName()}
                                                       .join(u'\n')));
    return written;
}

} // namespace clientele::ui
