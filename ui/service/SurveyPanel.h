#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace clientele::core::storage {
class Database;
}

namespace clientele::ui {

// The profile's Survey tab: the customer's answers to the built-in NPS question (0–10), a new
// answer by hand, and a reply code to print in a survey message (the owner later types the code
// with the answer: `clientele-cli survey reply`). An answer of 0–6 books one call-back (the care
// rule "detractor").
class SurveyPanel : public QWidget
{
    Q_OBJECT
public:
    SurveyPanel(core::storage::Database& database, qint64 customerId, QWidget* parent = nullptr);
    void reload();
    void record();
    void newReplyCode();

Q_SIGNALS:
    void changed(); // an answer recorded (a low score books a call-back)

private:
    core::storage::Database& m_database;
    qint64 m_customerId;
    QTableWidget* m_answers;
    QDateEdit* m_day;
    QSpinBox* m_score;
    QLineEdit* m_comment;
    QLabel* m_message;
};

} // namespace clientele::ui
