#pragma once

#include <QDialog>
#include <QList>

class QAbstractButton;

namespace clientele::ui {

// Shown once, when Clientele has never opened a database: explore the demo shop, import one's
// own customers into a new shop, or start empty; also open a file from elsewhere, or save the
// sample import templates first (the dialog stays open for that).
class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Empty, Demo, Import, Open };
    explicit FirstStartDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Choice m_choice = Choice::Empty;
    QList<QAbstractButton*> m_choices; // top to bottom: the arrow keys move between them

};

} // namespace clientele::ui
