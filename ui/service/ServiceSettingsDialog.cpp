#include "ServiceSettingsDialog.h"

#include "security/Session.h"
#include "service/ServiceSettings.h"
#include "service/Ticket.h"
#include "service/Tickets.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace clientele::ui {

namespace service = core::service;

ServiceSettingsDialog::ServiceSettingsDialog(core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database),
      m_allowed(core::security::Session::can(core::security::Permission::ChangeRules) && !database.isReadOnly())
{
    setObjectName(QStringLiteral("serviceSettingsDialog"));
    setWindowTitle(tr("Service Settings"));
    const service::ServiceSettings current = service::ServiceSettings::load(database);
    auto* layout = new QVBoxLayout(this);

    auto* hoursBox = new QGroupBox(tr("Opening hours (the SLA clock runs only while the shop is open)"), this);
    auto* hoursGrid = new QGridLayout(hoursBox);
    for (int day = 0; day < 7; ++day) {
        Day& d = m_days[std::size_t(day)];
        const auto& span = current.hours.days[std::size_t(day)];
        d.open = new QCheckBox(service::ServiceSettings::dayLabel(day), hoursBox);
        d.open->setObjectName(QStringLiteral("serviceDayOpen%1").arg(day + 1));
        d.open->setChecked(span.has_value());
        d.from = new QTimeEdit(span ? span->open : QTime(10, 0), hoursBox);
        d.from->setObjectName(QStringLiteral("serviceDayFrom%1").arg(day + 1));
        d.to = new QTimeEdit(span ? span->close : QTime(21, 0), hoursBox);
        d.to->setObjectName(QStringLiteral("serviceDayTo%1").arg(day + 1));
        for (QTimeEdit* edit : {d.from, d.to}) {
            edit->setDisplayFormat(QStringLiteral("HH:mm"));
            edit->setEnabled(span.has_value());
            connect(d.open, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        }
        hoursGrid->addWidget(d.open, day, 0);
        hoursGrid->addWidget(d.from, day, 1);
        hoursGrid->addWidget(new QLabel(QStringLiteral("–"), hoursBox), day, 2);
        hoursGrid->addWidget(d.to, day, 3);
    }
    hoursGrid->setColumnStretch(4, 1);
    layout->addWidget(hoursBox);

    auto* slaBox = new QGroupBox(tr("Time to resolve, in opening hours (first response: a quarter of it)"), this);
    auto* slaGrid = new QGridLayout(slaBox);
    const QStringList priorities = service::TicketKeys::priorities();
    for (int i = 0; i < priorities.size(); ++i) {
        Priority& p = m_priorities[std::size_t(i)];
        const int minutes = current.sla.resolveMinutesFor(priorities[i]);
        p.hours = new QSpinBox(slaBox);
        p.hours->setObjectName(QStringLiteral("slaHours_") + priorities[i]);
        p.hours->setRange(0, service::ServiceSettings::kMaxResolveMinutes / 60);
        p.hours->setSuffix(tr(" h"));
        p.hours->setValue(minutes / 60);
        p.minutes = new QSpinBox(slaBox);
        p.minutes->setObjectName(QStringLiteral("slaMinutes_") + priorities[i]);
        p.minutes->setRange(0, 59);
        p.minutes->setSuffix(tr(" min"));
        p.minutes->setValue(minutes % 60);
        p.firstResponse = new QLabel(slaBox);
        p.firstResponse->setObjectName(QStringLiteral("slaFirstResponse_") + priorities[i]);
        p.firstResponse->setStyleSheet(QStringLiteral("color: #475569;"));
        connect(p.hours, &QSpinBox::valueChanged, this, &ServiceSettingsDialog::updateFirstResponse);
        connect(p.minutes, &QSpinBox::valueChanged, this, &ServiceSettingsDialog::updateFirstResponse);
        slaGrid->addWidget(new QLabel(service::Tickets::priorityLabel(priorities[i]), slaBox), i, 0);
        slaGrid->addWidget(p.hours, i, 1);
        slaGrid->addWidget(p.minutes, i, 2);
        slaGrid->addWidget(p.firstResponse, i, 3);
    }
    slaGrid->setColumnStretch(3, 1);
    layout->addWidget(slaBox);
    updateFirstResponse();

    auto* npsBox = new QGroupBox(tr("NPS warning"), this);
    auto* npsForm = new QFormLayout(npsBox);
    m_npsBelow = new QSpinBox(npsBox);
    m_npsBelow->setObjectName(QStringLiteral("npsBelow"));
    m_npsBelow->setRange(-100, 100);
    m_npsBelow->setValue(current.alert.below);
    m_npsDrop = new QSpinBox(npsBox);
    m_npsDrop->setObjectName(QStringLiteral("npsDrop"));
    m_npsDrop->setRange(1, 200);
    m_npsDrop->setSuffix(tr(" points"));
    m_npsDrop->setValue(current.alert.drop);
    npsForm->addRow(tr("Red when the NPS is below:"), m_npsBelow);
    npsForm->addRow(tr("Amber when it drops from last month by:"), m_npsDrop);
    layout->addWidget(npsBox);

    if (!m_allowed) {
        auto* note = new QLabel(tr("Only the owner can change these settings."), this);
        note->setObjectName(QStringLiteral("serviceSettingsReadOnly"));
        layout->addWidget(note);
        for (QWidget* w : findChildren<QGroupBox*>())
            w->setEnabled(false);
    }
    auto* buttons = new QDialogButtonBox(m_allowed ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                                   : QDialogButtonBox::Close,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ServiceSettingsDialog::updateFirstResponse()
{
    for (Priority& p : m_priorities) {
        const int first = service::SlaRules::firstResponseMinutes(p.hours->value() * 60 + p.minutes->value());
        p.firstResponse->setText(tr("first response within %1 h %2 min").arg(first / 60).arg(first % 60));
    }
}

service::ServiceSettings ServiceSettingsDialog::settings() const
{
    service::ServiceSettings s = service::ServiceSettings::load(m_database);
    for (int day = 0; day < 7; ++day) {
        const Day& d = m_days[std::size_t(day)];
        s.hours.days[std::size_t(day)] = d.open->isChecked()
                                             ? std::optional<service::OpeningHours::Span>({d.from->time(), d.to->time()})
                                             : std::nullopt;
    }
    const QStringList priorities = service::TicketKeys::priorities();
    for (int i = 0; i < priorities.size(); ++i) {
        const Priority& p = m_priorities[std::size_t(i)];
        s.sla.resolveMinutes.insert(priorities[i], p.hours->value() * 60 + p.minutes->value());
    }
    s.alert.below = m_npsBelow->value();
    s.alert.drop = m_npsDrop->value();
    return s;
}

bool ServiceSettingsDialog::save()
{
    if (!m_allowed)
        return false;
    if (auto s = settings().save(m_database); !s) {
        QMessageBox::warning(this, windowTitle(), s.error().message);
        return false;
    }
    return true;
}

void ServiceSettingsDialog::accept()
{
    if (!m_allowed) {
        QDialog::reject();
        return;
    }
    if (save())
        QDialog::accept();
}

} // namespace clientele::ui
