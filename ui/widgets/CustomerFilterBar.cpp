#include "CustomerFilterBar.h"

#include "segmentation/Lifecycle.h"
#include "segmentation/TierRules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace clientele::ui {

using namespace core::segmentation;

CustomerFilterBar::CustomerFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tier(new QComboBox(this)), m_stage(new QComboBox(this)),
      m_delay(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search name, phone, e-mail, member code or tag  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    setTiers({});
    m_stage->addItem(tr("All stages"), QString());
    for (const Stage s : {Stage::New, Stage::Active, Stage::AtRisk, Stage::WonBack, Stage::Dormant, Stage::Prospect})
        m_stage->addItem(Lifecycle::label(s), Lifecycle::key(s));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_tier);
    layout->addWidget(m_stage);

    // Search as you type, without a query per keystroke burst.
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &CustomerFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_tier, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
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

core::storage::CustomerFilter CustomerFilterBar::filter() const
{
    core::storage::CustomerFilter f;
    f.search = m_search->text();
    f.tier = m_tier->currentData().toString();
    f.stage = m_stage->currentData().toString();
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
