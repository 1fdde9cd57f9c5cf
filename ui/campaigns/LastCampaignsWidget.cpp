#include "LastCampaignsWidget.h"

#include "campaigns/CampaignResults.h"
#include "storage/Database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace clientele::ui {

LastCampaignsWidget::LastCampaignsWidget(const core::storage::Database& database, QWidget* parent)
    : QWidget(parent), m_database(database)
{
    setObjectName(u"lastCampaigns"_s);
    m_heading = new QLabel(tr("Last campaigns"), this);
    m_heading->setStyleSheet(u"font-weight: 600;"_s);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(u"lastCampaignsTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Campaign"), tr("Contact group"), tr("Held out"), tr("Conversion lift"), tr("95% interval, points")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setToolTip(tr("Lift: conversion of the contacted group minus the hold-out's, with its 95% interval "
                           "(unpooled Wald). Click a campaign to open it."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (auto* item = m_table->item(row, 0))
            Q_EMIT openCampaign(item->data(Qt::UserRole).toLongLong());
    });
    refresh();
}

void LastCampaignsWidget::refresh()
{
    using namespace core::campaigns;
    m_table->setRowCount(0);
    auto lines = CampaignResults::list(m_database, kShown);
    if (!lines || lines->isEmpty()) {
        hide();
        return;
    }
    const QLocale locale;
    for (const auto& [c, outcome] : *lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 0, name);
        const QStringList cells = {locale.toString(c.contacted), locale.toString(c.holdout),
                                   CampaignResults::liftCell(outcome),
                                   outcome.measuring ? CampaignResults::intervalText(outcome.conversionLift) : QString()};
        for (int i = 0; i < cells.size(); ++i) {
            auto* item = new QTableWidgetItem(cells[i]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, i + 1, item);
        }
    }
    // Exactly as tall as its rows: compact, no scrolling.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    show();
}

} // namespace clientele::ui
