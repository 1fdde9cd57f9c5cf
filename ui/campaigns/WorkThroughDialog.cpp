#include "WorkThroughDialog.h"

#include "campaigns/Campaigns.h"
#include "domain/Clock.h"
#include "security/PhoneVisibility.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "i18n/LocalDates.h"

#include <QClipboard>
#include <QColor>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
QString shownPhone(const QString& phone)
{
    return core::security::PhoneVisibility::shown(phone, true);
}
} // namespace

WorkThroughDialog::WorkThroughDialog(core::storage::Database& database, qint64 campaignId, QWidget* parent)
    : QDialog(parent), m_database(database), m_campaignId(campaignId)
{
    setObjectName(u"workThroughDialog"_s);
    setWindowTitle(tr("Work Through the Contact List"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"workTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Phone"), tr("Message"), tr("Contacted")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    auto* copy = new QPushButton(tr("Co&py Message"), this);
    copy->setObjectName(u"copyMessageButton"_s);
    auto* mark = new QPushButton(tr("&Mark Contacted"), this);
    mark->setObjectName(u"markContactedButton"_s);
    mark->setEnabled(!database.isReadOnly());
    m_status = new QLabel(this);
    m_status->setObjectName(u"workStatus"_s);
    auto* row = new QHBoxLayout;
    row->addWidget(copy);
    row->addWidget(mark);
    row->addWidget(m_status, 1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &WorkThroughDialog::copySelected);
    connect(mark, &QPushButton::clicked, this, &WorkThroughDialog::markSelected);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(close);
    resize(760, 480);
    load();
}

void WorkThroughDialog::load()
{
    using namespace core::campaigns;
    m_table->setRowCount(0);
    auto campaign = Campaigns::find(m_database, m_campaignId);
    if (!campaign)
        return;
    auto messages = Campaigns::messages(m_database, *campaign);
    auto members = core::storage::CampaignRepository(m_database).members(m_campaignId);
    if (!messages || !members)
        return;
    QHash<qint64, QDate> contacted;
    for (const auto& m : *members)
        contacted.insert(m.customerId, m.contactedOn);
    QList<qint64> ids;
    for (const auto& m : *messages)
        ids.append(m.customerId);
    auto fields = core::storage::CampaignRepository(m_database).messageFields(ids);
    if (!fields || fields->size() != messages->size())
        return;
    int done = 0;
    int unreachable = 0;
    for (int i = 0; i < messages->size(); ++i) {
        const auto& message = messages->at(i);
        const auto& f = fields->at(i);
        const QDate on = contacted.value(message.customerId);
        m_table->insertRow(i);
        auto* name = new QTableWidgetItem(f.name);
        name->setData(Qt::UserRole, message.customerId);
        m_table->setItem(i, 0, name);
        // The one phone rule (PhoneVisibility). Working through the list is calling people, so full
        // numbers are asked for here; only a role that may see them (owners) gets them, staff see
        // 138****5678 as in the customer list.
        auto* phone = new QTableWidgetItem(shownPhone(f.phone));
        if (const QString problem = Campaigns::phoneProblem(f); !problem.isEmpty()) {
            // Listed, so the message can still go by WeChat or in person, but not as someone to call.
            // The same words as the contact list's "Phone problem" column.
            ++unreachable;
            phone->setText(problem);
            if (!f.phone.trimmed().isEmpty())
                phone->setToolTip(tr("Recorded as %1").arg(shownPhone(f.phone)));
            phone->setForeground(QColor(0xb0, 0x00, 0x20));
            phone->setData(Qt::UserRole, false);
        }
        m_table->setItem(i, 1, phone);
        m_table->setItem(i, 2, new QTableWidgetItem(message.text));
        m_table->setItem(i, 3, new QTableWidgetItem(on.isValid() ? core::i18n::LocalDates::shortDate(on) : QString()));
        done += on.isValid() ? 1 : 0;
    }
    m_table->resizeColumnToContents(1);
    QString status = tr("%1 of %2 contacted").arg(done).arg(messages->size());
    if (unreachable > 0)
        status += u" · "_s + tr("%Ln not reachable by phone", nullptr, unreachable);
    m_status->setText(status);
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->selectRow(0);
}

void WorkThroughDialog::copySelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    // The copied message leaves the app: the campaign's coupon for this customer is issued first,
    // so the text carries the real code.
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto campaign = core::campaigns::Campaigns::find(m_database, m_campaignId);
    if (campaign && !campaign->couponType.isEmpty() && !m_database.isReadOnly()) {
        auto issued = core::campaigns::Campaigns::issueCoupons(m_database, *campaign, {id}, core::Clock::today());
        if (!issued) {
            QMessageBox::warning(this, windowTitle(), issued.error().message);
            return;
        }
        if (*issued > 0) {
            load();
            m_table->selectRow(row);
        }
    }
    QGuiApplication::clipboard()->setText(m_table->item(row, 2)->text());
    m_status->setText(tr("Message copied."));
}

void WorkThroughDialog::markSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || m_database.isReadOnly())
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto marked = core::campaigns::Campaigns::markContacted(m_database, m_campaignId, {id}, core::Clock::today());
    if (!marked) {
        QMessageBox::warning(this, windowTitle(), marked.error().message);
        return;
    }
    Q_EMIT this->marked();
    load();
    if (row + 1 < m_table->rowCount())
        m_table->selectRow(row + 1);
}

} // namespace clientele::ui
