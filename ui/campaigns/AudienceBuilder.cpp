#include "AudienceBuilder.h"

#include "campaigns/FilterText.h"
#include "segmentation/Lifecycle.h"
#include "segmentation/RfmSegments.h"
#include "segmentation/Segmenter.h"
#include "segmentation/TierRules.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace clientele::ui {

using namespace core::segmentation;

namespace {
void selectKey(QComboBox* combo, const QString& key)
{
    const QSignalBlocker blocker(combo);
    int index = combo->findData(key);
    if (index < 0 && !key.isEmpty()) { // a tag or city no customer has today: still shown
        combo->addItem(key, key);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}
} // namespace

AudienceBuilder::AudienceBuilder(core::storage::Database& database, QWidget* parent)
    : QWidget(parent), m_database(database), m_tier(new QComboBox(this)), m_stage(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_tag(new QComboBox(this)), m_city(new QComboBox(this)),
      m_spend(new QSpinBox(this)), m_clvTop(new QSpinBox(this)), m_pAlive(new QSpinBox(this)), m_more(new QLabel(this))
{
    setObjectName(u"audienceBuilder"_s);
    m_tier->setObjectName(u"audienceTier"_s);
    m_stage->setObjectName(u"audienceStage"_s);
    m_segment->setObjectName(u"audienceSegment"_s);
    m_tag->setObjectName(u"audienceTag"_s);
    m_city->setObjectName(u"audienceCity"_s);
    m_spend->setObjectName(u"audienceSpend"_s);
    m_clvTop->setObjectName(u"audienceClvTop"_s);
    m_pAlive->setObjectName(u"audiencePAlive"_s);
    m_more->setObjectName(u"audienceMore"_s);
    setFocusProxy(m_tier); // the dialog's "Audience:" mnemonic lands on the first condition

    m_tier->addItem(tr("Any tier"), QString());
    if (const auto config = Segmenter::loadConfig(database))
        for (const auto& level : config->tiers.levels)
            m_tier->addItem(TierRules::label(level.key), level.key);
    m_tier->addItem(TierRules::label(u"dormant"_s), u"dormant"_s);
    m_stage->addItem(tr("Any stage"), QString());
    for (const Stage s : {Stage::New, Stage::Active, Stage::AtRisk, Stage::WonBack, Stage::Dormant, Stage::Prospect})
        m_stage->addItem(Lifecycle::label(s), Lifecycle::key(s));
    m_segment->addItem(tr("Any RFM segment"), QString());
    for (const char16_t* key : {u"important_value", u"important_develop", u"important_keep", u"important_retain",
                                u"general_value", u"general_develop", u"general_keep", u"general_retain"})
        m_segment->addItem(RfmSegments::label(QString::fromUtf16(key)), QString::fromUtf16(key));
    m_tag->addItem(tr("Any tag"), QString());
    if (const auto tags = core::storage::CustomerQueries::tags(database))
        for (const QString& tag : *tags)
            m_tag->addItem(tag, tag);
    m_city->addItem(tr("Any city"), QString());
    if (const auto cities = core::storage::CustomerQueries::cities(database))
        for (const QString& city : *cities)
            m_city->addItem(city, city);

    m_spend->setRange(0, 10'000'000);
    m_spend->setSingleStep(100);
    m_spend->setSpecialValueText(tr("any"));
    m_spend->setPrefix(u"¥"_s);
    m_spend->setToolTip(tr("Total spend of at least this much"));
    m_clvTop->setRange(0, 100);
    m_clvTop->setSpecialValueText(tr("any"));
    m_clvTop->setSuffix(u" %"_s);
    m_clvTop->setToolTip(tr("The customers with the highest predicted 12-month value: the top share"));
    m_pAlive->setRange(0, 100);
    m_pAlive->setSpecialValueText(tr("any"));
    m_pAlive->setSuffix(u" %"_s);
    m_pAlive->setToolTip(tr("Customers whose chance of still being a customer (P(alive)) is below this; customers "
                            "without a prediction never match"));
    m_more->setWordWrap(true);
    m_more->setStyleSheet(u"color:#475569"_s);
    m_more->hide();

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_tier, 0, 0);
    grid->addWidget(m_stage, 0, 1);
    grid->addWidget(m_segment, 0, 2);
    grid->addWidget(m_tag, 1, 0);
    grid->addWidget(m_city, 1, 1);
    auto* spendLabel = new QLabel(tr("Spent at &least:"), this);
    spendLabel->setBuddy(m_spend);
    auto* clvLabel = new QLabel(tr("Predicted value, to&p:"), this);
    clvLabel->setBuddy(m_clvTop);
    auto* aliveLabel = new QLabel(tr("P(alive) &below:"), this);
    aliveLabel->setBuddy(m_pAlive);
    auto* numbers = new QGridLayout;
    numbers->addWidget(spendLabel, 0, 0);
    numbers->addWidget(m_spend, 0, 1);
    numbers->addWidget(clvLabel, 0, 2);
    numbers->addWidget(m_clvTop, 0, 3);
    numbers->addWidget(aliveLabel, 1, 0);
    numbers->addWidget(m_pAlive, 1, 1);
    numbers->setColumnStretch(4, 1);
    grid->addLayout(numbers, 2, 0, 1, 3);
    grid->addWidget(m_more, 3, 0, 1, 3);

    for (QComboBox* combo : {m_tier, m_stage, m_segment, m_tag, m_city})
        connect(combo, &QComboBox::currentIndexChanged, this, &AudienceBuilder::widgetsChanged);
    for (QSpinBox* spin : {m_spend, m_clvTop, m_pAlive})
        connect(spin, &QSpinBox::valueChanged, this, &AudienceBuilder::widgetsChanged);
}

bool AudienceBuilder::setText(const QString& text)
{
    auto parsed = core::campaigns::FilterText::parse(m_database, text);
    if (!parsed)
        return false;
    m_filter = *parsed;
    m_text = text.trimmed();
    showFilter();
    return true;
}

void AudienceBuilder::showFilter()
{
    const auto& f = m_filter;
    const QString tier = !f.tier.isEmpty() ? f.tier : f.tiers.size() == 1 ? f.tiers.first() : QString();
    const QString stage = !f.stage.isEmpty() ? f.stage : f.stages.size() == 1 ? f.stages.first() : QString();
    selectKey(m_tier, tier);
    selectKey(m_stage, stage);
    selectKey(m_segment, f.segment);
    selectKey(m_tag, f.tag);
    selectKey(m_city, f.city);
    for (auto [spin, value] : {std::pair{m_spend, f.spendMin > 0 ? int((f.spendMin + 99) / 100) : 0},
                               std::pair{m_clvTop, f.clvTopPercent},
                               std::pair{m_pAlive, f.pAliveBelow > 0 ? int(std::lround(f.pAliveBelow * 100)) : 0}}) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
    const bool more = f.tiers.size() > 1 || f.stages.size() > 1 || !f.product.isEmpty() || !f.search.trimmed().isEmpty() ||
                      !f.homeStore.isEmpty() ||
                      (f.spendMin > 0 && f.spendMin % 100 != 0);
    m_more->setText(tr("More conditions than these: see the audience as text."));
    m_more->setVisible(more);
}

void AudienceBuilder::widgetsChanged()
{
    auto& f = m_filter;
    const auto key = [](const QComboBox* combo) { return combo->currentData().toString(); };
    f.tier.clear();
    f.stage.clear();
    if (!key(m_tier).isEmpty() || f.tiers.size() <= 1)
        f.tiers = key(m_tier).isEmpty() ? QStringList() : QStringList{key(m_tier)};
    if (!key(m_stage).isEmpty() || f.stages.size() <= 1)
        f.stages = key(m_stage).isEmpty() ? QStringList() : QStringList{key(m_stage)};
    f.segment = key(m_segment);
    f.tag = key(m_tag);
    f.city = key(m_city);
    f.spendMin = m_spend->value() > 0 ? core::Fen(m_spend->value()) * 100 : -1;
    f.clvTopPercent = m_clvTop->value();
    f.pAliveBelow = m_pAlive->value() > 0 ? m_pAlive->value() / 100.0 : -1;
    const auto text = core::campaigns::FilterText::format(m_database, f);
    if (!text)
        return;
    m_text = *text;
    showFilter();
    Q_EMIT textChanged(m_text);
}

} // namespace clientele::ui
