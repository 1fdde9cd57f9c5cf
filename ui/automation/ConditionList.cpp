#include "ConditionList.h"

#include "ParamForm.h"

#include "automation/ParamSpecs.h"
#include "automation/Registry.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clientele::ui {

namespace {
using core::automation::ParamSpecs;
using core::automation::Registry;

} // namespace

ConditionList::ConditionList(const core::storage::Database& database, QWidget* parent)
    : QWidget(parent), m_database(database)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows = new QVBoxLayout;
    m_rows->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rows);
    m_empty = new QLabel(tr("None: the rule acts for every customer its trigger finds (greetings and other "
                            "messages only for customers who agreed to marketing)."),
                         this);
    m_empty->setObjectName(u"automationNoConditions"_s);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_add = new QPushButton(tr("Add Cond&ition"), this);
    m_add->setObjectName(u"automationAddCondition"_s);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_add);
    buttonRow->addStretch();
    layout->addLayout(buttonRow);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const auto& first = Registry::conditions().first();
        QJsonObject condition = first.defaults;
        condition.insert(u"kind"_s, first.key);
        addRow(condition);
        m_list.last().kind->setFocus();
        Q_EMIT edited();
    });
    updateEmptyText();
}

void ConditionList::setConditions(const QJsonArray& conditions)
{
    while (!m_list.isEmpty())
        removeRow(m_list.last().frame);
    for (const QJsonValue& c : conditions)
        addRow(c.toObject());
    updateEmptyText();
}

void ConditionList::addRow(const QJsonObject& condition)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(u"automationCondition"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(frame);
    auto* kind = new QComboBox(frame);
    kind->setObjectName(u"conditionKind"_s);
    for (const auto& k : Registry::conditions())
        kind->addItem(Registry::label(k.label), k.key);
    const QString key = condition.value(u"kind"_s).toString();
    if (kind->findData(key) < 0)
        kind->addItem(key, key); // a kind this version does not know: shown as written, kept
    kind->setCurrentIndex(kind->findData(key));
    auto* params = new ParamForm(m_database, frame);
    params->show(ParamSpecs::ofCondition(key), condition);
    auto* remove = new QPushButton(tr("Remove"), frame);
    remove->setObjectName(u"conditionRemove"_s);
    layout->addWidget(kind, 0, Qt::AlignTop);
    layout->addWidget(params, 1);
    layout->addWidget(remove, 0, Qt::AlignTop);
    m_rows->addWidget(frame);
    m_list.append({frame, kind, params});
    kind->setEnabled(m_editable);
    params->setEditable(m_editable);
    remove->setEnabled(m_editable);

    connect(kind, &QComboBox::currentIndexChanged, params, [kind, params] {
        const QString chosen = kind->currentData().toString();
        const auto* k = Registry::condition(chosen);
        params->show(ParamSpecs::ofCondition(chosen), k ? k->defaults : QJsonObject());
    });
    connect(kind, &QComboBox::currentIndexChanged, this, &ConditionList::edited);
    connect(params, &ParamForm::edited, this, &ConditionList::edited);
    connect(remove, &QPushButton::clicked, this, [this, frame] {
        removeRow(frame);
        m_add->setFocus();
        Q_EMIT edited();
    });
    updateEmptyText();
}

void ConditionList::removeRow(QWidget* frame)
{
    for (qsizetype i = 0; i < m_list.size(); ++i)
        if (m_list[i].frame == frame) {
            m_list.removeAt(i);
            break;
        }
    frame->hide();
    frame->setParent(nullptr); // out of the list now (a removed row's button may still be running)
    frame->deleteLater();
    updateEmptyText();
}

void ConditionList::updateEmptyText()
{
    m_empty->setVisible(m_list.isEmpty());
}

core::Result<QJsonArray> ConditionList::conditions() const
{
    QJsonArray out;
    for (const Row& row : m_list) {
        auto values = row.params->values();
        if (!values)
            return values.error();
        QJsonObject condition = *values;
        const QString kind = row.kind->currentData().toString();
        bool setsSomething = false;
        for (const auto& spec : ParamSpecs::ofCondition(kind))
            setsSomething = setsSomething || condition.contains(spec.key);
        if (!setsSomething)
            return core::Error::make(core::Error::Code::InvalidData,
                                     tr("The condition \"%1\" sets nothing (nothing ticked, typed or entered): "
                                        "set it, or remove the condition.")
                                         .arg(row.kind->currentText()));
        condition.insert(u"kind"_s, kind);
        out.append(condition);
    }
    return out;
}

QList<QWidget*> ConditionList::focusChain() const
{
    QList<QWidget*> out;
    for (const Row& row : m_list) {
        out.append(row.kind);
        out += row.params->editors();
        out.append(row.frame->findChild<QPushButton*>(u"conditionRemove"_s));
    }
    out.append(m_add);
    return out;
}

void ConditionList::setEditable(bool editable)
{
    m_editable = editable;
    m_add->setEnabled(editable);
    for (const Row& row : std::as_const(m_list)) {
        row.kind->setEnabled(editable);
        row.params->setEditable(editable);
        for (auto* button : row.frame->findChildren<QPushButton*>())
            button->setEnabled(editable);
    }
}

} // namespace clientele::ui
