#pragma once

#include <QDialog>

namespace clientele::ui {

// Shown once, when Clientele has never opened a database: start with an empty shop, explore the
// demo shop, or open a file from elsewhere.
class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Empty, Demo, Open };
    explicit FirstStartDialog(QWidget* parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Empty;
};

} // namespace clientele::ui
