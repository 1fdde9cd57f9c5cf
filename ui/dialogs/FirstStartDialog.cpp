#include "FirstStartDialog.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace clientele::ui {

FirstStartDialog::FirstStartDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("firstStart"));
    setWindowTitle(tr("Welcome to Clientele"));
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
        layout->addWidget(button);
        return button;
    };
    // A new owner's own shop is the safe answer to Enter; the demo is one key away.
    QPushButton* empty = add(QStringLiteral("startEmpty"), tr("Start with an empty shop"),
                             tr("Then import your customer and order lists from Excel, your till or your online "
                                "shop (Ctrl+I)."),
                             Choice::Empty);
    empty->setDefault(true);
    add(QStringLiteral("startDemo"), tr("Explore the demo shop"),
        tr("2,000 made-up customers with three years of orders, already tiered — try everything safely."), Choice::Demo);
    add(QStringLiteral("startOpen"), tr("Open an existing Clientele file…"),
        tr("A database you used before or copied from another computer."), Choice::Open);
    empty->setFocus();
}

} // namespace clientele::ui
