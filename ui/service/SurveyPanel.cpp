#include "SurveyPanel.h"

#include "domain/Clock.h"
#include "service/Surveys.h"
#include "storage/Database.h"
#include "storage/SurveyRepository.h"
#include "i18n/LocalDates.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

SurveyPanel::SurveyPanel(core::storage::Database& database, qint64 customerId, QWidget* parent)
    : QWidget(parent), m_database(database), m_customerId(customerId)
{
    setObjectName(QStringLiteral("surveyPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("How likely is the customer to recommend the shop (0–10)?"), this));
    m_answers = new QTableWidget(0, 3, this);
    m_answers->setObjectName(QStringLiteral("surveyAnswers"));
    m_answers->setHorizontalHeaderLabels({tr("Date"), tr("Score"), tr("Comment")});
    m_answers->horizontalHeader()->setStretchLastSection(true);
    m_answers->verticalHeader()->hide();
    m_answers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_answers, 1);

    auto* row = new QHBoxLayout;
    m_day = new QDateEdit(core::Clock::today(), this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(core::i18n::LocalDates::shortFormat());
    m_score = new QSpinBox(this);
    m_score->setObjectName(QStringLiteral("surveyScore"));
    m_score->setRange(0, 10);
    m_score->setValue(10);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(QStringLiteral("surveyComment"));
    m_comment->setPlaceholderText(tr("Comment"));
    auto* save = new QPushButton(tr("Record Ans&wer"), this);
    save->setObjectName(QStringLiteral("surveyRecord"));
    auto* code = new QPushButton(tr("New Reply &Code"), this);
    row->addWidget(m_day);
    row->addWidget(m_score);
    row->addWidget(m_comment, 1);
    row->addWidget(save);
    row->addWidget(code);
    layout->addLayout(row);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("surveyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    const bool writable = !database.isReadOnly();
    save->setEnabled(writable);
    code->setEnabled(writable);
    connect(save, &QPushButton::clicked, this, &SurveyPanel::record);
    connect(code, &QPushButton::clicked, this, &SurveyPanel::newReplyCode);
    reload();
}

void SurveyPanel::reload()
{
    const auto answers = core::storage::SurveyRepository(m_database).forCustomer(m_customerId);
    m_answers->setRowCount(0);
    if (!answers)
        return;
    m_answers->setRowCount(int(answers->size()));
    for (int i = 0; i < answers->size(); ++i) {
        const auto& a = answers->at(i);
        m_answers->setItem(i, 0, new QTableWidgetItem(core::i18n::LocalDates::shortDate(a.answeredOn)));
        auto* score = new QTableWidgetItem(QString::number(a.score));
        if (a.score <= 6)
            score->setForeground(QColor(0xb9, 0x1c, 0x1c));
        m_answers->setItem(i, 1, score);
        m_answers->setItem(i, 2, new QTableWidgetItem(a.comment));
    }
}

void SurveyPanel::record()
{
    const auto written = core::service::Surveys::record(m_database, m_customerId, m_day->date(), m_score->value(),
                                                        m_comment->text());
    if (!written) {
        m_message->setText(written.error().message);
        return;
    }
    m_message->setText(m_score->value() <= 6 ? tr("Answer recorded; a call-back is on the follow-up calendar.")
                                             : tr("Answer recorded."));
    m_comment->clear();
    reload();
    Q_EMIT changed();
}

void SurveyPanel::newReplyCode()
{
    const auto code = core::service::Surveys::issueCode(m_database, m_customerId);
    if (!code) {
        m_message->setText(code.error().message);
        return;
    }
    m_message->setText(tr("Reply code %1: put it in the survey message; when the customer answers, record it with "
                          "the code (clientele-cli survey reply %1 --score N).")
                           .arg(*code));
}

} // namespace clientele::ui
