#include "CustomerFilterBar.h"

#include "io/CustomFieldParser.h"
#include "segmentation/Lifecycle.h"
#include "segmentation/RfmSegments.h"
#include "segmentation/TierRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QSpinBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele::ui {

using namespace core::segmentation;

CustomerFilterBar::CustomerFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tier(new QComboBox(this)), m_stage(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_tag(new QComboBox(this)), m_city(new QComboBox(this)),
      m_store(new QComboBox(this)),
      m_openFollowUp(new QCheckBox(tr("Open follow-up"), this)), m_only(new QPushButton(this)), m_delay(new QTimer(this)),
      m_shopRow(new QWidget(this)), m_shopField(new QComboBox(m_shopRow)), m_shopChoice(new QComboBox(m_shopRow)),
      m_shopText(new QLineEdit(m_shopRow)), m_shopFrom(new QLineEdit(m_shopRow)), m_shopTo(new QLineEdit(m_shopRow)),
      m_productRow(new QWidget(this)), m_productMode(new QComboBox(m_productRow)),
      m_product(new QComboBox(m_productRow)), m_productDays(new QSpinBox(m_productRow))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    // A short hint that fits the box at 1024 px in both languages; the tooltip says all it searches.
    m_search->setPlaceholderText(tr("Search customers (Ctrl+F)"));
    m_search->setToolTip(tr("Searches name, phone, e-mail, WeChat ID, member code and tags (Ctrl+F)."));
    m_search->setClearButtonEnabled(true);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    setTiers({});
    m_stage->addItem(tr("All stages"), QString());
    for (const Stage s : {Stage::New, Stage::Active, Stage::AtRisk, Stage::WonBack, Stage::Dormant, Stage::Prospect})
        m_stage->addItem(Lifecycle::label(s), Lifecycle::key(s));

    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->addItem(tr("All RFM segments"), QString());
    for (const char16_t* key : {u"important_value", u"important_develop", u"important_keep", u"important_retain",
                                u"general_value", u"general_develop", u"general_keep", u"general_retain"})
        m_segment->addItem(RfmSegments::label(QString::fromUtf16(key)), QString::fromUtf16(key));
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_city->setObjectName(QStringLiteral("cityFilter"));
    m_store->setObjectName(QStringLiteral("homeStoreFilter"));
    m_store->setToolTip(tr("Only the customers whose home store this is"));
    m_openFollowUp->setObjectName(QStringLiteral("openFollowUpFilter"));
    m_openFollowUp->setToolTip(tr("Only customers with a follow-up still to do"));
    m_only->setObjectName(QStringLiteral("onlyFilter"));
    m_only->setFlat(true);
    m_only->hide();
    setChoices({}, {});
    setStores({});
    for (QComboBox* combo : {m_tier, m_stage, m_segment, m_tag, m_city, m_store})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QHBoxLayout;
    rows->addLayout(layout);
    auto* secondRow = new QHBoxLayout;
    rows->addLayout(secondRow);
    secondRow->addWidget(m_productRow);
    secondRow->addWidget(m_shopRow, 1);
    secondRow->addStretch(); // the product row keeps its own width while there are no shop fields
    m_saveAudience = new QPushButton(tr("Save as Audience…"), this);
    m_saveAudience->setObjectName(QStringLiteral("saveAudienceButton"));
    m_saveAudience->setToolTip(tr("Save these filters under a name: a new campaign offers them as its audience"));
    secondRow->addWidget(m_saveAudience);
    connect(m_saveAudience, &QPushButton::clicked, this, &CustomerFilterBar::saveAudienceRequested);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_only);
    layout->addWidget(m_tier);
    layout->addWidget(m_stage);
    layout->addWidget(m_segment);
    layout->addWidget(m_tag);
    layout->addWidget(m_city);
    layout->addWidget(m_store);
    layout->addWidget(m_openFollowUp);

    // Search as you type, without a query per keystroke burst.
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &CustomerFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_tier, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
    for (QComboBox* combo : {m_segment, m_tag, m_city, m_store})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
    connect(m_openFollowUp, &QCheckBox::toggled, this, &CustomerFilterBar::emitFilter);
    connect(m_only, &QPushButton::clicked, this, [this] {
        m_homeStores.clear();
        showOnly({}, {});
    });
    m_search->installEventFilter(this);

    m_shopField->setObjectName(QStringLiteral("shopFieldFilter"));
    m_shopChoice->setObjectName(QStringLiteral("shopFieldChoice"));
    m_shopText->setObjectName(QStringLiteral("shopFieldText"));
    m_shopFrom->setObjectName(QStringLiteral("shopFieldFrom"));
    m_shopTo->setObjectName(QStringLiteral("shopFieldTo"));
    m_shopText->setPlaceholderText(tr("contains…"));
    m_shopText->setClearButtonEnabled(true);
    m_shopField->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_shopChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* shopLayout = new QHBoxLayout(m_shopRow);
    shopLayout->setContentsMargins(0, 0, 0, 0);
    shopLayout->addWidget(m_shopField);
    shopLayout->addWidget(m_shopChoice);
    shopLayout->addWidget(m_shopText);
    shopLayout->addWidget(m_shopFrom);
    shopLayout->addWidget(new QLabel(QStringLiteral("–"), m_shopRow));
    shopLayout->addWidget(m_shopTo);
    shopLayout->addStretch(1);
    connect(m_shopField, &QComboBox::currentIndexChanged, this, [this] {
        showShopFieldEditors();
        emitFilter();
    });
    connect(m_shopChoice, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
    for (QLineEdit* edit : {m_shopText, m_shopFrom, m_shopTo})
        connect(edit, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    setShopFields({});

    // What they bought: [bought ▾] [product or category…] [any time / in the last N days].
    m_productMode->setObjectName(QStringLiteral("productFilterMode"));
    m_productMode->addItem(tr("Bought"), true);
    m_productMode->addItem(tr("Never bought"), false);
    m_product->setObjectName(QStringLiteral("productFilter"));
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->lineEdit()->setPlaceholderText(tr("product or category…"));
    m_product->lineEdit()->setClearButtonEnabled(true);
    m_product->setMinimumContentsLength(20); // "普洱熟茶（SKU-TEA2）" whole
    m_product->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_product->completer()->setFilterMode(Qt::MatchContains);
    m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_productDays->setObjectName(QStringLiteral("productFilterDays"));
    m_productDays->setRange(0, 3650);
    m_productDays->setSpecialValueText(tr("any time"));
    m_productDays->setPrefix(tr("in the last "));
    m_productDays->setSuffix(tr(" days"));
    m_productDays->setToolTip(tr("Only purchases in the last N days, today included (0 = any time)"));
    m_productRow->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto* productLayout = new QHBoxLayout(m_productRow);
    productLayout->setContentsMargins(0, 0, 0, 0);
    productLayout->addWidget(m_productMode);
    productLayout->addWidget(m_product);
    productLayout->addWidget(m_productDays);
    connect(m_productMode, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
    connect(m_product, &QComboBox::currentTextChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_productDays, &QSpinBox::valueChanged, m_delay, qOverload<>(&QTimer::start));
    setProducts({}, {});
}

void CustomerFilterBar::setProducts(const QList<core::storage::ProductQueries::ProductChoice>& products,
                                    const QStringList& categories)
{
    {
        const QSignalBlocker blocker(m_product);
        const QString current = m_product->currentText();
        m_product->clear();
        for (const QString& category : categories)
            m_product->addItem(tr("Category: %1").arg(category), QString(u"c:" + category));
        for (const auto& p : products) {
            const QString label = p.code.isEmpty() || p.code == p.name ? p.name
                                  : p.name.isEmpty()                   ? p.code
                                                                       : tr("%1 (%2)").arg(p.name, p.code);
            m_product->addItem(label, QString(u"p:" + QString::number(p.productId)));
        }
        m_product->setCurrentIndex(-1);
        m_product->setEditText(current);
    }
    m_productRow->setVisible(!products.isEmpty());
}

void CustomerFilterBar::loadProducts(const core::storage::Database& database)
{
    const auto products = core::storage::ProductQueries::products(database);
    const auto categories = core::storage::ProductQueries::categories(database);
    setProducts(products ? *products : QList<core::storage::ProductQueries::ProductChoice>(),
                categories ? *categories : QStringList());
}

void CustomerFilterBar::setShopFields(const QList<core::CustomField>& fields)
{
    m_shopFields = fields;
    {
        const QSignalBlocker blocker(m_shopField);
        const QString current = m_shopField->currentData().toString();
        m_shopField->clear();
        m_shopField->addItem(tr("Filter by a shop field…"), QString());
        for (const core::CustomField& field : fields)
            m_shopField->addItem(field.label, field.key);
        m_shopField->setCurrentIndex(std::max(0, m_shopField->findData(current)));
    }
    m_shopRow->setVisible(!fields.isEmpty());
    showShopFieldEditors();
}

void CustomerFilterBar::showShopFieldEditors()
{
    const QString key = m_shopField->currentData().toString();
    const auto field = std::find_if(m_shopFields.cbegin(), m_shopFields.cend(),
                                    [&](const core::CustomField& f) { return f.key == key; });
    const bool chosen = field != m_shopFields.cend();
    const auto type = chosen ? field->type : core::CustomField::Type::Text;
    {
        const QSignalBlocker blocker(m_shopChoice);
        m_shopChoice->clear();
        m_shopChoice->addItem(tr("Any value"), QString());
        if (chosen)
            for (const QString& choice : field->choices)
                m_shopChoice->addItem(choice, choice);
    }
    const bool range = type == core::CustomField::Type::Number || type == core::CustomField::Type::Date;
    m_shopChoice->setVisible(chosen && type == core::CustomField::Type::Choice);
    m_shopText->setVisible(chosen && type == core::CustomField::Type::Text);
    m_shopFrom->setVisible(chosen && range);
    m_shopTo->setVisible(chosen && range);
    m_shopFrom->parentWidget()->findChildren<QLabel*>().value(0)->setVisible(chosen && range);
    const bool date = type == core::CustomField::Type::Date;
    m_shopFrom->setPlaceholderText(date ? tr("from 2024-01-01") : tr("from"));
    m_shopTo->setPlaceholderText(date ? tr("to 2024-12-31") : tr("to"));
}

bool CustomerFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    // Enter or Down in the search box: on to the results, with what was typed applied first.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            if (m_delay->isActive()) {
                m_delay->stop();
                emitFilter();
            }
            Q_EMIT resultsRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerFilterBar::setChoices(const QStringList& tags, const QStringList& cities)
{
    const auto refill = [](QComboBox* combo, const QString& all, const QStringList& values) {
        const QSignalBlocker blocker(combo);
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (const QString& value : values)
            combo->addItem(value, value);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        combo->setVisible(!values.isEmpty());
    };
    refill(m_tag, tr("All tags"), tags);
    refill(m_city, tr("All cities"), cities);
}

void CustomerFilterBar::setStores(const QList<std::pair<QString, QString>>& stores)
{
    const QSignalBlocker blocker(m_store);
    const QString current = m_store->currentData().toString();
    m_store->clear();
    m_store->addItem(tr("All stores"), QString());
    for (const auto& [code, label] : stores)
        m_store->addItem(label, code);
    m_store->setCurrentIndex(qMax(0, m_store->findData(current)));
    m_store->setVisible(!stores.isEmpty());
}

void CustomerFilterBar::showOnly(const QList<qint64>& ids, const QString& description)
{
    m_ids = ids;
    m_only->setText(tr("%1  ✕").arg(description));
    m_only->setToolTip(tr("Click to show all customers again"));
    m_only->setVisible(!ids.isEmpty() || !m_homeStores.isEmpty());
    emitFilter();
}

void CustomerFilterBar::clear()
{
    {
        const QSignalBlocker blocker(this); // one filterChanged for the whole reset
        m_search->clear();
        for (QComboBox* combo : {m_tier, m_stage, m_segment, m_tag, m_city, m_store})
            combo->setCurrentIndex(0);
        m_openFollowUp->setChecked(false);
        m_ids.clear();
        m_homeStores.clear();
        m_only->hide();
        m_shopField->setCurrentIndex(0);
        for (QLineEdit* edit : {m_shopText, m_shopFrom, m_shopTo})
            edit->clear();
        m_productMode->setCurrentIndex(0);
        m_product->setCurrentIndex(-1);
        m_product->clearEditText();
        m_productDays->setValue(0);
    }
    m_delay->stop();
    emitFilter();
}

void CustomerFilterBar::setTiers(const QStringList& tierKeys)
{
    const QSignalBlocker blocker(m_tier);
    const QString current = m_tier->currentData().toString();
    m_tier->clear();
    m_tier->addItem(tr("All tiers"), QString());
    for (const QString& key : tierKeys)
        m_tier->addItem(TierRules::label(key), key);
    m_tier->addItem(TierRules::label(QStringLiteral("dormant")), QStringLiteral("dormant"));
    m_tier->setCurrentIndex(qMax(0, m_tier->findData(current)));
}

void CustomerFilterBar::apply(const core::storage::CustomerFilter& filter, const QString& description)
{
    {
        const QSignalBlocker blocker(this);
        clear();
        const auto select = [](QComboBox* combo, const QString& value) {
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        };
        select(m_tier, filter.tier);
        select(m_stage, filter.stage);
        select(m_segment, filter.segment);
        select(m_tag, filter.tag);
        select(m_city, filter.city);
        select(m_store, filter.homeStore);
        m_openFollowUp->setChecked(filter.openFollowUp);
    }
    // A drill-down from a store's figures keeps to that store's customers, until ✕.
    m_homeStores = filter.homeStores;
    if (!filter.ids.isEmpty() || !filter.homeStores.isEmpty())
        showOnly(filter.ids, description); // emits
    else
        emitFilter();
}

core::storage::CustomerFilter CustomerFilterBar::filter() const
{
    core::storage::CustomerFilter f;
    f.search = m_search->text();
    f.tier = m_tier->currentData().toString();
    f.stage = m_stage->currentData().toString();
    f.segment = m_segment->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.city = m_city->currentData().toString();
    f.homeStore = m_store->currentData().toString();
    f.openFollowUp = m_openFollowUp->isChecked();
    f.ids = m_ids;
    f.homeStores = m_homeStores;
    const QString key = m_shopField->currentData().toString();
    for (const core::CustomField& field : m_shopFields) {
        if (field.key != key)
            continue;
        core::storage::FieldCondition c;
        c.fieldId = field.id;
        c.numeric = field.type == core::CustomField::Type::Number;
        switch (field.type) {
        case core::CustomField::Type::Choice: c.equals = m_shopChoice->currentData().toString(); break;
        case core::CustomField::Type::Text: c.contains = m_shopText->text().trimmed(); break;
        case core::CustomField::Type::Number:
        case core::CustomField::Type::Date:
            // Typed as the profile takes them (io::CustomFieldParser): "1,200", "2024/5/1".
            c.from = core::io::CustomFieldParser::parse(field, m_shopFrom->text()).value;
            c.to = core::io::CustomFieldParser::parse(field, m_shopTo->text()).value;
            break;
        }
        if (!c.equals.isEmpty() || !c.contains.isEmpty() || !c.from.isEmpty() || !c.to.isEmpty())
            f.fields.append(c);
    }
    // The product condition holds for an entry of the list: typed exactly, completed, or the one
    // entry the typed text is part of (a code like "SKU-TEA2" typed without its name).
    const QString typed = m_product->currentText().trimmed();
    int i = m_product->findText(typed, Qt::MatchFixedString);
    if (i < 0 && !typed.isEmpty()) {
        int matches = 0;
        for (int k = 0; k < m_product->count(); ++k)
            if (m_product->itemText(k).contains(typed, Qt::CaseInsensitive)) {
                i = k;
                ++matches;
            }
        if (matches != 1)
            i = -1;
    }
    if (i >= 0) {
        const QString data = m_product->itemData(i).toString();
        if (data.startsWith(u"p:"))
            f.product.productId = data.mid(2).toLongLong();
        else
            f.product.category = data.mid(2);
        f.product.bought = m_productMode->currentData().toBool();
        f.product.withinDays = m_productDays->value();
    }
    return f;
}

void CustomerFilterBar::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CustomerFilterBar::emitFilter()
{
    Q_EMIT filterChanged(filter());
}

} // namespace clientele::ui
