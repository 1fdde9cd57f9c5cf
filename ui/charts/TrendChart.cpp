#include "TrendChart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace clientele::ui {

TrendChart::TrendChart(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(120);
    m_view->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_TransparentForMouseEvents);
}

void TrendChart::setTrend(const QStringList& labels, const QList<std::optional<double>>& values, const QColor& colour)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    auto* line = new QLineSeries(chart);
    auto* dots = new QScatterSeries(chart);
    line->setColor(colour);
    dots->setColor(colour);
    dots->setMarkerSize(6);
    double low = 0;
    double high = 0;
    bool first = true;
    m_points = 0;
    for (int i = 0; i < values.size(); ++i) {
        if (!values[i])
            continue;
        const double v = *values[i];
        line->append(i, v);
        dots->append(i, v);
        low = first ? v : std::min(low, v);
        high = first ? v : std::max(high, v);
        first = false;
        ++m_points;
    }
    chart->addSeries(line);
    chart->addSeries(dots);
    auto* x = new QCategoryAxis(chart);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < labels.size(); i += 3) // every third month: twelve labels do not fit a card
        x->append(labels[i], i);
    x->setRange(-0.3, double(std::max<qsizetype>(1, labels.size() - 1)) + 0.3);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    x->setLabelsFont(small);
    auto* y = new QValueAxis(chart);
    const double pad = std::max(1.0, (high - low) * 0.15);
    // Counts and shares never go below zero: neither does the axis.
    y->setRange(low >= 0 ? std::max(0.0, std::floor(low - pad)) : std::floor(low - pad), std::ceil(high + pad));
    y->setTickCount(3);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : {static_cast<QAbstractSeries*>(line), static_cast<QAbstractSeries*>(dots)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace clientele::ui
