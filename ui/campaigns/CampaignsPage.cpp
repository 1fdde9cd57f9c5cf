#include "CampaignsPage.h"

#include "CampaignDialog.h"
#include "WorkThroughDialog.h"

#include "campaigns/CampaignResults.h"
#include "campaigns/Campaigns.h"
#include "campaigns/FilterText.h"
#include "campaigns/MessageChecks.h"
#include "domain/Clock.h"
#include "domain/Money.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "i18n/LocalDates.h"
#include "security/Session.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace clientele::ui {

using namespace core::campaigns;

CampaignsPage::CampaignsPage(core::storage::Database& database, QWidget* parent) : Page(database, parent)
{
    m_list = new QTableWidget(0, 6, this);
    m_list->setObjectName(u"campaignList"_s);
    // The contact group (drawn to be contacted) is not the same as those marked contacted.
    m_list->setHorizontalHeaderLabels({tr("Campaign"), tr("Contact group"), tr("Marked contacted"), tr("Held out"),
                                       tr("Contact date"), tr("Conversion lift")});
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    // The name takes what is left; the other columns are as wide as their header or widest cell, so
    // "Marked contacted" is never cut at 1024 px.
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* newButton = new QPushButton(tr("New Campaign…"), this);
    newButton->setObjectName(u"newCampaignButton"_s);
    m_exportButton = new QPushButton(tr("Export Contact List…"), this);
    m_exportButton->setObjectName(u"exportCampaignButton"_s);
    m_workButton = new QPushButton(tr("Work Through…"), this);
    m_workButton->setObjectName(u"workThroughButton"_s);
    m_markButton = new QPushButton(tr("Mark All Contacted…"), this);
    m_markButton->setObjectName(u"markAllContactedButton"_s);
    auto* buttons = new QHBoxLayout;
    for (auto* b : {newButton, m_exportButton, m_workButton, m_markButton})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_results = new QTextBrowser(this);
    m_results->setObjectName(u"campaignResults"_s);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_list);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(left);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_newAction = new QAction(tr("&New Campaign…"), this);
    m_exportAction = needs(new QAction(tr("&Export Contact List…"), this), int(core::security::Permission::Export));
    m_workAction = new QAction(tr("&Work Through Contact List…"), this);
    m_markAction = new QAction(tr("&Mark All Contacted…"), this);
    connect(m_newAction, &QAction::triggered, this, &CampaignsPage::newCampaign);
    connect(m_exportAction, &QAction::triggered, this, [this] { exportSelected(); });
    connect(m_workAction, &QAction::triggered, this, &CampaignsPage::workThrough);
    connect(m_markAction, &QAction::triggered, this, [this] { markAllContacted(); });
    connect(newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(m_exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    connect(m_workButton, &QPushButton::clicked, m_workAction, &QAction::trigger);
    connect(m_markButton, &QPushButton::clicked, m_markAction, &QAction::trigger);
    newButton->setEnabled(!database.isReadOnly());
    m_newAction->setEnabled(!database.isReadOnly());
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        showResults();
        updateActions();
    });
    refresh();
}

QString CampaignsPage::title() const
{
    return tr("Campaigns");
}

QString CampaignsPage::menuText() const
{
    return tr("Ca&mpaigns", "View menu");
}

QString CampaignsPage::menuTitle() const
{
    return tr("Ca&mpaigns");
}

QList<QAction*> CampaignsPage::pageActions()
{
    return {m_newAction, m_exportAction, m_workAction, m_markAction};
}

qint64 CampaignsPage::selectedCampaign() const
{
    const int row = m_list->currentRow();
    return row < 0 || !m_list->item(row, 0) ? 0 : m_list->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void CampaignsPage::showItem(qint64 campaignId)
{
    selectCampaign(campaignId);
}

void CampaignsPage::selectCampaign(qint64 id)
{
    for (int row = 0; row < m_list->rowCount(); ++row)
        if (m_list->item(row, 0)->data(Qt::UserRole).toLongLong() == id)
            m_list->selectRow(row);
}

void CampaignsPage::refresh()
{
    const qint64 keep = selectedCampaign();
    const QSignalBlocker block(m_list);
    m_list->setRowCount(0);
    auto lines = CampaignResults::list(database());
    if (lines) {
        const QLocale locale;
        for (const auto& [c, outcome] : *lines) {
            const int row = m_list->rowCount();
            m_list->insertRow(row);
            auto* name = new QTableWidgetItem(c.name);
            name->setData(Qt::UserRole, c.id);
            m_list->setItem(row, 0, name);
            const auto number = [](const QString& text) { // counts and lifts line up on the right
                auto* item = new QTableWidgetItem(text);
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                return item;
            };
            m_list->setItem(row, 1, number(locale.toString(c.contacted)));
            m_list->setItem(row, 2, number(locale.toString(c.marked)));
            m_list->setItem(row, 3, number(locale.toString(c.holdout)));
            m_list->setItem(row, 4, new QTableWidgetItem(c.contactedOn.isValid() ? core::i18n::LocalDates::shortDate(c.contactedOn)
                                                                                 : tr("not yet")));
            m_list->setItem(row, 5, number(CampaignResults::liftCell(outcome)));
        }
    }
    if (keep != 0)
        selectCampaign(keep);
    if (m_list->currentRow() < 0 && m_list->rowCount() > 0)
        m_list->selectRow(0);
    showResults();
    updateActions();
}

void CampaignsPage::updateActions()
{
    const bool any = selectedCampaign() != 0;
    const bool writable = !database().isReadOnly();
    m_exportAction->setVisible(isPermitted(m_exportAction)); // a file of phone numbers: not for staff
    m_exportAction->setEnabled(any && isAllowed(m_exportAction));
    m_workAction->setEnabled(any);
    m_markAction->setEnabled(any && writable);
    m_exportButton->setVisible(m_exportAction->isVisible());
    m_exportButton->setEnabled(m_exportAction->isEnabled());
    m_workButton->setEnabled(any);
    m_markButton->setEnabled(any && writable);
}

void CampaignsPage::showResults()
{
    const qint64 id = selectedCampaign();
    if (id == 0) {
        m_results->setHtml(u"<p>"_s +
                           tr("No campaign yet. A campaign sends a message to an audience and keeps a random share "
                              "of it aside, so its real effect shows. Start with New Campaign.")
                               .toHtmlEscaped() +
                           u"</p>"_s);
        return;
    }
    auto c = Campaigns::find(database(), id);
    if (!c)
        return;
    auto o = CampaignResults::compute(database(), *c);
    if (!o)
        return;
    const QLocale locale;
    QString html = u"<h3>"_s + c->name.toHtmlEscaped() + u"</h3><p>"_s +
                   tr("Audience: %1 · hold-out %2% (seed %3) · window %4 days")
                       .arg(FilterText::describe(database(), c->filterText))
                       .arg(c->holdoutPercent)
                       .arg(QString::number(c->seed))
                       .arg(c->windowDays)
                       .toHtmlEscaped() +
                   u"</p>"_s;
    if (const QString warning = Campaigns::holdoutWarning(c->contacted + c->holdout, c->holdout); !warning.isEmpty())
        html += u"<p style='color:#b00020'>⚠ "_s + warning.toHtmlEscaped() + u"</p>"_s;
    html += u"<p>"_s + CampaignResults::markedText(*c).toHtmlEscaped() + u"</p>"_s;
    if (!c->couponType.isEmpty()) {
        const auto issued = core::storage::CampaignRepository(database()).couponCodes(c->id);
        html += u"<p>"_s +
                tr("Coupon for the contacted group: %1 (%2 issued)")
                    .arg(c->couponType, locale.toString(issued ? issued->size() : 0))
                    .toHtmlEscaped() +
                u"</p>"_s;
    }
    if (o->contacted) {
        html += u"<p>"_s + tr("Purchases from %1 to %2").arg(core::i18n::LocalDates::shortDate(o->from),
                                                            core::i18n::LocalDates::shortDate(o->to)) +
                u"</p><table border='1' cellspacing='0' cellpadding='4'><tr><th></th><th>"_s + tr("Customers") +
                u"</th><th>"_s + tr("Buyers") + u"</th><th>"_s + tr("Conversion") + u"</th><th>"_s + tr("Revenue") +
                u"</th><th>"_s + tr("Revenue per customer") + u"</th></tr>"_s;
        const auto row = [&](const QString& name, const GroupResult& g) {
            html += u"<tr><td>"_s + name + u"</td><td align='right'>"_s + locale.toString(g.customers) +
                    u"</td><td align='right'>"_s + locale.toString(g.buyers) + u"</td><td align='right'>"_s +
                    locale.toString(g.conversion() * 100, 'f', 1) + u"%</td><td align='right'>"_s +
                    core::money::format(g.revenue) + u"</td><td align='right'>"_s +
                    core::money::format(core::Fen(std::llround(g.revenuePerCustomer()))) + u"</td></tr>"_s;
        };
        row(tr("Contact group"), o->contactedGroup);
        row(tr("Hold-out"), o->holdoutGroup);
        html += u"</table>"_s;
        if (o->conversionLift.defined && o->measuring)
            html += u"<p>"_s +
                    tr("Conversion lift %1, 95% interval %2 points (unpooled Wald). Revenue per customer lift "
                       "%3, 95% interval %4 to %5 (Welch).")
                        .arg(CampaignResults::liftText(o->conversionLift),
                             CampaignResults::intervalText(o->conversionLift),
                             core::money::format(core::Fen(std::llround(o->revenuePerCustomerLift.value))),
                             core::money::format(core::Fen(std::llround(o->revenuePerCustomerLift.low))),
                             core::money::format(core::Fen(std::llround(o->revenuePerCustomerLift.high))))
                        .toHtmlEscaped() +
                    u"</p>"_s;
    }
    html += u"<p><b>"_s + CampaignResults::summary(*o).toHtmlEscaped() + u"</b></p>"_s;
    m_results->setHtml(html);
}

void CampaignsPage::newCampaign()
{
    CampaignDialog dialog(database(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    selectCampaign(dialog.createdId());
    Q_EMIT dataChanged();
}

void CampaignsPage::exportSelected(const QString& chosenPath)
{
    const qint64 id = selectedCampaign();
    if (id == 0)
        return;
    auto c = Campaigns::find(database(), id);
    if (!c)
        return;
    QString path = chosenPath;
    if (path.isEmpty()) {
        if (const auto checks = Campaigns::messageChecks(database(), *c, core::Clock::now().time())) {
            if (MessageChecks::hasProblems(*checks)) {
                QStringList lines;
                for (const auto& check : *checks)
                    if (check.problem)
                        lines.append(u"• "_s + check.text);
                if (QMessageBox::question(this, tr("Export Contact List"),
                                          tr("The message has problems:\n%1\n\nExport anyway?").arg(lines.join(u'\n'))) !=
                    QMessageBox::Yes)
                    return;
            }
        }
        path = QFileDialog::getSaveFileName(this, tr("Export Contact List"),
                                            QDir::home().filePath(c->name + u".csv"_s), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
    }
    auto written = Campaigns::exportCsv(database(), id, path, core::io::CsvWriter::Encoding::Utf8Bom);
    if (!written) {
        QMessageBox::warning(this, tr("Export Contact List"), written.error().message);
        return;
    }
    QString saved = tr("Contact list of “%1” saved to %2.").arg(c->name, QDir::toNativeSeparators(path));
    if (const QString noPhone = Campaigns::noPhoneText(*written); !noPhone.isEmpty())
        saved += u' ' + noPhone;
    Q_EMIT message(saved, 15000);
    if (!c->couponType.isEmpty()) { // the export issued the coupons
        showResults();
        Q_EMIT dataChanged();
    }
}

void CampaignsPage::workThrough()
{
    const qint64 id = selectedCampaign();
    if (id == 0)
        return;
    WorkThroughDialog dialog(database(), id, this);
    bool changed = false;
    connect(&dialog, &WorkThroughDialog::marked, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed) {
        refresh();
        Q_EMIT dataChanged();
    }
}

void CampaignsPage::markAllContacted(const QDate& givenDate)
{
    const qint64 id = selectedCampaign();
    if (id == 0 || database().isReadOnly())
        return;
    QDate date = givenDate;
    if (!date.isValid()) {
        QDialog ask(this);
        ask.setWindowTitle(tr("Mark All Contacted"));
        auto* edit = new QDateEdit(core::Clock::today(), &ask);
        edit->setObjectName(u"contactDateEdit"_s);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(core::i18n::LocalDates::shortFormat());
        edit->setMaximumDate(core::Clock::today()); // the core refuses a future contact date too
        auto* form = new QFormLayout(&ask);
        form->addRow(new QLabel(tr("Everyone in the contacted group was sent the message on:"), &ask));
        form->addRow(edit);
        auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        form->addRow(box);
        if (ask.exec() != QDialog::Accepted)
            return;
        date = edit->date();
    }
    auto marked = Campaigns::markContacted(database(), id, {}, date);
    if (!marked) {
        QMessageBox::warning(this, tr("Mark All Contacted"), marked.error().message);
        return;
    }
    refresh();
    Q_EMIT dataChanged();
}

} // namespace clientele::ui
