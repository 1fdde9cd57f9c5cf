#pragma once

#include "storage/InteractionRepository.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace clientele::ui {

// A note, call, visit or message to put on a customer's timeline.
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NoteDialog(QWidget* parent = nullptr);
    core::storage::Interaction interaction(qint64 customerId) const;

private:
    QComboBox* m_kind;
    QDateTimeEdit* m_when;
    QPlainTextEdit* m_text;
};

} // namespace clientele::ui
