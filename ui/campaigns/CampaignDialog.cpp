#include "CampaignDialog.h"

#include "AudienceBuilder.h"

#include "campaigns/Campaigns.h"
#include "campaigns/HoldoutDraw.h"
#include "campaigns/MessageChecks.h"
#include "domain/Clock.h"
#include "member/Coupons.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "widgets/UnsavedChanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace clientele::ui {

CampaignDialog::CampaignDialog(core::storage::Database& database, QWidget* parent)
    : QDialog(parent), m_database(database)
{
    setObjectName(u"campaignDialog"_s);
    setWindowTitle(tr("New Campaign"));
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    form->addRow(tr("&Name:"), m_name);

    // The audience: widgets in the user's language, or a saved filter of the customer list; the
    // same audience as text (the CLI's form) under Advanced.
    m_builder = new AudienceBuilder(m_database, this);
    form->addRow(tr("&Audience:"), m_builder);
    m_savedFilters = new QComboBox(this);
    m_savedFilters->setObjectName(u"savedFilterCombo"_s);
    auto* saveButton = new QPushButton(tr("Save &Filter…"), this);
    saveButton->setObjectName(u"saveFilterButton"_s);
    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(m_savedFilters, 1);
    savedRow->addWidget(saveButton);
    auto* savedLabel = new QLabel(tr("Sa&ved filters:"), this);
    savedLabel->setBuddy(m_savedFilters); // a row of two widgets gets no buddy from the form
    form->addRow(savedLabel, savedRow);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"filterEdit"_s);
    m_filter->setPlaceholderText(u"stage=at_risk;tier=gold,diamond;tag=宝妈;clv_top=20;p_alive_below=0.5"_s);
    m_filter->setToolTip(tr("Keys: stage, tier, segment, tag, city, search, clv_top, p_alive_below, spend_min, bought, "
                            "never_bought, bought_category, never_bought_category, within_days; joined with ;"));
    m_advanced = new QToolButton(this);
    m_advanced->setObjectName(u"audienceAdvancedButton"_s);
    m_advanced->setText(tr("Show as &Text (Advanced)"));
    m_advanced->setCheckable(true);
    m_advanced->setToolButtonStyle(Qt::ToolButtonTextOnly);
    form->addRow(QString(), m_advanced);
    form->addRow(tr("As te&xt:"), m_filter);
    form->setRowVisible(m_filter, false);
    connect(m_advanced, &QToolButton::toggled, this, [form, this](bool on) { form->setRowVisible(m_filter, on); });
    m_audience = new QLabel(this);
    m_audience->setObjectName(u"audienceLabel"_s);
    m_audience->setWordWrap(true);
    form->addRow(QString(), m_audience);

    m_holdout = new QSpinBox(this);
    m_holdout->setObjectName(u"holdoutSpin"_s);
    m_holdout->setRange(0, core::campaigns::HoldoutDraw::kMaxPercent);
    m_holdout->setValue(core::campaigns::HoldoutDraw::kDefaultPercent);
    m_holdout->setSuffix(u" %"_s);
    form->addRow(tr("&Hold-out:"), m_holdout);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"holdoutWarningLabel"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color:#b00020"_s);
    m_warning->hide();
    form->addRow(QString(), m_warning);
    m_seed = new QLineEdit(QString::number(core::campaigns::HoldoutDraw::newSeed()), this);
    m_seed->setObjectName(u"seedEdit"_s);
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{1,18}"_s), m_seed));
    m_seed->setToolTip(tr("The same seed draws the same hold-out from the same audience."));
    form->addRow(tr("&Seed:"), m_seed);

    m_message = new QPlainTextEdit(this);
    m_message->setObjectName(u"messageEdit"_s);
    m_message->setPlaceholderText(tr("{name}, placeholders: {name} {tier} {points} {balance} {coupon} {birthday} {store}"));
    m_message->setMaximumHeight(90);
    form->addRow(tr("&Message:"), m_message);
    m_preview = new QLabel(this);
    m_preview->setObjectName(u"previewLabel"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Preview:"), m_preview);
    m_checks = new QLabel(this);
    m_checks->setObjectName(u"checksLabel"_s);
    m_checks->setWordWrap(true);
    form->addRow(tr("Checks:"), m_checks);

    m_coupon = new QComboBox(this);
    m_coupon->setObjectName(u"couponCombo"_s);
    m_coupon->addItem(tr("(no coupon)"), QString());
    if (auto types = core::member::Coupons::types(m_database))
        for (const auto& type : *types)
            m_coupon->addItem(type.name + u" — "_s + core::member::Coupons::describe(type), type.name);
    m_coupon->setToolTip(tr("One coupon per contacted customer, issued when the message leaves Clientele (export, Copy "
                            "Message) or at the latest when the customer is marked contacted; never to the hold-out. "
                            "{coupon} in the message is its code."));
    form->addRow(tr("C&oupon:"), m_coupon);
    m_window = new QSpinBox(this);
    m_window->setObjectName(u"windowSpin"_s);
    m_window->setRange(1, 365);
    m_window->setValue(kDefaultWindow);
    m_window->setSuffix(tr(" days"));
    form->addRow(tr("&Results window:"), m_window);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Cr&eate Campaign"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(680, 600);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CampaignDialog::updatePreview);
    const auto later = [this] { m_debounce->start(); };
    connect(m_filter, &QLineEdit::textChanged, this, later);
    connect(m_filter, &QLineEdit::textEdited, m_builder, [this](const QString& text) { m_builder->setText(text); });
    connect(m_builder, &AudienceBuilder::textChanged, m_filter, &QLineEdit::setText);
    connect(m_message, &QPlainTextEdit::textChanged, this, later);
    connect(m_holdout, &QSpinBox::valueChanged, this, later);
    connect(m_seed, &QLineEdit::textChanged, this, later); // another seed, another contacted group
    connect(m_coupon, &QComboBox::currentIndexChanged, this, later);
    connect(saveButton, &QPushButton::clicked, this, &CampaignDialog::saveFilter);
    connect(m_savedFilters, &QComboBox::activated, this, [this](int index) {
        if (index > 0) {
            m_filter->setText(m_savedFilters->itemData(index).toString());
            m_builder->setText(m_filter->text());
        }
    });
    loadSavedFilters();
    updatePreview();
    m_initialSeed = m_seed->text();
}

bool CampaignDialog::isModified() const
{
    // Anything entered or chosen beyond what the dialog opened with (the seed is drawn fresh).
    return !m_name->text().trimmed().isEmpty() || !m_filter->text().trimmed().isEmpty() ||
           !m_message->toPlainText().trimmed().isEmpty() || m_coupon->currentIndex() != 0 ||
           m_holdout->value() != core::campaigns::HoldoutDraw::kDefaultPercent || m_window->value() != kDefaultWindow ||
           m_seed->text() != m_initialSeed;
}

void CampaignDialog::reject()
{
    // Esc, Cancel and the close button all come here: a filled-in form is not dropped unasked.
    if (isModified() &&
        askAboutUnsavedChanges(this, tr("The new campaign has not been created."), false,
                               tr("Discard this campaign?")) != UnsavedAnswer::Discard)
        return;
    QDialog::reject();
}

void CampaignDialog::loadSavedFilters()
{
    m_savedFilters->clear();
    m_savedFilters->addItem(tr("(pick a saved filter)"));
    if (auto saved = core::storage::CampaignRepository(m_database).savedFilters())
        for (const auto& [name, text] : *saved)
            m_savedFilters->addItem(name + u" — "_s + text, text);
}

void CampaignDialog::saveFilter()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Filter"), tr("Name of the filter:"), QLineEdit::Normal,
                                               QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (auto parsed = core::campaigns::Campaigns::preview(m_database, m_filter->text(), 0); !parsed) {
        QMessageBox::warning(this, tr("Save Filter"), parsed.error().message);
        return;
    }
    if (auto s = core::storage::CampaignRepository(m_database).saveFilter(name, m_filter->text().trimmed()); !s)
        QMessageBox::warning(this, tr("Save Filter"), s.error().message);
    loadSavedFilters();
}

void CampaignDialog::updatePreview()
{
    using namespace core::campaigns;
    const QLocale locale;
    auto preview = Campaigns::preview(m_database, m_filter->text(), m_holdout->value());
    QList<RenderedMessage> sample;
    QList<MessageCheck> checks;
    if (!preview) {
        m_audience->setText(u"<span style='color:#b00020'>"_s + preview.error().message.toHtmlEscaped() + u"</span>"_s);
    } else {
        QString text = tr("%Ln customer(s): %1 to contact, %2 held out.", nullptr, int(preview->ids.size()))
                           .arg(locale.toString(preview->ids.size() - preview->holdout), locale.toString(preview->holdout));
        if (const QString left = Campaigns::leftOutText(*preview); !left.isEmpty())
            text += u' ' + left;
        text = text.toHtmlEscaped();
        if (preview->ids.isEmpty()) // say why and what to do before Create refuses
            text += u"<br><span style='color:#b00020'>"_s + Campaigns::nobodyReachedText(*preview).toHtmlEscaped() +
                    u"</span>"_s;
        m_audience->setText(text);
        const QString warning = Campaigns::holdoutWarning(preview->ids.size(), preview->holdout);
        m_warning->setText(warning.isEmpty() ? QString() : u"⚠ "_s + warning);
        m_warning->setVisible(!warning.isEmpty());
        // The checks count over the whole group to be contacted (the one Create draws, as the export
        // does later); the preview shows the first customer.
        Campaign draft;
        draft.filterText = m_filter->text();
        draft.holdoutPercent = m_holdout->value();
        draft.seed = m_seed->text().toULongLong(); // what accept() records
        draft.message = m_message->toPlainText();
        draft.couponType = m_coupon->currentData().toString();
        if (auto fields = Campaigns::messageFields(m_database, preview->ids.mid(0, 1), draft))
            for (const auto& f : *fields)
                sample.append(MessageTemplate::render(draft.message, f));
        if (auto c = Campaigns::messageChecks(m_database, draft, core::Clock::now().time()))
            checks = *c;
    }
    if (!preview) {
        m_warning->clear();
        m_warning->hide();
        checks = MessageChecks::run(m_message->toPlainText(), {}, core::Clock::now().time());
    }
    m_preview->setText(sample.isEmpty() ? tr("(nobody to preview)") : sample.first().text);
    QStringList lines;
    for (const auto& c : std::as_const(checks))
        lines.append((c.problem ? u"<span style='color:#b00020'>⚠ "_s : u"<span>✓ "_s) + c.text.toHtmlEscaped() +
                     u"</span>"_s);
    m_checks->setText(lines.join(u"<br>"_s));
}

void CampaignDialog::accept()
{
    core::campaigns::NewCampaign n;
    n.name = m_name->text();
    n.filterText = m_filter->text();
    n.holdoutPercent = m_holdout->value();
    n.seed = m_seed->text().toULongLong();
    n.message = m_message->toPlainText();
    n.couponType = m_coupon->currentData().toString();
    n.windowDays = m_window->value();
    if (auto preview = core::campaigns::Campaigns::preview(m_database, n.filterText, n.holdoutPercent)) {
        const QString warning = core::campaigns::Campaigns::holdoutWarning(preview->ids.size(), preview->holdout);
        if (!warning.isEmpty() &&
            QMessageBox::question(this, tr("New Campaign"), warning + u"\n\n"_s + tr("Create the campaign anyway?")) !=
                QMessageBox::Yes)
            return;
    }
    auto id = core::campaigns::Campaigns::create(m_database, n);
    if (!id) {
        QMessageBox::warning(this, tr("New Campaign"), id.error().message);
        return;
    }
    m_createdId = *id;
    QDialog::accept();
}

} // namespace clientele::ui
