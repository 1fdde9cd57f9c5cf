#include "UnsavedChanges.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace clientele::ui {

UnsavedAnswer askAboutUnsavedChanges(QWidget* parent, const QString& what, bool canSave, const QString& question)
{
    QMessageBox box(QMessageBox::Question, QCoreApplication::translate("UnsavedChanges", "Unsaved changes"),
                    question.isEmpty() ? QCoreApplication::translate("UnsavedChanges", "Discard your changes?")
                                       : question,
                    QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(what);
    QPushButton* save = canSave ? box.addButton(QMessageBox::Save) : nullptr;
    QPushButton* discard = box.addButton(QMessageBox::Discard);
    QPushButton* keep =
        box.addButton(QCoreApplication::translate("UnsavedChanges", "&Keep Editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditing"));
    discard->setObjectName(QStringLiteral("discardChanges"));
    if (save)
        save->setObjectName(QStringLiteral("saveChanges"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    if (save && box.clickedButton() == save)
        return UnsavedAnswer::Save;
    if (box.clickedButton() == discard)
        return UnsavedAnswer::Discard;
    return UnsavedAnswer::KeepEditing;
}

} // namespace clientele::ui
