#pragma once

#include <QAction>
#include <QRegularExpression>
#include <QToolBar>

namespace clientele::ui {

// A menu item's text as a toolbar button shows it: no accelerator ("新建客户(&N)…" → "新建客户",
// "&New Customer…" → "New Customer") and no ellipsis. Qt strips "&" and "..." but leaves the
// Chinese "(N)" and "…" behind.
inline QString toolbarText(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\s*\\(&.\\)"));
    text.remove(accelerator);
    text.remove(QStringLiteral("&&")).remove(u'&').remove(QChar(0x2026)).remove(QStringLiteral("..."));
    return text.trimmed();
}

// Gives every action of the toolbar its plain text; call after the actions are added.
inline void usePlainToolbarTexts(QToolBar* toolbar)
{
    for (QAction* action : toolbar->actions())
        if (!action->isSeparator())
            action->setIconText(toolbarText(action->text()));
}

} // namespace clientele::ui
