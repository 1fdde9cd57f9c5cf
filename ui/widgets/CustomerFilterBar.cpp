#include "CustomerFilterBar.h"

#include "segmentation/Lifecycle.h"
#include "segmentation/RfmSegments.h"
#include "segmentation/TierRules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace clientele::ui {

using namespace core::segmentation;

CustomerFilterBar::CustomerFilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_tier(new QComboBox(this)), m_stage(new QComboBox(this)),
      m_segment(new QComboBox(this)), m_tag(new QComboBox(this)), m_city(new QComboBox(this)),
      m_openFollowUp(new QCheckBox(tr("Open follow-up"), this)), m_only(new QPushButton(this)), m_delay(new QTimer(this))
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

    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->addItem(tr("All RFM segments"), QString());
    for (const char16_t* key : {u"important_value", u"important_develop", u"important_keep", u"important_retain",
                                u"general_value", u"general_develop", u"general_keep", u"general_retain"})
        m_segment->addItem(RfmSegments::label(QString::fromUtf16(key)), QString::fromUtf16(key));
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_city->setObjectName(QStringLiteral("cityFilter"));
    m_openFollowUp->setObjectName(QStringLiteral("openFollowUpFilter"));
    m_openFollowUp->setToolTip(tr("Only customers with a follow-up still to do"));
    m_only->setObjectName(QStringLiteral("onlyFilter"));
    m_only->setFlat(true);
    m_only->hide();
    setChoices({}, {});
    for (QComboBox* combo : {m_tier, m_stage, m_segment, m_tag, m_city})
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_only);
    layout->addWidget(m_tier);
    layout->addWidget(m_stage);
    layout->addWidget(m_segment);
    layout->addWidget(m_tag);
    layout->addWidget(m_city);
    layout->addWidget(m_openFollowUp);

    // Search as you type, without a query per keystroke burst.
    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &CustomerFilterBar::emitFilter);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_tier, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
    for (QComboBox* combo : {m_segment, m_tag, m_city})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerFilterBar::emitFilter);
    connect(m_openFollowUp, &QCheckBox::toggled, this, &CustomerFilterBar::emitFilter);
    connect(m_only, &QPushButton::clicked, this, [this] { showOnly({}, {}); });
    m_search->installEventFilter(this);
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

void CustomerFilterBar::showOnly(const QList<qint64>& ids, const QString& description)
{
    m_ids = ids;
    m_only->setText(tr("%1  ✕").arg(description));
    m_only->setToolTip(tr("Click to show all customers again"));
    m_only->setVisible(!ids.isEmpty());
    emitFilter();
}

void CustomerFilterBar::clear()
{
    {
        const QSignalBlocker blocker(this); // one filterChanged for the whole reset
        m_search->clear();
        for (QComboBox* combo : {m_tier, m_stage, m_segment, m_tag, m_city})
            combo->setCurrentIndex(0);
        m_openFollowUp->setChecked(false);
        m_ids.clear();
        m_only->hide();
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
        m_openFollowUp->setChecked(filter.openFollowUp);
    }
    if (!filter.ids.isEmpty())
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
    f.openFollowUp = m_openFollowUp->isChecked();
    f.ids = m_ids;
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
