#include "AuditLogDialog.h"
#include "i18n/LocalDates.h"

#include "security/AuditLog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

namespace {
constexpr int kShown = 2000; // newest entries; the CLI pages through older ones
} // namespace

AuditLogDialog::AuditLogDialog(const core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit Log"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_action = new QComboBox(this);
    m_action->addItem(tr("Everything"), QString());
    for (const QString& key : core::security::AuditLog::actions())
        m_action->addItem(core::security::AuditLog::actionLabel(key), key);
    m_integrity = new QLabel(this);
    m_integrity->setObjectName(QStringLiteral("auditIntegrity"));
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_action);
    top->addStretch();
    top->addWidget(m_integrity);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Subject"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    reload();
}

void AuditLogDialog::reload()
{
    const auto entries = core::security::AuditLog::list(m_database, kShown, 0, m_action->currentData().toString());
    m_table->setRowCount(0);
    if (entries) {
        m_table->setRowCount(int(entries->size()));
        for (int row = 0; row < entries->size(); ++row) {
            const auto& e = entries->at(row);
            const QStringList cells{core::i18n::LocalDates::shortDateTime(e.at.toLocalTime()), e.actor,
                                    core::security::AuditLog::actionLabel(e.action), e.subject, e.detail};
            for (int column = 0; column < cells.size(); ++column)
                m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
        m_table->resizeColumnsToContents();
    }
    const auto broken = core::security::AuditLog::verify(m_database);
    if (broken && *broken == 0) {
        m_integrity->setText(tr("✓ Intact: no entry was changed or removed."));
        m_integrity->setStyleSheet(QStringLiteral("color: #166534;"));
    } else {
        m_integrity->setText(broken ? tr("⚠ Entry %1 was changed or removed outside Clientele.").arg(*broken)
                                    : broken.error().message);
        m_integrity->setStyleSheet(QStringLiteral("color: #b91c1c; font-weight: 600;"));
    }
}

} // namespace clientele::ui
