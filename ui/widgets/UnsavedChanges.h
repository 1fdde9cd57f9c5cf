#pragma once

#include <QString>

class QWidget;

namespace clientele::ui {

// The one question a dialog asks before Esc, Cancel or its close button drops edits the user made:
// "Discard your changes?", with Save, Discard and Keep Editing. Keep Editing is the default (Enter)
// and what Esc on the question means, so a stray key never loses typed text. `what` says what was
// changed ("The ticket's status and note were changed."); `canSave` false leaves out Save.
// `question` replaces "Discard your changes?" where the dialog can say what is lost ("Discard this
// campaign?").
enum class UnsavedAnswer { Save, Discard, KeepEditing };

UnsavedAnswer askAboutUnsavedChanges(QWidget* parent, const QString& what, bool canSave = true,
                                     const QString& question = {});

} // namespace clientele::ui
