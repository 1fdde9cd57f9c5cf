#include "domain/Clock.h"
#include "i18n/LocalDates.h"
#include "CompleteFollowUpDialog.h"

#include "calendar/ContactPanel.h"
#include "storage/FollowUpRepository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace clientele::ui {

CompleteFollowUpDialog::CompleteFollowUpDialog(const core::storage::FollowUp& task, QWidget* parent,
                                               const core::storage::Database* database)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("completeFollowUpDialog"));
    setWindowTitle(tr("Follow-up Done"));
    auto* form = new QFormLayout(this);
    auto* heading = new QLabel(tr("<b>%1</b> — %2").arg(task.customerName.toHtmlEscaped(), task.title.toHtmlEscaped()), this);
    heading->setWordWrap(true);
    form->addRow(heading);
    if (database) {
        auto* contact = new ContactPanel(*database, this);
        contact->setTask(task);
        form->addRow(contact);
    }
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setObjectName(QStringLiteral("followUpOutcome"));
    m_outcome->setPlaceholderText(tr("What came of it, e.g. “Will come on Saturday for a fitting”"));
    m_outcome->setTabChangesFocus(true);
    m_outcome->setFixedHeight(fontMetrics().height() * 5);
    form->addRow(tr("&Outcome:"), m_outcome);

    m_bookRevisit = new QCheckBox(tr("&Book the next follow-up"), this);
    m_bookRevisit->setObjectName(QStringLiteral("bookRevisit"));
    m_revisitOn = new QDateEdit(core::Clock::today().addDays(14), this);
    m_revisitOn->setObjectName(QStringLiteral("revisitOn"));
    m_revisitOn->setCalendarPopup(true);
    m_revisitOn->setMinimumDate(core::Clock::today());
    m_revisitOn->setDisplayFormat(core::i18n::LocalDates::shortFormat());
    m_revisitTitle = new QLineEdit(tr("Revisit: %1").arg(task.title), this);
    m_revisitTitle->setObjectName(QStringLiteral("revisitTitle"));
    form->addRow(m_bookRevisit);
    form->addRow(tr("On:"), m_revisitOn);
    form->addRow(tr("What to do:"), m_revisitTitle);
    const auto enableRevisit = [this](bool on) {
        m_revisitOn->setEnabled(on);
        m_revisitTitle->setEnabled(on);
    };
    enableRevisit(false);
    connect(m_bookRevisit, &QCheckBox::toggled, this, enableRevisit);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark &Done"));
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_bookRevisit->isChecked() || !m_revisitTitle->text().trimmed().isEmpty());
    };
    connect(m_bookRevisit, &QCheckBox::toggled, this, updateOk);
    connect(m_revisitTitle, &QLineEdit::textChanged, this, updateOk);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(480, sizeHint().height());
}

QString CompleteFollowUpDialog::outcome() const
{
    return m_outcome->toPlainText().trimmed();
}

std::optional<core::care::Revisit> CompleteFollowUpDialog::revisit() const
{
    if (!m_bookRevisit->isChecked())
        return std::nullopt;
    return core::care::Revisit{m_revisitOn->date(), m_revisitTitle->text().trimmed()};
}

} // namespace clientele::ui
