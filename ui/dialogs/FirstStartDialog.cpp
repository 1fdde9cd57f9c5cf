#include "FirstStartDialog.h"

#include "widgets/ImportTemplates.h"

#include <QCommandLinkButton>
#include <QKeyEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele::ui {

FirstStartDialog::FirstStartDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstStart"));
    setWindowTitle(tr("Welcome to Clientele"));
    setMinimumWidth(480); // the choices' descriptions read as sentences, not as narrow columns
    auto* layout = new QVBoxLayout(this);
    auto* welcome = new QLabel(tr("<h2>Welcome to Clientele</h2><p>Your customer base lives in one file on this "
                                  "computer. How would you like to start?</p>"),
                               this);
    welcome->setWordWrap(true);
    layout->addWidget(welcome);
    const auto add = [this, layout](const QString& name, const QString& title, const QString& description, Choice choice) {
        auto* button = new QCommandLinkButton(title, description, this);
        button->setObjectName(name);
        connect(button, &QCommandLinkButton::clicked, this, [this, choice] {
            m_choice = choice;
            accept();
        });
        // The choice Enter takes is framed; the mouse's is only shaded. (Under the pointer, the
        // middle choice once looked chosen while Enter started the empty shop.)
        button->setStyleSheet(QStringLiteral(
            "QCommandLinkButton { border: 2px solid transparent; border-radius: 4px; padding: 6px; }"
            "QCommandLinkButton:hover { background: palette(midlight); }"
            "QCommandLinkButton:focus { border-color: palette(highlight); background: palette(base); }"));
        button->installEventFilter(this);
        m_choices.append(button);
        layout->addWidget(button);
        return button;
    };
    add(QStringLiteral("startDemo"), tr("Explore the demo shop"),
        tr("2,000 made-up customers with three years of orders, already tiered — try everything safely."), Choice::Demo);
    add(QStringLiteral("startImport"), tr("Import my customers"),
        tr("A new, empty shop, and the import opens at once: pick the CSV from Excel, your till or your online shop."),
        Choice::Import);
    // A new owner's own shop is the safe answer to Enter; the demo is one click away.
    QPushButton* empty = add(QStringLiteral("startEmpty"), tr("Start with an empty shop"),
                             tr("Add customers by hand, or import your lists later with File ▸ Import (Ctrl+I)."),
                             Choice::Empty);
    empty->setDefault(true);

    auto* more = new QHBoxLayout;
    auto* templates = new QPushButton(tr("&Save Sample Templates…"), this);
    templates->setObjectName(QStringLiteral("saveTemplates"));
    templates->setAutoDefault(false);
    templates->setToolTip(tr("A customers and an orders CSV with example rows and the headings Clientele "
                             "recognises: fill them in Excel, then import them."));
    connect(templates, &QPushButton::clicked, this, [this] { ImportTemplates::saveWithDialog(this); });
    auto* open = new QPushButton(tr("&Open an Existing Clientele File…"), this);
    open->setObjectName(QStringLiteral("startOpen"));
    open->setAutoDefault(false);
    open->setToolTip(tr("A database you used before or copied from another computer."));
    connect(open, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Open;
        accept();
    });
    more->addWidget(templates);
    more->addStretch();
    more->addWidget(open);
    layout->addSpacing(8);
    layout->addLayout(more);
    empty->setFocus();
}

bool FirstStartDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down move between the three choices, as in a list. (A button's own Down went on to
    // the next widget in the tab order: from "empty shop" to "Save Sample Templates", and Enter
    // then still took the default button, the empty shop, while the choice under the pointer
    // looked chosen.)
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        const int at = int(m_choices.indexOf(static_cast<QAbstractButton*>(watched)));
        if (at >= 0 && (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right)) {
            const int step = key == Qt::Key_Up || key == Qt::Key_Left ? -1 : 1;
            const int next = std::clamp(at + step, 0, int(m_choices.size()) - 1); // a list's ends: no wrap
            m_choices[next]->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace clientele::ui
