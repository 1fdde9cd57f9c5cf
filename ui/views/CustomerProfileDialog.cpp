#include "CustomerProfileDialog.h"

#include "counter/MemberLedgerPanel.h"
#include "i18n/LocalDates.h"

#include "analytics/PurchaseModel.h"
#include "dialogs/FollowUpDialog.h"
#include "dialogs/MergeDialog.h"
#include "dialogs/NoteDialog.h"
#include "domain/Money.h"
#include "io/CustomerRowParser.h"
#include "member/CardsCouponsPanel.h"
#include "models/CustomerTableModel.h"
#include "report/Figures.h"
#include "report/ReportRenderer.h"
#include "segmentation/Lifecycle.h"
#include "segmentation/RfmSegments.h"
#include "segmentation/TierRules.h"
#include "service/SurveyPanel.h"
#include "storage/CustomerQueries.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PredictionRepository.h"
#include "storage/SegmentationRepository.h"
#include "stores/HomeStoreField.h"
#include "widgets/CustomerEditForm.h"
#include "widgets/CustomerProductsPanel.h"
#include "widgets/TimelineView.h"
#include "widgets/UnsavedChanges.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include "customers/PrivacyRequests.h"
#include "security/Session.h"
#include "widgets/ExternalChangeWatcher.h"
#include "widgets/SensitiveFieldsPanel.h"
#include <QAction>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using namespace core;

namespace {
// The non-empty ones, " · " between them (a customer without purchases has no RFM segment).
QString joinedParts(QStringList parts)
{
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString yuan(Fen fen)
{
    return core::report::ReportRenderer::money(fen); // ¥ first in every locale, exact in fen
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CustomerProfileDialog::CustomerProfileDialog(storage::Database& database, qint64 customerId, QWidget* parent)
    : QDialog(parent), m_database(database), m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerProfile"));
    // The room: the screen's, and over a main window no more than that window (a 1024×700 window
    // on a large screen keeps a profile that fits it).
    QSize room = screen()->availableGeometry().size();
    if (parent && parent->window()->isVisible())
        room = room.boundedTo(parent->window()->frameGeometry().size());
    resize(initialSize(room, QSettings().value(QStringLiteral("customerProfile/size")).toSize()));
    auto* layout = new QVBoxLayout(this);
    const bool isNew = customerId <= 0;
    const bool readOnly = database.isReadOnly();

    if (!isNew) {
        const auto found = storage::CustomerRepository(database).findById(customerId);
        if (!found || !found->has_value()) {
            layout->addWidget(new QLabel(tr("This customer no longer exists."), this));
            return;
        }
        m_header = new QLabel(this);
        m_header->setObjectName(QStringLiteral("profileHeader"));
        m_header->setTextFormat(Qt::RichText);
        auto* headerRow = new QHBoxLayout;
        headerRow->addWidget(m_header, 1);
        auto* tags = new QPushButton(tr("Edit &Tags…"), this);
        tags->setEnabled(!readOnly);
        connect(tags, &QPushButton::clicked, this, &CustomerProfileDialog::editTags);
        headerRow->addWidget(tags, 0, Qt::AlignTop);
        layout->addLayout(headerRow);
        buildHeader();
    }

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    layout->addWidget(m_tabs, 1);
    m_form = new CustomerEditForm(database, customerId, m_tabs);
    m_form->setEditable(!readOnly);
    // The shop's own fields make the form longer than a 700-pixel screen has room for: it scrolls.
    auto* contact = new QScrollArea(m_tabs);
    contact->setObjectName(QStringLiteral("contactScroll"));
    contact->setWidget(m_form);
    contact->setWidgetResizable(true);
    contact->setFrameShape(QFrame::NoFrame);
    contact->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the form follows the width
    if (isNew) {
        setWindowTitle(tr("New Customer"));
        m_tabs->addTab(contact, tr("Contact"));
    } else {
        m_overview = buildOverview();
        m_tabs->addTab(m_overview, tr("Overview"));
        m_tabs->addTab(contact, tr("Contact"));
        m_tabs->addTab(buildTimeline(), tr("Timeline"));
        auto* purchases = buildPurchases();
        m_purchases = purchases;
        // The heading counts as every figure does (Order::isOrder, storage::standingOrder): refunds
        // are listed but are not orders; a sale voided on its day and its void are listed, marked, and
        // counted as neither.
        m_tabs->addTab(purchases,
                       purchasesHeading(purchases->property("orders").toInt(), purchases->property("refunds").toInt()));
        m_products = new CustomerProductsPanel(database, customerId, m_tabs);
        m_tabs->addTab(m_products, tr("Products"));
        // One way for every write made in the profile (a card sold or used, a coupon issued, a
        // refund, a survey answer, a note…): the panel emits changed(), refresh() reads every tab
        // again. A card sold is an order (purchases, figures, points); a refund gives points back.
        m_cards = new CardsCouponsPanel(database, customerId, m_tabs);
        connect(m_cards, &CardsCouponsPanel::changed, this, &CustomerProfileDialog::refresh);
        m_tabs->addTab(m_cards, tr("Cards && Coupons"));
        m_sensitive = new SensitiveFieldsPanel(database, customerId, m_tabs);
        m_tabs->addTab(m_sensitive, tr("Sensitive"));
        m_member = new MemberLedgerPanel(database, customerId, m_tabs);
        connect(m_member, &MemberLedgerPanel::changed, this, &CustomerProfileDialog::refresh);
        m_tabs->addTab(m_member, tr("Member"));
        m_survey = new SurveyPanel(database, customerId, m_tabs);
        connect(m_survey, &SurveyPanel::changed, this, &CustomerProfileDialog::refresh); // a call-back booked
        m_tabs->addTab(m_survey, tr("Survey"));
        // Ctrl+Tab / Ctrl+Shift+Tab step through the tabs wherever the focus is (a table or an edit
        // in a tab would otherwise take the key for itself).
        const auto step = [this](int by) {
            m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + m_tabs->count()) % m_tabs->count());
        };
        for (const QKeySequence& keys :
             {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)})
            connect(new QShortcut(keys, this), &QShortcut::activated, this, [step] { step(1); });
        for (const QKeySequence& keys :
             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab),
              QKeySequence(Qt::CTRL | Qt::Key_PageUp)})
            connect(new QShortcut(keys, this), &QShortcut::activated, this, [step] { step(-1); });
    }

    if (!isNew) {
        // What another till or the CLI records for this customer shows while the profile is open,
        // and F5 reads it again as in the main window.
        auto* watcher = new ExternalChangeWatcher(database, this);
        connect(watcher, &ExternalChangeWatcher::changedElsewhere, this, &CustomerProfileDialog::refresh);
        auto* reread = new QAction(tr("Refresh"), this);
        reread->setShortcut(QKeySequence::Refresh);
        connect(reread, &QAction::triggered, this, &CustomerProfileDialog::refresh);
        addAction(reread);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!readOnly);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the contact fields (Ctrl+S)"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    if (!isNew) {
        auto* duplicates = buttons->addButton(tr("Find &Duplicates…"), QDialogButtonBox::ActionRole);
        duplicates->setEnabled(!readOnly);
        connect(duplicates, &QPushButton::clicked, this, &CustomerProfileDialog::findDuplicates);
        // Privacy requests: owners only (the core refuses staff as well).
        if (core::security::Session::can(core::security::Permission::Export)) {
            auto* everything = buttons->addButton(tr("Export &Everything…"), QDialogButtonBox::ActionRole);
            everything->setObjectName(QStringLiteral("privacyExport"));
            everything->setToolTip(
                tr("Everything Clientele holds about this customer, as a JSON file (right of access)"));
            connect(everything, &QPushButton::clicked, this, [this] { exportEverything(); });
        }
        if (core::security::Session::can(core::security::Permission::Delete)) {
            auto* eraseButton = buttons->addButton(tr("E&rase…"), QDialogButtonBox::ActionRole);
            eraseButton->setObjectName(QStringLiteral("privacyErase"));
            eraseButton->setToolTip(tr("Remove this person's personal data; their purchases stay, anonymously"));
            eraseButton->setEnabled(!readOnly);
            connect(eraseButton, &QPushButton::clicked, this, &CustomerProfileDialog::erase);
        }
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerProfileDialog::reject);
    layout->addWidget(buttons);
}

void CustomerProfileDialog::buildHeader()
{
    const auto customer = storage::CustomerRepository(m_database).findById(m_customerId);
    if (!customer || !customer->has_value())
        return;
    const Customer& c = **customer;
    setWindowTitle(tr("%1 — Customer").arg(c.name));
    const auto segment = storage::SegmentationRepository(m_database).segmentRow(m_customerId);
    QString html =
        QStringLiteral("<span style='font-size:18pt; font-weight:600'>%1</span>").arg(c.name.toHtmlEscaped());
    QString tooltip;
    if (segment && segment->has_value()) {
        const auto& e = (*segment)->evaluation;
        html += QStringLiteral("&nbsp;&nbsp;<span style='background:%1; color:white;'>&nbsp;%2&nbsp;</span>")
                    .arg(CustomerTableModel::tierColor(e.tier).name(), segmentation::TierRules::label(e.tier));
        // The segment by name; its scores (jargon) in the tooltip.
        html += QStringLiteral("&nbsp;&nbsp;<span style='color:#475569'>%1</span>")
                    .arg(joinedParts({segmentation::Lifecycle::label(e.stage),
                                      segmentation::RfmSegments::label(e.segmentCn8)})); // a prospect has no segment
        tooltip = (e.tierChange.isEmpty() ? e.tierReason : e.tierReason + u'\n' + e.tierChange) + u'\n' +
                  tr("RFM: %1").arg(segmentation::RfmSegments::scoresReason(e.scores));
    }
    const auto tags = storage::CustomerRepository(m_database).tags(m_customerId);
    QString tagHtml;
    if (tags)
        for (const QString& tag : *tags)
            tagHtml += QStringLiteral("<span style='background:#e2e8f0; color:#1e293b;'>&nbsp;%1&nbsp;</span>&nbsp;")
                           .arg(tag.toHtmlEscaped());
    html +=
        QStringLiteral("<br>") +
        (tagHtml.isEmpty() ? QStringLiteral("<span style='color:#94a3b8'>%1</span>").arg(tr("No tags yet")) : tagHtml);
    m_header->setText(html);
    m_header->setToolTip(tooltip);
}

QWidget* CustomerProfileDialog::buildOverview()
{
    auto* overview = new QWidget(m_tabs);
    auto* form = new QFormLayout(overview);
    if (HomeStoreField::wanted(m_database, m_customerId)) { // a chain's; one shop has no stores
        auto* home = new HomeStoreField(m_database, m_customerId, overview);
        connect(home, &HomeStoreField::changed, this, [this] { m_changed = true; }); // shown here already
        form->addRow(tr("Home store"), home);
    }
    const auto segment = storage::SegmentationRepository(m_database).segmentRow(m_customerId);
    if (!segment || !segment->has_value()) {
        form->addRow(
            wrapped(tr("Not segmented yet: tiers and stages appear after the next segmentation run."), overview));
        return overview;
    }
    const auto& e = (*segment)->evaluation;
    const auto& m = e.metrics;
    form->addRow(tr("Tier"),
                 wrapped(e.tierChange.isEmpty() ? e.tierReason : e.tierReason + u'\n' + e.tierChange, overview));
    form->addRow(tr("Stage"), wrapped(e.stageReason, overview));
    const QString segments = joinedParts(
        {segmentation::RfmSegments::label(e.segmentCn8), segmentation::RfmSegments::label(e.segmentScores)});
    auto* rfm =
        wrapped(segments.isEmpty() ? tr("None yet: a segment comes with the first purchase") : segments, overview);
    rfm->setObjectName(QStringLiteral("profileSegments"));
    rfm->setToolTip(segmentation::RfmSegments::scoresReason(e.scores) + u'\n' + e.segmentCn8Reason);
    form->addRow(tr("Segment"), rfm);
    // Key numbers: the list's own row (one definition per figure, report::Figures), each with
    // its definition as the tooltip and an object name from the figure's key.
    using report::FigureId;
    const auto addFigure = [&](FigureId id, QWidget* value) {
        auto* label = new QLabel(report::Figures::name(id), overview);
        label->setToolTip(report::Figures::tooltip(id));
        value->setToolTip(report::Figures::tooltip(id));
        value->setObjectName(QStringLiteral("figure_") + report::Figures::key(id));
        form->addRow(label, value);
    };
    const auto row = storage::CustomerQueries::row(m_database, m_customerId);
    if (row && row->has_value()) {
        const storage::CustomerListRow& r = **row;
        addFigure(FigureId::CustomerTotalSpend, new QLabel(yuan(r.totalSpend), overview));
        addFigure(FigureId::CustomerSpend12m, new QLabel(yuan(r.spend12m), overview));
        addFigure(FigureId::CustomerOrders, new QLabel(QLocale().toString(r.orders), overview));
        addFigure(FigureId::CustomerAverageOrder,
                  new QLabel(yuan(report::Figures::averageOrder(r.totalSpend, r.orders)), overview));
        if (r.lastPurchase.isValid())
            addFigure(FigureId::CustomerLastPurchase,
                      new QLabel(core::i18n::LocalDates::date(r.lastPurchase), overview));
    }
    if (m.medianGapDays > 0)
        form->addRow(tr("Usual gap"), new QLabel(tr("%1 days").arg(m.medianGapDays), overview));
    const auto prediction = storage::PredictionRepository(m_database).find(m_customerId);
    if (prediction && prediction->has_value()) {
        const auto& p = (*prediction)->prediction;
        addFigure(FigureId::CustomerPredictedValue,
                  wrapped(tr("%1; %2").arg(analytics::PurchaseModel::valueText(yuan(p.clv), m),
                                           analytics::PurchaseModel::explain(p, m)),
                          overview));
    }
    return overview;
}

QWidget* CustomerProfileDialog::buildTimeline()
{
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    auto* note = new QPushButton(tr("Add &Note…"), page);
    auto* followUp = new QPushButton(tr("Schedule &Follow-up…"), page);
    note->setEnabled(!m_database.isReadOnly());
    followUp->setEnabled(!m_database.isReadOnly());
    row->addWidget(note);
    row->addWidget(followUp);
    row->addStretch(1);
    layout->addLayout(row);
    m_timeline = new TimelineView(m_database, m_customerId, page);
    layout->addWidget(m_timeline, 1);
    connect(note, &QPushButton::clicked, this, &CustomerProfileDialog::addNote);
    connect(followUp, &QPushButton::clicked, this, &CustomerProfileDialog::scheduleFollowUp);
    return page;
}

QTableWidget* CustomerProfileDialog::buildPurchases()
{
    auto* purchases = new QTableWidget(m_tabs);
    purchases->setObjectName(QStringLiteral("purchaseTable"));
    purchases->setColumnCount(6);
    purchases->setHorizontalHeaderLabels(
        {tr("Date"), tr("Order"), tr("Amount"), tr("Category"), tr("Channel"), tr("Store")});
    purchases->verticalHeader()->hide();
    purchases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    purchases->setAlternatingRowColors(true);
    fillPurchases(purchases);
    return purchases;
}

void CustomerProfileDialog::fillPurchases(QTableWidget* purchases)
{
    const auto orders = storage::OrderRepository(m_database).forCustomer(m_customerId);
    purchases->setRowCount(0);
    int counted = 0;
    int refunds = 0;
    if (orders) {
        purchases->setRowCount(int(orders->size()));
        for (int row = 0; row < orders->size(); ++row) {
            const Order& o = orders->at(row);
            counted += o.isOrder() ? 1 : 0;
            refunds += o.isRefund() ? 1 : 0;
            const QString amount = o.isVoidedSale() ? tr("%1 (voided)").arg(yuan(o.amount))
                                   : o.isVoid()     ? tr("%1 (void)").arg(yuan(o.amount))
                                                    : yuan(o.amount);
            const QStringList cells{
                core::i18n::LocalDates::shortDate(o.date), o.orderNo, amount, o.category, o.channel, o.store};
            for (int col = 0; col < cells.size(); ++col) {
                auto* item = new QTableWidgetItem(cells[col]);
                if (col == 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                purchases->setItem(row, col, item);
            }
        }
    }
    purchases->setProperty("orders", counted);
    purchases->setProperty("refunds", refunds);
    purchases->resizeColumnsToContents();
    purchases->horizontalHeader()->setStretchLastSection(true);
}

QString CustomerProfileDialog::purchasesHeading(int orders, int refunds)
{
    return refunds == 0 ? tr("Purchases (%1)").arg(orders)
                        : tr("Purchases (%1 + %Ln refund(s))", nullptr, refunds).arg(orders);
}

void CustomerProfileDialog::refresh()
{
    m_changed = true;
    Q_EMIT dataChanged();
    if (m_header)
        buildHeader();
    if (m_timeline)
        m_timeline->reload();
    if (m_purchases) { // a refund or void from the Member tab: the same count everywhere at once
        fillPurchases(m_purchases);
        m_tabs->setTabText(m_tabs->indexOf(m_purchases), purchasesHeading(m_purchases->property("orders").toInt(),
                                                                          m_purchases->property("refunds").toInt()));
    }
    if (m_overview) {
        const int at = m_tabs->indexOf(m_overview);
        const int current = m_tabs->currentIndex();
        QWidget* fresh = buildOverview();
        m_tabs->insertTab(at, fresh, m_tabs->tabText(at));
        m_tabs->removeTab(at + 1);
        m_tabs->setCurrentIndex(current);
        m_overview->deleteLater();
        m_overview = fresh;
    }
    if (m_products) { // built once from its queries: a fresh one in its place
        const int at = m_tabs->indexOf(m_products);
        const int current = m_tabs->currentIndex();
        auto* fresh = new CustomerProductsPanel(m_database, m_customerId, m_tabs);
        m_tabs->insertTab(at, fresh, m_tabs->tabText(at));
        m_tabs->removeTab(at + 1);
        m_tabs->setCurrentIndex(current);
        m_products->deleteLater();
        m_products = fresh;
    }
    if (m_cards)
        m_cards->reload();
    if (m_member)
        m_member->reload();
    if (m_survey)
        m_survey->reload();
    if (m_sensitive)
        m_sensitive->reload();
    if (!m_form->isModified())
        m_form->reload(); // tags edited in the header show in the form too
}

bool CustomerProfileDialog::saveContact()
{
    if (!m_form->save())
        return false;
    m_customerId = m_form->customerId();
    refresh();
    return true;
}

bool CustomerProfileDialog::addNote()
{
    NoteDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (const auto added = storage::InteractionRepository(m_database).add(dialog.interaction(m_customerId)); !added) {
        QMessageBox::warning(this, tr("Cannot save the note"), added.error().message);
        return false;
    }
    refresh();
    return true;
}

bool CustomerProfileDialog::scheduleFollowUp()
{
    FollowUpDialog dialog(1, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (const auto created =
            storage::FollowUpRepository(m_database).create(m_customerId, dialog.dueOn(), dialog.title());
        !created) {
        QMessageBox::warning(this, tr("Cannot schedule the follow-up"), created.error().message);
        return false;
    }
    refresh();
    return true;
}

void CustomerProfileDialog::editTags()
{
    storage::CustomerRepository repo(m_database);
    const auto current = repo.tags(m_customerId);
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Edit Tags"), tr("Tags, separated by commas:"), QLineEdit::Normal,
                              current ? current->join(QStringLiteral(", ")) : QString(), &ok);
    if (!ok)
        return;
    if (auto s = repo.setTags(m_customerId, io::CustomerRowParser::splitTags(text)); !s) {
        QMessageBox::warning(this, tr("Cannot save the tags"), s.error().message);
        return;
    }
    refresh();
}

void CustomerProfileDialog::findDuplicates()
{
    MergeDialog dialog(m_database, m_customerId, this);
    dialog.exec();
    if (dialog.changed())
        refresh();
}

void CustomerProfileDialog::exportEverything(const QString& chosenPath)
{
    QString path = chosenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export Everything About This Customer"),
                                            tr("customer-%1.json").arg(m_customerId), tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
    }
    if (auto s = core::customers::PrivacyRequests::exportCustomerToFile(m_database, m_customerId, path); !s) {
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
        return;
    }
    QMessageBox::information(this, tr("Export Everything"), tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void CustomerProfileDialog::erase()
{
    if (QMessageBox::warning(this, tr("Erase Customer"),
                             tr("Erase this customer's personal data (name, contact, birthday, notes, tags, contacts "
                                "and follow-ups)? Their purchases stay, anonymously, so your figures do not change. A "
                                "backup is made first; within Clientele this cannot be undone."),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto s = core::customers::PrivacyRequests::erase(m_database, m_customerId); !s) {
        QMessageBox::warning(this, tr("Not erased"), s.error().message);
        return;
    }
    m_changed = true;
    QDialog::reject(); // nothing left to show or save
}

QSize CustomerProfileDialog::initialSize(const QSize& available, const QSize& remembered)
{
    // Every tab side by side wants about 1,100 pixels in English and Chinese: as much as the screen
    // has room for beside a window frame, and never less than the 820×640 it always had.
    const QSize wanted = remembered.isValid() && !remembered.isEmpty() ? remembered : QSize(1180, 820);
    return wanted.boundedTo(available - QSize(40, 60)).expandedTo(QSize(820, 640));
}

void CustomerProfileDialog::done(int result)
{
    QSettings().setValue(QStringLiteral("customerProfile/size"), size()); // the next profile opens as large
    QDialog::done(result);
}

void CustomerProfileDialog::accept()
{
    if (saveContact())
        QDialog::accept();
    else
        m_tabs->setCurrentWidget(m_form);
}

void CustomerProfileDialog::reject()
{
    if (m_form && m_form->isModified()) {
        const auto answer = askAboutUnsavedChanges(this, tr("The contact fields were changed."));
        if (answer == UnsavedAnswer::KeepEditing)
            return;
        if (answer == UnsavedAnswer::Save && !saveContact())
            return;
    }
    QDialog::reject();
}

} // namespace clientele::ui
