#include "CustomerProfileDialog.h"

#include "analytics/PurchaseModel.h"
#include "domain/Money.h"
#include "io/PhoneNormalizer.h"
#include "models/CustomerTableModel.h"
#include "segmentation/Lifecycle.h"
#include "segmentation/RfmSegments.h"
#include "segmentation/TierRules.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PredictionRepository.h"
#include "storage/SegmentationRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele::ui {

using namespace core;

namespace {
QString yuan(Fen fen)
{
    return QLocale().toCurrencyString(double(fen) / 100.0, QStringLiteral("¥"));
}

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

CustomerProfileDialog::CustomerProfileDialog(const storage::Database& database, qint64 customerId, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("customerProfile"));
    resize(760, 600);
    auto* layout = new QVBoxLayout(this);

    storage::CustomerRepository customers(database);
    const auto found = customers.findById(customerId);
    if (!found || !found->has_value()) {
        layout->addWidget(new QLabel(tr("This customer no longer exists."), this));
        return;
    }
    const Customer c = **found;
    setWindowTitle(tr("%1 — Customer").arg(c.name));
    const auto segment = storage::SegmentationRepository(database).segmentRow(customerId);
    const bool segmented = segment && segment->has_value();

    // Header: name, tier badge with its reason as tooltip, stage.
    auto* header = new QLabel(this);
    header->setObjectName(QStringLiteral("profileHeader"));
    QString html = QStringLiteral("<span style='font-size:18pt; font-weight:600'>%1</span>").arg(c.name.toHtmlEscaped());
    if (segmented) {
        const auto& e = (*segment)->evaluation;
        html += QStringLiteral("&nbsp;&nbsp;<span style='background:%1; color:white; padding:2px 8px;'>&nbsp;%2&nbsp;</span>")
                    .arg(CustomerTableModel::tierColor(e.tier).name(), segmentation::TierRules::label(e.tier));
        html += QStringLiteral("&nbsp;&nbsp;<span style='color:#475569'>%1</span>").arg(segmentation::Lifecycle::label(e.stage));
        header->setToolTip(e.tierReason);
    }
    header->setText(html);
    layout->addWidget(header);

    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs, 1);

    // Overview: why the labels, the key numbers, the prediction.
    auto* overview = new QWidget(tabs);
    auto* form = new QFormLayout(overview);
    if (segmented) {
        const auto& e = (*segment)->evaluation;
        const auto& m = e.metrics;
        form->addRow(tr("Tier"), wrapped(e.tierChange.isEmpty() ? e.tierReason : e.tierReason + u'\n' + e.tierChange, overview));
        form->addRow(tr("Stage"), wrapped(e.stageReason, overview));
        form->addRow(tr("RFM"), wrapped(QStringLiteral("%1 · %2 · %3")
                                            .arg(segmentation::RfmSegments::scoresReason(e.scores),
                                                 segmentation::RfmSegments::label(e.segmentCn8),
                                                 segmentation::RfmSegments::label(e.segmentScores)),
                                        overview));
        form->addRow(tr("Total spend"), new QLabel(yuan(m.monetary), overview));
        form->addRow(tr("12-month spend"), new QLabel(yuan(m.monetary12m), overview));
        form->addRow(tr("Orders"), new QLabel(QLocale().toString(m.frequency), overview));
        form->addRow(tr("Average order"), new QLabel(yuan(m.averageOrder), overview));
        if (m.lastPurchase.isValid())
            form->addRow(tr("Last purchase"), new QLabel(QLocale().toString(m.lastPurchase, QLocale::LongFormat), overview));
        if (m.medianGapDays > 0)
            form->addRow(tr("Usual gap"), new QLabel(tr("%1 days").arg(m.medianGapDays), overview));
        const auto prediction = storage::PredictionRepository(database).find(customerId);
        if (prediction && prediction->has_value()) {
            const auto& p = (*prediction)->prediction;
            form->addRow(tr("Predicted value"),
                         wrapped(tr("%1 over 12 months; %2")
                                     .arg(yuan(p.clv),
                                          analytics::PurchaseModel::explain(p, m.frequency, m.recencyDays, m.medianGapDays)),
                                 overview));
        }
    } else {
        form->addRow(wrapped(tr("Not segmented yet: tiers and stages appear after the next segmentation run."), overview));
    }
    tabs->addTab(overview, tr("Overview"));

    // Contact and personal fields.
    auto* contact = new QWidget(tabs);
    auto* contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("Member code"), new QLabel(c.memberCode, contact));
    contactForm->addRow(tr("Phone"), new QLabel(c.phone, contact));
    contactForm->addRow(tr("E-mail"), new QLabel(c.email, contact));
    contactForm->addRow(tr("Gender"), new QLabel(c.gender == u"F" ? tr("Female") : c.gender == u"M" ? tr("Male") : QString(), contact));
    contactForm->addRow(tr("Birthday"), new QLabel(c.birthday.isValid() ? QLocale().toString(c.birthday, QLocale::LongFormat) : QString(), contact));
    contactForm->addRow(tr("City"), new QLabel(c.city, contact));
    contactForm->addRow(tr("Address"), wrapped(c.address, contact));
    contactForm->addRow(tr("Joined"), new QLabel(c.joinedOn.isValid() ? QLocale().toString(c.joinedOn, QLocale::LongFormat) : QString(), contact));
    const auto tags = customers.tags(customerId);
    contactForm->addRow(tr("Tags"), new QLabel(tags ? tags->join(QStringLiteral(", ")) : QString(), contact));
    contactForm->addRow(tr("Notes"), wrapped(c.notes, contact));
    contactForm->addRow(tr("Marketing"), new QLabel(c.marketingConsent ? tr("Allowed") : tr("Opted out"), contact));
    tabs->addTab(contact, tr("Contact"));

    // Purchase history.
    auto* purchases = new QTableWidget(tabs);
    purchases->setObjectName(QStringLiteral("purchaseTable"));
    purchases->setColumnCount(6);
    purchases->setHorizontalHeaderLabels({tr("Date"), tr("Order"), tr("Amount"), tr("Category"), tr("Channel"), tr("Store")});
    purchases->verticalHeader()->hide();
    purchases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    purchases->setAlternatingRowColors(true);
    const auto orders = storage::OrderRepository(database).forCustomer(customerId);
    if (orders) {
        purchases->setRowCount(int(orders->size()));
        for (int row = 0; row < orders->size(); ++row) {
            const Order& o = orders->at(row);
            const QStringList cells{QLocale().toString(o.date, QLocale::ShortFormat), o.orderNo, yuan(o.amount), o.category,
                                    o.channel, o.store};
            for (int col = 0; col < cells.size(); ++col) {
                auto* item = new QTableWidgetItem(cells[col]);
                if (col == 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                purchases->setItem(row, col, item);
            }
        }
    }
    purchases->resizeColumnsToContents();
    purchases->horizontalHeader()->setStretchLastSection(true);
    tabs->addTab(purchases, tr("Purchases (%1)").arg(orders ? orders->size() : 0));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace clientele::ui
