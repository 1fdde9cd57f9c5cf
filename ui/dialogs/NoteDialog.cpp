#include "domain/Clock.h"
#include "NoteDialog.h"
#include "i18n/LocalDates.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QPushButton>

namespace clientele::ui {

using core::storage::Interaction;
using core::storage::InteractionRepository;

NoteDialog::NoteDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Add Note"));
    auto* form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    for (const auto kind : {Interaction::Kind::Note, Interaction::Kind::Call, Interaction::Kind::Visit,
                            Interaction::Kind::Message})
        m_kind->addItem(InteractionRepository::kindLabel(kind), int(kind));
    m_when = new QDateTimeEdit(core::Clock::now(), this);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(core::i18n::LocalDates::shortDateTimeFormat());
    m_when->setMaximumDateTime(core::Clock::now().addDays(1));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setPlaceholderText(tr("What happened, what they asked for, what you promised…"));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Text:"), m_text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Save)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_text->setFocus();
}

Interaction NoteDialog::interaction(qint64 customerId) const
{
    Interaction i;
    i.customerId = customerId;
    i.kind = Interaction::Kind(m_kind->currentData().toInt());
    i.occurredAt = m_when->dateTime().toUTC();
    i.summary = m_text->toPlainText().trimmed();
    return i;
}

} // namespace clientele::ui
